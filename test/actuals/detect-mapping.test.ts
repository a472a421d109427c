import { describe, expect, it } from 'vitest';
import { stageConcept } from '../../src/core/actuals/stage-concepts';
import { detectMapping } from '../../src/sources/detect-mapping';

const DEFAULT = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];

describe('detectMapping: CRM exports', () => {
  it('HubSpot contact export (UI labels)', () => {
    const headers = [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Create Date',
      'Lifecycle Stage',
      'Became a Lead Date',
      'Became a Marketing Qualified Lead Date',
      'Became a Sales Qualified Lead Date',
      'Became an Opportunity Date',
      'Became a Customer Date',
      'Original Source',
      'Original Source Drill-Down 1',
      'Contact owner',
      'Owner Assigned Date',
      'Date of first engagement',
      'First touch converting campaign',
      'Amount',
      'Close Date',
    ];
    expect(detectMapping(headers, DEFAULT)).toEqual({
      stages: {
        Visits: null,
        Leads: 'Became a Lead Date',
        MQLs: 'Became a Marketing Qualified Lead Date',
        SQLs: 'Became a Sales Qualified Lead Date',
        Opportunities: 'Became an Opportunity Date',
        Customers: 'Became a Customer Date',
      },
      recordId: 'Record ID',
      amount: 'Amount',
      source: 'Original Source',
      owner: 'Contact owner',
      handoverTime: 'Owner Assigned Date',
      firstTouchTime: 'Date of first engagement',
    });
  });

  it('HubSpot API property names', () => {
    const headers = [
      'hs_object_id',
      'createdate',
      'hs_lifecyclestage_lead_date',
      'hs_lifecyclestage_marketingqualifiedlead_date',
      'hs_lifecyclestage_salesqualifiedlead_date',
      'hs_lifecyclestage_opportunity_date',
      'hs_lifecyclestage_customer_date',
      'hs_analytics_source',
      'hubspot_owner_id',
      'amount',
      'closedate',
      'hs_is_closed_won',
    ];
    expect(detectMapping(headers, DEFAULT)).toEqual({
      stages: {
        Visits: null,
        Leads: 'hs_lifecyclestage_lead_date',
        MQLs: 'hs_lifecyclestage_marketingqualifiedlead_date',
        SQLs: 'hs_lifecyclestage_salesqualifiedlead_date',
        Opportunities: 'hs_lifecyclestage_opportunity_date',
        Customers: 'hs_lifecyclestage_customer_date',
      },
      recordId: 'hs_object_id',
      amount: 'amount',
      source: 'hs_analytics_source',
      owner: 'hubspot_owner_id',
      won: 'hs_is_closed_won',
    });
  });

  it('HubSpot without lifecycle lead date falls back to Create Date for leads', () => {
    const m = detectMapping(['Record ID', 'Create Date', 'Became a Customer Date'], DEFAULT);
    expect(m.stages.Leads).toBe('Create Date');
    expect(m.stages.Customers).toBe('Became a Customer Date');
    expect(m.stages.MQLs).toBeNull();
  });

  it('Salesforce lead and opportunity report', () => {
    const headers = [
      'Lead ID',
      'First Name',
      'Last Name',
      'Company',
      'Lead Status',
      'Lead Source',
      'Lead Owner',
      'Created Date',
      'Converted Date',
      'Opportunity Created Date',
      'Stage',
      'Close Date',
      'Won',
      'Amount',
    ];
    expect(detectMapping(headers, DEFAULT)).toEqual({
      stages: {
        Visits: null,
        Leads: 'Created Date',
        MQLs: null,
        SQLs: 'Converted Date',
        Opportunities: 'Opportunity Created Date',
        Customers: 'Close Date',
      },
      recordId: 'Lead ID',
      amount: 'Amount',
      source: 'Lead Source',
      owner: 'Lead Owner',
      won: 'Won',
    });
  });

  it('Pipedrive deal export', () => {
    const headers = [
      'Deal - ID',
      'Deal - Title',
      'Deal - Value',
      'Deal - Currency',
      'Deal - Owner',
      'Deal - Add time',
      'Deal - Won time',
      'Deal - Lost time',
      'Deal - Expected close date',
      'Deal - Status',
      'Deal - Source channel',
    ];
    expect(detectMapping(headers, DEFAULT)).toEqual({
      stages: {
        Visits: null,
        Leads: null,
        MQLs: null,
        SQLs: null,
        Opportunities: 'Deal - Add time',
        Customers: 'Deal - Won time',
      },
      recordId: 'Deal - ID',
      amount: 'Deal - Value',
      source: 'Deal - Source channel',
      owner: 'Deal - Owner',
      won: 'Deal - Status',
    });
  });

  it('generic hand-made names, any case and punctuation', () => {
    const headers = [
      'id',
      'lead_date',
      'MQL date',
      'sql-date',
      'Opportunity date',
      'WON DATE',
      'Channel',
      'Owner',
      'Handover time',
      'First touch',
      'Deal value',
    ];
    expect(detectMapping(headers, DEFAULT)).toEqual({
      stages: {
        Visits: null,
        Leads: 'lead_date',
        MQLs: 'MQL date',
        SQLs: 'sql-date',
        Opportunities: 'Opportunity date',
        Customers: 'WON DATE',
      },
      recordId: 'id',
      amount: 'Deal value',
      source: 'Channel',
      owner: 'Owner',
      handoverTime: 'Handover time',
      firstTouchTime: 'First touch',
    });
  });

  it('more generic forms: Customer date, Source, First contact, Hand-over', () => {
    const m = detectMapping(
      ['Customer date', 'Source', 'First contact', 'Hand-over date', 'Lead created'],
      DEFAULT,
    );
    expect(m.stages.Customers).toBe('Customer date');
    expect(m.stages.Leads).toBe('Lead created');
    expect(m.source).toBe('Source');
    expect(m.firstTouchTime).toBe('First contact');
    expect(m.handoverTime).toBe('Hand-over date');
  });
});

describe('detectMapping: stage names', () => {
  it('matches renamed and added stages by concept and by their own name', () => {
    const stages = [
      'Website visits',
      'Sign-ups',
      'Marketing qualified',
      'Sales accepted',
      'Demos',
      'Proposals',
      'Won deals',
    ];
    const headers = [
      'Record ID',
      'Became a Lead Date',
      'Became a Marketing Qualified Lead Date',
      'Became a Sales Qualified Lead Date',
      'Demo date',
      'Became an Opportunity Date',
      'Became a Customer Date',
    ];
    expect(detectMapping(headers, stages).stages).toEqual({
      'Website visits': null,
      'Sign-ups': 'Became a Lead Date',
      'Marketing qualified': 'Became a Marketing Qualified Lead Date',
      'Sales accepted': 'Became a Sales Qualified Lead Date',
      Demos: 'Demo date',
      Proposals: 'Became an Opportunity Date',
      'Won deals': 'Became a Customer Date',
    });
  });

  it('a header named exactly like a stage feeds it', () => {
    const m = detectMapping(
      ['Visits', 'leads', 'M.Q.L.s', 'Webinar attendees'],
      ['Visits', 'Leads', 'Webinar attendees'],
    );
    expect(m.stages).toEqual({
      Visits: 'Visits',
      Leads: 'leads',
      'Webinar attendees': 'Webinar attendees',
    });
  });

  it('stage names in our users’ languages', () => {
    const de = detectMapping(
      [
        'Record ID',
        'Became a Lead Date',
        'Became a Marketing Qualified Lead Date',
        'Became an Opportunity Date',
        'Became a Customer Date',
      ],
      ['Besuche', 'Leads', 'MQLs', 'Angebote', 'Neukunden'],
    );
    expect(de.stages).toEqual({
      Besuche: null,
      Leads: 'Became a Lead Date',
      MQLs: 'Became a Marketing Qualified Lead Date',
      Angebote: 'Became an Opportunity Date',
      Neukunden: 'Became a Customer Date',
    });
    const zh = detectMapping(
      ['线索日期', '商机日期', '客户日期'],
      ['访问', '线索', '商机', '客户'],
    );
    expect(zh.stages).toEqual({ 访问: null, 线索: '线索日期', 商机: '商机日期', 客户: '客户日期' });
    const fi = detectMapping(['Liidit pvm', 'Asiakkaat pvm'], ['Käynnit', 'Liidit', 'Asiakkaat']);
    expect(fi.stages).toEqual({ Käynnit: null, Liidit: 'Liidit pvm', Asiakkaat: 'Asiakkaat pvm' });
  });

  it('never maps one header to two stages', () => {
    const m = detectMapping(['Became a Lead Date', 'Created'], ['Leads', 'Contacts', 'Customers']);
    expect(m.stages.Leads).toBe('Became a Lead Date');
    // Contacts is lead-like too; it gets the next best lead column, not the same one.
    expect(m.stages.Contacts).toBe('Created');
    expect(m.stages.Customers).toBeNull();
    const used = Object.values(m.stages).filter((h) => h !== null);
    expect(new Set(used).size).toBe(used.length);
  });

  it('a lead-ish attribute column is not a lead date', () => {
    const m = detectMapping(
      ['Lead Source', 'Lead Status', 'Lead ID', 'Lead Owner', 'Lead Score'],
      DEFAULT,
    );
    expect(m.stages.Leads).toBeNull();
    expect(m.source).toBe('Lead Source');
    expect(m.recordId).toBe('Lead ID');
    expect(m.owner).toBe('Lead Owner');
    expect(m.won).toBeUndefined();
  });

  it('another stage’s header never feeds a stage by a shared word', () => {
    // "…Qualified Lead Date" names MQLs; with no MQL stage it must not become the lead date.
    const m = detectMapping(
      ['Became a Marketing Qualified Lead Date', 'Create Date'],
      ['Leads', 'Customers'],
    );
    expect(m.stages.Leads).toBe('Create Date');
  });

  it('nothing to map gives all nulls and no optional keys', () => {
    expect(detectMapping(['Name', 'Phone', ''], DEFAULT)).toEqual({
      stages: {
        Visits: null,
        Leads: null,
        MQLs: null,
        SQLs: null,
        Opportunities: null,
        Customers: null,
      },
    });
    expect(detectMapping([], [])).toEqual({ stages: {} });
  });
});

describe('stageConcept', () => {
  it.each([
    ['Visits', 'visit'],
    ['Leads', 'lead'],
    ['MQLs', 'mql'],
    ['Marketing qualified leads', 'mql'],
    ['SQLs', 'sql'],
    ['Sales accepted leads', 'sql'],
    ['Opportunities', 'opportunity'],
    ['Proposals', 'opportunity'],
    ['Customers', 'customer'],
    ['Won opportunities', 'customer'],
    ['Deals', 'customer'],
    ['Kunden', 'customer'],
    ['Klienci', 'customer'],
    ['Pelanggan', 'customer'],
    ['客户', 'customer'],
    ['潜在客户', 'lead'],
    ['Stage 3', null],
  ])('%s → %s', (name, concept) => {
    expect(stageConcept(name)).toBe(concept);
  });
});
