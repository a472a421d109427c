/**
 * Protection of a tab or range, per Google's reference
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * the owner can always edit; a new protection lists the owner and the user
 * who made it; in a Google Workspace domain the whole domain may edit until
 * setDomainEdit(false) (Google's example turns it off after adding the
 * current user); managing a protection needs edit rights on it.
 */
import type { GProtection, GRange, GUser } from '../../../src/gas/surface';
import type { ProtectionSpec, SheetData } from '../model';
import { GasObject } from './boundary';
import { fail, type GasContext, PROTECTED_MESSAGE } from './context';
import { enumValue, ProtectionType } from './enums';
import { asRange, RangeImpl } from './range';

class UserImpl implements GUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

/** Wording ours: Google documents the rule (consumer documents have no domain), not its text. */
export const NO_DOMAIN_MESSAGE =
  'This spreadsheet does not belong to a Google Workspace domain: domain edit cannot be set.';

/** A new protection: the owner and the user who made it may edit; the domain too, if any. */
export function newProtectionAccess(ctx: GasContext): { editors: string[]; domainEdit: boolean } {
  return {
    editors: [...new Set([ctx.ownerEmail, ctx.userEmail])],
    domainEdit: ctx.domain !== null,
  };
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
  /** Managing a protection needs edit rights on it (Google throws otherwise). */
  private editor(): ProtectionSpec {
    if (!this.ctx.canEditProtection(this.spec)) fail(PROTECTED_MESSAGE);
    return this.spec;
  }
  getDescription(): string {
    return this.spec.description;
  }
  setDescription(description: string): this {
    this.editor().description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this.spec.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.editor().warningOnly = warningOnly;
    return this;
  }
  canEdit(): boolean {
    return this.ctx.canEditProtection(this.spec);
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
    this.editor().unprotected = ranges.map((r) => ({ ...asRange(r).rect }));
    return this;
  }
  getEditors(): GUser[] {
    return this.editor().editors.map((e) => new UserImpl(e));
  }
  addEditor(emailAddress: string): this {
    const spec = this.editor();
    if (!spec.editors.includes(emailAddress)) spec.editors.push(emailAddress);
    return this;
  }
  removeEditors(emailAddresses: string[]): this {
    const spec = this.editor();
    // The owner and the user running the script stay (Google's example relies on it).
    spec.editors = spec.editors.filter(
      (e) => e === this.ctx.ownerEmail || e === this.ctx.userEmail || !emailAddresses.includes(e),
    );
    return this;
  }
  /** Only a document in a Google Workspace domain has a domain to share edit rights with. */
  setDomainEdit(editable: boolean): this {
    const spec = this.editor();
    if (this.ctx.domain === null) fail(NO_DOMAIN_MESSAGE);
    spec.domainEdit = Boolean(editable);
    return this;
  }
  canDomainEdit(): boolean {
    return this.editor().domainEdit;
  }
  remove(): void {
    const spec = this.editor();
    this.sheet.protections = this.sheet.protections.filter((p) => p !== spec);
  }
}
