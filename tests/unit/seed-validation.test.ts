import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError } from '../../src/ingest/format';
import { NODE_LABELS } from '../../src/graph/labels';
import { REL_TYPES } from '../../src/graph/relationships';
import { buildPlan, PlanError, type GraphPlan } from '../../src/ingest/plan';
import { checkDocumentFile, checkDocumentText } from '../../src/ingest/validate';

const SEED_DIR = join(__dirname, '../../seed');
const SEED = join(SEED_DIR, 'rust-litigation.json');
const SOURCE_FILE = 'sources/000_5585b8dd8960c38c.txt';
const SOURCE_ID = 'source:000_5585b8dd8960c38c';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lg-seed-'));
  mkdirSync(join(dir, 'sources'));
  copyFileSync(join(SEED_DIR, SOURCE_FILE), join(dir, SOURCE_FILE));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seedDoc(): any {
  return JSON.parse(readFileSync(SEED, 'utf8'));
}

let counter = 0;
/** Writes a changed copy of the seed next to a copy of its source text; returns its path. */
function variant(mutate: (doc: any) => void): string {
  const doc = seedDoc();
  mutate(doc);
  counter += 1;
  const file = join(dir, `variant-${counter}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

function ingestError(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('expected an IngestError');
}

/** The document fails with an issue at `path` whose message contains `message`, shown as FILE#path. */
function expectIssue(file: string, path: string, message: string | RegExp): IngestError {
  const error = ingestError(() => checkDocumentFile(file));
  expect(error.file).toBe(file);
  expect(error.issues).toContainEqual({
    path,
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
  });
  expect(error.message).toContain(`${file}#${path || '/'}: `);
  expect(error.message).toMatch(new RegExp(`^${escapeRegExp(file)}: \\d+ problems?; nothing was loaded\\n`));
  return error;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

describe('the seed', () => {
  let plan: GraphPlan;
  beforeAll(() => {
    plan = buildPlan(checkDocumentFile(SEED));
  });

  it('passes every check and keeps its source text', () => {
    const checked = checkDocumentFile(SEED);
    expect(checked.file).toBe(SEED);
    expect(checked.doc.document.id).toBe('rust-shooting-litigation');
    expect([...checked.sourceTexts.keys()]).toEqual([SOURCE_ID]);
    expect(checked.sourceTexts.get(SOURCE_ID)).toBe(readFileSync(join(SEED_DIR, SOURCE_FILE), 'utf8'));
  });

  it('also passes when checked from its text', () => {
    expect(checkDocumentText(SEED, readFileSync(SEED, 'utf8')).doc).toEqual(checkDocumentFile(SEED).doc);
  });

  it('plans 41 nodes (1 Source) and 61 relationships, all defined locally', () => {
    expect(plan.docId).toBe('rust-shooting-litigation');
    expect(plan.nodes).toHaveLength(41);
    expect(plan.rels).toHaveLength(61);
    expect(plan.references).toEqual([]);
    expect(countBy(plan.nodes.map((n) => n.label))).toEqual({
      Source: 1,
      Person: 9,
      Organization: 1,
      Group: 3,
      Production: 1,
      Incident: 1,
      Case: 5,
      Charge: 2,
      Claim: 4,
      Outcome: 5,
      Event: 9,
    });
    expect(countBy(plan.rels.map((r) => r.type))).toEqual({
      ON_PRODUCTION: 1,
      SPOUSE_OF: 1,
      PARENT_OF: 1,
      WORKED_ON: 4,
      INVOLVED_IN: 2,
      ARISES_FROM: 4,
      PARTY_TO: 13,
      COUNSEL_IN: 3,
      JUDGE_IN: 2,
      HAS_CHARGE: 2,
      CHARGED: 2,
      HAS_CLAIM: 4,
      HAS_OUTCOME: 5,
      DECIDED_BY: 2,
      RESOLVES: 5,
      HAS_EVENT: 9,
      RELATED_TO: 1,
    });
  });

  it('matches the snapshot of its ids', () => {
    expect({
      nodes: plan.nodes.map((n) => `${n.label} ${n.id}`),
      rels: plan.rels.map((r) => r.id),
    }).toMatchSnapshot();
  });

  it('is consistent: unique ids, known labels and types, endpoints planned, ownership left to the loader', () => {
    const nodeIds = plan.nodes.map((n) => n.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    const relIds = plan.rels.map((r) => r.id);
    expect(new Set(relIds).size).toBe(relIds.length);
    for (const n of plan.nodes) {
      expect(NODE_LABELS).toContain(n.label);
      expect(n.props.id).toBe(n.id);
      expect(n.props).not.toHaveProperty('docs');
    }
    for (const r of plan.rels) {
      expect(REL_TYPES).toContain(r.type);
      expect(nodeIds).toContain(r.from);
      expect(nodeIds).toContain(r.to);
      expect(r.id.startsWith(`${r.type}:${r.from}->${r.to}`)).toBe(true);
      expect(r.props).toMatchObject({ id: r.id });
      expect(r.props).not.toHaveProperty('docs');
    }
  });

  it('keeps evidence as parallel arrays of verbatim quotes', () => {
    const text = readFileSync(join(SEED_DIR, SOURCE_FILE), 'utf8');
    const withEvidence = [...plan.nodes.map((n) => n.props), ...plan.rels.map((r) => r.props)].filter(
      (p) => 'evidenceSources' in p,
    );
    expect(withEvidence.length).toBe(40 + 61); // every entity but the Source, and every relationship
    for (const props of withEvidence) {
      const sources = props.evidenceSources as string[];
      const quotes = props.evidenceQuotes as string[];
      expect(sources.length).toBeGreaterThan(0);
      expect(quotes).toHaveLength(sources.length);
      for (const s of sources) expect(s).toBe(SOURCE_ID);
      for (const q of quotes) expect(text).toContain(q);
    }
  });

  it('resolves relative dates against the source date and stores the bounds', () => {
    const byId = new Map(plan.nodes.map((n) => [n.id, n.props]));
    expect(byId.get('case:baldwin-v-morrissey')).toMatchObject({
      filedValue: '2025-01',
      filedPrecision: 'MONTH',
      filedEarliest: '2025-01-01',
      filedLatest: '2025-01-31',
      filedWording: 'in January',
      filedDerived: true,
      closedValue: '2025-01-01',
      closedPrecision: 'DAY',
      closedWording: 'on Wednesday',
      closedDerived: true,
    });
    expect(byId.get('outcome:gutierrez-reed-parole')?.dateDerivation).toBe(
      `"in May this year" read as May of the year of the date of ${SOURCE_ID} (2025-01-01); this falls after the source date itself`,
    );
    expect(byId.get('case:hutchins-widower-v-baldwin')).toMatchObject({
      filedValue: null,
      filedEarliest: null,
      filedDerived: null,
      closedValue: null,
    });
    expect(byId.get(SOURCE_ID)).toMatchObject({
      dateValue: '2025-01-01',
      datePrecision: 'DAY',
      dateDerived: false,
      kind: 'ARTICLE',
    });
  });

  it('gives parties a display name and flattens descriptors', () => {
    const baldwin = plan.nodes.find((n) => n.id === 'person:alec-baldwin');
    expect(baldwin?.label).toBe('Person');
    expect(baldwin?.props).toMatchObject({
      kind: 'PERSON',
      name: 'Alec Baldwin',
      displayName: 'Alec Baldwin',
      aliases: ['Baldwin'],
      descriptors: ['The 30 Rock actor', 'The 67-year-old', 'The Beetlejuice actor'],
      descriptorsSources: [SOURCE_ID, SOURCE_ID, SOURCE_ID],
      offices: [],
    });
    const widower = plan.nodes.find((n) => n.id === 'person:hutchins-widower');
    expect(widower?.props.name).toBeNull();
    expect(typeof widower?.props.displayName).toBe('string');
    expect(widower?.props.displayName).not.toBe('');
  });

  it('discriminates relationship ids by role, capacity and kind', () => {
    const ids = plan.rels.map((r) => r.id);
    expect(ids).toContain(
      'COUNSEL_IN:person:luke-nikas->case:baldwin-v-morrissey#PRIVATE_COUNSEL:person:alec-baldwin',
    );
    expect(ids).toContain('RELATED_TO:case:baldwin-v-morrissey->case:baldwin-criminal#ARISES_FROM');
    expect(ids).toContain('PARTY_TO:person:alec-baldwin->case:baldwin-criminal#DEFENDANT');
    expect(ids).toContain(
      'RESOLVES:outcome:baldwin-criminal-dismissal->charge:baldwin-involuntary-manslaughter',
    );
  });

  it('is deterministic: two runs give deep-equal plans', () => {
    const again = buildPlan(checkDocumentFile(SEED));
    expect(again).toEqual(plan);
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
  });

  it('does not depend on where the document lives', () => {
    const copy = variant(() => undefined);
    expect(buildPlan(checkDocumentFile(copy))).toEqual(plan);
  });
});

describe('broken documents', () => {
  it('invalid JSON: names the file', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "format": "litigation-graph", ');
    const error = expectIssue(file, '', 'not valid JSON');
    expect(error.message).toContain(`${file}#/: not valid JSON`);
    expect(error.message.startsWith(`${file}: 1 problem; nothing was loaded`)).toBe(true);
  });

  it('invalid JSON text: names the file given', () => {
    const error = ingestError(() => checkDocumentText('virtual/doc.json', '[1,'));
    expect(error.issues).toHaveLength(1);
    expect(error.message).toMatch(
      /^virtual\/doc\.json: 1 problem; nothing was loaded\n {2}virtual\/doc\.json#\/: /,
    );
  });

  it('unreadable file', () => {
    const file = join(dir, 'missing.json');
    expectIssue(file, '', 'cannot read file');
  });

  it('unknown field', () => {
    const file = variant((d) => {
      d.parties[0].nickname = 'Alec';
    });
    expectIssue(file, '/parties/0', 'unknown field "nickname"');
  });

  it('missing required field', () => {
    const file = variant((d) => {
      delete d.cases[2].caption;
    });
    expectIssue(file, '/cases/2', 'missing required field "caption"');
  });

  it('wrong enum', () => {
    const file = variant((d) => {
      d.cases[0].kind = 'MURDER';
    });
    expectIssue(file, '/cases/0/kind', /^must be one of .*CRIMINAL.*CIVIL/);
  });

  it('quote not verbatim', () => {
    const file = variant((d) => {
      d.parties[0].evidence[0].quote = 'A judge has dismissed Alec Baldwin’s lawsuit';
    });
    const error = expectIssue(
      file,
      '/parties/0/evidence/0/quote',
      `quote is not verbatim in source ${SOURCE_ID}: "A judge has dismissed Alec Baldwin’s lawsuit"`,
    );
    expect(error.issues).toHaveLength(1);
  });

  it('quote checks are case-sensitive and exact', () => {
    const file = variant((d) => {
      d.cases[1].events[0].evidence[0].quote = d.cases[1].events[0].evidence[0].quote.toUpperCase();
    });
    expectIssue(file, '/cases/1/events/0/evidence/0/quote', 'quote is not verbatim');
  });

  it('evidence from an undeclared source', () => {
    const file = variant((d) => {
      d.courts = [
        {
          id: 'court:nowhere',
          name: 'Nowhere Court',
          evidence: [{ source: 'source:ghost', quote: 'boo' }],
        },
      ];
    });
    expectIssue(file, '/courts/0/evidence/0/source', 'unknown source "source:ghost"');
  });

  it('source text that cannot be read', () => {
    const file = variant((d) => {
      d.sources[0].file = 'sources/nope.txt';
    });
    const error = expectIssue(file, '/sources/0/file', 'cannot read source text');
    // Without the text, every quote is unknown too; the file problem is reported first.
    expect(error.issues[0]?.path).toBe('/sources/0/file');
  });

  it('duplicate id', () => {
    const file = variant((d) => {
      d.parties[1].id = 'person:alec-baldwin';
    });
    expectIssue(file, '/parties/1/id', 'id "person:alec-baldwin" is already used at /parties/0');
  });

  it('duplicate id in another case', () => {
    const file = variant((d) => {
      d.cases[1].events[2].id = 'event:baldwin-criminal-trial-started';
    });
    expectIssue(
      file,
      '/cases/1/events/2/id',
      'id "event:baldwin-criminal-trial-started" is already used at /cases/0/events/0',
    );
  });

  it('person whose id says organization', () => {
    const file = variant((d) => {
      d.parties[0].id = 'organization:alec-baldwin';
    });
    expectIssue(file, '/parties/0/id', 'id must start with "person:"');
  });

  it('organization whose id says person', () => {
    const file = variant((d) => {
      d.parties[12].id = 'person:baldwin-prosecution';
    });
    expectIssue(file, '/parties/12/id', 'id must start with "organization:"');
  });

  it('outcome resolving something that is not its case, charges or claims', () => {
    const file = variant((d) => {
      d.cases[0].outcomes[0].resolves[1] = 'charge:gutierrez-reed-involuntary-manslaughter';
    });
    expectIssue(
      file,
      '/cases/0/outcomes/0/resolves/1',
      '"charge:gutierrez-reed-involuntary-manslaughter" is neither this case nor one of its charges or claims',
    );
  });

  it('outcome resolving another case', () => {
    const file = variant((d) => {
      d.cases[1].outcomes[0].resolves = ['case:baldwin-criminal'];
    });
    expectIssue(file, '/cases/1/outcomes/0/resolves/0', 'is neither this case');
  });

  it('relativeTo an unknown source', () => {
    const file = variant((d) => {
      d.cases[1].filed.relativeTo = 'source:unknown';
    });
    expectIssue(file, '/cases/1/filed/relativeTo', 'source "source:unknown" is unknown or has no date');
  });

  it('relativeTo a source without a date', () => {
    const file = variant((d) => {
      delete d.sources[0].date;
    });
    const error = expectIssue(
      file,
      '/cases/1/filed/relativeTo',
      `source "${SOURCE_ID}" is unknown or has no date`,
    );
    expect(error.message).toContain(`${file}#/cases/1/closed/relativeTo: `);
  });

  it('relativeTo a source dated only to a month', () => {
    const file = variant((d) => {
      d.sources[0].date = { value: '2025-01' };
    });
    expectIssue(
      file,
      '/cases/1/filed',
      `cannot resolve "in January": source ${SOURCE_ID} is dated only to 2025-01`,
    );
  });

  it('unsupported relative wording', () => {
    const file = variant((d) => {
      d.cases[1].filed.wording = 'last winter';
    });
    expectIssue(file, '/cases/1/filed', 'cannot resolve relative wording "last winter"');
  });

  it('impossible stated date', () => {
    const file = variant((d) => {
      d.cases[2].closed.value = '2023-02-29';
    });
    expectIssue(file, '/cases/2/closed', '"2023-02-29" has no day 29');
  });

  it('badly formed date value is a schema error', () => {
    const file = variant((d) => {
      d.cases[2].closed.value = 'March 2024';
    });
    const error = ingestError(() => checkDocumentFile(file));
    expect(error.issues.some((i) => i.path.startsWith('/cases/2/closed'))).toBe(true);
    expect(error.message).toContain(`${file}#/cases/2/closed`);
  });

  it('reports every problem at once', () => {
    const file = variant((d) => {
      d.parties[1].id = 'person:alec-baldwin';
      d.parties[2].evidence[0].quote = 'not in the article at all';
      d.cases[1].filed.relativeTo = 'source:unknown';
    });
    const error = ingestError(() => checkDocumentFile(file));
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['/parties/1/id', '/parties/2/evidence/0/quote', '/cases/1/filed/relativeTo']),
    );
    expect(error.message).toMatch(/^.*: \d+ problems; nothing was loaded/);
  });
});

describe('buildPlan reference checks', () => {
  it('refuses a local reference of the wrong kind', () => {
    const file = variant((d) => {
      d.cases[0].parties[0].party = 'production:rust';
    });
    const checked = checkDocumentFile(file);
    let error: unknown;
    try {
      buildPlan(checked);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).issues).toEqual([
      {
        path: '/cases/0/parties/0/party',
        message: '"production:rust" is a Production; expected Person or Organization or Group',
      },
    ]);
  });

  it('returns references to ids the document does not define, for the loader to check', () => {
    const file = variant((d) => {
      d.cases[0].related = [
        {
          case: 'case:elsewhere',
          kind: 'RELATED',
          evidence: d.cases[0].evidence,
        },
      ];
    });
    const plan = buildPlan(checkDocumentFile(file));
    expect(plan.references).toEqual([
      { id: 'case:elsewhere', path: '/cases/0/related/0/case', labels: ['Case'] },
    ]);
    expect(plan.rels.map((r) => r.id)).toContain('RELATED_TO:case:baldwin-criminal->case:elsewhere#RELATED');
  });
});
