/**
 * JSON values in a Properties store. Apps Script caps a value at 9 KB, so a
 * long value (an agreement with long definitions) is split over numbered keys
 * and written with ONE setProperties call; reading needs one getProperties.
 */
import type { GProperties } from './surface';

/** Characters per chunk: under 9 KB even when every character takes 2 bytes in UTF-16 accounting. */
const CHUNK = 4000;

export function readJson<T>(props: GProperties, key: string): T | null {
  const all = props.getProperties();
  const count = Number(all[`${key}#n`] ?? 0);
  if (!count) return null;
  let text = '';
  for (let i = 0; i < count; i++) text += all[`${key}#${i}`] ?? '';
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function writeJson(props: GProperties, key: string, value: unknown): void {
  const text = JSON.stringify(value);
  const out: Record<string, string> = {};
  const count = Math.max(1, Math.ceil(text.length / CHUNK));
  for (let i = 0; i < count; i++) out[`${key}#${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  out[`${key}#n`] = String(count);
  const before = Number(props.getProperty(`${key}#n`) ?? 0);
  props.setProperties(out);
  for (let i = count; i < before; i++) props.deleteProperty(`${key}#${i}`);
}
