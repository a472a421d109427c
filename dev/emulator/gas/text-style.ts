/** TextStyle and its builder: plain records of font settings. */
import type { GTextStyle, GTextStyleBuilder } from '../../../src/gas/surface';
import { GasObject } from './boundary';

export interface TextStyleSpec {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
}

export class TextStyleImpl extends GasObject implements GTextStyle {
  readonly gasKind = 'TextStyle';
  constructor(readonly spec: TextStyleSpec) {
    super();
  }
  getFontFamily(): string | null {
    return this.spec.fontFamily ?? null;
  }
  getFontSize(): number | null {
    return this.spec.fontSize ?? null;
  }
  getForegroundColor(): string | null {
    return this.spec.foregroundColor ?? null;
  }
  isBold(): boolean | null {
    return this.spec.bold ?? null;
  }
  isItalic(): boolean | null {
    return this.spec.italic ?? null;
  }
  isStrikethrough(): boolean | null {
    return this.spec.strikethrough ?? null;
  }
  isUnderline(): boolean | null {
    return this.spec.underline ?? null;
  }
  copy(): TextStyleBuilderImpl {
    return new TextStyleBuilderImpl({ ...this.spec });
  }
}

export class TextStyleBuilderImpl extends GasObject implements GTextStyleBuilder {
  readonly gasKind = 'TextStyleBuilder';
  constructor(private readonly spec: TextStyleSpec = {}) {
    super();
  }
  build(): TextStyleImpl {
    return new TextStyleImpl({ ...this.spec });
  }
  setBold(bold: boolean): this {
    this.spec.bold = bold;
    return this;
  }
  setItalic(italic: boolean): this {
    this.spec.italic = italic;
    return this;
  }
  setUnderline(underline: boolean): this {
    this.spec.underline = underline;
    return this;
  }
  setStrikethrough(strikethrough: boolean): this {
    this.spec.strikethrough = strikethrough;
    return this;
  }
  setFontSize(size: number): this {
    this.spec.fontSize = size;
    return this;
  }
  setFontFamily(fontFamily: string): this {
    this.spec.fontFamily = fontFamily;
    return this;
  }
  setForegroundColor(cssString: string): this {
    this.spec.foregroundColor = cssString;
    return this;
  }
}
