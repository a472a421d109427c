/**
 * A minimal Blob: bytes, a content type and a name. Enough for
 * Utilities.newBlob, HTTPResponse.getBlob and HtmlOutput.getBlob.
 */
import type { GBlob } from '../../../src/gas/surface';
import { decodeText, encodeText, fromSigned, toSigned } from './bytes';

const EXTENSION_TYPES: Record<string, string> = {
  csv: 'text/csv',
  html: 'text/html',
  json: 'application/json',
  txt: 'text/plain',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  xml: 'text/xml',
  zip: 'application/zip',
};

export class BlobImpl implements GBlob {
  constructor(
    private data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}

  /** The raw bytes, for the emulator's own use (HTTP payloads). */
  buffer(): Buffer {
    return this.data;
  }

  copyBlob(): BlobImpl {
    return new BlobImpl(Buffer.from(this.data), this.contentType, this.name);
  }

  getAs(contentType: string): BlobImpl {
    // Conversions (e.g. to PDF) need Google's converters; the emulator only relabels.
    return new BlobImpl(Buffer.from(this.data), contentType, this.name);
  }

  getBlob(): BlobImpl {
    return this;
  }

  getBytes(): number[] {
    return toSigned(this.data);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    return decodeText(this.data, charset);
  }

  getName(): string | null {
    return this.name;
  }

  isGoogleType(): boolean {
    return false;
  }

  setBytes(data: number[]): this {
    this.data = fromSigned(data);
    return this;
  }

  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): this {
    const ext = this.name?.split('.').pop()?.toLowerCase();
    const type = ext ? EXTENSION_TYPES[ext] : undefined;
    if (!type)
      throw new Error(`Could not determine the content type of ${this.name ?? 'the blob'}`);
    this.contentType = type;
    return this;
  }

  setDataFromString(text: string, charset?: string): this {
    this.data = encodeText(text, charset);
    return this;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }
}
