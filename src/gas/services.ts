/**
 * The one place src/ obtains Apps Script services. It returns the globals
 * typed as our narrowed surface, so code written against `Services` can only
 * call what the surface (and therefore Google) provides. Each service is read
 * through a getter, at the moment it is used: nothing touches a service when
 * the bundle loads or when `services()` is called (AuthMode.NONE, and an
 * emulator that lacks a service fails only where it is really used).
 */
import type { GSheetsApi } from './sheets-api';
import type { Services } from './surface';

export function services(): Services {
  return {
    get SpreadsheetApp() {
      return SpreadsheetApp;
    },
    get Sheets() {
      // Declared optional by @types (absent unless the manifest enables it; ours does).
      return Sheets as GSheetsApi;
    },
    get Charts() {
      return Charts;
    },
    get HtmlService() {
      return HtmlService;
    },
    get PropertiesService() {
      return PropertiesService;
    },
    get CacheService() {
      return CacheService;
    },
    get LockService() {
      return LockService;
    },
    get ScriptApp() {
      return ScriptApp;
    },
    get Session() {
      return Session;
    },
    get Utilities() {
      return Utilities;
    },
    get UrlFetchApp() {
      return UrlFetchApp;
    },
    get Logger() {
      return Logger;
    },
    get console() {
      return console;
    },
  };
}
