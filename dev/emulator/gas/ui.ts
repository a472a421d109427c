/** Ui and Menu: recorded into UiState for the playground and tests. */
import type { GButtonSet, GHtmlOutput, GMenu, GUi } from '../../../src/gas/surface';
import { GasObject } from './boundary';
import type { GasContext } from './context';
import { Button, ButtonSet } from './enums';

interface MenuRecord {
  title: string;
  items: { caption: string; functionName: string }[];
}

export class MenuImpl extends GasObject implements GMenu {
  readonly gasKind = 'Menu';
  readonly record: MenuRecord;
  constructor(
    private readonly ctx: GasContext,
    title: string,
  ) {
    super();
    this.record = { title, items: [] };
  }
  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.record.items.push({ caption: '---', functionName: '' });
    return this;
  }
  addSubMenu(menu: GMenu): this {
    const sub = (menu as MenuImpl).record;
    for (const item of sub.items)
      this.record.items.push({
        caption: `${sub.title} › ${item.caption}`,
        functionName: item.functionName,
      });
    return this;
  }
  addToUi(): void {
    // A later addToUi with the same title replaces the menu, as re-running onOpen does in Sheets.
    const menus = this.ctx.ui.menus.filter((m) => m.title !== this.record.title);
    menus.push({ title: this.record.title, items: [...this.record.items] });
    this.ctx.ui.menus = menus;
  }
}

export class UiImpl extends GasObject implements GUi {
  readonly gasKind = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(
    private readonly ctx: GasContext,
    private readonly addonName: string,
  ) {
    super();
  }
  alert(
    titleOrPrompt: string,
    promptOrButtons?: string | GButtonSet,
    _buttons?: GButtonSet,
  ): GoogleAppsScript.Base.Button {
    const text =
      typeof promptOrButtons === 'string'
        ? `${titleOrPrompt}\n${promptOrButtons}`
        : String(titleOrPrompt);
    this.ctx.ui.alerts.push(text);
    return Button.OK;
  }
  createAddonMenu(): MenuImpl {
    return new MenuImpl(this.ctx, this.addonName);
  }
  createMenu(caption: string): MenuImpl {
    return new MenuImpl(this.ctx, caption);
  }
  showSidebar(userInterface: GHtmlOutput): void {
    this.ctx.ui.sidebar = { title: userInterface.getTitle(), html: userInterface.getContent() };
  }
  showModalDialog(userInterface: GHtmlOutput, title: string): void {
    this.ctx.dialog = { title, html: userInterface.getContent() };
  }
  showModelessDialog(userInterface: GHtmlOutput, title: string): void {
    this.ctx.dialog = { title, html: userInterface.getContent() };
  }
}
