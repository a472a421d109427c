import { describe, expect, it } from 'vitest';
import { makeClock } from '../../../dev/emulator/services/clock';
import { NOW, setup, thrown } from './helpers';

const { Utilities: U } = setup().globals;

describe('Utilities digests and signatures (Java signed bytes)', () => {
  it('computes digests as signed byte arrays', () => {
    expect(U.computeDigest(U.DigestAlgorithm.MD5, 'abc')).toEqual([
      -112, 1, 80, -104, 60, -46, 79, -80, -42, -106, 63, 125, 40, -31, 127, 114,
    ]);
    expect(U.computeDigest(U.DigestAlgorithm.SHA_256, 'abc')).toEqual([
      -70, 120, 22, -65, -113, 1, -49, -22, 65, 65, 64, -34, 93, -82, 34, 35, -80, 3, 97, -93, -106,
      23, 122, -100, -76, 16, -1, 97, -14, 0, 21, -83,
    ]);
    expect(U.computeDigest(U.DigestAlgorithm.SHA_1, 'é', U.Charset.UTF_8)).toEqual([
      -65, 21, -66, 113, 122, -63, -80, -128, -76, -15, -60, 86, 105, 40, 37, -119, 31, -11, 7, 61,
    ]);
    expect(U.computeDigest(U.DigestAlgorithm.SHA_512, 'x')).toHaveLength(64);
    const md2 = U.computeDigest(U.DigestAlgorithm.MD2, 'abc');
    expect(Buffer.from(md2.map((b) => b & 0xff)).toString('hex')).toBe(
      'da853b0d3f88d99b30283a69e6ded6bb',
    );
  });

  it('digests byte arrays the same as the string they encode', () => {
    const bytes = U.base64Decode(U.base64Encode('abc'));
    expect(U.computeDigest(U.DigestAlgorithm.MD5, bytes)).toEqual(
      U.computeDigest(U.DigestAlgorithm.MD5, 'abc'),
    );
  });

  it('computes HMAC-SHA256 like Google (value first, key second)', () => {
    expect(
      U.computeHmacSha256Signature('The quick brown fox jumps over the lazy dog', 'key'),
    ).toEqual([
      -9, -68, -125, -12, 48, 83, -124, 36, -79, 50, -104, -26, -86, 111, -79, 67, -17, 77, 89, -95,
      73, 70, 23, 89, -105, 71, -99, -68, 45, 26, 60, -40,
    ]);
    expect(U.computeHmacSignature(U.MacAlgorithm.HMAC_SHA_1, 'v', 'k')).toHaveLength(20);
  });
});

describe('Utilities base64', () => {
  it('encodes strings as UTF-8 and byte arrays as bytes', () => {
    expect(U.base64Encode('é')).toBe('w6k=');
    expect(U.base64Encode('é', U.Charset.US_ASCII)).toBe('Pw==');
    expect(U.base64Encode([-1, 0, 127])).toBe('/wB/');
    expect(U.base64Decode('/wB/')).toEqual([-1, 0, 127]);
  });

  it('web-safe variants use - and _ and keep the padding', () => {
    expect(U.base64EncodeWebSafe([-5, -1, -2])).toBe('-__-');
    expect(U.base64EncodeWebSafe('??>')).toBe('Pz8-');
    expect(U.base64EncodeWebSafe('a')).toBe('YQ==');
    expect(U.base64DecodeWebSafe('-__-')).toEqual([-5, -1, -2]);
  });

  it('throws Google’s message for input that is not base64', () => {
    expect(thrown(() => U.base64Decode('not base64!')).message).toBe('Could not decode string.');
  });
});

describe('Utilities misc', () => {
  it('sleep advances the emulator clock instead of blocking', () => {
    const clock = makeClock(NOW);
    const { Utilities } = setup({ clock }).globals;
    const wall = Date.now();
    Utilities.sleep(120_000);
    expect(clock.now()).toBe(Date.parse(NOW) + 120_000);
    expect(Date.now() - wall).toBeLessThan(1000);
    expect(() => Utilities.sleep(300_001)).toThrow('Invalid argument: milliseconds');
  });

  it('getUuid returns RFC 4122 ids', () => {
    expect(U.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(U.getUuid()).not.toBe(U.getUuid());
  });

  it('parseCsv handles quotes, doubled quotes, embedded line breaks and delimiters', () => {
    expect(U.parseCsv('a,b\r\n"x, y","say ""hi"""\n"multi\nline",\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', ''],
    ]);
    expect(U.parseCsv('a;b;c', ';')).toEqual([['a', 'b', 'c']]);
  });

  it('newBlob holds bytes, type and name', () => {
    const blob = U.newBlob('héllo', 'text/plain', 'greeting.txt');
    expect(blob.getDataAsString()).toBe('héllo');
    expect(blob.getBytes()).toHaveLength(6);
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('greeting.txt');
    expect(U.newBlob([104, 105]).getDataAsString()).toBe('hi');
    const round = U.ungzip(U.gzip(blob));
    expect(round.getDataAsString()).toBe('héllo');
  });

  it('formatString follows Java’s String.format for common conversions', () => {
    expect(U.formatString('%s has %d leads (%.1f%%)', 'March', 1234.9, 12.345)).toBe(
      'March has 1234 leads (12.3%)',
    );
    expect(U.formatString('[%5s|%-5s|%05d|%,d]', 'ab', 'cd', 42, 1234567)).toBe(
      '[   ab|cd   |00042|1,234,567]',
    );
  });
});
