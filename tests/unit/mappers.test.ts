import {
  toAnnotated,
  toCase,
  toCasePageRows,
  toDate,
  toEvidence,
  toIncident,
  toNode,
  toOutcome,
  toParty,
  toProduction,
  toResolvable,
  toSource,
  type Props,
} from '../../src/cypher/mappers';
import type { CaseDetails } from '../../src/domain/models';

const S1 = 'source:one';
const S2 = 'source:two';

function dateProps(
  prefix: string,
  value: string,
  precision: string,
  earliest: string,
  latest: string,
): Props {
  return {
    [`${prefix}Value`]: value,
    [`${prefix}Precision`]: precision,
    [`${prefix}Earliest`]: earliest,
    [`${prefix}Latest`]: latest,
    [`${prefix}Wording`]: null,
    [`${prefix}Derived`]: false,
    [`${prefix}Derivation`]: null,
  };
}

const day = (prefix: string, d: string) => dateProps(prefix, d, 'DAY', d, d);
const month = (prefix: string, m: string, last: string) =>
  dateProps(prefix, m, 'MONTH', `${m}-01`, `${m}-${last}`);

function party(id: string, kind = 'PERSON', extra: Props = {}): Props {
  return {
    id,
    kind,
    name: id.split(':')[1] ?? null,
    evidenceSources: [S1],
    evidenceQuotes: [`about ${id}`],
    ...extra,
  };
}

function caseSummary(id: string, extra: Props = {}): Props {
  return {
    id,
    caption: `Caption of ${id}`,
    captionKind: 'DESCRIPTIVE',
    kind: 'CIVIL',
    status: 'PENDING',
    evidenceSources: [S1],
    evidenceQuotes: [`q ${id}`],
    ...extra,
  };
}

describe('toEvidence', () => {
  it('zips the parallel source and quote arrays', () => {
    expect(
      toEvidence({ evidenceSources: [S1, S2, S1], evidenceQuotes: ['first', 'second', 'third'] }),
    ).toEqual([
      { sourceId: S1, quote: 'first' },
      { sourceId: S2, quote: 'second' },
      { sourceId: S1, quote: 'third' },
    ]);
  });

  it('reads other prefixes', () => {
    expect(toEvidence({ officesSources: [S2], officesQuotes: ['Special prosecutor'] }, 'offices')).toEqual([
      { sourceId: S2, quote: 'Special prosecutor' },
    ]);
  });

  it('is empty without evidence, and pads a missing quote', () => {
    expect(toEvidence({})).toEqual([]);
    expect(toEvidence({ evidenceSources: null, evidenceQuotes: null })).toEqual([]);
    expect(toEvidence({ evidenceSources: [S1, S2], evidenceQuotes: ['only one'] })).toEqual([
      { sourceId: S1, quote: 'only one' },
      { sourceId: S2, quote: '' },
    ]);
  });

  it('uses sources resolved inline by the query when present', () => {
    const source: Props = {
      id: S1,
      kind: 'ARTICLE',
      title: 'T',
      publisher: null,
      identifier: 'one',
      ...day('date', '2025-01-01'),
    };
    const evidence = toEvidence({
      evidence: [{ quote: 'inline', source }],
      evidenceSources: [S2],
      evidenceQuotes: ['ignored'],
    });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ sourceId: S1, quote: 'inline' });
    expect(evidence[0]?.source).toEqual(toSource(source));
  });
});

describe('toAnnotated', () => {
  it('groups evidence under each distinct text, in first-seen order', () => {
    const p: Props = {
      descriptors: ['The 30 Rock actor', 'The 67-year-old', 'The 30 Rock actor'],
      descriptorsSources: [S1, S1, S2],
      descriptorsQuotes: ['q1', 'q2', 'q3'],
    };
    expect(toAnnotated(p, 'descriptors')).toEqual([
      {
        text: 'The 30 Rock actor',
        evidence: [
          { sourceId: S1, quote: 'q1' },
          { sourceId: S2, quote: 'q3' },
        ],
      },
      { text: 'The 67-year-old', evidence: [{ sourceId: S1, quote: 'q2' }] },
    ]);
  });

  it('is empty when the list is absent', () => {
    expect(toAnnotated({}, 'offices')).toEqual([]);
  });
});

describe('toDate', () => {
  it('is null when there is no value', () => {
    expect(toDate({}, 'filed')).toBeNull();
    expect(toDate({ filedValue: null, filedEarliest: '2024-01-01' }, 'filed')).toBeNull();
  });

  it('reads every part under its prefix', () => {
    expect(
      toDate(
        {
          closedValue: '2025-01',
          closedPrecision: 'MONTH',
          closedEarliest: '2025-01-01',
          closedLatest: '2025-01-31',
          closedWording: 'in January',
          closedDerived: true,
          closedDerivation: 'rule',
          filedValue: '1999',
        },
        'closed',
      ),
    ).toEqual({
      value: '2025-01',
      precision: 'MONTH',
      earliest: '2025-01-01',
      latest: '2025-01-31',
      wording: 'in January',
      derived: true,
      derivation: 'rule',
      afterSource: false,
      warning: null,
    });
  });

  it('is not derived unless the flag is exactly true', () => {
    const d = toDate({ dateValue: '2024', dateDerived: null }, 'date');
    expect(d?.derived).toBe(false);
    expect(d?.wording).toBeNull();
    expect(d?.derivation).toBeNull();
  });
});

describe('toParty', () => {
  it('maps the fields of a person, without computing a display name', () => {
    const model = toParty({
      id: 'person:kari-morrissey',
      kind: 'PERSON',
      name: 'Kari Morrissey',
      displayName: 'Kari Morrissey',
      aliases: ['Morrissey'],
      descriptors: ['special prosecutor'],
      descriptorsSources: [S1],
      descriptorsQuotes: ['special prosecutor Kari Morrissey'],
      offices: ['special prosecutor', 'special prosecutor'],
      officesSources: [S1, S2],
      officesQuotes: ['o1', 'o2'],
      evidenceSources: [S1],
      evidenceQuotes: ['Kari Morrissey'],
      doc: 'rust',
    });
    expect(model).toEqual({
      __typename: 'Person',
      id: 'person:kari-morrissey',
      kind: 'PERSON',
      name: 'Kari Morrissey',
      aliases: ['Morrissey'],
      descriptors: [
        {
          text: 'special prosecutor',
          evidence: [{ sourceId: S1, quote: 'special prosecutor Kari Morrissey' }],
        },
      ],
      offices: [
        {
          title: 'special prosecutor',
          evidence: [
            { sourceId: S1, quote: 'o1' },
            { sourceId: S2, quote: 'o2' },
          ],
        },
      ],
      evidence: [{ sourceId: S1, quote: 'Kari Morrissey' }],
    });
    expect(model).not.toHaveProperty('displayName');
    expect(model).not.toHaveProperty('relationships');
    expect(model).not.toHaveProperty('casePage');
  });

  it.each([
    ['PERSON', 'Person'],
    ['ORGANIZATION', 'Organization'],
    ['GROUP', 'Group'],
  ])('types a %s as %s', (kind, typename) => {
    expect(toParty(party('x:y', kind)).__typename).toBe(typename);
  });

  it('keeps an unnamed party unnamed', () => {
    const model = toParty({ id: 'group:parents', kind: 'GROUP' });
    expect(model.name).toBeNull();
    expect(model.aliases).toEqual([]);
    expect(model.descriptors).toEqual([]);
    expect(model.evidence).toEqual([]);
  });

  it('reads relationships in both directions', () => {
    const model = toParty(
      party('person:halyna', 'PERSON', {
        relationships: [
          {
            rel: {
              id: 'SPOUSE_OF:w->h',
              detail: 'widower',
              evidenceSources: [S1],
              evidenceQuotes: ['widower'],
            },
            type: 'SPOUSE_OF',
            outgoing: false,
            other: party('person:widower'),
          },
          {
            rel: { id: 'PARENT_OF:p->h', detail: null },
            type: 'PARENT_OF',
            outgoing: false,
            other: party('group:parents', 'GROUP'),
          },
          {
            rel: { id: 'PARENT_OF:h->c' },
            type: 'PARENT_OF',
            outgoing: true,
            other: party('person:child'),
          },
        ],
      }),
    );
    expect(model.relationships?.map((r) => [r.id, r.kind, r.other.id, r.detail])).toEqual([
      ['SPOUSE_OF:w->h', 'SPOUSE_OF', 'person:widower', 'widower'],
      ['PARENT_OF:p->h', 'CHILD_OF', 'group:parents', null],
      ['PARENT_OF:h->c', 'PARENT_OF', 'person:child', null],
    ]);
    expect(model.relationships?.[0]?.evidence).toEqual([{ sourceId: S1, quote: 'widower' }]);
    expect(model.relationships?.[1]?.other.__typename).toBe('Group');
  });

  it('links credits and incidents back to the party', () => {
    const model = toParty(
      party('person:alec', 'PERSON', {
        credits: [
          {
            rel: { id: 'WORKED_ON:a->rust#ACTOR', role: 'ACTOR', roleText: 'lead actor' },
            production: { id: 'production:rust', title: 'Rust', kind: 'film' },
          },
        ],
        incidents: [
          {
            rel: { id: 'INVOLVED_IN:a->shooting#INVOLVED', kind: 'INVOLVED', detail: null },
            incident: {
              id: 'incident:shooting',
              name: 'Shooting',
              description: 'd',
              ...day('date', '2021-10-21'),
            },
          },
        ],
      }),
    );
    const credit = model.credits?.[0];
    expect(credit).toMatchObject({ id: 'WORKED_ON:a->rust#ACTOR', role: 'ACTOR', roleText: 'lead actor' });
    expect(credit?.party).toBe(model);
    expect(credit?.production).toMatchObject({
      __typename: 'Production',
      id: 'production:rust',
      title: 'Rust',
    });
    const involvement = model.incidents?.[0];
    expect(involvement).toMatchObject({ kind: 'INVOLVED', detail: null });
    expect(involvement?.party).toBe(model);
    expect(involvement?.incident.date?.value).toBe('2021-10-21');
  });

  it("reads a page of a party's cases: each case once with each role once, the count", () => {
    const row = (id: string, links: { role: string; capacity?: string }[]) => ({
      case: { id, caption: id, kind: 'CIVIL', status: 'PENDING', captionKind: 'OFFICIAL' },
      links,
    });
    const page = toCasePageRows({
      rows: [
        row('case:a', [{ role: 'PLAINTIFF' }, { role: 'COUNSEL' }, { role: 'PLAINTIFF' }]),
        row('case:b', [{ role: 'COUNSEL', capacity: 'SPECIAL_PROSECUTOR' }]),
      ],
      total: 7,
      afterKnown: true,
    });
    expect(page.rows.map((l) => [l.caseId, l.roles, l.case.id])).toEqual([
      ['case:a', ['PLAINTIFF', 'COUNSEL'], 'case:a'],
      ['case:b', ['PROSECUTION', 'COUNSEL'], 'case:b'],
    ]);
    expect(page).toMatchObject({ total: 7, afterKnown: true });
  });
});

describe('toCase', () => {
  it('maps a summary without details', () => {
    const model = toCase({
      ...caseSummary('case:x', { jurisdiction: 'New Mexico', docketNumber: null }),
      ...month('filed', '2025-01', '31'),
    });
    expect(model).toEqual({
      __typename: 'Case',
      id: 'case:x',
      caption: 'Caption of case:x',
      captionKind: 'DESCRIPTIVE',
      kind: 'CIVIL',
      status: 'PENDING',
      jurisdiction: 'New Mexico',
      docketNumber: null,
      filed: {
        value: '2025-01',
        precision: 'MONTH',
        earliest: '2025-01-01',
        latest: '2025-01-31',
        wording: null,
        derived: false,
        derivation: null,
        afterSource: false,
        warning: null,
      },
      closed: null,
      evidence: [{ sourceId: S1, quote: 'q case:x' }],
    });
    expect(model.details).toBeUndefined();
  });

  it('maps only the parts a document holds', () => {
    const model = toCase({
      ...caseSummary('case:x'),
      court: null,
      claims: [{ id: 'claim:a', label: 'a', seq: 0, evidenceSources: [], evidenceQuotes: [] }],
      natureOfSuit: ['440'],
      natureOfSuitEvidence: [],
    });
    expect(Object.keys(model.details ?? {}).sort()).toEqual(['claims', 'court', 'natureOfSuit']);
    expect(model.details?.court).toBeNull();
    expect(model.details?.claims?.map((c) => [c.id, c.caseId])).toEqual([['claim:a', 'case:x']]);
  });

  it('does not take a stored text for its part: the part is marked by its evidence list', () => {
    const model = toCase({ ...caseSummary('case:x'), natureOfSuit: ['440'] });
    expect(model.details).toBeUndefined();
  });

  describe('with a full document', () => {
    const doc: Props = {
      ...caseSummary('case:baldwin-v-morrissey', { status: 'DISMISSED' }),
      court: { id: 'court:nm', name: 'NM Court', jurisdiction: null },
      incident: null,
      parties: [
        {
          rel: {
            id: 'PARTY_TO:alec->c#PLAINTIFF',
            role: 'PLAINTIFF',
            evidenceSources: [S1],
            evidenceQuotes: ['p'],
          },
          party: party('person:alec'),
        },
        { rel: { id: 'PARTY_TO:kari->c#DEFENDANT', role: 'DEFENDANT' }, party: party('person:kari') },
      ],
      counsel: [
        {
          rel: { id: 'COUNSEL_IN:luke->c', capacity: 'PRIVATE_COUNSEL' },
          lawyer: party('person:luke'),
          client: party('person:alec'),
        },
        { rel: { id: 'COUNSEL_IN:x->c', capacity: 'OTHER' }, lawyer: party('person:x'), client: null },
      ],
      judges: [{ rel: { id: 'JUDGE_IN:j->c' }, judge: party('person:judge') }],
      charges: [],
      claims: [{ id: 'claim:defamation', label: 'defamation', seq: 0 }],
      outcomes: [
        {
          id: 'outcome:late',
          kind: 'OTHER',
          seq: 0,
          ...day('date', '2025-06-01'),
          decidedBy: null,
          resolves: [],
        },
        {
          id: 'outcome:dismissal',
          kind: 'DISMISSAL',
          seq: 1,
          withPrejudice: false,
          ...day('date', '2025-01-01'),
          decidedBy: party('person:judge'),
          resolves: [{ ...caseSummary('case:baldwin-v-morrissey'), labels: ['Node', 'Case'] }],
        },
      ],
      events: [
        { id: 'event:refiling', kind: 'REFILING_ANNOUNCED', description: 'r', seq: 3 },
        { id: 'event:dismissed', kind: 'DISMISSED', description: 'd', seq: 1, ...day('date', '2025-01-01') },
        { id: 'event:talks', kind: 'SETTLEMENT_TALKS', description: 't', seq: 2 },
        { id: 'event:filed', kind: 'FILED', description: 'f', seq: 0, ...month('date', '2025-01', '31') },
        { id: 'event:earlier', kind: 'OTHER', description: 'e', seq: 4, ...day('date', '2024-07-12') },
      ],
      related: [
        {
          rel: {
            id: 'RELATED_TO:c->crim#ARISES_FROM',
            kind: 'ARISES_FROM',
            evidenceSources: [S2],
            evidenceQuotes: ['r'],
          },
          outgoing: true,
          case: caseSummary('case:baldwin-criminal'),
        },
        {
          rel: { id: 'RELATED_TO:later->c#ARISES_FROM', kind: 'ARISES_FROM' },
          outgoing: false,
          case: caseSummary('case:later'),
        },
        {
          rel: { id: 'RELATED_TO:refiled->c#REFILING_OF', kind: 'REFILING_OF' },
          outgoing: false,
          case: caseSummary('case:refiled'),
        },
      ],
    };
    const model = toCase(doc);
    const full = model.details as CaseDetails | undefined;

    it('has details', () => {
      expect(full).toBeDefined();
      expect(full?.court).toEqual({
        __typename: 'Court',
        id: 'court:nm',
        name: 'NM Court',
        jurisdiction: null,
        evidence: [],
      });
      expect(full?.incident).toBeNull();
    });

    it('keeps parties, counsel and judges with their relationship ids and roles', () => {
      expect(full?.parties.map((p) => [p.id, p.role, p.party.id])).toEqual([
        ['PARTY_TO:alec->c#PLAINTIFF', 'PLAINTIFF', 'person:alec'],
        ['PARTY_TO:kari->c#DEFENDANT', 'DEFENDANT', 'person:kari'],
      ]);
      expect(full?.parties[0]?.evidence).toEqual([{ sourceId: S1, quote: 'p' }]);
      expect(full?.counsel.map((c) => [c.capacity, c.lawyer.id, c.client?.id ?? null])).toEqual([
        ['PRIVATE_COUNSEL', 'person:luke', 'person:alec'],
        ['OTHER', 'person:x', null],
      ]);
      expect(full?.judges.map((j) => [j.id, j.judge.id])).toEqual([['JUDGE_IN:j->c', 'person:judge']]);
    });

    it('stamps the owning case on claims, events and outcomes', () => {
      expect(full?.claims).toEqual([
        // The document holds the case's outcomes: the claim carries those resolving it (none).
        {
          __typename: 'Claim',
          id: 'claim:defamation',
          label: 'defamation',
          caseId: model.id,
          outcomes: [],
          evidence: [],
        },
      ]);
      for (const e of full?.events ?? []) expect(e.caseId).toBe(model.id);
      for (const o of full?.outcomes ?? []) expect(o.caseId).toBe(model.id);
    });

    it('sorts events chronologically, undated ones after the event told before them', () => {
      expect(full?.events.map((e) => e.id)).toEqual([
        'event:earlier',
        'event:filed',
        'event:dismissed',
        'event:talks',
        'event:refiling',
      ]);
      expect(full?.events.map((e) => e.seq)).toEqual([4, 0, 1, 2, 3]);
    });

    it('sorts outcomes chronologically and does not leak the seq', () => {
      expect(full?.outcomes.map((o) => o.id)).toEqual(['outcome:dismissal', 'outcome:late']);
      for (const o of full?.outcomes ?? []) expect(o).not.toHaveProperty('seq');
      const dismissal = full?.outcomes[0];
      expect(dismissal?.withPrejudice).toBe(false);
      expect(dismissal?.canBeRevived).toBeNull();
      expect(dismissal?.decidedBy?.id).toBe('person:judge');
      expect(dismissal?.resolves?.map((r) => [r.__typename, r.id])).toEqual([
        ['Case', 'case:baldwin-v-morrissey'],
      ]);
      expect(full?.outcomes[1]?.decidedBy).toBeNull();
    });

    it('turns an incoming ARISES_FROM into GAVE_RISE_TO, keeping other kinds', () => {
      expect(full?.related.map((r) => [r.id, r.kind, r.case.id])).toEqual([
        ['RELATED_TO:c->crim#ARISES_FROM', 'ARISES_FROM', 'case:baldwin-criminal'],
        ['RELATED_TO:later->c#ARISES_FROM', 'GAVE_RISE_TO', 'case:later'],
        ['RELATED_TO:refiled->c#REFILING_OF', 'REFILING_OF', 'case:refiled'],
      ]);
      expect(full?.related[0]?.evidence).toEqual([{ sourceId: S2, quote: 'r' }]);
      expect(full?.related[1]?.case.details).toBeUndefined();
    });
  });
});

describe('toOutcome', () => {
  it('has a sentence only with a term', () => {
    expect(toOutcome({ id: 'o', kind: 'CONVICTION' }).sentence).toBeNull();
    expect(
      toOutcome({
        id: 'o',
        kind: 'SENTENCE',
        sentenceTerm: '18 months',
        sentenceMonths: 18,
        sentenceCustody: null,
      }).sentence,
    ).toEqual({ term: '18 months', months: 18, custody: null });
  });

  it('leaves decidedBy and resolves absent unless the query fetched them', () => {
    const o = toOutcome({ id: 'o', kind: 'DISMISSAL', stage: 'TRIAL' });
    expect(o).not.toHaveProperty('decidedBy');
    expect(o).not.toHaveProperty('resolves');
    expect(o.stage).toBe('TRIAL');
    expect(o.date).toBeNull();
  });
});

describe('toResolvable', () => {
  it('picks the model by labels', () => {
    expect(toResolvable({ id: 'charge:x', label: 'L', labels: ['Node', 'Charge'] }).__typename).toBe(
      'Charge',
    );
    expect(toResolvable({ id: 'claim:x', label: 'L', labels: ['Node', 'Claim'] }).__typename).toBe('Claim');
    expect(toResolvable({ id: 'case:x', labels: ['Node', 'Case'] }).__typename).toBe('Case');
  });
});

describe('toIncident and toProduction', () => {
  it('reads nested production and involvements only when present', () => {
    const bare = toIncident({ id: 'incident:x', name: 'n', description: 'd' });
    expect(bare).not.toHaveProperty('production');
    expect(bare).not.toHaveProperty('involvements');
    expect(
      toIncident({ id: 'incident:x', name: 'n', description: 'd', production: null }).production,
    ).toBeNull();

    const incident = toIncident({
      id: 'incident:x',
      name: 'n',
      description: 'd',
      production: { id: 'production:rust', title: 'Rust', kind: 'film' },
      involvements: [{ rel: { id: 'r1', kind: 'KILLED' }, party: party('person:h') }],
      cases: [caseSummary('case:a')],
    });
    expect(incident.production?.id).toBe('production:rust');
    expect(incident.involvements?.[0]?.incident).toBe(incident);
    expect(incident.involvements?.[0]?.party.id).toBe('person:h');
    expect(incident.cases?.map((c) => c.id)).toEqual(['case:a']);
  });

  it('links production credits back to the production', () => {
    const production = toProduction({
      id: 'production:rust',
      title: 'Rust',
      kind: 'film',
      credits: [{ rel: { id: 'c1', role: 'ARMOURER', roleText: null }, party: party('person:hannah') }],
    });
    expect(production.credits?.[0]?.production).toBe(production);
    expect(production.credits?.[0]?.party.id).toBe('person:hannah');
  });
});

describe('toNode', () => {
  it.each([
    [['Node', 'Person', 'Party'], 'Person'],
    [['Node', 'Organization', 'Party'], 'Organization'],
    [['Node', 'Group', 'Party'], 'Group'],
    [['Node', 'Case'], 'Case'],
    [['Node', 'Charge'], 'Charge'],
    [['Node', 'Claim'], 'Claim'],
    [['Node', 'Outcome'], 'Outcome'],
    [['Node', 'Event'], 'Event'],
    [['Node', 'Incident'], 'Incident'],
    [['Node', 'Production'], 'Production'],
    [['Node', 'Court'], 'Court'],
    [['Node', 'Source'], 'Source'],
  ])('maps labels %j to %s', (labels, typename) => {
    const kind =
      { Person: 'PERSON', Organization: 'ORGANIZATION', Group: 'GROUP' }[typename as string] ?? 'X';
    const node = toNode(labels, { id: 'some:id', kind });
    expect(node.__typename).toBe(typename);
    expect(node.id).toBe('some:id');
  });

  it('throws for labels it has no model for', () => {
    expect(() => toNode(['Node', 'Widget'], { id: 'w' })).toThrow('No model for a node labelled Node:Widget');
    expect(() => toNode([], { id: 'w' })).toThrow('No model for a node labelled ');
  });
});
