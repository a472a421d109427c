/**
 * Apps Script byte arrays are Java bytes: plain arrays of signed integers
 * (-128…127). These helpers convert between them and Buffers, and apply the
 * Charset enum (UTF-8 by default; US-ASCII turns other characters into `?`,
 * as Java's encoder does).
 */
import { enumName } from './enums';

export type ByteArray = number[];

export function toSigned(buf: Uint8Array): ByteArray {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export function fromSigned(bytes: readonly number[]): Buffer {
  return Buffer.from(Array.from(bytes, (b) => Number(b) & 0xff));
}

/** Characters the charset cannot encode become `?`, as with Java's encoder. */
function replaceAbove(text: string, max: number): string {
  return Array.from(text, (ch) => ((ch.codePointAt(0) ?? 0) > max ? '?' : ch)).join('');
}

/** Charset enum value or a Java charset name (`UTF-8`, `US-ASCII`, `ISO-8859-1`). */
export function encodeText(text: string, charset?: unknown): Buffer {
  const name = charset === undefined ? 'UTF_8' : enumName(charset).toUpperCase().replace('-', '_');
  if (name === 'US_ASCII') return Buffer.from(replaceAbove(text, 0x7f), 'latin1');
  if (name === 'ISO_8859_1') return Buffer.from(replaceAbove(text, 0xff), 'latin1');
  return Buffer.from(text, 'utf8');
}

export function decodeText(buf: Buffer, charset?: unknown): string {
  const name = charset === undefined ? 'UTF_8' : enumName(charset).toUpperCase().replace('-', '_');
  if (name === 'US_ASCII' || name === 'ISO_8859_1') return buf.toString('latin1');
  return buf.toString('utf8');
}

/** A string, or a byte array from any realm (Array.isArray works across vm contexts). */
export function toBuffer(data: unknown, charset?: unknown): Buffer {
  if (typeof data === 'string') return encodeText(data, charset);
  if (Array.isArray(data)) return fromSigned(data);
  if (data instanceof Uint8Array) return Buffer.from(data);
  return encodeText(String(data), charset);
}
