/**
 * Utilities: dates (formatDate / parseDate in any time zone), digests and
 * HMACs as Google's signed byte arrays, base64 (plain and web-safe, padding
 * kept), blobs, CSV, UUIDs, gzip, and sleep — which advances the emulator
 * clock instead of blocking.
 */
import { createHash, createHmac, randomUUID, sign } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { GUtilities } from '../../../src/gas/surface';
import { BlobImpl } from './blob';
import { encodeText, toBuffer, toSigned } from './bytes';
import type { Clock } from './clock';
import { parseCsv } from './csv';
import { declared, enumName, makeEnum } from './enums';
import { formatDate } from './format-date';
import { md2 } from './md2';
import { parseDate } from './parse-date';
import { gasError, isDate, type Realm } from './realm';

/** Apps Script refuses longer sleeps. */
export const MAX_SLEEP_MS = 300_000;

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64_WEB = /^[A-Za-z0-9_-]*={0,2}$/;

function blobSource(b: unknown): Buffer {
  if (b && typeof b === 'object' && 'getBlob' in b && typeof b.getBlob === 'function') {
    return toBuffer((b.getBlob() as GoogleAppsScript.Base.Blob).getBytes());
  }
  throw new Error('Invalid argument: blob');
}

function blobName(b: unknown): string | null {
  if (b && typeof b === 'object' && 'getBlob' in b && typeof b.getBlob === 'function') {
    return (b.getBlob() as GoogleAppsScript.Base.Blob).getName();
  }
  return null;
}

/** Java's String.format for the conversions scripts use: %s %d %f %x %o %e %b %%. */
export function formatString(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(
    /%(\d+\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([sSdfxXoeEbBn%])/g,
    (
      _m,
      index: string | undefined,
      flags: string,
      width: string | undefined,
      prec: string | undefined,
      conv: string,
    ) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const arg = index ? args[Number.parseInt(index, 10) - 1] : args[next++];
      let out: string;
      switch (conv) {
        case 'd':
          out = String(Math.trunc(Number(arg)));
          if (flags.includes(',')) out = Number(out).toLocaleString('en-US');
          break;
        case 'f':
          out = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
          break;
        case 'e':
        case 'E':
          out = Number(arg)
            .toExponential(prec === undefined ? 6 : Number(prec))
            .replace(/e([+-])(\d)$/, 'e$10$2');
          if (conv === 'E') out = out.toUpperCase();
          break;
        case 'x':
        case 'X':
          out = Math.trunc(Number(arg)).toString(16);
          if (conv === 'X') out = out.toUpperCase();
          break;
        case 'o':
          out = Math.trunc(Number(arg)).toString(8);
          break;
        case 'b':
        case 'B':
          out = String(arg !== null && arg !== undefined && arg !== false);
          break;
        default:
          out = String(arg);
          if (prec !== undefined) out = out.slice(0, Number(prec));
          if (conv === 'S') out = out.toUpperCase();
      }
      if (flags.includes('+') && /^[dfeE]$/.test(conv) && !out.startsWith('-')) out = `+${out}`;
      const w = width === undefined ? 0 : Number(width);
      if (out.length < w) {
        if (flags.includes('-')) out = out.padEnd(w);
        else if (flags.includes('0') && /^[dfeExXo]$/.test(conv)) {
          const sign = /^[+-]/.test(out) ? out[0] : '';
          out = sign + out.slice(sign.length).padStart(w - sign.length, '0');
        } else out = out.padStart(w);
      }
      return out;
    },
  );
}

export const Charset = makeEnum(['US_ASCII', 'UTF_8']);
export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const MacAlgorithm = makeEnum([
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
]);
export const RsaAlgorithm = makeEnum(['RSA_SHA_1', 'RSA_SHA_256']);

type U = typeof GoogleAppsScript.Utilities;

export class UtilitiesImpl implements GUtilities {
  readonly Charset = declared<U['Charset']>(Charset);
  readonly DigestAlgorithm = declared<U['DigestAlgorithm']>(DigestAlgorithm);
  readonly MacAlgorithm = declared<U['MacAlgorithm']>(MacAlgorithm);
  readonly RsaAlgorithm = declared<U['RsaAlgorithm']>(RsaAlgorithm);

  constructor(
    private readonly clock: Clock,
    private readonly realm: Realm,
    /** Also block for real, as Google does (for pacing against a real server's rate limit). */
    private readonly realSleep = false,
  ) {}

  private fail(message: string): never {
    throw gasError(this.realm, message);
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) this.fail('Invalid argument: date');
    const ms = date.getTime();
    if (Number.isNaN(ms)) this.fail('Invalid argument: date');
    try {
      return formatDate(ms, String(timeZone), String(format));
    } catch (e) {
      return this.fail((e as Error).message);
    }
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    try {
      return new this.realm.Date(parseDate(String(date), String(timeZone), String(format)));
    } catch (e) {
      return this.fail((e as Error).message);
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(String(template), args);
  }

  sleep(milliseconds: number): void {
    if (milliseconds > MAX_SLEEP_MS) {
      this.fail(`Invalid argument: milliseconds (maximum is ${MAX_SLEEP_MS})`);
    }
    const ms = Math.max(0, Number(milliseconds) || 0);
    this.clock.advance(ms);
    if (this.realSleep && ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  }

  getUuid(): string {
    return randomUUID();
  }

  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const name = enumName(algorithm);
    const data = toBuffer(value, charset);
    if (name === 'MD2') return toSigned(md2(data));
    const node = DIGESTS[name];
    if (!node) this.fail('Invalid argument: algorithm');
    return toSigned(createHash(node).update(data).digest());
  }

  computeHmacSignature(
    algorithm: unknown,
    value: unknown,
    key: unknown,
    charset?: unknown,
  ): number[] {
    const node = MACS[enumName(algorithm)];
    if (!node) this.fail('Invalid argument: algorithm');
    return toSigned(
      createHmac(node, toBuffer(key, charset)).update(toBuffer(value, charset)).digest(),
    );
  }

  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    return this.computeHmacSignature('HMAC_SHA_256', value, key, charset);
  }

  computeRsaSignature(algorithm: unknown, value: string, key: string, charset?: unknown): number[] {
    const alg = enumName(algorithm) === 'RSA_SHA_1' ? 'RSA-SHA1' : 'RSA-SHA256';
    try {
      return toSigned(sign(alg, encodeText(String(value), charset), String(key)));
    } catch {
      return this.fail('Invalid argument: key');
    }
  }

  computeRsaSha1Signature(value: string, key: string, charset?: unknown): number[] {
    return this.computeRsaSignature('RSA_SHA_1', value, key, charset);
  }

  computeRsaSha256Signature(value: string, key: string, charset?: unknown): number[] {
    return this.computeRsaSignature('RSA_SHA_256', value, key, charset);
  }

  base64Encode(data: unknown, charset?: unknown): string {
    return toBuffer(data, charset).toString('base64');
  }

  /** Web-safe alphabet (`-`, `_`); Google keeps the `=` padding. */
  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return this.base64Encode(data, charset).replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string, _charset?: unknown): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    if (!BASE64.test(s) || s.length % 4 === 1) this.fail('Could not decode string.');
    return toSigned(Buffer.from(s, 'base64'));
  }

  base64DecodeWebSafe(encoded: string, _charset?: unknown): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    if (!BASE64_WEB.test(s) || s.length % 4 === 1) this.fail('Could not decode string.');
    return toSigned(Buffer.from(s, 'base64url'));
  }

  newBlob(data: unknown, contentType?: string, name?: string): BlobImpl {
    return new BlobImpl(toBuffer(data), contentType ?? null, name ?? null);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter ?? ',');
  }

  gzip(blob: unknown, name?: string): BlobImpl {
    const base = name ?? `${blobName(blob) ?? 'archive'}.gz`;
    return new BlobImpl(gzipSync(blobSource(blob)), 'application/x-gzip', base);
  }

  ungzip(blob: unknown): BlobImpl {
    try {
      const n = blobName(blob);
      return new BlobImpl(gunzipSync(blobSource(blob)), null, n ? n.replace(/\.gz$/, '') : null);
    } catch {
      return this.fail('Could not decompress gzip.');
    }
  }

  zip(_blobs: unknown[], _name?: string): BlobImpl {
    return this.fail('Utilities.zip is not emulated.');
  }

  unzip(_blob: unknown): BlobImpl[] {
    return this.fail('Utilities.unzip is not emulated.');
  }
}
