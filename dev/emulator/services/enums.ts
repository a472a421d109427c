/**
 * Apps Script enums are objects, not numbers: `String(ScriptApp.AuthMode.FULL)`
 * is `"FULL"`, values compare by identity, and each has `name()`/`ordinal()`.
 * One frozen object per value keeps `e.authMode === ScriptApp.AuthMode.FULL` true.
 */
export interface GasEnumValue<N extends string = string> {
  name(): N;
  ordinal(): number;
  toString(): N;
  toJSON(): N;
}

export type GasEnum<N extends string> = { readonly [K in N]: GasEnumValue<K> };

export function makeEnum<const N extends string>(names: readonly N[]): GasEnum<N> {
  const out: Partial<Record<N, GasEnumValue>> = {};
  names.forEach((n, i) => {
    out[n] = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
    });
  });
  return Object.freeze(out) as GasEnum<N>;
}

/**
 * The surface (src/gas/surface.ts) types enums as Google's declared TS enums,
 * whose runtime values are these objects; this is the one cast between them.
 */
export function declared<T>(e: GasEnum<string> | GasEnumValue): T {
  return e as unknown as T;
}

/** The name of an enum value, also accepting a plain string (as Apps Script does for many args). */
export function enumName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'function') {
    return String(value.name());
  }
  return String(value);
}
