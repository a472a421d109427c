/** Own key of a record (never one inherited from Object.prototype, like "constructor"). */
export function hasOwn(record: object, key: string): boolean {
  // Object.hasOwn is ES2022; the bundle targets ES2019 (Apps Script V8).
  // biome-ignore lint/suspicious/noPrototypeBuiltins: the ES2019 form of Object.hasOwn
  return Object.prototype.hasOwnProperty.call(record, key);
}
