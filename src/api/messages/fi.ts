/** Suomi. Sanasto: docs/glossary/fi.md. */
import type { Catalog } from './index';

export default {
  // actuals
  'actuals.skip.blankRow': 'Rivi {row} on tyhjä.',
  'actuals.skip.duplicateRecordId':
    'Rivi {row}: tietue ”{value}” sarakkeessa {column} esiintyi jo aiemmin; se laskettiin kerran, ensimmäiseltä riviltään.',
  'actuals.skip.unparseableDate':
    'Rivi {row}: ”{value}” sarakkeessa {column} ei ole luettava päivämäärä.',
  'actuals.skip.impossibleDate':
    'Rivi {row}: ”{value}” sarakkeessa {column} ei ole todellinen päivämäärä tai kellonaika.',
  'actuals.skip.invalidAmount':
    'Rivi {row}: ”{value}” sarakkeessa {column} ei ole kelvollinen summa (luku, joka on nolla tai suurempi); se jätettiin pois liikevaihdosta.',
  'actuals.skip.firstTouchBeforeHandover':
    'Rivi {row}: ensimmäinen yhteydenotto ”{value}” sarakkeessa {column} on ennen luovutusta; tämä liidi jätettiin pois reagointiajasta.',
  'actuals.warn.stageDatesOutOfOrder':
    'Rivi {row}: ”{value}” sarakkeessa {column} on aiemman vaiheen päivämäärää aiempi; se laskettiin sellaisenaan.',
  'actuals.warn.mappedColumnMissing':
    'Kohdistettua saraketta ”{column}” ei ole lähdevälilehdellä; sen tuottamat tiedot jätettiin ennalleen.',
  'actuals.warn.columnMappedTwice': 'Sarake ”{column}” on kohdistettu useaan kenttään ({value}).',
  'actuals.source.none': '(ei lähdettä)',

  // functions
  'status.on_track': 'Tavoitteessa',
  'status.at_risk': 'Vaarassa',
  'status.behind': 'Jäljessä',
  'stage.visits': 'Käynnit',
  'stage.leads': 'Liidit',
  'stage.mqls': 'MQL:t',
  'stage.sqls': 'SQL:t',
  'stage.opportunities': 'Myyntimahdollisuudet',
  'stage.customers': 'Asiakkaat',
  'stage.numbered': 'Vaihe {n}',
  'fn.where.row': ' (alueen rivi {row})',
  'fn.where.column': ' (alueen sarake {col})',
  'fn.where.cell': ' (alueen rivi {row}, sarake {col})',
  'fn.err.missing': '{fn}: {arg} puuttuu. Lisää se argumentiksi {position}.',
  'fn.err.blank': '{fn}: {arg}{where} on tyhjä. Kirjoita siihen luku.',
  'fn.err.text':
    '{fn}: {arg}{where} on teksti {value}, ei luku. Kirjoita se lukuna (ilman lainausmerkkejä ja yksiköitä) tai korjaa solun muotoilu.',
  'fn.err.date': '{fn}: {arg}{where} on päivämäärä ({value}), ei luku. Kirjoita pelkkä luku.',
  'fn.err.boolean':
    '{fn}: {arg}{where} on {value}, totuusarvo (TOSI/EPÄTOSI), ei luku. Kirjoita luku.',
  'fn.err.notFinite':
    '{fn}: {arg}{where} on {value}, ei käyttökelpoinen luku. Kirjoita äärellinen luku.',
  'fn.err.negative':
    '{fn}: {arg}{where} on {value}; se ei voi olla negatiivinen. Kirjoita 0 tai enemmän.',
  'fn.err.notPositive': '{fn}: {arg}{where} on {value}; sen on oltava suurempi kuin 0.',
  'fn.err.notWhole':
    '{fn}: {arg}{where} on {value}; sen on oltava kokonaisluku väliltä {min}–{max}. Kirjoita sellainen tai käytä funktiota PYÖRISTÄ().',
  'fn.err.tooLarge':
    '{fn}: {arg}{where} on {value}, liian suuri suunnitteluun. Kirjoita enintään {max}.',
  'fn.err.resultTooLarge':
    '{fn}: tulos arvolle {arg}{where} = {value} on liian suuri laskettavaksi. Tarkista syötteiden ääriarvot (hyvin pieni konversio tai kaupan koko, valtava luku).',
  'fn.err.rateText':
    '{fn}: {arg}{where} on teksti {value}, ei prosenttiosuus. Kirjoita prosentti, esim. 25 %, tai desimaaliluku, esim. 0,25.',
  'fn.err.ratePercentLike':
    '{fn}: {arg}{where} on {value}, pelkkänä lukuna kirjoitettu prosentti. Tarkoititko {value} %? Kirjoita {value} % tai {decimal}.',
  'fn.err.rateRange':
    '{fn}: {arg}{where} on {value}; konversioasteen on oltava yli 0 % ja enintään 100 %. Kirjoita esim. 25 % tai 0,25.',
  'fn.err.toleranceRange':
    '{fn}: {arg} on {value}; toleranssin on oltava 0–100 %. Kirjoita esim. 10 % tai 0,1.',
  'fn.err.growthRange':
    '{fn}: {arg} on {value}; kuukausikasvun on oltava yli -100 % ja enintään 100 %. Kirjoita esim. 5 % tai -2 %.',
  'fn.err.ratesEmpty': '{fn}: {arg} on tyhjä. Kirjoita vähintään yksi konversioaste, esim. 25 %.',
  'fn.err.ratesGap':
    '{fn}: {arg}{where} on tyhjä kahden konversioasteen välissä. Täytä puuttuva aste tai valitse vain solut, joissa on asteita.',
  'fn.err.notSingle': '{fn}: {arg} on alue, jonka koko on {size}; sen on oltava yksi solu. {hint}',
  'fn.err.hint.vectorize':
    'Jos haluat yhden tuloksen riviä kohti, käytä sen sijaan funktiota {other}.',
  'fn.err.hint.none': 'Viittaa yhteen soluun.',
  'fn.err.shape':
    '{fn}: {arg} on alue, jonka koko on {size}; sen on oltava yksi solu tai alue, jonka koko on {expected}, kuten {other}.',
  'fn.err.notVector': '{fn}: {arg} on lohko, jonka koko on {size}; anna yksi rivi tai sarake.',
  'fn.err.ratesBlock':
    '{fn}: {arg} on lohko ({size}), joka ei vastaa argumenttia {other} ({expected}). Anna yksi rivi tai sarake konversioasteita, jotka koskevat jokaista arvoa {other}, tai lohko, jossa on yksi asterivi kutakin argumentin {other} riviä kohti.',
  'fn.err.weightsCount':
    '{fn}: argumentissa {arg} on {count, plural, one {# painokerroin} other {# painokerrointa}}, mutta kuukausia on {months, plural, one {# kuukausi} other {# kuukautta}}. Anna yksi painokerroin kuukautta kohti.',
  'fn.err.weightsTooLarge':
    '{fn}: argumentin {arg} summa on suurempi kuin luku voi olla. Käytä pienempiä painokertoimia, esim. prosentteja.',
  'fn.err.weightsZero':
    '{fn}: argumentin {arg} summa on 0. Anna vähintään yhdelle kuukaudelle painokerroin yli 0.',
  'fn.err.namesCount':
    '{fn}: argumentissa {arg} on {count, plural, one {# nimi} other {# nimeä}}, mutta suppilossa on {stages} vaihetta ({rates} konversioastetta + voitetut kaupat). Anna {stages} nimeä tai jätä {arg} pois.',
  'fn.err.tooFewCounts':
    '{fn}: argumentissa {arg} on {count, plural, one {# arvo} other {# arvoa}}; anna vähintään kahden vaiheen määrät, ylin vaihe ensin.',
  'fn.size.cells': '{rows} × {cols} (rivit × sarakkeet)',
  'fn.value.blank': 'tyhjä',
  'fn.value.invalidDate': 'virheellinen päivämäärä',

  // menu
  'addon.name': 'Funnel SLA',
  'menu.open': 'Avaa Funnel SLA',
  'commit.err.missingTab':
    'Välilehti ”{name}” puuttuu: se poistettiin tai nimettiin uudelleen Funnel SLA:n työskennellessä. Mitään ei kirjoitettu; yritä uudelleen.',

  // refresh
  'actuals.source.other': 'Muu',
  'refresh.err.noSla': 'Luo ensin SLA-välilehti: päivitys täyttää sen toteumat.',
  'refresh.err.noSlaTab':
    'SLA-välilehti ”{name}” puuttuu. Luo se uudelleen sivupalkista ja päivitä sitten.',
  'refresh.err.noSource':
    'Välilehteä nimeltä ”{name}” ei ole. Valitse välilehti, jolla CRM-vienti on.',
  'refresh.err.emptySource':
    'Välilehti ”{name}” on tyhjä. Liitä CRM-vienti otsikkoineen niin, että otsikot ovat ensimmäisellä rivillä.',
  'refresh.err.sourceIsSla':
    '”{name}” on itse SLA-välilehti; valitse välilehti, jolla CRM-vienti on.',
  'refresh.err.unknownHeader':
    'Kohdistus mainitsee sarakkeen ”{header}”, jota ei ole välilehden ”{name}” ensimmäisellä rivillä.',
  'refresh.err.unknownStage':
    'Kohdistus mainitsee kohteen ”{key}”, joka ei ole tämän SLA:n vaihe eikä tunnettu kenttä.',
  'refresh.err.nothingMapped':
    'Mitään vaihetta ei ole kohdistettu välilehden ”{name}” sarakkeeseen: kohdista vähintään yhden vaiheen päivämäärä.',
  'refresh.err.busy':
    'Tämän laskentataulukon toinen päivitys on käynnissä. Odota sen valmistumista ja yritä uudelleen.',
  'refresh.err.invalid': 'Päivityksen asetukset eivät kelpaa: {errors}',
  'refresh.log.tab': 'SLA-loki',
  'sidetab.sla': 'SLA',
  'sidetab.version': 'Versio',
  'refresh.history.tab': 'SLA-historia',
  'refresh.log.when': 'Milloin',
  'refresh.log.who': 'Kuka',
  'refresh.log.source': 'Lähdevälilehti',
  'refresh.log.read': 'Luetut rivit',
  'refresh.log.counted': 'Lasketut rivit',
  'refresh.log.skipped': 'Ohitetut rivit',
  'refresh.log.cells': 'Pois jätetyt solut',
  'refresh.log.outside': 'Kauden ulkopuoliset rivit',
  'refresh.log.seconds': 'Kesto (s)',
  'refresh.log.trigger': 'Käynnistäjä',
  'refresh.log.bySidebar': 'sivupalkki',
  'refresh.log.byMenu': 'valikko',
  'refresh.log.bySchedule': 'ajastus',
  'refresh.log.unknownUser': '(tuntematon käyttäjä)',
  'refresh.log.failed': 'ajastettu päivitys epäonnistui: {error}',
  'refresh.report.more': 'ja {count} muuta',
  'refresh.schedule.setBy': '{schedule}, asettanut {by}',
  'refresh.schedule.notYours':
    'Tämän SLA:n ajastuksen asetti {by}. Muutoksesi korvaa sen: heidän käynnistimensä pysähtyy seuraavalla ajokerralla.',
  'refresh.toast.done': 'Toteumat päivitetty: {counted}/{read} riviä laskettu, {skipped} ohitettu.',
  'refresh.toast.title': 'Funnel SLA',
  'refresh.menu': 'Päivitä toteumat',
  'refresh.err.noSavedSource':
    'CRM-viennin välilehteä ei ole vielä määritetty. Avaa sivupalkki, valitse välilehti ja vahvista kohdistus kerran.',

  // review
  'review.diag.no_data': '{stage}: ei vielä toteumia.',
  'review.diag.on_track':
    '{stage}: tavoitteessa – {actual}/{target} tähän mennessä ({attainment}).',
  'review.diag.volume_top':
    '{stage}: {shortfall} alle tavoitteen {target} tähän mennessä – tuli vähemmän kuin suunniteltiin (määrä).',
  'review.diag.volume':
    '{stage}: {shortfall} alle tavoitteen {target} tähän mennessä – {prev} tuotti {prevActual}/{prevTarget} (määrä).',
  'review.diag.conversion':
    '{stage}: {shortfall} alle tavoitteen {target} tähän mennessä – {prev}→{stage} konvertoi {actualRate}, suunniteltu {plannedRate} (konversio).',
  'review.diag.both':
    '{stage}: {shortfall} alle tavoitteen {target} tähän mennessä – {prev} tuotti {prevActual}/{prevTarget} (määrä) ja {prev}→{stage} konvertoi {actualRate}, suunniteltu {plannedRate} (konversio).',
  'review.diag.minor':
    '{stage}: {shortfall} alle tavoitteen {target} tähän mennessä; määrä ja konversio ({actualRate}, suunniteltu {plannedRate}) toleranssin sisällä.',
  'review.diag.short': '{stage}: {shortfall} alle tavoitteen {target} tähän mennessä.',
  'review.team.marketing': 'Markkinointi',
  'review.team.sales': 'Myynti',
  'review.team.no_data': '{team}: ei vielä toteumia.',
  'review.team.on_track': '{team}: tavoitteessa vaiheissa {stages}.',
  'review.team.short':
    '{team}: {status} – {count}/{total} vaihetta alle tavoitteen; suurin vaje {stage}, toteutuma {attainment} tavoitteesta ({shortfall} vajaa).',
  'review.rate.actual':
    'Havaittu {months, plural, one {# kuukauden} other {# kuukauden}} ajalta {records, plural, one {# tietueesta} other {# tietueesta}}.',
  'review.rate.few_records':
    'Vain {records, plural, one {# tietue} other {# tietuetta}} {months, plural, one {# kuukaudessa} other {# kuukaudessa}} (vähintään {min} tarvitaan): suunniteltu konversioaste pysyy.',
  'review.rate.no_data':
    'Minkään kuukauden luvut eivät kata molempia vaiheita: suunniteltu konversioaste pysyy.',
  'review.rate.out_of_range':
    'Havaitulla konversioasteella {rate} ei voi suunnitella (sen on oltava yli 0 % ja enintään 100 %): suunniteltu aste pysyy.',
  'review.reset.err.options': 'Nollauksen asetukset eivät kelpaa ({fields}).',
  'review.reset.err.rates':
    'Anna yksi konversioaste kunkin vaiheparin välille ({expected, plural, one {# aste} other {# astetta}}).',
  'review.reset.err.archiveExists':
    'Välilehti nimeltä ”{name}” on jo olemassa. Nimeä se uudelleen ja nollaa sitten uudestaan.',
  'review.reset.protected':
    'Arkistoitu SLA-versio: vain luku. Nykyinen versio on välilehdellä, jonka nimessä ei ole versiotunnusta.',
  'review.reset.err.bad_month': '”{value}” ei ole kuukausi; käytä muotoa VVVV-KK.',
  'review.reset.err.as_of_before_start':
    'Sopimus alkaa {start}; nollaus vaatii vähintään yhden täyden kuukauden (tilanne {asOf}).',
  'review.reset.err.no_months_left':
    'Sopimuksesta ei ole kuukausia jäljellä {asOf} jälkeen (se päättyy {end}); aloita nollauksen sijaan uusi sopimuskausi.',
  'review.reset.err.invalid_settings': 'Seuraavan version asetukset eivät kelpaa: {details}',
  'review.history.month': 'Kuukausi',
  'review.history.stage': 'Vaihe',
  'review.history.target': 'Tavoite',
  'review.history.actual': 'Toteuma',
  'review.history.variance': 'Poikkeama',
  'review.history.attainment': 'Toteutumisaste',
  'review.history.status': 'Tila',

  // settings
  'settings.field.periodStart': 'Ensimmäinen kuukausi',
  'settings.field.months': 'Kesto kuukausina',
  'settings.field.reviewDate': 'Tarkistuspäivä',
  'settings.field.revenueGoal': 'Liikevaihtotavoite',
  'settings.field.currency': 'Valuutta',
  'settings.field.dealSize': 'Keskimääräinen kaupan koko',
  'settings.field.stages': 'Vaihe',
  'settings.field.rates': 'Konversioaste',
  'settings.field.lagDays': 'Päiviä seuraavaan vaiheeseen',
  'settings.field.shape': 'Kuukausijakauma',
  'settings.field.tolerance': 'Toleranssi',
  'settings.field.followUpHours': 'Yhteydenotto (tunnin) kuluessa',
  'settings.field.minTouches': 'Yhteydenottoja vähintään',
  'settings.field.feedbackDays': 'Palaute hylätyistä liideistä (päivän) kuluessa',
  'settings.field.agreement': 'Sopimus',
  'settings.field.version': 'Asetusten versio',
  'settings.field.sheetName': 'Välilehden nimi',
  'settings.field.agreementVersion': 'Sopimuksen versio',
  'settings.err.invalid': '{field}: arvo ei kelpaa.',
  'settings.err.number': '{field}: kirjoita luku.',
  'settings.err.type': '{field}: arvo on väärää tyyppiä.',
  'settings.err.required': '{field}: kenttä on pakollinen.',
  'settings.err.rateMax':
    '{field}: anna konversioaste, joka on yli 0 ja enintään 100 % (desimaalina 25 % on 0,25).',
  'settings.err.choice': '{field}: valitse jokin tarjotuista vaihtoehdoista.',
  'settings.err.min': '{field}: on oltava vähintään {min}.',
  'settings.err.gt': '{field}: on oltava suurempi kuin {min}.',
  'settings.err.max': '{field}: saa olla enintään {max}.',
  'settings.err.lt': '{field}: on oltava pienempi kuin {max}.',
  'settings.err.format.month': '{field}: käytä muotoa VVVV-KK, esim. 2026-01.',
  'settings.err.format.day': '{field}: käytä muotoa VVVV-KK-PP, esim. 2026-07-01.',
  'settings.err.ratesLength':
    '{field}: anna yksi konversioaste kunkin vaiheparin välille (odotettiin {expected}).',
  'settings.err.lagLength':
    '{field}: anna yksi arvo kunkin vaiheparin välille (odotettiin {expected}).',
  'settings.err.stageDuplicate':
    '{field}: ”{name}” on käytössä kahdesti; vaiheiden nimien on oltava erilaiset.',
  'settings.err.weightsLength':
    '{field}: anna yksi painokerroin kuukautta kohti (odotettiin {expected}).',
  'settings.err.weightsZero':
    '{field}: vähintään yhdellä kuukaudella on oltava painokerroin yli 0.',
  'settings.err.tabTaken':
    'Välilehti nimeltä ”{name}” on jo olemassa, eikä Funnel SLA luonut sitä. Nimeä välilehti uudelleen tai poista se ja luo sitten uudelleen.',
  'settings.err.rejected': 'Asetuksia ei tallennettu: {errors}',
  'agreement.default.leadDefinition':
    'Kontakti, joka on antanut meille lomakkeella, tapahtumassa tai chatissa työsähköpostiosoitteensa ja vähintään yhden sopivuutta kertovan tiedon (toimiala, yrityksen koko tai rooli).',
  'agreement.default.mqlDefinition':
    'Liidi, joka on saavuttanut sovitun liidipisteytyksen (käyttäytyminen + sopivuus) tai pyytänyt demoa, tarjousta tai yhteydenottoa.',
  'agreement.default.sqlDefinition':
    'MQL, jonka myynti on hyväksynyt ensimmäisen keskustelun jälkeen: todellinen tarve, budjetista päättävä henkilö tavoitettavissa ja aikataulu 6 kuukauden sisällä.',
  'agreement.default.handoverRules':
    'Markkinointi luovuttaa MQL:n myynnille 1 arkipäivän kuluessa seuraavin tiedoin: nimi, yritys, rooli, lähde ja kampanja, katsotut sivut ja sisällöt sekä kvalifioinnin syy.',
  'agreement.default.marketingCommitments':
    'Markkinointi tuottaa alla olevan kuukausittaisen MQL-tavoitteen, raportoi MQL:t lähteittäin joka kuukausi ja kasvattaa määrää tässä sovitun kuukausijakauman mukaan.',
  'agreement.default.salesCommitments':
    'Myynti ottaa ensimmäisen yhteyden sovittujen tuntien kuluessa, tekee vähimmäismäärän yhteydenottoja ennen liidin sulkemista, antaa palautteen jokaisesta hylätystä liidistä sovittujen päivien kuluessa ja kirjaa jokaisen yhteydenoton CRM:ään.',
  'agreement.default.notReadyLeads':
    'Liidit, jotka eivät ole myyntivalmiita, palaavat markkinoinnille jatkokehitettäviksi syy kirjattuna; ne palaavat, kun ne saavuttavat MQL-rajan uudelleen.',
  'agreement.default.shortfallPlan':
    'Jos MQL-määrä jää tavoitteesta kahtena kuukautena peräkkäin, markkinointi esittää korjaussuunnitelman kuukausipalaverissa, ja myynti voi paikata vajetta tilapäisesti uusasiakashankinnalla.',
  'agreement.default.reporting':
    'Molemmat tiimit käyvät tämän välilehden läpi yhdessä joka kuukausi; strategiaa tarkastellaan neljännesvuosittain; tarkistuspäivänä sopimus nollataan toteutuneilla konversioasteilla.',
  'agreement.default.marketingOwner': 'Markkinointijohtaja',
  'agreement.default.salesOwner': 'Myyntijohtaja',

  // sidebar
  'sidebar.heading': 'Myynnin ja markkinoinnin SLA',
  'sidebar.intro':
    'Aseta tavoite ja suppilo; esikatselu päivittyy kirjoittaessasi. ”Luo” kirjoittaa sopimuksen ja sen tavoitteet SLA-välilehdelle.',
  'sidebar.loading': 'Ladataan sopimusta…',
  'sidebar.loadFailed':
    'Tallennettua sopimusta ei voitu ladata, joten näytetään oletusarvot. {error}',
  'sidebar.reviewDue':
    'Tämä sopimus on tarkistettava (tarkistuspäivä {date}): nollaa se havaituilla konversioasteilla.',
  'sidebar.section.period': 'Kausi',
  'sidebar.section.goal': 'Tavoite',
  'sidebar.section.stages': 'Suppilon vaiheet',
  'sidebar.section.shape': 'Kuukausijakauma',
  'sidebar.section.preview': 'Esikatselu',
  'sidebar.section.commitments': 'Sitoumukset',
  'sidebar.section.agreement': 'Sopimusteksti',
  'sidebar.hint.reviewDate': 'Oletuksena kauden puoliväli.',
  'sidebar.hint.stages':
    'Suppilon yläpää ensin; viimeinen vaihe on voitetut kaupat. Konversioasteet ovat prosentteja (30 tarkoittaa 30 %).',
  'sidebar.hint.tolerance':
    'Kun toteutuminen on näin paljon alle tavoitteen, tila on ”Vaarassa”; vielä alempana ”Jäljessä”.',
  'sidebar.hint.agreement':
    'Molemmat tiimit allekirjoittavat tämän tekstin; myöhemmin välilehdelle tehdyt muutokset säilyvät.',
  'sidebar.currency.other': 'Muu…',
  'sidebar.field.currencyCode': 'Valuuttakoodi',
  'sidebar.field.tolerance': 'Toleranssi (%)',
  'sidebar.stage.name': 'Vaihe {n}',
  'sidebar.stage.remove': 'Poista vaihe {name}',
  'sidebar.stage.add': 'Lisää vaihe',
  'sidebar.stage.addHint': 'Uudet vaiheet lisätään viimeisen vaiheen yläpuolelle.',
  'sidebar.stage.rate': 'Konversio',
  'sidebar.stage.rateContext': '{from} → {to}, prosentteina',
  'sidebar.stage.days': 'Päivät',
  'sidebar.stage.daysContext': '{from} → {to}',
  'sidebar.stage.unnamed': 'vaihe {n}',
  'sidebar.stage.newName': 'Uusi vaihe {n}',
  'sidebar.stage.added': 'Vaihe lisätty vaiheen {name} yläpuolelle.',
  'sidebar.stage.removed':
    'Vaihe {name} poistettu; sen ympärillä olevat konversioasteet yhdistettiin.',
  'sidebar.shape.even': 'Tasainen',
  'sidebar.shape.growth': 'Kasvava',
  'sidebar.shape.weights': 'Kausivaihtelun painot',
  'sidebar.shape.growthRate': 'Kasvu kuukaudessa (%)',
  'sidebar.shape.month': 'Kuukausi {n}',
  'sidebar.shape.weightsHint':
    'Suhteelliset painot: kuukausi, jonka paino on 2, saa kaksinkertaisen tavoitteen painoon 1 verrattuna.',
  'sidebar.preview.stage': 'Vaihe',
  'sidebar.preview.needed': 'Tarvitaan kaudella',
  'sidebar.preview.perMonth': '{stage} kuukaudessa',
  'sidebar.preview.month': 'Kuukausi',
  'sidebar.preview.count': 'Tavoite',
  'sidebar.preview.total': 'Yhteensä',
  'sidebar.preview.deals':
    '{deals, plural, one {# kauppa} other {# kauppaa}} à {dealSize} {currency} tuottaa {goal} {currency}.',
  'sidebar.preview.lag':
    'Aikaistettu {months, plural, one {# kuukaudella} other {# kuukaudella}} myyntisyklin vuoksi.',
  'sidebar.preview.invalid': 'Korjaa korostetut kentät nähdäksesi tavoitteet.',
  'sidebar.build': 'Luo SLA-välilehti',
  'sidebar.update': 'Päivitä SLA-välilehti',
  'sidebar.building': 'Luodaan SLA-välilehteä…',
  'sidebar.built': '”{name}” on valmis ja avattu.',
  'sidebar.buildFailed': 'Välilehteä ei luotu. {error}',
  'sidebar.fixFields': 'Korjaa ensin korostetut kentät ({count}).',
  'sidebar.afterBuild':
    'Luo ensin SLA-välilehti: sen jälkeen voit päivittää sen toteumat CRM-viennistä ja nollata sen kesken kauden täällä.',
  'sidebar.jump.label': 'Siirry',
  'sidebar.jump.actuals': 'Toteumat',
  'sidebar.jump.review': 'Nollaa SLA',
  'sidebar.reviewNow': 'Tarkista nyt',
  'sidebar.section.actuals': 'Toteumat',
  'sidebar.refresh.intro':
    'Täytä SLA-välilehden toteumat CRM-viennin välilehdeltä: yksi tietue riviä kohti, otsikot ensimmäisellä rivillä.',
  'sidebar.refresh.loading': 'Ladataan välilehtiä ja niiden otsikoita…',
  'sidebar.refresh.loadFailed': 'Välilehtiä ei voitu ladata. {error}',
  'sidebar.refresh.sourceTab': 'CRM-viennin välilehti',
  'sidebar.refresh.sourceHint': 'Lisäosa vain lukee tätä välilehteä.',
  'sidebar.refresh.reloadTabs': 'Lataa välilehtiluettelo ja otsikot uudelleen',
  'sidebar.refresh.noTabs':
    'Luettavaa välilehteä ei vielä ole. Liitä CRM-vienti uudelle välilehdelle ja lataa välilehtiluettelo uudelleen.',
  'sidebar.refresh.emptyTab':
    'Välilehden ”{name}” ensimmäisellä rivillä ei ole otsikoita: valitse välilehti, jolla CRM-vienti on.',
  'sidebar.mapping.title': 'Sarakkeiden kohdistus',
  'sidebar.mapping.detected': 'Ehdotettu otsikoiden perusteella – tarkista ennen päivitystä.',
  'sidebar.mapping.nothingDetected':
    'Yhtään saraketta ei tunnistettu: valitse vähintään yhden vaiheen päivämääräsarake.',
  'sidebar.mapping.saved': 'Tallentamasi kohdistus tälle välilehdelle.',
  'sidebar.mapping.stagesHint': 'Päivä, jona kukin tietue saavutti vaiheen.',
  'sidebar.mapping.optional': 'Valinnaiset sarakkeet',
  'sidebar.mapping.none': '– ei kohdistettu –',
  'sidebar.mapping.missing': '{header} (ei tällä välilehdellä)',
  'sidebar.mapping.stageContext': 'päivämääräsarake',
  'sidebar.mapping.role.recordId': 'Tietueen tunnus',
  'sidebar.mapping.role.amount': 'Summa',
  'sidebar.mapping.role.source': 'Lähde / kanava',
  'sidebar.mapping.role.owner': 'Vastuuhenkilö',
  'sidebar.mapping.role.handoverTime': 'Luovutusaika',
  'sidebar.mapping.role.firstTouchTime': 'Myynnin ensimmäinen yhteydenotto',
  'sidebar.mapping.role.won': 'Voitettu-merkintä',
  'sidebar.mapping.hint.recordId': 'Laskee kahdesti esiintyvän tietueen kerran.',
  'sidebar.mapping.hint.amount': 'Kaupan arvo, lisätään liikevaihtoon voitettaessa.',
  'sidebar.mapping.hint.handoverTime': 'Yhdessä ensimmäisen yhteydenoton kanssa: reagointiaika.',
  'sidebar.mapping.hint.won': 'Laskee viimeiseen vaiheeseen vain voitetut kaupat.',
  'sidebar.mapping.err.nothingMapped': 'Kohdista vähintään yhden vaiheen päivämääräsarake.',
  'sidebar.mapping.err.missing':
    '”{header}” ei ole välilehden ”{name}” ensimmäisellä rivillä: valitse toinen sarake.',
  'sidebar.refresh.button': 'Päivitä toteumat',
  'sidebar.refresh.running': 'Päivitetään toteumia välilehdeltä ”{name}”…',
  'sidebar.refresh.done': 'Toteumat päivitetty: {counted}/{read} riviä laskettu.',
  'sidebar.refresh.failed': 'Toteumia ei päivitetty. {error}',
  'sidebar.refresh.fixFields': 'Korjaa ensin kohdistus ({count}).',
  'sidebar.refresh.never': 'Ei vielä päivitetty.',
  'sidebar.refresh.last': 'Viimeisin päivitys: {when} välilehdeltä ”{source}” ({how}).',
  'sidebar.refresh.lastBy':
    'Viimeisin päivitys: {when} välilehdeltä ”{source}”, päivittäjä {by} ({how}).',
  'sidebar.refresh.trigger.sidebar': 'sivupalkki',
  'sidebar.refresh.trigger.menu': 'valikko',
  'sidebar.refresh.trigger.schedule': 'ajastus',
  'sidebar.refresh.next': 'Seuraava: {when}.',
  'sidebar.refresh.scheduleFailed': 'Viimeisin ajastettu päivitys epäonnistui ({when}): {error}',
  'sidebar.schedule.by': '{schedule} klo 6.00, asettanut {by}.',
  'sidebar.refresh.resultTitle': 'Viimeisin tulos',
  'sidebar.refresh.read': 'Luetut rivit',
  'sidebar.refresh.counted': 'Lasketut rivit',
  'sidebar.refresh.skipped': 'Ohitetut rivit',
  'sidebar.refresh.outside': 'Kauden ulkopuolella',
  'sidebar.refresh.duration': 'Kesto',
  'sidebar.refresh.seconds': '{seconds} s',
  'sidebar.refresh.instant': 'alle 0,1 s',
  'sidebar.refresh.kept': 'Jätetty syötetyiksi (ei kohdistettua saraketta): {stages}.',
  'sidebar.refresh.leftOut': 'Jätetty pois – {list}.',
  'sidebar.refresh.warned': 'Laskettu, mutta kannattaa tarkistaa – {list}.',
  'sidebar.reason.blankRow': 'tyhjät rivit',
  'sidebar.reason.duplicateRecordId': 'toistuvat tietuetunnukset',
  'sidebar.reason.unparseableDate': 'lukukelvottomat päivämäärät',
  'sidebar.reason.impossibleDate': 'mahdottomat päivämäärät',
  'sidebar.reason.invalidAmount': 'virheelliset summat',
  'sidebar.reason.firstTouchBeforeHandover': 'yhteydenotot ennen luovutusta',
  'sidebar.reason.stageDatesOutOfOrder': 'vaiheiden päivämäärät väärässä järjestyksessä',
  'sidebar.reason.mappedColumnMissing': 'puuttuvat kohdistetut sarakkeet',
  'sidebar.reason.columnMappedTwice': 'kahdesti kohdistetut sarakkeet',
  'sidebar.report.summary': 'Ohitetut rivit ja solut ({count})',
  'sidebar.report.summaryWarnings': 'Ohitetut rivit, solut ja varoitukset ({count})',
  'sidebar.report.none': 'Mitään ei ohitettu.',
  'sidebar.report.loading': 'Ladataan raporttia…',
  'sidebar.report.failed': 'Raporttia ei voitu ladata. {error}',
  'sidebar.report.empty': 'Viimeisimmän päivityksen raportti on tyhjä.',
  'sidebar.report.capped': 'Näytetään ensimmäiset {shown}/{total}.',
  'sidebar.report.warning': 'Varoitus:',
  'sidebar.schedule.label': 'Päivitä automaattisesti',
  'sidebar.schedule.off': 'Pois',
  'sidebar.schedule.daily': 'Päivittäin',
  'sidebar.schedule.monthly': 'Kunkin kuukauden ensimmäisenä päivänä',
  'sidebar.schedule.hint': 'Käyttää tallennettua välilehteä ja kohdistusta; ajetaan noin klo 6.00.',
  'sidebar.schedule.saving': 'Tallennetaan ajastusta…',
  'sidebar.schedule.saved': 'Ajastus tallennettu.',
  'sidebar.schedule.failed': 'Ajastusta ei muutettu. {error}',
  'sidebar.section.review': 'Nollaa SLA',
  'sidebar.reset.intro':
    'Suunnittele noin kuuden kuukauden jälkeen jäljellä olevat kuukaudet havaituilla konversioasteilla. Mikään ei muutu ennen kuin vahvistat.',
  'sidebar.reset.trailing': 'Käytettävien toteumakuukausien määrä',
  'sidebar.reset.trailingHint': 'Viimeisimmät täydet kuukaudet, enintään 36.',
  'sidebar.reset.err.trailing': 'Toteumakuukaudet: kirjoita kokonaisluku 1–36.',
  'sidebar.reset.propose': 'Ehdota uusia konversioasteita',
  'sidebar.reset.proposing': 'Luetaan toteumia…',
  'sidebar.reset.proposed':
    'Ehdotetut konversioasteet toteumista kuukauteen {month} asti. Muokkaa mitä tahansa astetta ja nollaa sitten.',
  'sidebar.reset.proposeFailed': 'Konversioasteita ei voitu ehdottaa. {error}',
  'sidebar.reset.stale': 'Kuukaudet muuttuivat: ehdota uudelleen.',
  'sidebar.reset.asOf': 'Toteumista kuukauteen {month} asti, viimeiseen täyteen kuukauteen.',
  'sidebar.reset.transition': '{from} → {to}',
  'sidebar.reset.col.transition': 'Konversio',
  'sidebar.reset.col.planned': 'Suunniteltu',
  'sidebar.reset.col.proposed': 'Uusi',
  'sidebar.reset.rateLabel': 'Uusi konversioaste {from} → {to}, prosentteina',
  'sidebar.reset.err.rate': '{from} → {to}: kirjoita prosentti, joka on yli 0 ja enintään 100.',
  'sidebar.reset.nextTitle': 'Seuraava versio',
  'sidebar.reset.period': 'Kausi',
  'sidebar.reset.periodValue':
    '{start} – {end} ({months, plural, one {# kuukausi} other {# kuukautta}})',
  'sidebar.reset.goal': 'Tavoite',
  'sidebar.reset.goalValue': '{goal} {currency}',
  'sidebar.reset.achieved': '{revenue} {currency} voitettu tähän mennessä',
  'sidebar.reset.achievedCustomers':
    '{count, plural, one {# asiakas} other {# asiakasta}} voitettu tähän mennessä',
  'sidebar.reset.review': 'Tarkistuspäivä',
  'sidebar.reset.targets': 'Kauden tavoitteet',
  'sidebar.reset.start': 'Nollaa SLA…',
  'sidebar.reset.fixRates': 'Korjaa ensin korostetut konversioasteet ({count}).',
  'sidebar.reset.confirm':
    'Arkistoidaanko ”{name}” nimellä ”{archive}” ja luodaanko seuraava versio?',
  'sidebar.reset.confirmHint':
    'Arkistoitu välilehti muuttuu vain luku -tilaan; siitä ei katoa mitään.',
  'sidebar.reset.confirmButton': 'Vahvista',
  'sidebar.reset.cancel': 'Peruuta',
  'sidebar.reset.running': 'Arkistoidaan ”{name}” ja luodaan seuraava versio…',
  'sidebar.reset.failed': 'SLA:ta ei nollattu. {error}',
  'sidebar.reset.done':
    '”{archive}” on arkistoitu (vain luku). ”{name}” sisältää nyt seuraavan version alkaen {start}; lomake näyttää sen asetukset.',
  'sidebar.err.percent': '{field}: kirjoita prosentti väliltä {min}–{max}.',
  'sidebar.err.rate': '{field}: kirjoita prosentti, joka on yli 0 ja enintään 100.',
  'sidebar.language.ui': 'Sivupalkin kieli',
  'sidebar.language.sla': 'SLA-välilehden kieli',
  'sidebar.language.slaHint':
    'Muutos kirjoittaa lisäosan tuottamat tekstit välilehdellä uudelleen; itse kirjoittamasi teksti säilyy ennallaan.',

  // sla
  'sla.tabName': 'SLA {period}',
  'sla.title': 'Myynnin ja markkinoinnin SLA · {name}',
  'sla.review.due':
    '⚠ Tämän sopimuksen tarkistuspäivä on ohitettu: nollaa se toteutuneilla konversioasteilla (sivupalkki → Nollaa SLA).',
  'sla.review.next':
    'Määräaikainen sopimus: molemmat tiimit käyvät sen läpi kuukausittain ja nollaavat sen tarkistuspäivänä.',
  'sla.section.agreement': 'Sopimus',
  'sla.summary.goal': 'Tavoite',
  'sla.summary.marketing': 'Markkinointi tuottaa',
  'sla.summary.sales': 'Myynti sitoutuu',
  'sla.sentence.goal':
    'Liikevaihto {goal} {currency} (kausi: {start}–{end}): {customers} uutta asiakasta keskimääräisellä kaupan koolla {dealSize} {currency}.',
  'sla.sentence.marketing':
    '{count} {stage} kaudella, noin {perMonth} kuukaudessa, alla olevien kuukausitavoitteiden mukaisesti.',
  'sla.sentence.sales':
    'Jokaiseen luovutukseen tartutaan {hours} tunnin kuluessa, liidiin otetaan yhteyttä vähintään {touches} kertaa ennen sulkemista, ja hylätyistä liideistä annetaan palaute {days} päivän kuluessa.',
  'sla.agreement.leadDefinition': 'Mikä on liidi',
  'sla.agreement.mqlDefinition': 'Mikä on MQL',
  'sla.agreement.sqlDefinition': 'Mikä on SQL',
  'sla.agreement.handoverRules': 'Luovutus ja vähimmäistiedot',
  'sla.agreement.marketingCommitments': 'Markkinoinnin sitoumukset',
  'sla.agreement.salesCommitments': 'Myynnin sitoumukset',
  'sla.agreement.notReadyLeads': 'Keskeneräiset liidit',
  'sla.agreement.shortfallPlan': 'Toimet tavoitteen alittuessa',
  'sla.agreement.reporting': 'Raportointi ja palaverit',
  'sla.agreement.marketingOwner': 'Markkinoinnin puolesta (nimi, päiväys)',
  'sla.agreement.salesOwner': 'Myynnin puolesta (nimi, päiväys)',
  'sla.section.assumptions':
    'Oletukset: ainoat syötteet; muuta yhtä, ja kaikki tavoitteet lasketaan uudelleen',
  'sla.assumption.goal': 'Liikevaihtotavoite',
  'sla.assumption.currency': 'Valuutta',
  'sla.assumption.dealSize': 'Keskimääräinen kaupan koko',
  'sla.assumption.start': 'Ensimmäinen kuukausi',
  'sla.assumption.months': 'Kuukaudet (muuta sivupalkissa)',
  'sla.assumption.reviewDate': 'Tarkistuspäivä',
  'sla.assumption.tolerance': 'Toleranssi ennen tilaa ”Jäljessä”',
  'sla.assumption.followUpHours': 'Ensimmäinen yhteydenotto (tunnin) kuluessa',
  'sla.assumption.minTouches': 'Yhteydenottoja vähintään',
  'sla.assumption.feedbackDays': 'Palaute hylätyistä liideistä (päivän) kuluessa',
  'sla.assumption.growth': 'Kuukausikasvu',
  'sla.assumption.continuation': 'Kauden jälkeen',
  'sla.assumption.continuationText':
    'Suunnitelma toistuu: aiempien vaiheiden viimeiset kuukaudet ruokkivat seuraavan kauden ensimmäisiä kauppoja',
  'sla.assumption.asOf': 'Tilanne (viimeisen täyden kuukauden lopussa)',
  'sla.section.stages': 'Suppilo',
  'sla.stage.stages': 'Vaihe',
  'sla.stage.rates': 'Konversio seuraavaan vaiheeseen',
  'sla.stage.lagDays': 'Päiviä seuraavaan vaiheeseen',
  'sla.stage.lagMonths': 'Tavoitteita aikaistetaan (kuukautta)',
  'sla.stage.periodTargets': 'Kauden tavoite',
  'sla.stage.pipelineAtStart': 'Tarvitaan myyntiputkessa jo alussa',
  'sla.stage.actualToDate': 'Toteuma tähän mennessä',
  'sla.stage.dataMonths': 'Täydet kuukaudet, joilta on toteumat',
  'sla.stage.actualRates': 'Toteutunut konversio seuraavaan vaiheeseen',
  'sla.stage.pace': 'Vauhti: ennustettu kauden kokonaismäärä',
  'sla.stage.catchUp': 'Kiriminen: tarve jäljellä olevaa kuukautta kohti',
  'sla.stage.neededAtActualRates': 'Vielä tarvitaan toteutuneilla asteilla (kausi)',
  'sla.stage.catchUpAtActualRates': 'Kiriminen toteutuneilla asteilla (kuukaudessa)',
  'sla.section.report': 'Kuukausiraportti: tilanne SLA-palaveria varten',
  'sla.report.actual': 'Toteuma tähän mennessä',
  'sla.report.target': 'Tavoite / sitoumus',
  'sla.report.attainment': 'Toteutumisaste',
  'sla.report.status': 'Tila',
  'sla.report.revenue': 'Voitettu liikevaihto',
  'sla.report.goalShare': 'Osuus kauden tavoitteesta voitettu',
  'sla.report.delivered': 'Markkinointi: tuotetut {stage}',
  'sla.report.handed': 'Markkinointi: myynnille luovutetut liidit',
  'sla.report.speed': 'Myynti: mediaanitunnit ensimmäiseen yhteydenottoon (edellinen kuukausi)',
  'sla.report.withinSla': 'Myynti: yhteys otettu SLA:n puitteissa (edellinen kuukausi)',
  'sla.report.won': 'Myynti: voitetut {stage}',
  'sla.report.wonNamed': 'Myynti: {stage}',
  'sla.report.gaps': 'Suurimmat vajeet (alin toteutumisaste)',
  'sla.report.stage': 'Vaihe',
  'sla.report.attainmentToDate': 'Toteutumisaste tähän mennessä',
  'sla.report.diagnosis':
    'Diagnoosi: liian vähän vaiheeseen tulevia vai konversio alle suunnitelman?',
  'sla.report.chartTitle': 'Toteutumisaste tähän mennessä vaiheittain',
  'sla.section.monthly': 'Kuukausitavoitteet ja seuranta',
  'sla.block.targets': 'Tavoitteet',
  'sla.block.actuals': 'Toteumat (päivitetyt tai syötetyt)',
  'sla.block.variance': 'Poikkeama: toteuma − tavoite',
  'sla.block.attainment': 'Toteutumisaste',
  'sla.block.status': 'Tila',
  'sla.col.month': 'Kuukausi',
  'sla.col.revenue': 'Liikevaihto',
  'sla.col.weight': 'Paino (jakauma)',
  'sla.col.cumWeight': 'Kumulatiivinen paino',
  'sla.col.medianHours': 'Mediaanitunnit ensimmäiseen yhteydenottoon',
  'sla.col.withinSla': 'Yhteys otettu SLA:n puitteissa',
  'sla.col.handed': 'Myynnille luovutetut liidit',
  'sla.col.bySource': 'Lähteittäin (päivityksestä)',
  'sla.total': 'Vuoden alusta',
  'sla.chart.title': '{stage}: tavoite vs. toteuma',
  'sla.chart.target': 'Tavoite',
  'sla.chart.actual': 'Toteuma',

  // state
  'op.err.busy':
    'Funnel SLA tekee toista muutosta tähän laskentataulukkoon. Yritä hetken päästä uudelleen.',
  'lang.err.unknown': 'Tuntematon kieli ”{code}”. Valitse jokin näistä: {known}.',
  'state.err.corrupt':
    'Tämän laskentataulukon Funnel SLA -tietuetta ei voi lukea. Mitään ei muutettu.',
  'state.err.newer':
    'Tätä laskentataulukkoa muutti viimeksi uudempi Funnel SLA -versio. Lataa sivu uudelleen ja yritä uudestaan.',
  'state.err.tooBig':
    'Tämä muutos kasvattaisi laskentataulukon Funnel SLA -tietueen liian suureksi ({kb} kt). Mitään ei muutettu: lyhennä tekstejä tai poista vanhoja SLA-välilehtiä.',
  'state.err.settings':
    'Tämän SLA-välilehden tallennetut asetukset eivät enää kelpaa: {errors} Avaa sivupalkki, korjaa ne ja päivitä välilehti (välilehti ja sen tiedot säilyvät ennallaan).',
  'state.err.slaTabGone': 'SLA-välilehti poistettiin. Luo se uudelleen sivupalkista.',
  'settings.err.tabArchive':
    '”{name}” on SLA:n arkistoitu versio ja pysyy vain luku -tilassa. Luo sen sijaan nykyinen versio.',
  'settings.err.tabSigned':
    '”{name}” on sovitun version allekirjoitettu tallenne ja pysyy vain luku -tilassa. Luo sen sijaan nykyinen versio.',
  'settings.err.tabOwnLog':
    '”{name}” on lisäosan loki- tai historiavälilehti; sen päälle ei voi luoda SLA:ta. Valitse toinen nimi.',

  // hubspot
  'hubspot.err.tokenShape':
    'Tämä ei näytä HubSpotin käyttötunnukselta. Liitä palveluavaimesi tai yksityisen sovelluksesi koko tunnus.',
  'hubspot.err.notConnected':
    'HubSpotia ei ole yhdistetty sinulle. Yhdistä se sivupalkissa (Toteumat → HubSpot) käyttötunnuksella.',
  'hubspot.err.unauthorized':
    'HubSpot hylkäsi käyttötunnuksen (401): se on peruttu, vanhentunut tai kirjoitettu väärin. Katkaise yhteys ja yhdistä uudelleen uudella tunnuksella. Mitään ei kirjoitettu.',
  'hubspot.err.forbidden':
    'HubSpot hylkäsi pyynnön (403): tunnukselta puuttuu lukuoikeus. Anna sille oikeudet crm.objects.contacts.read, crm.objects.deals.read, crm.schemas.contacts.read ja crm.schemas.deals.read ja päivitä sitten uudelleen. Mitään ei kirjoitettu.',
  'hubspot.err.badRequest':
    'HubSpot hylkäsi haun ({code}): {message}. Tarkista kohdistus sivupalkissa. Mitään ei kirjoitettu.',
  'hubspot.err.unavailable':
    'HubSpot vastasi edelleen {code} {tries} yrityksen jälkeen. Mitään ei kirjoitettu; aiemmat toteumat säilyvät. Yritä uudelleen muutaman minuutin kuluttua.',
  'hubspot.err.network':
    'HubSpotiin ei saatu yhteyttä. Mitään ei kirjoitettu; aiemmat toteumat säilyvät. Yritä uudelleen muutaman minuutin kuluttua.',
  'hubspot.err.tooSlow':
    'HubSpot vastasi liian hitaasti, jotta työ olisi valmistunut Apps Scriptin aikarajassa (pyyntöjä lähetetty: {requests}). Mitään ei kirjoitettu; yritä myöhemmin uudelleen.',
  'hubspot.err.unknownProperty':
    'Kohdistus viittaa HubSpot-ominaisuuteen ”{property}”, jota tällä tilillä ei ole. Valitse sivupalkissa toinen.',
  'hubspot.err.nothingMapped':
    'Yhtäkään SLA:n vaihetta ei ole kohdistettu HubSpotin päivämääräominaisuuteen. Kohdista vähintään yksi vaihe.',
  'hubspot.log.source': 'HubSpot {portal} · pyyntöjä: {requests}',
  'sidebar.hubspot.title': 'HubSpot (suora)',
  'sidebar.hubspot.intro':
    'Laske toteumat suoraan HubSpotissa: ei vientiä, yksi pyyntö vaihetta ja kuukautta kohden. Liitä HubSpot-palveluavaimen käyttötunnus, jolla on lukuoikeudet; se säilyy omissa käyttäjäominaisuuksissasi.',
  'sidebar.hubspot.token': 'Käyttötunnus',
  'sidebar.hubspot.connect': 'Yhdistä',
  'sidebar.hubspot.connecting': 'Tarkistetaan tunnusta HubSpotista…',
  'sidebar.hubspot.connected': 'Yhdistetty HubSpot-tiliin {portal} ({name}) tunnuksella {masked}.',
  'sidebar.hubspot.disconnect': 'Katkaise yhteys',
  'sidebar.hubspot.disconnected': 'HubSpotia ei ole yhdistetty.',
  'sidebar.hubspot.refresh': 'Päivitä HubSpotista',
  'sidebar.hubspot.running': 'Lasketaan HubSpotissa…',
  'sidebar.hubspot.done':
    'Toteumat päivitetty HubSpotista: pyyntöjä {requests}, aikaa {seconds} s.',
  'sidebar.hubspot.failed': 'HubSpot: {error}',
  'sidebar.hubspot.requests': 'HubSpot-pyynnöt',
  'sidebar.hubspot.sourceName': 'HubSpot',
  'sidebar.hubspot.notMapped': '(ei lasketa)',
  'sidebar.hubspot.mappingProposed':
    'Ehdotus HubSpot-ominaisuuksiesi perusteella: tarkista jokainen vaihe ja päivitä sitten.',
  'sidebar.hubspot.mappingSaved': 'Lasketut HubSpot-ominaisuudet (tallennettu tämän SLA:n kanssa):',
  'sidebar.hubspot.map.source': 'Lähdeominaisuus',
  'sidebar.hubspot.map.amount': 'Kaupan summa',
  'sidebar.hubspot.map.handoverTime': 'Luovutuksen ajankohta',
  'sidebar.hubspot.map.firstTouchTime': 'Ensimmäisen yhteydenoton ajankohta',

  // signoff
  'signoff.snapshot': '{sheet} v{version} allekirjoitettu',
  'signoff.line': 'v{version}: allekirjoittajat {marketing} ja {sales}, {date}',
  'signoff.signer': '{name} ({role})',
  'signoff.tabNote':
    'Muuttunut v{version}:n allekirjoituksen jälkeen: {changes}. Versio {next} odottaa molempia allekirjoituksia.',
  'signoff.protected': 'Allekirjoitettu versio: tallenne siitä, mistä molemmat tiimit sopivat.',
  'signoff.err.input':
    'Anna allekirjoittajan nimi (ja rooli) sekä puoli, jonka puolesta hän allekirjoittaa.',
  'signoff.change.revenueGoal': 'Tavoite {before} → {after}',
  'signoff.change.dealSize': 'Kaupan koko {before} → {after}',
  'signoff.change.months': 'Kuukaudet {before} → {after}',
  'signoff.change.periodStart': 'Ensimmäinen kuukausi {before} → {after}',
  'signoff.change.currency': 'Valuutta {before} → {after}',
  'signoff.change.rate': 'Konversioaste {from} → {to}: {before} → {after}',
  'signoff.change.stages': 'Vaiheet {before} → {after}',
  'sidebar.signoff.title': 'Hyväksyntä',
  'sidebar.signoff.awaiting': 'Versio {version} odottaa molempia allekirjoituksia.',
  'sidebar.signoff.signed': 'Molemmat tiimit ovat allekirjoittaneet version {version}.',
  'sidebar.signoff.changes':
    'Muuttunut v{version}:n allekirjoituksen jälkeen (uusi allekirjoitus luo v{next}:n):',
  'sidebar.signoff.side.marketing': 'Markkinointi',
  'sidebar.signoff.side.sales': 'Myynti',
  'sidebar.signoff.name': 'Nimi',
  'sidebar.signoff.role': 'Rooli',
  'sidebar.signoff.sign': 'Allekirjoita',
  'sidebar.signoff.signedBy': 'Allekirjoittaja {signer}, {date}',
  'sidebar.signoff.versions': 'Allekirjoitetut versiot',

  // warnings
  'warn.title': 'Kannattaa tarkistaa',
  'warn.rate.suggest':
    '{from} → {to}: {rate} on selvästi alle tavallisen {low}–{high}. Tarkoititko {suggestion}?',
  'warn.rate.low': '{from} → {to}: {rate} on alle tavallisen {low}–{high}.',
  'warn.rate.high': '{from} → {to}: {rate} on yli tavallisen {low}–{high}.',
  'warn.rate.tiny.suggest':
    '{from} → {to}: {rate} on hyvin matala konversioaste. Tarkoititko {suggestion}?',
  'warn.rate.tiny': '{from} → {to}: {rate} on hyvin matala konversioaste.',
  'warn.rate.all': '{from} → {to}: {rate} tarkoittaa, että jokainen konvertoituu.',
  'warn.dealAboveGoal':
    'Kaupan keskikoko ({dealSize}) on suurempi kuin liikevaihtotavoite ({goal}): yksi kauppa riittää tavoitteeseen.',
  'warn.reviewOutside': 'Tarkistuspäivä {date} on kauden ulkopuolella (kausi: {first}–{last}).',
  'warn.shortPeriod':
    'Nollaus nyt jättäisi vain {months, plural, one {yhden kuukauden} other {# kuukautta}}: liian vähän ohjaamiseen. Harkitse sen sijaan uutta {suggested} kuukauden versiota (kausi: {from}–{until}), joka jatkuu seuraavalle kaudelle.',
  'warn.grouping':
    '”{text}” luetaan tässä laskentataulukossa ({locale}) arvona {readAs}. Jos tarkoitit {other}, kirjoita se ilman erotinta.',
} satisfies Catalog;
