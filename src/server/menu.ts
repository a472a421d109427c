import { t } from '../api/messages';
import { services } from '../gas/services';
import { menuLanguage } from './language';

/**
 * Builds the add-on menu. Safe in AuthMode.NONE: it only touches the UI, never the document.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const svc = services();
  const lang = menuLanguage(svc);
  svc.SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t('menu.open', undefined, lang), 'showSidebar')
    .addItem(t('refresh.menu', undefined, lang), 'refreshFromMenu')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const svc = services();
  const html = svc.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t('addon.name'));
  svc.SpreadsheetApp.getUi().showSidebar(html);
}
