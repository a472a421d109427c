import { t } from '../api/messages';

/**
 * Builds the add-on menu. Safe in AuthMode.NONE: it only touches the UI, never the document.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(t('menu.open'), 'showSidebar').addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t('addon.name'));
  SpreadsheetApp.getUi().showSidebar(html);
}
