/**
 * Values the services hand to the add-on must come from the vm context's own
 * constructors: `instanceof Date` / `instanceof Error` fail across contexts.
 * The emulator passes the context's constructors here; tests run without a vm
 * and use the host's.
 */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export const HOST_REALM: Realm = { Date, Error };

/**
 * Google's service errors print as `Exception: <message>`: their `name` is
 * `Exception` and `message` holds Google's text alone.
 */
export function gasError(realm: Realm, message: string): Error {
  const err = new realm.Error(message);
  err.name = 'Exception';
  return err;
}

/** True for a Date from any realm (instanceof would fail across vm contexts). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
