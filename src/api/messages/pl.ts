/** Polski. Słownictwo: docs/glossary/pl.md. */
import type { Catalog } from './index';

export default {
  // actuals
  'actuals.skip.blankRow': 'Wiersz {row} jest pusty.',
  'actuals.skip.duplicateRecordId':
    'Wiersz {row}: rekord „{value}” w kolumnie {column} wystąpił już wyżej; policzono go raz, z pierwszego wiersza.',
  'actuals.skip.unparseableDate':
    'Wiersz {row}: „{value}” w kolumnie {column} nie jest czytelną datą.',
  'actuals.skip.impossibleDate':
    'Wiersz {row}: „{value}” w kolumnie {column} nie jest prawdziwą datą ani godziną.',
  'actuals.skip.invalidAmount':
    'Wiersz {row}: „{value}” w kolumnie {column} nie jest prawidłową kwotą (liczbą zero lub większą); pominięto ją w przychodzie.',
  'actuals.skip.firstTouchBeforeHandover':
    'Wiersz {row}: pierwszy kontakt „{value}” w kolumnie {column} jest wcześniejszy niż przekazanie; tego leada pominięto w czasie reakcji.',
  'actuals.warn.stageDatesOutOfOrder':
    'Wiersz {row}: „{value}” w kolumnie {column} jest wcześniejsza niż data poprzedniego etapu; policzono ją tak, jak podano.',
  'actuals.warn.mappedColumnMissing':
    'Przypisanej kolumny „{column}” nie ma w karcie źródłowej; to, co zasila, pozostało bez zmian.',
  'actuals.warn.columnMappedTwice':
    'Kolumna „{column}” jest przypisana do więcej niż jednego pola ({value}).',
  'actuals.source.none': '(brak źródła)',

  // functions
  'status.on_track': 'Zgodnie z planem',
  'status.at_risk': 'Zagrożone',
  'status.behind': 'Opóźnione',
  'stage.visits': 'Wizyty',
  'stage.leads': 'Leady',
  'stage.mqls': 'MQL',
  'stage.sqls': 'SQL',
  'stage.opportunities': 'Szanse sprzedaży',
  'stage.customers': 'Klienci',
  'stage.numbered': 'Etap {n}',
  'fn.where.row': ' (wiersz {row} zakresu)',
  'fn.where.column': ' (kolumna {col} zakresu)',
  'fn.where.cell': ' (wiersz {row}, kolumna {col} zakresu)',
  'fn.err.missing': '{fn}: brak argumentu {arg}. Dodaj go jako argument nr {position}.',
  'fn.err.blank': '{fn}: {arg}{where} jest puste. Wpisz tam liczbę.',
  'fn.err.text':
    '{fn}: {arg}{where} to tekst {value}, a nie liczba. Wpisz liczbę (bez cudzysłowów i jednostek) albo popraw format komórki.',
  'fn.err.date': '{fn}: {arg}{where} to data ({value}), a nie liczba. Wpisz zwykłą liczbę.',
  'fn.err.boolean':
    '{fn}: {arg}{where} to {value}, wartość logiczna PRAWDA/FAŁSZ, a nie liczba. Wpisz liczbę.',
  'fn.err.notFinite':
    '{fn}: {arg}{where} to {value}, a nie użyteczna liczba. Wpisz liczbę skończoną.',
  'fn.err.negative':
    '{fn}: {arg}{where} to {value}; wartość nie może być ujemna. Wpisz 0 lub więcej.',
  'fn.err.notPositive': '{fn}: {arg}{where} to {value}; wartość musi być większa od 0.',
  'fn.err.notWhole':
    '{fn}: {arg}{where} to {value}; wymagana jest liczba całkowita od {min} do {max}. Wpisz ją albo użyj ZAOKR().',
  'fn.err.tooLarge':
    '{fn}: {arg}{where} to {value}, za dużo, by planować. Wpisz wartość nie większą niż {max}.',
  'fn.err.resultTooLarge':
    '{fn}: wynik dla {arg}{where} = {value} jest za duży, by go obliczyć. Sprawdź dane wejściowe pod kątem skrajnych wartości (bardzo mały wskaźnik lub wartość transakcji, ogromna liczba).',
  'fn.err.rateText':
    '{fn}: {arg}{where} to tekst {value}, a nie wskaźnik. Wpisz procent, np. 25%, albo ułamek dziesiętny, np. 0,25.',
  'fn.err.ratePercentLike':
    '{fn}: {arg}{where} to {value}, procent wpisany jako zwykła liczba. Czy chodziło o {value}%? Wpisz {value}% lub {decimal}.',
  'fn.err.rateRange':
    '{fn}: {arg}{where} to {value}; współczynnik konwersji musi być większy od 0% i nie większy niż 100%. Wpisz np. 25% lub 0,25.',
  'fn.err.toleranceRange':
    '{fn}: {arg} to {value}; tolerancja musi wynosić od 0% do 100%. Wpisz np. 10% lub 0,1.',
  'fn.err.growthRange':
    '{fn}: {arg} to {value}; miesięczny wzrost musi być większy niż -100% i nie większy niż 100%. Wpisz np. 5% lub -2%.',
  'fn.err.ratesEmpty':
    '{fn}: {arg} jest puste. Wpisz co najmniej jeden współczynnik konwersji, np. 25%.',
  'fn.err.ratesGap':
    '{fn}: {arg}{where} jest puste między dwoma wskaźnikami. Uzupełnij brakujący wskaźnik albo zaznacz tylko komórki ze wskaźnikami.',
  'fn.err.notSingle': '{fn}: {arg} to zakres {size}; musi to być jedna komórka. {hint}',
  'fn.err.hint.vectorize': 'Aby uzyskać jeden wynik na wiersz, użyj zamiast tego {other}.',
  'fn.err.hint.none': 'Wskaż jedną komórkę.',
  'fn.err.shape':
    '{fn}: {arg} to zakres {size}; musi to być jedna komórka albo zakres {expected}, taki jak {other}.',
  'fn.err.notVector': '{fn}: {arg} to blok {size}; podaj jeden wiersz lub jedną kolumnę.',
  'fn.err.ratesBlock':
    '{fn}: {arg} to blok {size}, który nie pasuje do {other} ({expected}). Podaj jeden wiersz lub kolumnę wskaźników wspólnych dla wszystkich wartości {other} albo blok z jednym wierszem wskaźników na każdy wiersz {other}.',
  'fn.err.weightsCount':
    '{fn}: {arg} ma {count, plural, one {# wagę} few {# wagi} many {# wag} other {# wagi}}, a okres liczy {months, plural, one {# miesiąc} few {# miesiące} many {# miesięcy} other {# miesiąca}}. Podaj jedną wagę na miesiąc.',
  'fn.err.weightsTooLarge':
    '{fn}: suma {arg} przekracza zakres liczby. Użyj mniejszych wag, np. procentów.',
  'fn.err.weightsZero':
    '{fn}: suma {arg} wynosi 0. Nadaj co najmniej jednemu miesiącowi wagę większą od 0.',
  'fn.err.namesCount':
    '{fn}: {arg} ma {count, plural, one {# nazwę} few {# nazwy} many {# nazw} other {# nazwy}}, a lejek ma {stages} etapów ({rates} wskaźników + wygrane transakcje). Podaj {stages} nazw albo pomiń {arg}.',
  'fn.err.tooFewCounts':
    '{fn}: {arg} ma {count, plural, one {# wartość} few {# wartości} many {# wartości} other {# wartości}}; podaj co najmniej dwie liczebności etapów, zaczynając od najwyższego.',
  'fn.size.cells': '{rows} × {cols} (wiersze × kolumny)',
  'fn.value.blank': 'puste',
  'fn.value.invalidDate': 'nieprawidłowa data',

  // menu
  'addon.name': 'Funnel SLA',
  'menu.open': 'Otwórz Funnel SLA',
  'commit.err.missingTab':
    'Brak karty „{name}”: została usunięta lub przemianowana, gdy Funnel SLA pracował. Nic nie zapisano; spróbuj ponownie.',

  // refresh
  'actuals.source.other': 'Inne',
  'refresh.err.noSla': 'Najpierw utwórz kartę SLA: odświeżenie wypełnia jej wyniki rzeczywiste.',
  'refresh.err.noSlaTab':
    'Brak karty SLA „{name}”. Utwórz ją ponownie z panelu bocznego, a potem odśwież.',
  'refresh.err.noSource': 'Nie ma karty o nazwie „{name}”. Wybierz kartę z eksportem z CRM.',
  'refresh.err.emptySource':
    'Karta „{name}” jest pusta. Wklej eksport z CRM z nagłówkami w pierwszym wierszu.',
  'refresh.err.sourceIsSla': '„{name}” to sama karta SLA; wybierz kartę z eksportem z CRM.',
  'refresh.err.unknownHeader':
    'Mapowanie wskazuje kolumnę „{header}”, której nie ma w pierwszym wierszu karty „{name}”.',
  'refresh.err.unknownStage':
    'Mapowanie wskazuje „{key}”, co nie jest ani etapem tego SLA, ani znanym polem.',
  'refresh.err.nothingMapped':
    'Żaden etap nie jest przypisany do kolumny karty „{name}”: przypisz datę co najmniej jednego etapu.',
  'refresh.err.busy':
    'Trwa inne odświeżanie tego arkusza. Poczekaj, aż się zakończy, i spróbuj ponownie.',
  'refresh.err.invalid': 'Opcje odświeżania są nieprawidłowe: {errors}',
  'refresh.log.tab': 'Dziennik SLA',
  'sidetab.sla': 'SLA',
  'sidetab.version': 'Wersja',
  'refresh.history.tab': 'Historia SLA',
  'refresh.log.when': 'Kiedy',
  'refresh.log.who': 'Kto',
  'refresh.log.source': 'Karta źródłowa',
  'refresh.log.read': 'Wiersze odczytane',
  'refresh.log.counted': 'Wiersze policzone',
  'refresh.log.skipped': 'Wiersze pominięte',
  'refresh.log.cells': 'Komórki pominięte',
  'refresh.log.outside': 'Wiersze spoza okresu',
  'refresh.log.seconds': 'Czas trwania (s)',
  'refresh.log.trigger': 'Uruchomiono z',
  'refresh.log.bySidebar': 'panel boczny',
  'refresh.log.byMenu': 'menu',
  'refresh.log.bySchedule': 'harmonogram',
  'refresh.log.unknownUser': '(nieznany użytkownik)',
  'refresh.log.failed': 'zaplanowane odświeżenie nie powiodło się: {error}',
  'refresh.report.more': 'i jeszcze {count}',
  'refresh.schedule.setBy': '{schedule}, ustawione przez: {by}',
  'refresh.schedule.notYours':
    'Harmonogram tego SLA ustawił(a) {by}. Twoja zmiana go zastąpi: poprzedni wyzwalacz zatrzyma się przy następnym uruchomieniu.',
  'refresh.toast.done':
    'Wyniki rzeczywiste odświeżone: policzono {counted} z {read} wierszy, pominięto {skipped}.',
  'refresh.toast.title': 'Funnel SLA',
  'refresh.menu': 'Odśwież wyniki rzeczywiste',
  'refresh.err.noSavedSource':
    'Nie skonfigurowano jeszcze karty z eksportem z CRM. Otwórz panel boczny, wybierz kartę i raz potwierdź mapowanie.',

  // review
  'review.diag.no_data': '{stage}: brak jeszcze wyników rzeczywistych.',
  'review.diag.on_track': '{stage}: zgodnie z planem — {actual} z {target} do dziś ({attainment}).',
  'review.diag.volume_top':
    '{stage}: brakuje {shortfall} do {target} na dziś — napłynęło mniej niż planowano (wolumen).',
  'review.diag.volume':
    '{stage}: brakuje {shortfall} do {target} na dziś — {prev} dostarczyło {prevActual} z {prevTarget} (wolumen).',
  'review.diag.conversion':
    '{stage}: brakuje {shortfall} do {target} na dziś — konwersja {prev}→{stage} wynosi {actualRate} wobec planowanych {plannedRate} (konwersja).',
  'review.diag.both':
    '{stage}: brakuje {shortfall} do {target} na dziś — {prev} dostarczyło {prevActual} z {prevTarget} (wolumen), a konwersja {prev}→{stage} wynosi {actualRate} wobec planowanych {plannedRate} (konwersja).',
  'review.diag.minor':
    '{stage}: brakuje {shortfall} do {target} na dziś, przy wolumenie i konwersji ({actualRate} wobec planowanych {plannedRate}) w granicach tolerancji.',
  'review.diag.short': '{stage}: brakuje {shortfall} do {target} na dziś.',
  'review.team.marketing': 'Marketing',
  'review.team.sales': 'Sprzedaż',
  'review.team.no_data': '{team}: brak jeszcze wyników rzeczywistych.',
  'review.team.on_track': '{team}: zgodnie z planem w etapach: {stages}.',
  'review.team.short':
    '{team}: {status} — {count} z {total} etapów poniżej celu; największa luka: {stage}, realizacja {attainment} (brakuje {shortfall}).',
  'review.rate.actual':
    'Zaobserwowano w ciągu {months, plural, one {# miesiąca} few {# miesięcy} many {# miesięcy} other {# miesiąca}} na podstawie {records, plural, one {# rekordu} few {# rekordów} many {# rekordów} other {# rekordu}}.',
  'review.rate.few_records':
    'Tylko {records, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}} w ciągu {months, plural, one {# miesiąca} few {# miesięcy} many {# miesięcy} other {# miesiąca}} (potrzeba co najmniej {min}): planowany wskaźnik pozostaje.',
  'review.rate.no_data': 'Żaden miesiąc nie ma liczb dla obu etapów: planowany wskaźnik pozostaje.',
  'review.rate.out_of_range':
    'Z zaobserwowanym wskaźnikiem {rate} nie da się planować (musi być większy od 0% i nie większy niż 100%): planowany wskaźnik pozostaje.',
  'review.reset.err.options': 'Opcje resetu są nieprawidłowe ({fields}).',
  'review.reset.err.rates':
    'Podaj jeden wskaźnik między każdą parą etapów ({expected, plural, one {# wskaźnik} few {# wskaźniki} many {# wskaźników} other {# wskaźnika}}).',
  'review.reset.err.archiveExists':
    'Karta o nazwie „{name}” już istnieje. Zmień jej nazwę, a potem ponów reset.',
  'review.reset.protected':
    'Zarchiwizowana wersja SLA: tylko do odczytu. Bieżąca wersja jest w karcie bez przyrostka wersji.',
  'review.reset.err.bad_month': '„{value}” nie jest miesiącem; użyj formatu RRRR-MM.',
  'review.reset.err.as_of_before_start':
    'Umowa zaczyna się w {start}; reset wymaga co najmniej jednego pełnego miesiąca (stan na {asOf}).',
  'review.reset.err.no_months_left':
    'Po {asOf} nie zostały żadne miesiące tej umowy (kończy się w {end}); zamiast resetu rozpocznij nowy okres umowy.',
  'review.reset.err.invalid_settings': 'Ustawienia następnej wersji są nieprawidłowe: {details}',
  'review.history.month': 'Miesiąc',
  'review.history.stage': 'Etap',
  'review.history.target': 'Cel',
  'review.history.actual': 'Wykonanie',
  'review.history.variance': 'Odchylenie',
  'review.history.attainment': 'Realizacja',
  'review.history.status': 'Status',

  // settings
  'settings.field.periodStart': 'Pierwszy miesiąc',
  'settings.field.months': 'Długość w miesiącach',
  'settings.field.reviewDate': 'Data przeglądu',
  'settings.field.revenueGoal': 'Cel przychodowy',
  'settings.field.currency': 'Waluta',
  'settings.field.dealSize': 'Średnia wartość transakcji',
  'settings.field.stages': 'Etap',
  'settings.field.rates': 'Współczynnik konwersji',
  'settings.field.lagDays': 'Dni do następnego etapu',
  'settings.field.shape': 'Rozkład miesięczny',
  'settings.field.tolerance': 'Tolerancja',
  'settings.field.followUpHours': 'Kontakt zwrotny w ciągu (godzin)',
  'settings.field.minTouches': 'Minimalna liczba kontaktów',
  'settings.field.feedbackDays': 'Informacja zwrotna o odrzuconych leadach w ciągu (dni)',
  'settings.field.agreement': 'Umowa',
  'settings.field.version': 'Wersja ustawień',
  'settings.field.sheetName': 'Nazwa karty',
  'settings.field.agreementVersion': 'Wersja umowy',
  'settings.err.invalid': '{field}: ta wartość jest nieprawidłowa.',
  'settings.err.number': '{field}: wpisz liczbę.',
  'settings.err.type': '{field}: ta wartość ma niewłaściwy typ.',
  'settings.err.required': '{field}: to pole jest wymagane.',
  'settings.err.rateMax':
    '{field}: podaj wskaźnik większy od 0 i nie większy niż 100% (jako ułamek: 25% to 0,25).',
  'settings.err.choice': '{field}: wybierz jedną z dostępnych opcji.',
  'settings.err.min': '{field}: musi wynosić co najmniej {min}.',
  'settings.err.gt': '{field}: musi być większe niż {min}.',
  'settings.err.max': '{field}: może wynosić najwyżej {max}.',
  'settings.err.lt': '{field}: musi być mniejsze niż {max}.',
  'settings.err.format.month': '{field}: użyj formatu RRRR-MM, np. 2026-01.',
  'settings.err.format.day': '{field}: użyj formatu RRRR-MM-DD, np. 2026-07-01.',
  'settings.err.ratesLength':
    '{field}: podaj jeden wskaźnik między każdą parą etapów (oczekiwano: {expected}).',
  'settings.err.lagLength':
    '{field}: podaj jedną wartość między każdą parą etapów (oczekiwano: {expected}).',
  'settings.err.stageDuplicate':
    '{field}: „{name}” występuje dwa razy; nazwy etapów muszą się różnić.',
  'settings.err.weightsLength': '{field}: podaj jedną wagę na miesiąc (oczekiwano: {expected}).',
  'settings.err.weightsZero': '{field}: co najmniej jeden miesiąc musi mieć wagę większą od 0.',
  'settings.err.tabTaken':
    'Karta o nazwie „{name}” już istnieje i nie została utworzona przez Funnel SLA. Zmień jej nazwę lub ją usuń, a potem utwórz ponownie.',
  'settings.err.rejected': 'Ustawień nie zapisano: {errors}',
  'agreement.default.leadDefinition':
    'Kontakt, który przez formularz, wydarzenie lub czat podał nam firmowy adres e-mail i co najmniej jedną cechę dopasowania (branża, wielkość firmy lub stanowisko).',
  'agreement.default.mqlDefinition':
    'Lead, który osiągnął uzgodniony scoring (zachowanie + dopasowanie) albo poprosił o demo, wycenę lub rozmowę.',
  'agreement.default.sqlDefinition':
    'MQL zaakceptowany przez dział sprzedaży po pierwszej rozmowie: realna potrzeba, osiągalny dysponent budżetu i termin zakupu w ciągu 6 miesięcy.',
  'agreement.default.handoverRules':
    'Marketing przekazuje MQL do sprzedaży w ciągu 1 dnia roboczego wraz z: imieniem i nazwiskiem, firmą, stanowiskiem, źródłem i kampanią, obejrzanymi stronami i treściami oraz powodem kwalifikacji.',
  'agreement.default.marketingCommitments':
    'Marketing dostarcza poniższy miesięczny cel MQL, co miesiąc raportuje MQL według źródeł i zwiększa wolumen zgodnie z uzgodnionym tu rozkładem miesięcznym.',
  'agreement.default.salesCommitments':
    'Sprzedaż nawiązuje pierwszy kontakt w uzgodnionym czasie, wykonuje minimalną liczbę kontaktów przed zamknięciem leada, przekazuje informację zwrotną o każdym odrzuconym leadzie w uzgodnionej liczbie dni i rejestruje każdy kontakt w CRM.',
  'agreement.default.notReadyLeads':
    'Leady, które nie są gotowe do sprzedaży, wracają do marketingu do dalszego nurturingu z zapisanym powodem; wracają do sprzedaży, gdy ponownie osiągną próg MQL.',
  'agreement.default.shortfallPlan':
    'Jeśli liczba MQL jest poniżej celu przez dwa kolejne miesiące, marketing przedstawia plan naprawczy na comiesięcznym spotkaniu, a sprzedaż może tymczasowo uzupełnić lukę prospectingiem outboundowym.',
  'agreement.default.reporting':
    'Oba zespoły co miesiąc wspólnie przeglądają tę kartę; strategię przegląda się co kwartał; w dniu przeglądu umowę resetuje się z rzeczywistymi współczynnikami konwersji.',
  'agreement.default.marketingOwner': 'Dyrektor marketingu',
  'agreement.default.salesOwner': 'Dyrektor sprzedaży',

  // sidebar
  'sidebar.heading': 'SLA sprzedaży i marketingu',
  'sidebar.intro':
    'Ustal cel i lejek; podgląd zmienia się na bieżąco. „Utwórz” zapisuje umowę i jej cele w karcie SLA.',
  'sidebar.loading': 'Wczytywanie umowy…',
  'sidebar.loadFailed':
    'Nie udało się wczytać zapisanej umowy, więc widać wartości domyślne. {error}',
  'sidebar.reviewDue':
    'Ta umowa wymaga przeglądu (data przeglądu: {date}): zresetuj ją z zaobserwowanymi współczynnikami konwersji.',
  'sidebar.section.period': 'Okres',
  'sidebar.section.goal': 'Cel',
  'sidebar.section.stages': 'Etapy lejka',
  'sidebar.section.shape': 'Rozkład miesięczny',
  'sidebar.section.preview': 'Podgląd',
  'sidebar.section.commitments': 'Zobowiązania',
  'sidebar.section.agreement': 'Treść umowy',
  'sidebar.hint.reviewDate': 'Domyślnie połowa okresu.',
  'sidebar.hint.stages':
    'Najpierw góra lejka; ostatni etap to wygrane transakcje. Wskaźniki podaje się w procentach (30 oznacza 30%).',
  'sidebar.hint.tolerance':
    'Realizacja o tyle poniżej celu pokazuje „Zagrożone”; jeszcze niżej — „Opóźnione”.',
  'sidebar.hint.agreement':
    'Oba zespoły podpisują ten tekst; późniejsze zmiany w karcie zostają zachowane.',
  'sidebar.currency.other': 'Inna…',
  'sidebar.field.currencyCode': 'Kod waluty',
  'sidebar.field.tolerance': 'Tolerancja (%)',
  'sidebar.stage.name': 'Etap {n}',
  'sidebar.stage.remove': 'Usuń etap {name}',
  'sidebar.stage.add': 'Dodaj etap',
  'sidebar.stage.addHint': 'Nowe etapy trafiają nad ostatni etap.',
  'sidebar.stage.rate': 'Wskaźnik',
  'sidebar.stage.rateContext': 'z {from} do {to}, w procentach',
  'sidebar.stage.days': 'Dni',
  'sidebar.stage.daysContext': 'z {from} do {to}',
  'sidebar.stage.unnamed': 'etap {n}',
  'sidebar.stage.newName': 'Nowy etap {n}',
  'sidebar.stage.added': 'Dodano etap nad {name}.',
  'sidebar.stage.removed': 'Usunięto etap {name}; sąsiednie wskaźniki połączono.',
  'sidebar.shape.even': 'Równomierny',
  'sidebar.shape.growth': 'Stopniowy wzrost',
  'sidebar.shape.weights': 'Wagi sezonowe',
  'sidebar.shape.growthRate': 'Wzrost miesięczny (%)',
  'sidebar.shape.month': 'Miesiąc {n}',
  'sidebar.shape.weightsHint':
    'Wagi względne: miesiąc z wagą 2 dostaje dwa razy większy cel niż miesiąc z 1.',
  'sidebar.preview.stage': 'Etap',
  'sidebar.preview.needed': 'Potrzeba w okresie',
  'sidebar.preview.perMonth': '{stage} miesięcznie',
  'sidebar.preview.month': 'Miesiąc',
  'sidebar.preview.count': 'Cel',
  'sidebar.preview.total': 'Razem',
  'sidebar.preview.deals':
    '{deals, plural, one {# transakcja} few {# transakcje} many {# transakcji} other {# transakcji}} po {dealSize} {currency} daje {goal} {currency}.',
  'sidebar.preview.lag':
    'Przesunięto o {months, plural, one {# miesiąc} few {# miesiące} many {# miesięcy} other {# miesiąca}} wcześniej ze względu na cykl sprzedaży.',
  'sidebar.preview.invalid': 'Popraw wyróżnione pola, aby zobaczyć cele.',
  'sidebar.build': 'Utwórz kartę SLA',
  'sidebar.update': 'Zaktualizuj kartę SLA',
  'sidebar.building': 'Tworzenie karty SLA…',
  'sidebar.built': '„{name}” jest gotowa i otwarta.',
  'sidebar.buildFailed': 'Karty nie utworzono. {error}',
  'sidebar.fixFields': 'Najpierw popraw wyróżnione pola ({count}).',
  'sidebar.afterBuild':
    'Najpierw utwórz kartę SLA: potem możesz tu odświeżać jej wyniki rzeczywiste z eksportu z CRM i zresetować ją w połowie okresu.',
  'sidebar.jump.label': 'Przejdź do',
  'sidebar.jump.actuals': 'Wyniki rzeczywiste',
  'sidebar.jump.review': 'Reset SLA',
  'sidebar.reviewNow': 'Przejrzyj teraz',
  'sidebar.section.actuals': 'Wyniki rzeczywiste',
  'sidebar.refresh.intro':
    'Wypełnij wyniki rzeczywiste karty SLA z karty z eksportem z CRM: jeden rekord na wiersz, nagłówki w pierwszym wierszu.',
  'sidebar.refresh.loading': 'Wczytywanie kart i ich nagłówków…',
  'sidebar.refresh.loadFailed': 'Nie udało się wczytać kart. {error}',
  'sidebar.refresh.sourceTab': 'Karta z eksportem z CRM',
  'sidebar.refresh.sourceHint': 'Dodatek tylko odczytuje tę kartę.',
  'sidebar.refresh.reloadTabs': 'Wczytaj ponownie listę kart i nagłówki',
  'sidebar.refresh.noTabs':
    'Nie ma jeszcze karty do odczytu. Wklej eksport z CRM do nowej karty, a potem wczytaj ponownie listę kart.',
  'sidebar.refresh.emptyTab':
    '„{name}” nie ma nagłówków w pierwszym wierszu: wybierz kartę z eksportem z CRM.',
  'sidebar.mapping.title': 'Mapowanie kolumn',
  'sidebar.mapping.detected': 'Zaproponowane na podstawie nagłówków — sprawdź przed odświeżeniem.',
  'sidebar.mapping.nothingDetected':
    'Nie rozpoznano żadnej kolumny: wybierz kolumnę daty co najmniej jednego etapu.',
  'sidebar.mapping.saved': 'Twoje zapisane mapowanie dla tej karty.',
  'sidebar.mapping.stagesHint': 'Data, w której każdy rekord osiągnął etap.',
  'sidebar.mapping.optional': 'Kolumny opcjonalne',
  'sidebar.mapping.none': '— nieprzypisana —',
  'sidebar.mapping.missing': '{header} (brak w tej karcie)',
  'sidebar.mapping.stageContext': 'kolumna daty',
  'sidebar.mapping.role.recordId': 'ID rekordu',
  'sidebar.mapping.role.amount': 'Kwota',
  'sidebar.mapping.role.source': 'Źródło / kanał',
  'sidebar.mapping.role.owner': 'Opiekun',
  'sidebar.mapping.role.handoverTime': 'Czas przekazania',
  'sidebar.mapping.role.firstTouchTime': 'Pierwszy kontakt handlowca',
  'sidebar.mapping.role.won': 'Znacznik wygranej',
  'sidebar.mapping.hint.recordId': 'Liczy rekord raz, gdy występuje dwukrotnie.',
  'sidebar.mapping.hint.amount': 'Wartość transakcji, doliczana do przychodu po wygranej.',
  'sidebar.mapping.hint.handoverTime': 'Razem z pierwszym kontaktem: czas reakcji na lead.',
  'sidebar.mapping.hint.won': 'Dla ostatniego etapu liczy tylko wygrane transakcje.',
  'sidebar.mapping.err.nothingMapped': 'Przypisz kolumnę daty co najmniej jednego etapu.',
  'sidebar.mapping.err.missing':
    '„{header}” nie występuje w pierwszym wierszu karty „{name}”: wybierz inną kolumnę.',
  'sidebar.refresh.button': 'Odśwież wyniki rzeczywiste',
  'sidebar.refresh.running': 'Odświeżanie wyników rzeczywistych z „{name}”…',
  'sidebar.refresh.done': 'Wyniki rzeczywiste odświeżone: policzono {counted} z {read} wierszy.',
  'sidebar.refresh.failed': 'Wyników rzeczywistych nie odświeżono. {error}',
  'sidebar.refresh.fixFields': 'Najpierw popraw mapowanie ({count}).',
  'sidebar.refresh.never': 'Jeszcze nie odświeżano.',
  'sidebar.refresh.last': 'Ostatnie odświeżenie: {when} z „{source}” ({how}).',
  'sidebar.refresh.lastBy': 'Ostatnie odświeżenie: {when} z „{source}”, wykonał(a): {by} ({how}).',
  'sidebar.refresh.trigger.sidebar': 'panel boczny',
  'sidebar.refresh.trigger.menu': 'menu',
  'sidebar.refresh.trigger.schedule': 'harmonogram',
  'sidebar.refresh.next': 'Następne: {when}.',
  'sidebar.refresh.scheduleFailed':
    'Ostatnie zaplanowane odświeżenie nie powiodło się ({when}): {error}',
  'sidebar.schedule.by': '{schedule} o 6:00 (ustawienie: {by}).',
  'sidebar.refresh.resultTitle': 'Ostatni wynik',
  'sidebar.refresh.read': 'Wiersze odczytane',
  'sidebar.refresh.counted': 'Wiersze policzone',
  'sidebar.refresh.skipped': 'Wiersze pominięte',
  'sidebar.refresh.outside': 'Poza okresem',
  'sidebar.refresh.duration': 'Czas trwania',
  'sidebar.refresh.seconds': '{seconds} s',
  'sidebar.refresh.instant': 'poniżej 0,1 s',
  'sidebar.refresh.kept': 'Pozostawione tak, jak wpisano (brak przypisanej kolumny): {stages}.',
  'sidebar.refresh.leftOut': 'Pominięto — {list}.',
  'sidebar.refresh.warned': 'Policzono, ale warto sprawdzić — {list}.',
  'sidebar.reason.blankRow': 'puste wiersze',
  'sidebar.reason.duplicateRecordId': 'powtórzone ID rekordów',
  'sidebar.reason.unparseableDate': 'nieczytelne daty',
  'sidebar.reason.impossibleDate': 'niemożliwe daty',
  'sidebar.reason.invalidAmount': 'nieprawidłowe kwoty',
  'sidebar.reason.firstTouchBeforeHandover': 'pierwsze kontakty przed przekazaniem',
  'sidebar.reason.stageDatesOutOfOrder': 'daty etapów w złej kolejności',
  'sidebar.reason.mappedColumnMissing': 'brakujące przypisane kolumny',
  'sidebar.reason.columnMappedTwice': 'kolumny przypisane dwukrotnie',
  'sidebar.report.summary': 'Pominięte wiersze i komórki ({count})',
  'sidebar.report.summaryWarnings': 'Pominięte wiersze, komórki i ostrzeżenia ({count})',
  'sidebar.report.none': 'Niczego nie pominięto.',
  'sidebar.report.loading': 'Wczytywanie raportu…',
  'sidebar.report.failed': 'Nie udało się wczytać raportu. {error}',
  'sidebar.report.empty': 'Raport ostatniego odświeżenia jest pusty.',
  'sidebar.report.capped': 'Wyświetlono pierwsze {shown} z {total}.',
  'sidebar.report.warning': 'Ostrzeżenie:',
  'sidebar.schedule.label': 'Odświeżaj automatycznie',
  'sidebar.schedule.off': 'Wyłączone',
  'sidebar.schedule.daily': 'Codziennie',
  'sidebar.schedule.monthly': 'Pierwszego dnia każdego miesiąca',
  'sidebar.schedule.hint': 'Używa zapisanej karty i mapowania; uruchamia się około 6:00.',
  'sidebar.schedule.saving': 'Zapisywanie harmonogramu…',
  'sidebar.schedule.saved': 'Harmonogram zapisany.',
  'sidebar.schedule.failed': 'Harmonogramu nie zmieniono. {error}',
  'sidebar.section.review': 'Reset SLA',
  'sidebar.reset.intro':
    'Po około sześciu miesiącach zaplanuj pozostałe miesiące z zaobserwowanymi współczynnikami konwersji. Nic się nie zmieni, dopóki nie potwierdzisz.',
  'sidebar.reset.trailing': 'Liczba miesięcy wyników do użycia',
  'sidebar.reset.trailingHint': 'Ostatnie pełne miesiące, maksymalnie 36.',
  'sidebar.reset.err.trailing': 'Miesiące wyników: wpisz liczbę całkowitą od 1 do 36.',
  'sidebar.reset.propose': 'Zaproponuj nowe wskaźniki',
  'sidebar.reset.proposing': 'Odczytywanie wyników rzeczywistych…',
  'sidebar.reset.proposed':
    'Wskaźniki zaproponowane na podstawie wyników do {month}. Popraw dowolny wskaźnik, a potem wykonaj reset.',
  'sidebar.reset.proposeFailed': 'Nie udało się zaproponować wskaźników. {error}',
  'sidebar.reset.stale': 'Miesiące się zmieniły: zaproponuj ponownie.',
  'sidebar.reset.asOf': 'Na podstawie wyników do {month}, ostatniego pełnego miesiąca.',
  'sidebar.reset.transition': '{from} → {to}',
  'sidebar.reset.col.transition': 'Konwersja',
  'sidebar.reset.col.planned': 'Planowany',
  'sidebar.reset.col.proposed': 'Nowy',
  'sidebar.reset.rateLabel': 'Nowy wskaźnik z {from} do {to}, w procentach',
  'sidebar.reset.err.rate': '{from} → {to}: wpisz procent większy od 0 i nie większy niż 100.',
  'sidebar.reset.nextTitle': 'Następna wersja',
  'sidebar.reset.period': 'Okres',
  'sidebar.reset.periodValue':
    '{start} – {end} ({months, plural, one {# miesiąc} few {# miesiące} many {# miesięcy} other {# miesiąca}})',
  'sidebar.reset.goal': 'Cel',
  'sidebar.reset.goalValue': '{goal} {currency}',
  'sidebar.reset.achieved': 'Dotąd wygrano {revenue} {currency}',
  'sidebar.reset.achievedCustomers':
    'Dotąd pozyskano {count, plural, one {# klienta} few {# klientów} many {# klientów} other {# klienta}}',
  'sidebar.reset.review': 'Data przeglądu',
  'sidebar.reset.targets': 'Cele na okres',
  'sidebar.reset.start': 'Resetuj SLA…',
  'sidebar.reset.fixRates': 'Najpierw popraw wyróżnione wskaźniki ({count}).',
  'sidebar.reset.confirm': 'Zarchiwizować „{name}” jako „{archive}” i utworzyć następną wersję?',
  'sidebar.reset.confirmHint':
    'Zarchiwizowana karta będzie tylko do odczytu; nic w niej nie zginie.',
  'sidebar.reset.confirmButton': 'Potwierdź',
  'sidebar.reset.cancel': 'Anuluj',
  'sidebar.reset.running': 'Archiwizowanie „{name}” i tworzenie następnej wersji…',
  'sidebar.reset.failed': 'Nie zresetowano SLA. {error}',
  'sidebar.reset.done':
    '„{archive}” zarchiwizowano (tylko do odczytu). „{name}” zawiera teraz następną wersję od {start}; formularz pokazuje jej ustawienia.',
  'sidebar.err.percent': '{field}: wpisz procent od {min} do {max}.',
  'sidebar.err.rate': '{field}: wpisz procent większy od 0 i nie większy niż 100.',
  'sidebar.language.ui': 'Język panelu bocznego',
  'sidebar.language.sla': 'Język karty SLA',
  'sidebar.language.slaHint':
    'Zmiana przepisuje teksty utworzone przez dodatek w karcie; tekst wpisany przez Ciebie pozostaje bez zmian.',

  // sla
  'sla.tabName': 'SLA {period}',
  'sla.title': 'SLA sprzedaży i marketingu · {name}',
  'sla.review.due':
    '⚠ Minęła data przeglądu tej umowy: zresetuj ją z rzeczywistymi współczynnikami konwersji (panel boczny → Reset SLA).',
  'sla.review.next':
    'Umowa na czas określony: oba zespoły przeglądają ją co miesiąc i resetują w dniu przeglądu.',
  'sla.section.agreement': 'Umowa',
  'sla.summary.goal': 'Cel',
  'sla.summary.marketing': 'Marketing dostarcza',
  'sla.summary.sales': 'Sprzedaż zobowiązuje się',
  'sla.sentence.goal':
    'Przychód {goal} {currency} (okres: {start} – {end}): {customers} nowych klientów przy średniej wartości transakcji {dealSize} {currency}.',
  'sla.sentence.marketing':
    '{count} {stage} w okresie, około {perMonth} miesięcznie, zgodnie z poniższymi celami miesięcznymi.',
  'sla.sentence.sales':
    'Kontakt zwrotny po każdym przekazaniu w ciągu {hours} godz., co najmniej {touches} kontaktów przed zamknięciem leada i informacja zwrotna o odrzuconych leadach w ciągu {days} dni.',
  'sla.agreement.leadDefinition': 'Czym jest lead',
  'sla.agreement.mqlDefinition': 'Czym jest MQL',
  'sla.agreement.sqlDefinition': 'Czym jest SQL',
  'sla.agreement.handoverRules': 'Przekazanie i minimum informacji',
  'sla.agreement.marketingCommitments': 'Zobowiązania marketingu',
  'sla.agreement.salesCommitments': 'Zobowiązania sprzedaży',
  'sla.agreement.notReadyLeads': 'Leady jeszcze niegotowe',
  'sla.agreement.shortfallPlan': 'Plan na wypadek niedoboru',
  'sla.agreement.reporting': 'Raportowanie i spotkania',
  'sla.agreement.marketingOwner': 'Podpis za marketing (imię i nazwisko, data)',
  'sla.agreement.salesOwner': 'Podpis za sprzedaż (imię i nazwisko, data)',
  'sla.section.assumptions':
    'Założenia: jedyne dane wejściowe; zmień jedno, a wszystkie cele przeliczą się',
  'sla.assumption.goal': 'Cel przychodowy',
  'sla.assumption.currency': 'Waluta',
  'sla.assumption.dealSize': 'Średnia wartość transakcji',
  'sla.assumption.start': 'Pierwszy miesiąc',
  'sla.assumption.months': 'Miesiące (zmień w panelu bocznym)',
  'sla.assumption.reviewDate': 'Data przeglądu',
  'sla.assumption.tolerance': 'Tolerancja przed „Opóźnione”',
  'sla.assumption.followUpHours': 'Pierwszy kontakt w ciągu (godzin)',
  'sla.assumption.minTouches': 'Minimalna liczba kontaktów',
  'sla.assumption.feedbackDays': 'Informacja zwrotna o odrzuconych leadach w ciągu (dni)',
  'sla.assumption.growth': 'Wzrost miesięczny',
  'sla.assumption.continuation': 'Po zakończeniu okresu',
  'sla.assumption.continuationText':
    'Plan się powtarza: ostatnie miesiące wcześniejszych etapów zasilają pierwsze transakcje następnego okresu',
  'sla.assumption.asOf': 'Stan na (koniec ostatniego pełnego miesiąca)',
  'sla.section.stages': 'Lejek',
  'sla.stage.stages': 'Etap',
  'sla.stage.rates': 'Konwersja do następnego etapu',
  'sla.stage.lagDays': 'Dni do następnego etapu',
  'sla.stage.lagMonths': 'Cele przesunięte wcześniej o (miesiące)',
  'sla.stage.periodTargets': 'Cel na okres',
  'sla.stage.pipelineAtStart': 'Potrzebne w lejku już na starcie',
  'sla.stage.actualToDate': 'Wykonanie do dziś',
  'sla.stage.dataMonths': 'Pełne miesiące z wynikami',
  'sla.stage.actualRates': 'Rzeczywista konwersja do następnego etapu',
  'sla.stage.pace': 'Tempo: prognozowana suma za okres',
  'sla.stage.catchUp': 'Nadrabianie: potrzeba na każdy pozostały miesiąc',
  'sla.stage.neededAtActualRates': 'Jeszcze potrzeba przy rzeczywistych wskaźnikach (okres)',
  'sla.stage.catchUpAtActualRates': 'Nadrabianie przy rzeczywistych wskaźnikach (miesięcznie)',
  'sla.section.report': 'Raport miesięczny: gdzie jesteśmy przed spotkaniem SLA',
  'sla.report.actual': 'Wykonanie do dziś',
  'sla.report.target': 'Cel / zobowiązanie',
  'sla.report.attainment': 'Realizacja',
  'sla.report.status': 'Status',
  'sla.report.revenue': 'Wygrany przychód',
  'sla.report.goalShare': 'Wygrana część celu na okres',
  'sla.report.delivered': 'Marketing: dostarczone {stage}',
  'sla.report.handed': 'Marketing: leady przekazane do sprzedaży',
  'sla.report.speed': 'Sprzedaż: mediana godzin do pierwszego kontaktu (ostatni miesiąc)',
  'sla.report.withinSla': 'Sprzedaż: kontakt w terminie SLA (ostatni miesiąc)',
  'sla.report.won': 'Sprzedaż: wygrane {stage}',
  'sla.report.wonNamed': 'Sprzedaż: {stage}',
  'sla.report.gaps': 'Największe luki (najniższa realizacja)',
  'sla.report.stage': 'Etap',
  'sla.report.attainmentToDate': 'Realizacja do dziś',
  'sla.report.diagnosis': 'Diagnoza: za mały wolumen na wejściu etapu czy konwersja poniżej planu?',
  'sla.report.chartTitle': 'Realizacja do dziś według etapów',
  'sla.section.monthly': 'Cele miesięczne i monitorowanie',
  'sla.block.targets': 'Cele',
  'sla.block.actuals': 'Wyniki rzeczywiste (odświeżone lub wpisane)',
  'sla.block.variance': 'Odchylenie: wykonanie − cel',
  'sla.block.attainment': 'Realizacja',
  'sla.block.status': 'Status',
  'sla.col.month': 'Miesiąc',
  'sla.col.revenue': 'Przychód',
  'sla.col.weight': 'Waga (rozkład)',
  'sla.col.cumWeight': 'Waga skumulowana',
  'sla.col.medianHours': 'Mediana godzin do pierwszego kontaktu',
  'sla.col.withinSla': 'Kontakt w terminie SLA',
  'sla.col.handed': 'Leady przekazane do sprzedaży',
  'sla.col.bySource': 'Według źródła (z odświeżenia)',
  'sla.total': 'Od początku roku',
  'sla.chart.title': '{stage}: cel a wykonanie',
  'sla.chart.target': 'Cel',
  'sla.chart.actual': 'Wykonanie',

  // state
  'op.err.busy': 'Funnel SLA wprowadza inną zmianę w tym arkuszu. Spróbuj ponownie za chwilę.',
  'lang.err.unknown': 'Nieznany język „{code}”. Wybierz jeden z: {known}.',
  'state.err.corrupt': 'Nie można odczytać zapisu Funnel SLA w tym arkuszu. Niczego nie zmieniono.',
  'state.err.newer':
    'Ten arkusz został ostatnio zmieniony przez nowszą wersję Funnel SLA. Odśwież stronę i spróbuj ponownie.',
  'state.err.tooBig':
    'Ta zmiana sprawiłaby, że zapis Funnel SLA w tym arkuszu byłby za duży ({kb} KB). Niczego nie zmieniono: skróć teksty lub usuń stare karty SLA.',
  'state.err.settings':
    'Zapisane ustawienia tej karty SLA nie są już prawidłowe: {errors} Otwórz panel boczny, popraw je i zaktualizuj kartę (karta i jej dane pozostaną bez zmian).',
  'state.err.slaTabGone': 'Karta SLA została usunięta. Utwórz ją ponownie z panelu bocznego.',
  'settings.err.tabArchive':
    '„{name}” to zarchiwizowana wersja SLA i pozostaje tylko do odczytu. Utwórz zamiast tego bieżącą wersję.',
  'settings.err.tabSigned':
    '„{name}” to podpisany zapis uzgodnionej wersji i pozostaje tylko do odczytu. Utwórz zamiast tego bieżącą wersję.',
  'settings.err.tabOwnLog':
    '„{name}” to karta dziennika lub historii dodatku; nie można na niej utworzyć SLA. Wybierz inną nazwę.',

  // hubspot
  'hubspot.err.tokenShape':
    'To nie wygląda na token dostępu HubSpot. Wklej cały token swojego klucza usługi lub aplikacji prywatnej.',
  'hubspot.err.notConnected':
    'HubSpot nie jest połączony z Twoim kontem. Połącz go w panelu bocznym (Wyniki rzeczywiste → HubSpot) za pomocą tokenu dostępu.',
  'hubspot.err.unauthorized':
    'HubSpot odrzucił token dostępu (401): został unieważniony, wygasł lub jest błędnie wpisany. Rozłącz, a następnie połącz ponownie z nowym tokenem. Nic nie zostało zapisane.',
  'hubspot.err.forbidden':
    'HubSpot odrzucił żądanie (403): tokenowi brakuje zakresu odczytu. Nadaj mu zakresy crm.objects.contacts.read, crm.objects.deals.read, crm.schemas.contacts.read i crm.schemas.deals.read, a potem odśwież ponownie. Nic nie zostało zapisane.',
  'hubspot.err.badRequest':
    'HubSpot odrzucił wyszukiwanie ({code}): {message}. Sprawdź mapowanie w panelu bocznym. Nic nie zostało zapisane.',
  'hubspot.err.unavailable':
    'HubSpot po {tries} próbach nadal odpowiadał kodem {code}. Nic nie zostało zapisane; poprzednie wyniki rzeczywiste pozostają. Spróbuj ponownie za kilka minut.',
  'hubspot.err.network':
    'Nie udało się połączyć z HubSpot. Nic nie zostało zapisane; poprzednie wyniki rzeczywiste pozostają. Spróbuj ponownie za kilka minut.',
  'hubspot.err.tooSlow':
    'HubSpot odpowiadał zbyt wolno, by zakończyć w limicie czasu Apps Script (wysłane żądania: {requests}). Nic nie zostało zapisane; spróbuj ponownie później.',
  'hubspot.err.unknownProperty':
    'Mapowanie wskazuje właściwość HubSpot „{property}”, której to konto nie ma. Wybierz inną w panelu bocznym.',
  'hubspot.err.nothingMapped':
    'Żaden etap SLA nie jest zmapowany na właściwość daty w HubSpot. Zmapuj co najmniej jeden etap.',
  'hubspot.log.source': 'HubSpot {portal} · żądania: {requests}',
  'sidebar.hubspot.title': 'HubSpot (na żywo)',
  'sidebar.hubspot.intro':
    'Licz wyniki rzeczywiste bezpośrednio w HubSpot: bez eksportu, jedno żądanie na etap i miesiąc. Wklej token dostępu klucza usługi HubSpot z zakresami odczytu; pozostaje on w Twoich własnych właściwościach użytkownika.',
  'sidebar.hubspot.token': 'Token dostępu',
  'sidebar.hubspot.connect': 'Połącz',
  'sidebar.hubspot.connecting': 'Sprawdzanie tokenu w HubSpot…',
  'sidebar.hubspot.connected':
    'Połączono z kontem HubSpot {portal} ({name}) za pomocą tokenu {masked}.',
  'sidebar.hubspot.disconnect': 'Rozłącz',
  'sidebar.hubspot.disconnected': 'HubSpot nie jest połączony.',
  'sidebar.hubspot.refresh': 'Odśwież z HubSpot',
  'sidebar.hubspot.running': 'Liczenie w HubSpot…',
  'sidebar.hubspot.done':
    'Wyniki rzeczywiste odświeżone z HubSpot: żądania: {requests}, czas: {seconds} s.',
  'sidebar.hubspot.failed': 'HubSpot: {error}',
  'sidebar.hubspot.requests': 'Żądania do HubSpot',
  'sidebar.hubspot.sourceName': 'HubSpot',
  'sidebar.hubspot.notMapped': '(nieliczone)',
  'sidebar.hubspot.mappingProposed':
    'Propozycja na podstawie Twoich właściwości HubSpot: sprawdź każdy etap, a potem odśwież.',
  'sidebar.hubspot.mappingSaved': 'Liczone właściwości HubSpot (zapisane z tym SLA):',
  'sidebar.hubspot.map.source': 'Właściwość źródła',
  'sidebar.hubspot.map.amount': 'Wartość transakcji',
  'sidebar.hubspot.map.handoverTime': 'Czas przekazania',
  'sidebar.hubspot.map.firstTouchTime': 'Czas pierwszego kontaktu',

  // signoff
  'signoff.snapshot': '{sheet} v{version} podpisana',
  'signoff.line': 'v{version} podpisana przez: {marketing} i {sales}, data: {date}',
  'signoff.signer': '{name} ({role})',
  'signoff.tabNote':
    'Zmiany od podpisania v{version}: {changes}. Wersja {next} czeka na oba podpisy.',
  'signoff.protected': 'Podpisana wersja: zapis tego, co uzgodniły oba zespoły.',
  'signoff.err.input':
    'Podaj imię i nazwisko (oraz rolę) osoby podpisującej i stronę, w imieniu której podpisuje.',
  'signoff.change.revenueGoal': 'Cel {before} → {after}',
  'signoff.change.dealSize': 'Wartość transakcji {before} → {after}',
  'signoff.change.months': 'Miesiące {before} → {after}',
  'signoff.change.periodStart': 'Pierwszy miesiąc {before} → {after}',
  'signoff.change.currency': 'Waluta {before} → {after}',
  'signoff.change.rate': 'Wskaźnik {from} → {to}: {before} → {after}',
  'signoff.change.stages': 'Etapy {before} → {after}',
  'sidebar.signoff.title': 'Zatwierdzenie',
  'sidebar.signoff.awaiting': 'Wersja {version} czeka na oba podpisy.',
  'sidebar.signoff.signed': 'Wersja {version} jest podpisana przez oba zespoły.',
  'sidebar.signoff.changes':
    'Zmiany od podpisania v{version} (ponowne podpisanie utworzy v{next}):',
  'sidebar.signoff.side.marketing': 'Marketing',
  'sidebar.signoff.side.sales': 'Sprzedaż',
  'sidebar.signoff.name': 'Imię i nazwisko',
  'sidebar.signoff.role': 'Rola',
  'sidebar.signoff.sign': 'Podpisz',
  'sidebar.signoff.signedBy': 'Podpisane przez: {signer}, data: {date}',
  'sidebar.signoff.versions': 'Podpisane wersje',

  // warnings
  'warn.title': 'Warto sprawdzić',
  'warn.rate.suggest':
    '{from} → {to}: {rate} to znacznie mniej niż typowe {low}–{high}. Czy chodziło o {suggestion}?',
  'warn.rate.low': '{from} → {to}: {rate} to mniej niż typowe {low}–{high}.',
  'warn.rate.high': '{from} → {to}: {rate} to więcej niż typowe {low}–{high}.',
  'warn.rate.tiny.suggest':
    '{from} → {to}: {rate} to bardzo niski współczynnik konwersji. Czy chodziło o {suggestion}?',
  'warn.rate.tiny': '{from} → {to}: {rate} to bardzo niski współczynnik konwersji.',
  'warn.rate.all': '{from} → {to}: {rate} oznacza, że konwertuje każdy.',
  'warn.dealAboveGoal':
    'Średnia wartość transakcji ({dealSize}) przekracza cel przychodowy ({goal}): jedna transakcja wystarcza do osiągnięcia celu.',
  'warn.reviewOutside': 'Data przeglądu {date} wypada poza okresem (okres: {first} – {last}).',
  'warn.shortPeriod':
    'Reset teraz zostawiłby tylko {months, plural, one {jeden miesiąc} few {# miesiące} many {# miesięcy} other {# miesiąca}}: za mało, by sterować. Rozważ zamiast tego nową wersję na {suggested} mies. (okres: {from} – {until}), sięgającą w następny okres.',
  'warn.grouping':
    '„{text}” jest w tym arkuszu ({locale}) odczytywane jako {readAs}. Jeśli chodziło o {other}, wpisz to bez separatora.',
} satisfies Catalog;
