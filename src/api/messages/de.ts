/** Deutsch (Sie-Form). Vokabular: docs/glossary/de.md. */
import type { Catalog } from './index';

export default {
  // actuals
  'actuals.skip.blankRow': 'Zeile {row} ist leer.',
  'actuals.skip.duplicateRecordId':
    'Zeile {row}: Datensatz „{value}“ in {column} kam weiter oben schon vor; er wurde einmal gezählt, aus seiner ersten Zeile.',
  'actuals.skip.unparseableDate': 'Zeile {row}: „{value}“ in {column} ist kein lesbares Datum.',
  'actuals.skip.impossibleDate':
    'Zeile {row}: „{value}“ in {column} ist kein gültiges Kalenderdatum bzw. keine gültige Uhrzeit.',
  'actuals.skip.invalidAmount':
    'Zeile {row}: „{value}“ in {column} ist kein gültiger Betrag (eine Zahl ab null); er wurde beim Umsatz nicht berücksichtigt.',
  'actuals.skip.firstTouchBeforeHandover':
    'Zeile {row}: Der Erstkontakt „{value}“ in {column} liegt vor der Übergabe; dieser Lead wurde bei der Reaktionszeit nicht berücksichtigt.',
  'actuals.warn.stageDatesOutOfOrder':
    'Zeile {row}: „{value}“ in {column} liegt vor dem Datum einer früheren Stufe; es wurde wie angegeben gezählt.',
  'actuals.warn.mappedColumnMissing':
    'Die zugeordnete Spalte „{column}“ fehlt im Quelltab; was sie speist, blieb unverändert.',
  'actuals.warn.columnMappedTwice':
    'Die Spalte „{column}“ ist mehreren Feldern zugeordnet ({value}).',
  'actuals.source.none': '(keine Quelle)',

  // functions
  'status.on_track': 'Im Plan',
  'status.at_risk': 'Gefährdet',
  'status.behind': 'Im Rückstand',
  'stage.visits': 'Besuche',
  'stage.leads': 'Leads',
  'stage.mqls': 'MQLs',
  'stage.sqls': 'SQLs',
  'stage.opportunities': 'Opportunities',
  'stage.customers': 'Kunden',
  'stage.numbered': 'Stufe {n}',
  'fn.where.row': ' (Zeile {row} des Bereichs)',
  'fn.where.column': ' (Spalte {col} des Bereichs)',
  'fn.where.cell': ' (Zeile {row}, Spalte {col} des Bereichs)',
  'fn.err.missing': '{fn}: {arg} fehlt. Geben Sie es als Argument {position} an.',
  'fn.err.blank': '{fn}: {arg}{where} ist leer. Tragen Sie dort eine Zahl ein.',
  'fn.err.text':
    '{fn}: {arg}{where} ist der Text {value}, keine Zahl. Geben Sie eine Zahl ein (ohne Anführungszeichen und Einheiten) oder korrigieren Sie das Zellenformat.',
  'fn.err.date':
    '{fn}: {arg}{where} ist ein Datum ({value}), keine Zahl. Geben Sie eine einfache Zahl ein.',
  'fn.err.boolean':
    '{fn}: {arg}{where} ist {value}, ein Wahrheitswert (WAHR/FALSCH), keine Zahl. Geben Sie eine Zahl ein.',
  'fn.err.notFinite':
    '{fn}: {arg}{where} ist {value}, keine verwendbare Zahl. Geben Sie eine endliche Zahl ein.',
  'fn.err.negative':
    '{fn}: {arg}{where} ist {value}; der Wert darf nicht negativ sein. Geben Sie 0 oder mehr ein.',
  'fn.err.notPositive': '{fn}: {arg}{where} ist {value}; der Wert muss größer als 0 sein.',
  'fn.err.notWhole':
    '{fn}: {arg}{where} ist {value}; erwartet wird eine ganze Zahl von {min} bis {max}. Geben Sie eine ein oder verwenden Sie RUNDEN().',
  'fn.err.tooLarge':
    '{fn}: {arg}{where} ist {value}, zu groß für die Planung. Geben Sie höchstens {max} ein.',
  'fn.err.resultTooLarge':
    '{fn}: Das Ergebnis für {arg}{where} = {value} ist zu groß zum Berechnen. Prüfen Sie die Eingaben auf Extremwerte (eine winzige Quote oder Dealgröße, eine riesige Zahl).',
  'fn.err.rateText':
    '{fn}: {arg}{where} ist der Text {value}, keine Quote. Geben Sie einen Prozentwert wie 25 % oder einen Dezimalwert wie 0,25 ein.',
  'fn.err.ratePercentLike':
    '{fn}: {arg}{where} ist {value}, ein Prozentwert, der als einfache Zahl eingegeben wurde. Meinten Sie {value} %? Geben Sie {value} % oder {decimal} ein.',
  'fn.err.rateRange':
    '{fn}: {arg}{where} ist {value}; eine Conversion-Rate muss größer als 0 % und höchstens 100 % sein. Geben Sie z. B. 25 % oder 0,25 ein.',
  'fn.err.toleranceRange':
    '{fn}: {arg} ist {value}; eine Toleranz muss zwischen 0 % und 100 % liegen. Geben Sie z. B. 10 % oder 0,1 ein.',
  'fn.err.growthRange':
    '{fn}: {arg} ist {value}; ein monatliches Wachstum muss über -100 % und höchstens 100 % liegen. Geben Sie z. B. 5 % oder -2 % ein.',
  'fn.err.ratesEmpty':
    '{fn}: {arg} ist leer. Geben Sie mindestens eine Conversion-Rate ein, z. B. 25 %.',
  'fn.err.ratesGap':
    '{fn}: {arg}{where} ist leer, steht aber zwischen zwei Quoten. Ergänzen Sie die fehlende Quote oder markieren Sie nur die Zellen mit Quoten.',
  'fn.err.notSingle':
    '{fn}: {arg} ist ein Bereich von {size}; erwartet wird eine einzelne Zelle. {hint}',
  'fn.err.hint.vectorize': 'Für ein Ergebnis pro Zeile verwenden Sie stattdessen {other}.',
  'fn.err.hint.none': 'Verweisen Sie auf eine einzelne Zelle.',
  'fn.err.shape':
    '{fn}: {arg} ist ein Bereich von {size}; erwartet wird eine einzelne Zelle oder ein Bereich von {expected} wie {other}.',
  'fn.err.notVector':
    '{fn}: {arg} ist ein Block von {size}; geben Sie eine einzelne Zeile oder Spalte an.',
  'fn.err.ratesBlock':
    '{fn}: {arg} ist ein Block von {size}, der nicht zu {other} ({expected}) passt. Geben Sie eine Zeile oder Spalte mit Quoten für alle Werte von {other} an oder einen Block mit einer Quotenzeile pro Zeile von {other}.',
  'fn.err.weightsCount':
    '{fn}: {arg} hat {count, plural, one {# Gewicht} other {# Gewichte}}, aber die Laufzeit beträgt {months, plural, one {# Monat} other {# Monate}}. Geben Sie ein Gewicht pro Monat an.',
  'fn.err.weightsTooLarge':
    '{fn}: Die Summe von {arg} ist größer, als eine Zahl fassen kann. Verwenden Sie kleinere Gewichte, z. B. Prozentwerte.',
  'fn.err.weightsZero':
    '{fn}: Die Summe von {arg} ist 0. Geben Sie mindestens einem Monat ein Gewicht über 0.',
  'fn.err.namesCount':
    '{fn}: {arg} enthält {count, plural, one {# Namen} other {# Namen}}, der Funnel hat aber {stages} Stufen ({rates} Quoten + gewonnene Deals). Geben Sie {stages} Namen an oder lassen Sie {arg} weg.',
  'fn.err.tooFewCounts':
    '{fn}: {arg} enthält {count, plural, one {# Wert} other {# Werte}}; geben Sie mindestens zwei Stufenwerte an, die oberste Stufe zuerst.',
  'fn.size.cells': '{rows} × {cols} (Zeilen × Spalten)',
  'fn.value.blank': 'leer',
  'fn.value.invalidDate': 'ein ungültiges Datum',

  // menu
  'addon.name': 'Funnel SLA',
  'menu.open': 'Funnel SLA öffnen',
  'commit.err.missingTab':
    'Der Tab „{name}“ fehlt: Er wurde gelöscht oder umbenannt, während Funnel SLA arbeitete. Es wurde nichts geschrieben; versuchen Sie es erneut.',

  // refresh
  'actuals.source.other': 'Sonstige',
  'refresh.err.noSla':
    'Erstellen Sie zuerst den SLA-Tab: Die Aktualisierung füllt dessen Ist-Werte.',
  'refresh.err.noSlaTab':
    'Der SLA-Tab „{name}“ fehlt. Erstellen Sie ihn in der Seitenleiste neu und aktualisieren Sie dann.',
  'refresh.err.noSource':
    'Es gibt keinen Tab namens „{name}“. Wählen Sie den Tab mit Ihrem CRM-Export.',
  'refresh.err.emptySource':
    'Der Tab „{name}“ ist leer. Fügen Sie Ihren CRM-Export mit den Spaltenüberschriften in der ersten Zeile ein.',
  'refresh.err.sourceIsSla':
    '„{name}“ ist der SLA-Tab selbst; wählen Sie den Tab mit dem CRM-Export.',
  'refresh.err.unknownHeader':
    'Die Zuordnung nennt eine Spalte „{header}“, die nicht in der ersten Zeile von „{name}“ steht.',
  'refresh.err.unknownStage':
    'Die Zuordnung nennt „{key}“, weder eine Stufe dieses SLA noch ein bekanntes Feld.',
  'refresh.err.nothingMapped':
    'Keine Stufe ist einer Spalte von „{name}“ zugeordnet: Ordnen Sie mindestens ein Stufendatum zu.',
  'refresh.err.busy':
    'Eine andere Aktualisierung dieser Tabelle läuft gerade. Warten Sie, bis sie fertig ist, und versuchen Sie es dann erneut.',
  'refresh.err.invalid': 'Die Optionen der Aktualisierung sind ungültig: {errors}',
  'refresh.log.tab': 'SLA-Protokoll',
  'sidetab.sla': 'SLA',
  'sidetab.version': 'Version',
  'refresh.history.tab': 'SLA-Verlauf',
  'refresh.log.when': 'Wann',
  'refresh.log.who': 'Wer',
  'refresh.log.source': 'Quelltab',
  'refresh.log.read': 'Gelesene Zeilen',
  'refresh.log.counted': 'Gezählte Zeilen',
  'refresh.log.skipped': 'Übersprungene Zeilen',
  'refresh.log.cells': 'Ausgelassene Zellen',
  'refresh.log.outside': 'Zeilen außerhalb des Zeitraums',
  'refresh.log.seconds': 'Dauer (s)',
  'refresh.log.trigger': 'Ausgelöst über',
  'refresh.log.bySidebar': 'Seitenleiste',
  'refresh.log.byMenu': 'Menü',
  'refresh.log.bySchedule': 'Zeitplan',
  'refresh.log.unknownUser': '(unbekannter Nutzer)',
  'refresh.log.failed': 'geplante Aktualisierung fehlgeschlagen: {error}',
  'refresh.report.more': 'und {count} weitere',
  'refresh.schedule.setBy': '{schedule}, eingerichtet von {by}',
  'refresh.schedule.notYours':
    'Der Zeitplan dieses SLA wurde von {by} eingerichtet. Ihre Änderung ersetzt ihn: Deren Trigger endet bei seinem nächsten Lauf.',
  'refresh.toast.done':
    'Ist-Werte aktualisiert: {counted} von {read} Zeilen gezählt, {skipped} übersprungen.',
  'refresh.toast.title': 'Funnel SLA',
  'refresh.menu': 'Ist-Werte aktualisieren',
  'refresh.err.noSavedSource':
    'Es ist noch kein CRM-Export-Tab eingerichtet. Öffnen Sie die Seitenleiste, wählen Sie den Tab und bestätigen Sie einmal die Zuordnung.',

  // review
  'review.diag.no_data': '{stage}: noch keine Ist-Werte.',
  'review.diag.on_track': '{stage}: im Plan – {actual} von {target} bis heute ({attainment}).',
  'review.diag.volume_top':
    '{stage}: {shortfall} unter {target} bis heute – es kam weniger herein als geplant (Volumen).',
  'review.diag.volume':
    '{stage}: {shortfall} unter {target} bis heute – {prev} lieferte {prevActual} von {prevTarget} (Volumen).',
  'review.diag.conversion':
    '{stage}: {shortfall} unter {target} bis heute – {prev}→{stage} konvertiert mit {actualRate} statt geplanter {plannedRate} (Conversion).',
  'review.diag.both':
    '{stage}: {shortfall} unter {target} bis heute – {prev} lieferte {prevActual} von {prevTarget} (Volumen) und {prev}→{stage} konvertiert mit {actualRate} statt geplanter {plannedRate} (Conversion).',
  'review.diag.minor':
    '{stage}: {shortfall} unter {target} bis heute, Volumen und Conversion ({actualRate} statt geplanter {plannedRate}) innerhalb der Toleranz.',
  'review.diag.short': '{stage}: {shortfall} unter {target} bis heute.',
  'review.team.marketing': 'Marketing',
  'review.team.sales': 'Vertrieb',
  'review.team.no_data': '{team}: noch keine Ist-Werte.',
  'review.team.on_track': '{team}: im Plan bei {stages}.',
  'review.team.short':
    '{team}: {status} – {count} von {total} Stufen unter Ziel; größte Lücke {stage} mit {attainment} Zielerreichung ({shortfall} darunter).',
  'review.rate.actual':
    'Beobachtet über {months, plural, one {# Monat} other {# Monate}} aus {records, plural, one {# Datensatz} other {# Datensätzen}}.',
  'review.rate.few_records':
    'Nur {records, plural, one {# Datensatz} other {# Datensätze}} in {months, plural, one {# Monat} other {# Monaten}} (mindestens {min} nötig): Die geplante Quote bleibt.',
  'review.rate.no_data': 'Kein Monat hat Werte für beide Stufen: Die geplante Quote bleibt.',
  'review.rate.out_of_range':
    'Mit der beobachteten Quote {rate} lässt sich nicht planen (sie muss über 0 % und höchstens 100 % liegen): Die geplante Quote bleibt.',
  'review.reset.err.options': 'Die Optionen zum Zurücksetzen sind ungültig ({fields}).',
  'review.reset.err.rates':
    'Geben Sie zwischen je zwei Stufen eine Quote an ({expected, plural, one {# Quote} other {# Quoten}}).',
  'review.reset.err.archiveExists':
    'Ein Tab namens „{name}“ existiert bereits. Benennen Sie ihn um und setzen Sie dann erneut zurück.',
  'review.reset.protected':
    'Archivierte SLA-Version: schreibgeschützt. Die aktuelle Version steht im Tab ohne Versionszusatz.',
  'review.reset.err.bad_month': '„{value}“ ist kein Monat; verwenden Sie JJJJ-MM.',
  'review.reset.err.as_of_before_start':
    'Die Vereinbarung beginnt {start}; ein Zurücksetzen braucht mindestens einen abgeschlossenen Monat (Stand {asOf}).',
  'review.reset.err.no_months_left':
    'Nach {asOf} bleiben keine Monate dieser Vereinbarung (sie endet {end}); beginnen Sie statt eines Zurücksetzens einen neuen Vereinbarungszeitraum.',
  'review.reset.err.invalid_settings':
    'Die Einstellungen der nächsten Version sind ungültig: {details}',
  'review.history.month': 'Monat',
  'review.history.stage': 'Stufe',
  'review.history.target': 'Ziel',
  'review.history.actual': 'Ist',
  'review.history.variance': 'Abweichung',
  'review.history.attainment': 'Zielerreichung',
  'review.history.status': 'Status',

  // settings
  'settings.field.periodStart': 'Erster Monat',
  'settings.field.months': 'Laufzeit in Monaten',
  'settings.field.reviewDate': 'Überprüfungstermin',
  'settings.field.revenueGoal': 'Umsatzziel',
  'settings.field.currency': 'Währung',
  'settings.field.dealSize': 'Durchschnittliche Dealgröße',
  'settings.field.stages': 'Stufe',
  'settings.field.rates': 'Conversion-Rate',
  'settings.field.lagDays': 'Tage bis zur nächsten Stufe',
  'settings.field.shape': 'Monatsverteilung',
  'settings.field.tolerance': 'Toleranz',
  'settings.field.followUpHours': 'Nachfassen innerhalb von (Stunden)',
  'settings.field.minTouches': 'Mindestzahl an Kontaktversuchen',
  'settings.field.feedbackDays': 'Feedback zu abgelehnten Leads innerhalb von (Tagen)',
  'settings.field.agreement': 'Vereinbarung',
  'settings.field.version': 'Version der Einstellungen',
  'settings.field.sheetName': 'Tab-Name',
  'settings.field.agreementVersion': 'Version der Vereinbarung',
  'settings.err.invalid': '{field}: Dieser Wert ist ungültig.',
  'settings.err.number': '{field}: Geben Sie eine Zahl ein.',
  'settings.err.type': '{field}: Dieser Wert hat den falschen Typ.',
  'settings.err.required': '{field}: Dieses Feld ist erforderlich.',
  'settings.err.rateMax':
    '{field}: Geben Sie eine Quote über 0 und höchstens 100 % an (als Dezimalzahl: 25 % ist 0,25).',
  'settings.err.choice': '{field}: Wählen Sie eine der angebotenen Optionen.',
  'settings.err.min': '{field}: muss mindestens {min} sein.',
  'settings.err.gt': '{field}: muss größer als {min} sein.',
  'settings.err.max': '{field}: darf höchstens {max} sein.',
  'settings.err.lt': '{field}: muss kleiner als {max} sein.',
  'settings.err.format.month': '{field}: Verwenden Sie die Form JJJJ-MM, z. B. 2026-01.',
  'settings.err.format.day': '{field}: Verwenden Sie die Form JJJJ-MM-TT, z. B. 2026-07-01.',
  'settings.err.ratesLength':
    '{field}: Geben Sie zwischen je zwei Stufen eine Quote an (erwartet: {expected}).',
  'settings.err.lagLength':
    '{field}: Geben Sie zwischen je zwei Stufen einen Wert an (erwartet: {expected}).',
  'settings.err.stageDuplicate':
    '{field}: „{name}“ kommt zweimal vor; die Stufennamen müssen sich unterscheiden.',
  'settings.err.weightsLength':
    '{field}: Geben Sie ein Gewicht pro Monat an (erwartet: {expected}).',
  'settings.err.weightsZero': '{field}: Mindestens ein Monat braucht ein Gewicht über 0.',
  'settings.err.tabTaken':
    'Ein Tab namens „{name}“ existiert bereits und wurde nicht von Funnel SLA erstellt. Benennen Sie diesen Tab um oder löschen Sie ihn und erstellen Sie dann erneut.',
  'settings.err.rejected': 'Die Einstellungen wurden nicht gespeichert: {errors}',
  'agreement.default.leadDefinition':
    'Ein Kontakt, der uns über ein Formular, eine Veranstaltung oder den Chat eine geschäftliche E-Mail-Adresse und mindestens ein Passungsmerkmal (Branche, Unternehmensgröße oder Rolle) gegeben hat.',
  'agreement.default.mqlDefinition':
    'Ein Lead, der den vereinbarten Lead-Score (Verhalten + Passung) erreicht oder eine Demo, ein Angebot oder einen Rückruf angefragt hat.',
  'agreement.default.sqlDefinition':
    'Ein MQL, den der Vertrieb nach einem ersten Gespräch angenommen hat: echter Bedarf, ein Budgetverantwortlicher in Reichweite und ein Zeitrahmen innerhalb von 6 Monaten.',
  'agreement.default.handoverRules':
    'Das Marketing übergibt einen MQL innerhalb von 1 Werktag an den Vertrieb, mit: Name, Unternehmen, Rolle, Quelle und Kampagne, gesehene Seiten und Inhalte sowie dem Grund der Qualifizierung.',
  'agreement.default.marketingCommitments':
    'Das Marketing liefert das monatliche MQL-Ziel unten, berichtet jeden Monat die MQLs nach Quelle und steigert das Volumen gemäß der hier vereinbarten Monatsverteilung.',
  'agreement.default.salesCommitments':
    'Der Vertrieb fasst innerhalb der vereinbarten Stunden erstmals nach, unternimmt die Mindestzahl an Kontaktversuchen, bevor er einen Lead schließt, gibt zu jedem abgelehnten Lead innerhalb der vereinbarten Tage Feedback und erfasst jeden Kontakt im CRM.',
  'agreement.default.notReadyLeads':
    'Noch nicht vertriebsreife Leads gehen mit dokumentiertem Grund zur weiteren Pflege (Nurturing) an das Marketing zurück; sie kommen wieder, sobald sie die MQL-Schwelle erneut erreichen.',
  'agreement.default.shortfallPlan':
    'Verfehlen die MQLs zwei Monate in Folge das Ziel, legt das Marketing im Monatsmeeting einen Maßnahmenplan vor, und der Vertrieb darf die Lücke vorübergehend mit Outbound-Akquise schließen.',
  'agreement.default.reporting':
    'Beide Teams prüfen diesen Tab jeden Monat gemeinsam; die Strategie wird quartalsweise überprüft; zum Überprüfungstermin wird die Vereinbarung mit den tatsächlichen Conversion-Rates neu aufgesetzt.',
  'agreement.default.marketingOwner': 'Leitung Marketing',
  'agreement.default.salesOwner': 'Leitung Vertrieb',

  // sidebar
  'sidebar.heading': 'Vertriebs- und Marketing-SLA',
  'sidebar.intro':
    'Legen Sie Ziel und Funnel fest; die Vorschau folgt Ihren Eingaben. „Erstellen“ schreibt die Vereinbarung und ihre Ziele in einen SLA-Tab.',
  'sidebar.loading': 'Vereinbarung wird geladen…',
  'sidebar.loadFailed':
    'Die gespeicherte Vereinbarung konnte nicht geladen werden; es werden Standardwerte angezeigt. {error}',
  'sidebar.reviewDue':
    'Diese Vereinbarung ist zur Überprüfung fällig (Überprüfungstermin {date}): Setzen Sie sie mit den beobachteten Conversion-Rates zurück.',
  'sidebar.section.period': 'Zeitraum',
  'sidebar.section.goal': 'Ziel',
  'sidebar.section.stages': 'Funnel-Stufen',
  'sidebar.section.shape': 'Monatsverteilung',
  'sidebar.section.preview': 'Vorschau',
  'sidebar.section.commitments': 'Zusagen',
  'sidebar.section.agreement': 'Vereinbarungstext',
  'sidebar.hint.reviewDate': 'Standard: die Mitte des Zeitraums.',
  'sidebar.hint.stages':
    'Oberste Funnel-Stufe zuerst; die letzte Stufe sind gewonnene Deals. Quoten sind Prozentwerte (30 bedeutet 30 %).',
  'sidebar.hint.tolerance':
    'Liegt die Zielerreichung so weit unter dem Ziel, erscheint „Gefährdet“; noch weiter darunter „Im Rückstand“.',
  'sidebar.hint.agreement':
    'Beide Teams unterzeichnen diesen Text; spätere Änderungen im Tab bleiben erhalten.',
  'sidebar.currency.other': 'Andere…',
  'sidebar.field.currencyCode': 'Währungscode',
  'sidebar.field.tolerance': 'Toleranz (%)',
  'sidebar.stage.name': 'Stufe {n}',
  'sidebar.stage.remove': 'Stufe {name} entfernen',
  'sidebar.stage.add': 'Stufe hinzufügen',
  'sidebar.stage.addHint': 'Neue Stufen kommen über die letzte Stufe.',
  'sidebar.stage.rate': 'Quote',
  'sidebar.stage.rateContext': 'von {from} zu {to}, in Prozent',
  'sidebar.stage.days': 'Tage',
  'sidebar.stage.daysContext': 'von {from} zu {to}',
  'sidebar.stage.unnamed': 'Stufe {n}',
  'sidebar.stage.newName': 'Neue Stufe {n}',
  'sidebar.stage.added': 'Stufe über {name} hinzugefügt.',
  'sidebar.stage.removed':
    'Stufe {name} entfernt; die Quoten davor und danach wurden zusammengefasst.',
  'sidebar.shape.even': 'Gleichmäßig',
  'sidebar.shape.growth': 'Wachstumsrampe',
  'sidebar.shape.weights': 'Saisongewichte',
  'sidebar.shape.growthRate': 'Wachstum pro Monat (%)',
  'sidebar.shape.month': 'Monat {n}',
  'sidebar.shape.weightsHint':
    'Relative Gewichte: Ein Monat mit 2 erhält doppelt so viel Ziel wie einer mit 1.',
  'sidebar.preview.stage': 'Stufe',
  'sidebar.preview.needed': 'Benötigt im Zeitraum',
  'sidebar.preview.perMonth': '{stage} pro Monat',
  'sidebar.preview.month': 'Monat',
  'sidebar.preview.count': 'Ziel',
  'sidebar.preview.total': 'Summe',
  'sidebar.preview.deals':
    '{deals, plural, one {# Deal} other {# Deals}} zu {dealSize} {currency} ergeben {goal} {currency}.',
  'sidebar.preview.lag':
    'Wegen des Verkaufszyklus um {months, plural, one {# Monat} other {# Monate}} vorgezogen.',
  'sidebar.preview.invalid': 'Korrigieren Sie die markierten Felder, um die Ziele zu sehen.',
  'sidebar.build': 'SLA-Tab erstellen',
  'sidebar.update': 'SLA-Tab aktualisieren',
  'sidebar.building': 'SLA-Tab wird erstellt…',
  'sidebar.built': '„{name}“ ist fertig und geöffnet.',
  'sidebar.buildFailed': 'Der Tab wurde nicht erstellt. {error}',
  'sidebar.fixFields': 'Korrigieren Sie zuerst die markierten Felder ({count}).',
  'sidebar.afterBuild':
    'Erstellen Sie zuerst den SLA-Tab: Danach können Sie hier seine Ist-Werte aus einem CRM-Export aktualisieren und ihn zur Halbzeit zurücksetzen.',
  'sidebar.jump.label': 'Gehe zu',
  'sidebar.jump.actuals': 'Ist-Werte',
  'sidebar.jump.review': 'SLA zurücksetzen',
  'sidebar.reviewNow': 'Jetzt überprüfen',
  'sidebar.section.actuals': 'Ist-Werte',
  'sidebar.refresh.intro':
    'Füllen Sie die Ist-Werte des SLA-Tabs aus einem CRM-Export-Tab: ein Datensatz pro Zeile, Spaltenüberschriften in der ersten Zeile.',
  'sidebar.refresh.loading': 'Tabs und Spaltenüberschriften werden geladen…',
  'sidebar.refresh.loadFailed': 'Die Tabs konnten nicht geladen werden. {error}',
  'sidebar.refresh.sourceTab': 'CRM-Export-Tab',
  'sidebar.refresh.sourceHint': 'Das Add-on liest diesen Tab nur.',
  'sidebar.refresh.reloadTabs': 'Tab-Liste und Überschriften neu laden',
  'sidebar.refresh.noTabs':
    'Noch kein Tab zum Einlesen. Fügen Sie Ihren CRM-Export in einen neuen Tab ein und laden Sie die Tab-Liste neu.',
  'sidebar.refresh.emptyTab':
    '„{name}“ hat in der ersten Zeile keine Überschriften: Wählen Sie den Tab mit Ihrem CRM-Export.',
  'sidebar.mapping.title': 'Spaltenzuordnung',
  'sidebar.mapping.detected': 'Aus den Überschriften vorgeschlagen – vor dem Aktualisieren prüfen.',
  'sidebar.mapping.nothingDetected':
    'Keine Spalte erkannt: Wählen Sie die Datumsspalte mindestens einer Stufe.',
  'sidebar.mapping.saved': 'Ihre gespeicherte Zuordnung für diesen Tab.',
  'sidebar.mapping.stagesHint': 'Das Datum, an dem jeder Datensatz die Stufe erreicht hat.',
  'sidebar.mapping.optional': 'Optionale Spalten',
  'sidebar.mapping.none': '– nicht zugeordnet –',
  'sidebar.mapping.missing': '{header} (nicht in diesem Tab)',
  'sidebar.mapping.stageContext': 'Datumsspalte',
  'sidebar.mapping.role.recordId': 'Datensatz-ID',
  'sidebar.mapping.role.amount': 'Betrag',
  'sidebar.mapping.role.source': 'Quelle / Kanal',
  'sidebar.mapping.role.owner': 'Verantwortlich',
  'sidebar.mapping.role.handoverTime': 'Übergabezeitpunkt',
  'sidebar.mapping.role.firstTouchTime': 'Erster Vertriebskontakt',
  'sidebar.mapping.role.won': 'Gewonnen-Kennzeichen',
  'sidebar.mapping.hint.recordId': 'Zählt einen doppelt vorkommenden Datensatz nur einmal.',
  'sidebar.mapping.hint.amount': 'Dealwert, bei Gewinn zum Umsatz addiert.',
  'sidebar.mapping.hint.handoverTime': 'Mit dem Erstkontakt: Reaktionszeit.',
  'sidebar.mapping.hint.won': 'Zählt für die letzte Stufe nur gewonnene Deals.',
  'sidebar.mapping.err.nothingMapped': 'Ordnen Sie die Datumsspalte mindestens einer Stufe zu.',
  'sidebar.mapping.err.missing':
    '„{header}“ steht nicht in der ersten Zeile von „{name}“: Wählen Sie eine andere Spalte.',
  'sidebar.refresh.button': 'Ist-Werte aktualisieren',
  'sidebar.refresh.running': 'Ist-Werte werden aus „{name}“ aktualisiert…',
  'sidebar.refresh.done': 'Ist-Werte aktualisiert: {counted} von {read} Zeilen gezählt.',
  'sidebar.refresh.failed': 'Die Ist-Werte wurden nicht aktualisiert. {error}',
  'sidebar.refresh.fixFields': 'Korrigieren Sie zuerst die Zuordnung ({count}).',
  'sidebar.refresh.never': 'Noch nicht aktualisiert.',
  'sidebar.refresh.last': 'Letzte Aktualisierung: {when} aus „{source}“ ({how}).',
  'sidebar.refresh.lastBy': 'Letzte Aktualisierung: {when} aus „{source}“ von {by} ({how}).',
  'sidebar.refresh.trigger.sidebar': 'Seitenleiste',
  'sidebar.refresh.trigger.menu': 'Menü',
  'sidebar.refresh.trigger.schedule': 'Zeitplan',
  'sidebar.refresh.next': 'Nächste: {when}.',
  'sidebar.refresh.scheduleFailed':
    'Letzte geplante Aktualisierung fehlgeschlagen ({when}): {error}',
  'sidebar.schedule.by': '{schedule} um 6:00 Uhr, eingerichtet von {by}.',
  'sidebar.refresh.resultTitle': 'Letztes Ergebnis',
  'sidebar.refresh.read': 'Gelesene Zeilen',
  'sidebar.refresh.counted': 'Gezählte Zeilen',
  'sidebar.refresh.skipped': 'Übersprungene Zeilen',
  'sidebar.refresh.outside': 'Außerhalb des Zeitraums',
  'sidebar.refresh.duration': 'Dauer',
  'sidebar.refresh.seconds': '{seconds} s',
  'sidebar.refresh.instant': 'unter 0,1 s',
  'sidebar.refresh.kept': 'Wie eingegeben belassen (keine Spalte zugeordnet): {stages}.',
  'sidebar.refresh.leftOut': 'Ausgelassen – {list}.',
  'sidebar.refresh.warned': 'Gezählt, aber einen Blick wert – {list}.',
  'sidebar.reason.blankRow': 'leere Zeilen',
  'sidebar.reason.duplicateRecordId': 'doppelte Datensatz-IDs',
  'sidebar.reason.unparseableDate': 'unlesbare Daten',
  'sidebar.reason.impossibleDate': 'unmögliche Daten',
  'sidebar.reason.invalidAmount': 'ungültige Beträge',
  'sidebar.reason.firstTouchBeforeHandover': 'Erstkontakte vor der Übergabe',
  'sidebar.reason.stageDatesOutOfOrder': 'Stufendaten in falscher Reihenfolge',
  'sidebar.reason.mappedColumnMissing': 'fehlende zugeordnete Spalten',
  'sidebar.reason.columnMappedTwice': 'doppelt zugeordnete Spalten',
  'sidebar.report.summary': 'Übersprungene Zeilen und Zellen ({count})',
  'sidebar.report.summaryWarnings': 'Übersprungene Zeilen, Zellen und Warnungen ({count})',
  'sidebar.report.none': 'Nichts wurde übersprungen.',
  'sidebar.report.loading': 'Bericht wird geladen…',
  'sidebar.report.failed': 'Der Bericht konnte nicht geladen werden. {error}',
  'sidebar.report.empty': 'Der Bericht der letzten Aktualisierung ist leer.',
  'sidebar.report.capped': 'Die ersten {shown} von {total} werden angezeigt.',
  'sidebar.report.warning': 'Warnung:',
  'sidebar.schedule.label': 'Automatisch aktualisieren',
  'sidebar.schedule.off': 'Aus',
  'sidebar.schedule.daily': 'Täglich',
  'sidebar.schedule.monthly': 'Am Ersten jedes Monats',
  'sidebar.schedule.hint': 'Nutzt den gespeicherten Tab und die Zuordnung; läuft gegen 6:00 Uhr.',
  'sidebar.schedule.saving': 'Zeitplan wird gespeichert…',
  'sidebar.schedule.saved': 'Zeitplan gespeichert.',
  'sidebar.schedule.failed': 'Der Zeitplan wurde nicht geändert. {error}',
  'sidebar.section.review': 'SLA zurücksetzen',
  'sidebar.reset.intro':
    'Planen Sie nach etwa sechs Monaten die restlichen Monate mit den beobachteten Conversion-Rates. Nichts ändert sich, bevor Sie bestätigen.',
  'sidebar.reset.trailing': 'Monate mit Ist-Werten',
  'sidebar.reset.trailingHint': 'Die letzten abgeschlossenen Monate, bis zu 36.',
  'sidebar.reset.err.trailing':
    'Monate mit Ist-Werten: Geben Sie eine ganze Zahl von 1 bis 36 ein.',
  'sidebar.reset.propose': 'Neue Quoten vorschlagen',
  'sidebar.reset.proposing': 'Ist-Werte werden gelesen…',
  'sidebar.reset.proposed':
    'Vorgeschlagene Quoten aus den Ist-Werten bis {month}. Passen Sie beliebige Quoten an und setzen Sie dann zurück.',
  'sidebar.reset.proposeFailed': 'Es konnten keine Quoten vorgeschlagen werden. {error}',
  'sidebar.reset.stale': 'Die Monate haben sich geändert: Schlagen Sie erneut vor.',
  'sidebar.reset.asOf': 'Aus den Ist-Werten bis {month}, dem letzten abgeschlossenen Monat.',
  'sidebar.reset.transition': '{from} → {to}',
  'sidebar.reset.col.transition': 'Conversion',
  'sidebar.reset.col.planned': 'Geplant',
  'sidebar.reset.col.proposed': 'Neu',
  'sidebar.reset.rateLabel': 'Neue Quote von {from} zu {to}, in Prozent',
  'sidebar.reset.err.rate':
    '{from} → {to}: Geben Sie einen Prozentwert über 0 und höchstens 100 ein.',
  'sidebar.reset.nextTitle': 'Nächste Version',
  'sidebar.reset.period': 'Zeitraum',
  'sidebar.reset.periodValue': '{start} – {end} ({months, plural, one {# Monat} other {# Monate}})',
  'sidebar.reset.goal': 'Ziel',
  'sidebar.reset.goalValue': '{goal} {currency}',
  'sidebar.reset.achieved': '{revenue} {currency} bisher gewonnen',
  'sidebar.reset.achievedCustomers':
    '{count, plural, one {# Kunde} other {# Kunden}} bisher gewonnen',
  'sidebar.reset.review': 'Überprüfungstermin',
  'sidebar.reset.targets': 'Ziele für den Zeitraum',
  'sidebar.reset.start': 'SLA zurücksetzen…',
  'sidebar.reset.fixRates': 'Korrigieren Sie zuerst die markierten Quoten ({count}).',
  'sidebar.reset.confirm':
    '„{name}“ als „{archive}“ archivieren und die nächste Version erstellen?',
  'sidebar.reset.confirmHint':
    'Der archivierte Tab wird schreibgeschützt; nichts darin geht verloren.',
  'sidebar.reset.confirmButton': 'Bestätigen',
  'sidebar.reset.cancel': 'Abbrechen',
  'sidebar.reset.running': '„{name}“ wird archiviert und die nächste Version erstellt…',
  'sidebar.reset.failed': 'Das SLA wurde nicht zurückgesetzt. {error}',
  'sidebar.reset.done':
    '„{archive}“ ist archiviert (schreibgeschützt). „{name}“ enthält jetzt die nächste Version ab {start}; das Formular zeigt ihre Einstellungen.',
  'sidebar.err.percent': '{field}: Geben Sie einen Prozentwert von {min} bis {max} ein.',
  'sidebar.err.rate': '{field}: Geben Sie einen Prozentwert über 0 und höchstens 100 ein.',
  'sidebar.language.ui': 'Sprache der Seitenleiste',
  'sidebar.language.sla': 'Sprache des SLA-Tabs',
  'sidebar.language.slaHint':
    'Eine Änderung schreibt die vom Add-on erzeugten Texte im Tab neu; von Ihnen eingegebener Text bleibt unverändert.',

  // sla
  'sla.tabName': 'SLA {period}',
  'sla.title': 'Vertriebs- und Marketing-SLA · {name}',
  'sla.review.due':
    '⚠ Der Überprüfungstermin dieser Vereinbarung ist überschritten: Setzen Sie sie mit den tatsächlichen Conversion-Rates zurück (Seitenleiste → SLA zurücksetzen).',
  'sla.review.next':
    'Eine befristete Vereinbarung: Beide Teams prüfen sie monatlich und setzen sie zum Überprüfungstermin zurück.',
  'sla.section.agreement': 'Vereinbarung',
  'sla.summary.goal': 'Ziel',
  'sla.summary.marketing': 'Marketing liefert',
  'sla.summary.sales': 'Vertrieb sagt zu',
  'sla.sentence.goal':
    'Umsatz von {goal} {currency} von {start} bis {end}: {customers} Neukunden bei einer durchschnittlichen Dealgröße von {dealSize} {currency}.',
  'sla.sentence.marketing':
    '{count} {stage} im Zeitraum, etwa {perMonth} pro Monat, gemäß den Monatszielen unten.',
  'sla.sentence.sales':
    'Jede Übergabe innerhalb von {hours} Stunden nachfassen, mindestens {touches} Kontaktversuche vor dem Schließen eines Leads unternehmen und Feedback zu abgelehnten Leads innerhalb von {days} Tagen geben.',
  'sla.agreement.leadDefinition': 'Was ist ein Lead',
  'sla.agreement.mqlDefinition': 'Was ist ein MQL',
  'sla.agreement.sqlDefinition': 'Was ist ein SQL',
  'sla.agreement.handoverRules': 'Übergabe und Mindestinformationen',
  'sla.agreement.marketingCommitments': 'Zusagen des Marketings',
  'sla.agreement.salesCommitments': 'Zusagen des Vertriebs',
  'sla.agreement.notReadyLeads': 'Noch nicht reife Leads',
  'sla.agreement.shortfallPlan': 'Plan bei Zielverfehlung',
  'sla.agreement.reporting': 'Reporting und Meetings',
  'sla.agreement.marketingOwner': 'Unterzeichnet für das Marketing (Name, Datum)',
  'sla.agreement.salesOwner': 'Unterzeichnet für den Vertrieb (Name, Datum)',
  'sla.section.assumptions':
    'Annahmen: die einzigen Eingaben; ändern Sie eine, berechnen sich alle Ziele neu',
  'sla.assumption.goal': 'Umsatzziel',
  'sla.assumption.currency': 'Währung',
  'sla.assumption.dealSize': 'Durchschnittliche Dealgröße',
  'sla.assumption.start': 'Erster Monat',
  'sla.assumption.months': 'Monate (in der Seitenleiste ändern)',
  'sla.assumption.reviewDate': 'Überprüfungstermin',
  'sla.assumption.tolerance': 'Toleranz bis „Im Rückstand“',
  'sla.assumption.followUpHours': 'Erstes Nachfassen innerhalb von (Stunden)',
  'sla.assumption.minTouches': 'Mindestzahl an Kontaktversuchen',
  'sla.assumption.feedbackDays': 'Feedback zu abgelehnten Leads innerhalb von (Tagen)',
  'sla.assumption.growth': 'Monatliches Wachstum',
  'sla.assumption.continuation': 'Nach dem Zeitraum',
  'sla.assumption.continuationText':
    'Der Plan wiederholt sich: Die letzten Monate der früheren Stufen speisen die ersten Deals des nächsten Zeitraums',
  'sla.assumption.asOf': 'Stand (Ende des letzten abgeschlossenen Monats)',
  'sla.section.stages': 'Funnel',
  'sla.stage.stages': 'Stufe',
  'sla.stage.rates': 'Conversion zur nächsten Stufe',
  'sla.stage.lagDays': 'Tage bis zur nächsten Stufe',
  'sla.stage.lagMonths': 'Ziele vorgezogen um (Monate)',
  'sla.stage.periodTargets': 'Ziel im Zeitraum',
  'sla.stage.pipelineAtStart': 'Bereits zu Beginn in der Pipeline nötig',
  'sla.stage.actualToDate': 'Ist bis heute',
  'sla.stage.dataMonths': 'Abgeschlossene Monate mit Ist-Werten',
  'sla.stage.actualRates': 'Tatsächliche Conversion zur nächsten Stufe',
  'sla.stage.pace': 'Tempo: hochgerechnete Summe im Zeitraum',
  'sla.stage.catchUp': 'Aufholen: nötig pro verbleibendem Monat',
  'sla.stage.neededAtActualRates': 'Noch nötig bei tatsächlichen Quoten (Zeitraum)',
  'sla.stage.catchUpAtActualRates': 'Aufholen bei tatsächlichen Quoten (pro Monat)',
  'sla.section.report': 'Monatsbericht: unser Stand für das SLA-Meeting',
  'sla.report.actual': 'Ist bis heute',
  'sla.report.target': 'Ziel / Zusage',
  'sla.report.attainment': 'Zielerreichung',
  'sla.report.status': 'Status',
  'sla.report.revenue': 'Gewonnener Umsatz',
  'sla.report.goalShare': 'Anteil des gewonnenen Zeitraumziels',
  'sla.report.delivered': 'Marketing: gelieferte {stage}',
  'sla.report.handed': 'Marketing: an den Vertrieb übergebene Leads',
  'sla.report.speed': 'Vertrieb: Median der Stunden bis zum Erstkontakt (letzter Monat)',
  'sla.report.withinSla': 'Vertrieb: innerhalb des SLA nachgefasst (letzter Monat)',
  'sla.report.won': 'Vertrieb: gewonnene {stage}',
  'sla.report.wonNamed': 'Vertrieb: {stage}',
  'sla.report.gaps': 'Größte Lücken (niedrigste Zielerreichung)',
  'sla.report.stage': 'Stufe',
  'sla.report.attainmentToDate': 'Zielerreichung bis heute',
  'sla.report.diagnosis': 'Diagnose: zu wenig Volumen in der Stufe oder Conversion unter Plan?',
  'sla.report.chartTitle': 'Zielerreichung bis heute nach Stufe',
  'sla.section.monthly': 'Monatsziele und Tracking',
  'sla.block.targets': 'Ziele',
  'sla.block.actuals': 'Ist-Werte (aktualisiert oder eingegeben)',
  'sla.block.variance': 'Abweichung: Ist − Ziel',
  'sla.block.attainment': 'Zielerreichung',
  'sla.block.status': 'Status',
  'sla.col.month': 'Monat',
  'sla.col.revenue': 'Umsatz',
  'sla.col.weight': 'Gewicht (Verteilung)',
  'sla.col.cumWeight': 'Kumuliertes Gewicht',
  'sla.col.medianHours': 'Median Stunden bis Erstkontakt',
  'sla.col.withinSla': 'Innerhalb des SLA nachgefasst',
  'sla.col.handed': 'An den Vertrieb übergebene Leads',
  'sla.col.bySource': 'Nach Quelle (aus der Aktualisierung)',
  'sla.total': 'Seit Jahresbeginn',
  'sla.chart.title': '{stage}: Ziel vs. Ist',
  'sla.chart.target': 'Ziel',
  'sla.chart.actual': 'Ist',

  // state
  'op.err.busy':
    'Funnel SLA ist mit einer anderen Änderung an dieser Tabelle beschäftigt. Versuchen Sie es gleich noch einmal.',
  'lang.err.unknown': 'Unbekannte Sprache „{code}“. Wählen Sie eine von: {known}.',
  'state.err.corrupt':
    'Der Funnel-SLA-Datensatz in dieser Tabelle kann nicht gelesen werden. Es wurde nichts geändert.',
  'state.err.newer':
    'Diese Tabelle wurde zuletzt von einer neueren Version von Funnel SLA geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'state.err.tooBig':
    'Diese Änderung würde den Funnel-SLA-Datensatz in dieser Tabelle zu groß machen ({kb} KB). Es wurde nichts geändert: Kürzen Sie die Texte oder entfernen Sie alte SLA-Tabs.',
  'state.err.settings':
    'Die gespeicherten Einstellungen dieses SLA-Tabs sind nicht mehr gültig: {errors} Öffnen Sie die Seitenleiste, korrigieren Sie sie und aktualisieren Sie den Tab (Tab und Daten bleiben, wie sie sind).',
  'state.err.slaTabGone': 'Der SLA-Tab wurde gelöscht. Erstellen Sie ihn in der Seitenleiste neu.',
  'settings.err.tabArchive':
    '„{name}“ ist eine archivierte Version des SLA und bleibt schreibgeschützt. Erstellen Sie stattdessen die aktuelle Version.',
  'settings.err.tabSigned':
    '„{name}“ ist der unterzeichnete Stand einer vereinbarten Version und bleibt schreibgeschützt. Erstellen Sie stattdessen die aktuelle Version.',
  'settings.err.tabOwnLog':
    '„{name}“ ist der Protokoll- oder Verlaufstab des Add-ons; darüber kann kein SLA erstellt werden. Wählen Sie einen anderen Namen.',

  // hubspot
  'hubspot.err.tokenShape':
    'Das sieht nicht nach einem HubSpot-Zugriffstoken aus. Fügen Sie das vollständige Token Ihres Dienstschlüssels oder Ihrer privaten App ein.',
  'hubspot.err.notConnected':
    'HubSpot ist für Sie nicht verbunden. Verbinden Sie es in der Seitenleiste (Ist-Werte → HubSpot) mit einem Zugriffstoken.',
  'hubspot.err.unauthorized':
    'HubSpot hat das Zugriffstoken abgelehnt (401): Es wurde widerrufen, ist abgelaufen oder falsch eingegeben. Trennen Sie die Verbindung und verbinden Sie sich mit einem neuen Token erneut. Es wurde nichts geschrieben.',
  'hubspot.err.forbidden':
    'HubSpot hat die Anfrage abgelehnt (403): Dem Token fehlt ein Lesebereich (Scope). Erteilen Sie ihm crm.objects.contacts.read, crm.objects.deals.read, crm.schemas.contacts.read und crm.schemas.deals.read und aktualisieren Sie dann erneut. Es wurde nichts geschrieben.',
  'hubspot.err.badRequest':
    'HubSpot hat eine Suche abgelehnt ({code}): {message}. Prüfen Sie die Zuordnung in der Seitenleiste. Es wurde nichts geschrieben.',
  'hubspot.err.unavailable':
    'HubSpot hat nach {tries} Versuchen weiterhin {code} geantwortet. Es wurde nichts geschrieben; die bisherigen Ist-Werte bleiben. Versuchen Sie es in einigen Minuten erneut.',
  'hubspot.err.network':
    'HubSpot ist nicht erreichbar. Es wurde nichts geschrieben; die bisherigen Ist-Werte bleiben. Versuchen Sie es in einigen Minuten erneut.',
  'hubspot.err.tooSlow':
    'HubSpot hat zu langsam geantwortet, um innerhalb des Zeitlimits von Apps Script fertig zu werden ({requests} Anfragen gesendet). Es wurde nichts geschrieben; versuchen Sie es später erneut.',
  'hubspot.err.unknownProperty':
    'Die Zuordnung nennt eine HubSpot-Eigenschaft „{property}“, die es in diesem Konto nicht gibt. Wählen Sie in der Seitenleiste eine andere.',
  'hubspot.err.nothingMapped':
    'Keine SLA-Stufe ist einer HubSpot-Datumseigenschaft zugeordnet. Ordnen Sie mindestens eine Stufe zu.',
  'hubspot.log.source': 'HubSpot {portal} · {requests} Anfragen',
  'sidebar.hubspot.title': 'HubSpot (live)',
  'sidebar.hubspot.intro':
    'Zählen Sie die Ist-Werte direkt in HubSpot: kein Export, eine Anfrage pro Stufe und Monat. Fügen Sie das Zugriffstoken eines HubSpot-Dienstschlüssels mit Lesebereichen ein; es bleibt in Ihren eigenen Benutzereigenschaften.',
  'sidebar.hubspot.token': 'Zugriffstoken',
  'sidebar.hubspot.connect': 'Verbinden',
  'sidebar.hubspot.connecting': 'Token wird bei HubSpot geprüft…',
  'sidebar.hubspot.connected': 'Mit HubSpot-Konto {portal} ({name}) verbunden, Token {masked}.',
  'sidebar.hubspot.disconnect': 'Trennen',
  'sidebar.hubspot.disconnected': 'HubSpot ist nicht verbunden.',
  'sidebar.hubspot.refresh': 'Aus HubSpot aktualisieren',
  'sidebar.hubspot.running': 'Zählung in HubSpot läuft…',
  'sidebar.hubspot.done': 'Ist-Werte aus HubSpot aktualisiert: {requests} Anfragen in {seconds} s.',
  'sidebar.hubspot.failed': 'HubSpot: {error}',
  'sidebar.hubspot.requests': 'HubSpot-Anfragen',
  'sidebar.hubspot.sourceName': 'HubSpot',
  'sidebar.hubspot.notMapped': '(nicht gezählt)',
  'sidebar.hubspot.mappingProposed':
    'Vorschlag aus Ihren HubSpot-Eigenschaften: Prüfen Sie jede Stufe und aktualisieren Sie dann.',
  'sidebar.hubspot.mappingSaved': 'Gezählte HubSpot-Eigenschaften (mit diesem SLA gespeichert):',
  'sidebar.hubspot.map.source': 'Quell-Eigenschaft',
  'sidebar.hubspot.map.amount': 'Deal-Betrag',
  'sidebar.hubspot.map.handoverTime': 'Zeitpunkt der Übergabe',
  'sidebar.hubspot.map.firstTouchTime': 'Zeitpunkt des Erstkontakts',

  // signoff
  'signoff.snapshot': '{sheet} v{version} unterzeichnet',
  'signoff.line': 'v{version} unterzeichnet von {marketing} und {sales} am {date}',
  'signoff.signer': '{name} ({role})',
  'signoff.tabNote':
    'Geändert seit der Unterzeichnung von v{version}: {changes}. Version {next} wartet auf beide Unterschriften.',
  'signoff.protected':
    'Unterzeichnete Version: ein Nachweis dessen, was beide Teams vereinbart haben.',
  'signoff.err.input':
    'Geben Sie den Namen (und die Rolle) der unterzeichnenden Person an und für welche Seite sie unterzeichnet.',
  'signoff.change.revenueGoal': 'Ziel {before} → {after}',
  'signoff.change.dealSize': 'Dealgröße {before} → {after}',
  'signoff.change.months': 'Monate {before} → {after}',
  'signoff.change.periodStart': 'Erster Monat {before} → {after}',
  'signoff.change.currency': 'Währung {before} → {after}',
  'signoff.change.rate': 'Quote {from} → {to}: {before} → {after}',
  'signoff.change.stages': 'Stufen {before} → {after}',
  'sidebar.signoff.title': 'Freigabe',
  'sidebar.signoff.awaiting': 'Version {version} wartet auf beide Unterschriften.',
  'sidebar.signoff.signed': 'Version {version} ist von beiden Teams unterzeichnet.',
  'sidebar.signoff.changes':
    'Geändert seit der Unterzeichnung von v{version} (eine neue Unterzeichnung erzeugt v{next}):',
  'sidebar.signoff.side.marketing': 'Marketing',
  'sidebar.signoff.side.sales': 'Vertrieb',
  'sidebar.signoff.name': 'Name',
  'sidebar.signoff.role': 'Rolle',
  'sidebar.signoff.sign': 'Unterzeichnen',
  'sidebar.signoff.signedBy': 'Unterzeichnet von {signer} am {date}',
  'sidebar.signoff.versions': 'Unterzeichnete Versionen',

  // warnings
  'warn.title': 'Einen zweiten Blick wert',
  'warn.rate.suggest':
    '{from} → {to}: {rate} liegt weit unter den üblichen {low}–{high}. Meinten Sie {suggestion}?',
  'warn.rate.low': '{from} → {to}: {rate} liegt unter den üblichen {low}–{high}.',
  'warn.rate.high': '{from} → {to}: {rate} liegt über den üblichen {low}–{high}.',
  'warn.rate.tiny.suggest':
    '{from} → {to}: {rate} ist eine sehr niedrige Conversion-Rate. Meinten Sie {suggestion}?',
  'warn.rate.tiny': '{from} → {to}: {rate} ist eine sehr niedrige Conversion-Rate.',
  'warn.rate.all': '{from} → {to}: {rate} bedeutet, dass jeder konvertiert.',
  'warn.dealAboveGoal':
    'Die durchschnittliche Dealgröße ({dealSize}) liegt über dem Umsatzziel ({goal}): Schon ein einziger Deal erreicht das Ziel.',
  'warn.reviewOutside':
    'Der Überprüfungstermin {date} liegt außerhalb des Zeitraums ({first} bis {last}).',
  'warn.shortPeriod':
    'Ein Zurücksetzen jetzt ließe nur {months, plural, one {einen Monat} other {# Monate}}: zu kurz zum Steuern. Erwägen Sie stattdessen eine neue Version über {suggested} Monate, {from} bis {until}, die in den nächsten Zeitraum hineinreicht.',
  'warn.grouping':
    '„{text}“ wird in dieser Tabelle ({locale}) als {readAs} gelesen. Wenn Sie {other} meinten, geben Sie es ohne Trennzeichen ein.',
} satisfies Catalog;
