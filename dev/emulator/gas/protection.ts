/** Protection of a tab or range: recorded; the emulated user is always an editor. */
import type { GProtection, GRange, GUser } from '../../../src/gas/surface';
import type { ProtectionSpec, SheetData } from '../model';
import { GasObject } from './boundary';
import type { GasContext } from './context';
import { enumValue, ProtectionType } from './enums';
import { asRange, RangeImpl } from './range';

class UserImpl implements GUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export class ProtectionImpl extends GasObject implements GProtection {
  readonly gasKind = 'Protection';
  constructor(
    private readonly ctx: GasContext,
    private readonly sheet: SheetData,
    readonly spec: ProtectionSpec,
  ) {
    super();
  }
  getDescription(): string {
    return this.spec.description;
  }
  setDescription(description: string): this {
    this.spec.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this.spec.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.spec.warningOnly = warningOnly;
    return this;
  }
  canEdit(): boolean {
    return true;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return enumValue(ProtectionType, this.spec.type);
  }
  getRange(): RangeImpl {
    return new RangeImpl(this.ctx, this.sheet, { ...this.spec.rect });
  }
  getUnprotectedRanges(): RangeImpl[] {
    return this.spec.unprotected.map((r) => new RangeImpl(this.ctx, this.sheet, { ...r }));
  }
  setUnprotectedRanges(ranges: GRange[]): this {
    this.spec.unprotected = ranges.map((r) => ({ ...asRange(r).rect }));
    return this;
  }
  getEditors(): GUser[] {
    return this.spec.editors.map((e) => new UserImpl(e));
  }
  addEditor(emailAddress: string): this {
    if (!this.spec.editors.includes(emailAddress)) this.spec.editors.push(emailAddress);
    return this;
  }
  removeEditors(emailAddresses: string[]): this {
    // The owner can never be removed, as in Sheets.
    this.spec.editors = this.spec.editors.filter(
      (e) => e === this.ctx.userEmail || !emailAddresses.includes(e),
    );
    return this;
  }
  setDomainEdit(editable: boolean): this {
    this.spec.domainEdit = editable;
    return this;
  }
  canDomainEdit(): boolean {
    return this.spec.domainEdit;
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.spec);
  }
}
