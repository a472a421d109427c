/**
 * Column headers CRM exports use, with how sure a match makes us (0–100).
 * Keys are "compact" headers: lower case, letters and digits only, so
 * `Deal - Add time`, `deal_add_time` and `DEAL ADD TIME` are one key.
 *
 * Forms come from HubSpot (UI labels and API property names), Salesforce
 * report exports, Pipedrive exports and what people name columns by hand.
 * They are common forms, not guarantees: the sidebar lets the user correct
 * every proposal.
 */
import type { StageConcept } from '../core/actuals/stage-concepts';
import type { MappingRole } from '../core/actuals/types';

export type HeaderScores = Readonly<Record<string, number>>;

export const STAGE_HEADERS: Readonly<Record<StageConcept, HeaderScores>> = {
  // Web visits come from analytics, not from a CRM export: no known columns.
  visit: {},
  lead: {
    becamealeaddate: 100,
    hslifecyclestageleaddate: 100,
    leaddate: 95,
    leadcreateddate: 90,
    leadcreated: 90,
    leadaddtime: 90,
    leadcreatedate: 90,
    // A Salesforce lead report row *is* a lead, so its creation is the lead date.
    createddate: 60,
    // HubSpot contact creation: only when no "Became a Lead Date" column exists
    // (contacts may start as subscribers), hence below the lifecycle dates.
    createdate: 55,
    personaddtime: 55,
    createdat: 50,
    created: 50,
    datecreated: 50,
    createdon: 50,
  },
  mql: {
    becameamarketingqualifiedleaddate: 100,
    hslifecyclestagemarketingqualifiedleaddate: 100,
    mqldate: 95,
    marketingqualifiedleaddate: 95,
    marketingqualifieddate: 90,
    mqlcreateddate: 90,
    becamemqldate: 90,
  },
  sql: {
    becameasalesqualifiedleaddate: 100,
    hslifecyclestagesalesqualifiedleaddate: 100,
    sqldate: 95,
    salesqualifiedleaddate: 95,
    salesqualifieddate: 90,
    becamesqldate: 90,
    // Salesforce: a lead is converted when sales accepts it.
    leadconverteddate: 75,
    converteddate: 70,
    convertedat: 65,
  },
  opportunity: {
    becameanopportunitydate: 100,
    hslifecyclestageopportunitydate: 100,
    opportunitydate: 95,
    opportunitycreateddate: 90,
    opportunitycreatedate: 90,
    dealaddtime: 90,
    proposaldate: 85,
    dealcreated: 80,
    dealcreateddate: 80,
    dealcreatedate: 80,
  },
  customer: {
    becameacustomerdate: 100,
    hslifecyclestagecustomerdate: 100,
    customerdate: 95,
    wondate: 95,
    closedwondate: 95,
    dealwontime: 95,
    wontime: 90,
    // Also set on lost deals: right only with a won flag or a won-only export.
    closedate: 70,
    hsclosedate: 70,
    dealclosedate: 65,
    closeddate: 65,
    dealclosetime: 60,
  },
};

export const ROLE_HEADERS: Readonly<Record<MappingRole, HeaderScores>> = {
  recordId: {
    recordid: 100,
    hsobjectid: 100,
    contactid: 95,
    leadid: 95,
    dealid: 95,
    opportunityid: 95,
    personid: 90,
    objectid: 85,
    id: 85,
    vid: 80,
    // Unique per contact in HubSpot; a fallback when no id column was exported.
    email: 40,
    emailaddress: 40,
  },
  amount: {
    amount: 100,
    dealvalue: 100,
    dealamount: 95,
    opportunityamount: 95,
    amountincompanycurrency: 95,
    amountinhomecurrency: 95,
    recentdealamount: 90,
    revenue: 80,
    hsclosedamount: 80,
    totalrevenue: 75,
    value: 70,
  },
  source: {
    originalsource: 100,
    hsanalyticssource: 100,
    leadsource: 100,
    source: 95,
    sourcechannel: 95,
    dealsourcechannel: 95,
    channel: 90,
    originalsourcetype: 90,
    dealsource: 90,
    latestsource: 70,
    hslatestsource: 70,
    utmsource: 60,
  },
  owner: {
    contactowner: 100,
    leadowner: 100,
    opportunityowner: 100,
    dealowner: 100,
    owner: 95,
    dealownername: 95,
    ownername: 90,
    hubspotownerid: 90,
    salesrep: 80,
    assignedto: 70,
    accountowner: 60,
  },
  handoverTime: {
    handovertime: 100,
    handoverdate: 100,
    handover: 95,
    handedover: 95,
    handedoverat: 95,
    handedtosales: 95,
    handovertosales: 95,
    // HubSpot: when the contact got its sales owner — the hand-over in practice.
    ownerassigneddate: 85,
    hubspotownerassigneddate: 85,
    leadassigneddate: 80,
    assigneddate: 70,
    dateassigned: 70,
  },
  firstTouchTime: {
    firsttouch: 100,
    firsttouchtime: 100,
    firsttouchdate: 100,
    firstsalestouch: 100,
    firstfollowup: 95,
    firstfollowupdate: 95,
    firstfollowuptime: 95,
    firstcontact: 90,
    firstcontactdate: 90,
    firstcontacttime: 90,
    dateoffirstengagement: 90,
    firstengagementdate: 90,
    hssafirstengagementdate: 90,
    firstsalesactivitydate: 90,
    firstcall: 85,
    firstcalldate: 85,
    firstactivity: 80,
    firstactivitydate: 80,
    firstresponse: 75,
  },
  won: {
    won: 100,
    iswon: 100,
    isclosedwon: 100,
    hsisclosedwon: 100,
    closedwon: 95,
    opportunitywon: 95,
    // Pipedrive: open / won / lost; only "won" counts as won.
    dealstatus: 85,
  },
};

/** Words that make a header a date or time column, in our users' languages. */
export const DATE_WORDS = new Set([
  'date',
  'time',
  'timestamp',
  'datetime',
  'at',
  'on',
  'day',
  'dt',
  'datum',
  'zeit',
  'zeitpunkt',
  'data',
  'tanggal',
  'waktu',
  'päivä',
  'päivämäärä',
  'pvm',
  'aika',
  'fecha',
]);
export const CJK_DATE_WORDS = ['日期', '时间', '時間', '日付'];

/** Tokens that say a column is about something other than a stage date. */
export const NOT_A_STAGE_DATE = new Set([
  'source',
  'channel',
  'owner',
  'id',
  'amount',
  'value',
  'status',
  'score',
  'name',
  'email',
  'campaign',
  'type',
  'reason',
  'expected',
]);

/** Token sets for headers no table lists (scores below every exact form). */
export const ROLE_WORDS: Readonly<
  Record<
    Exclude<MappingRole, 'won' | 'recordId'>,
    { words: string[]; cjk: string[]; exclude: string[] }
  >
> = {
  amount: {
    words: [
      'amount',
      'revenue',
      'betrag',
      'umsatz',
      'kwota',
      'przychód',
      'summa',
      'arvo',
      'jumlah',
      'nilai',
      'pendapatan',
    ],
    cjk: ['金额', '收入'],
    exclude: [
      'annual',
      'expected',
      'weighted',
      'forecast',
      'probability',
      'currency',
      'code',
      'recurring',
    ],
  },
  source: {
    words: [
      'source',
      'channel',
      'quelle',
      'kanal',
      'źródło',
      'lähde',
      'kanava',
      'sumber',
      'saluran',
    ],
    cjk: ['来源', '渠道'],
    exclude: ['drill', 'down', 'detail', 'id', 'url', 'campaign', 'date', 'time'],
  },
  owner: {
    words: [
      'owner',
      'rep',
      'inhaber',
      'zuständig',
      'właściciel',
      'opiekun',
      'omistaja',
      'vastuuhenkilö',
      'pemilik',
    ],
    cjk: ['负责人', '所有者'],
    exclude: ['date', 'time', 'assigned', 'id', 'team'],
  },
  handoverTime: {
    words: ['handover', 'handoff', 'handed', 'übergabe', 'przekazanie', 'luovutus', 'serah'],
    cjk: ['移交', '交接'],
    exclude: [],
  },
  firstTouchTime: {
    words: [
      'touch',
      'contact',
      'response',
      'reply',
      'follow',
      'followup',
      'call',
      'engagement',
      'activity',
      'kontakt',
      'yhteydenotto',
    ],
    cjk: ['首次联系', '首次跟进'],
    // "First touch converting campaign", "First contact create date", "First conversion".
    exclude: [
      'campaign',
      'converting',
      'create',
      'created',
      'source',
      'seen',
      'visit',
      'page',
      'conversion',
      'url',
      'referrer',
      'owner',
      'name',
    ],
  },
};

/** "First …" words that turn a touch word into the first sales touch. */
export const FIRST_WORDS = new Set([
  'first',
  'erste',
  'ersten',
  'erster',
  'pierwszy',
  'pierwsza',
  'pierwszego',
  'ensimmäinen',
  'pertama',
]);
