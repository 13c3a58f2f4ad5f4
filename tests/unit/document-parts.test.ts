import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import {
  ALL_CASE_PARTS,
  ALL_PARTY_PARTS,
  CASE_PARTS,
  PARTY_PARTS,
  caseDocument,
  partyDocument,
} from '../../src/cypher/projections';
import { named } from '../../src/cypher/statement';
import Cypher from '@neo4j/cypher-builder';
import {
  CASE_FIELD_PARTS,
  CASE_SUMMARY_FIELDS,
  PARTY_FIELD_PARTS,
  PARTY_SUMMARY_FIELDS,
  casePartsFor,
  partyPartsFor,
} from '../../src/api/parts';
import { QUERIES } from '../../src/repositories/entities';

// Routes fetch only the parts of a document their selection needs. These tests
// hold the two ends together: every field of the schema is either answered by
// the summary or mapped to the parts it needs, and a statement holds exactly
// the parts asked for, each built the same way whatever else it holds.

const schemaDir = join(__dirname, '../../schema');
const schema = buildSchema(
  readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'))
    .join('\n'),
);

function fieldsOf(type: string): string[] {
  const t = schema.getType(type);
  if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
  return Object.keys(t.getFields());
}

const statementOf = (document: (n: Cypher.Node) => Cypher.Expr) => {
  const n = new Cypher.Node();
  return named(
    'test',
    new Cypher.Match(new Cypher.Pattern(n, { labels: ['X'] })).return([document(n), 'doc']),
  ).cypher;
};

describe('every field is answered by the summary or mapped to its parts', () => {
  it.each([
    ['Case', CASE_SUMMARY_FIELDS as readonly string[], CASE_FIELD_PARTS],
    ['Person', PARTY_SUMMARY_FIELDS as readonly string[], PARTY_FIELD_PARTS],
    ['Organization', PARTY_SUMMARY_FIELDS as readonly string[], PARTY_FIELD_PARTS],
    ['Group', PARTY_SUMMARY_FIELDS as readonly string[], PARTY_FIELD_PARTS],
  ])('%s', (type, summary, parts) => {
    const fields = fieldsOf(type);
    const unaccounted = fields.filter((f) => !summary.includes(f) && !(f in parts));
    expect(unaccounted).toEqual([]);
    // Nothing is mapped that the schema does not have, and nothing is both.
    expect(Object.keys(parts).filter((f) => !fields.includes(f))).toEqual([]);
    expect(summary.filter((f) => f in parts)).toEqual([]);
  });

  it('every part is needed by some field', () => {
    expect(new Set(Object.values(CASE_FIELD_PARTS).flat())).toEqual(ALL_CASE_PARTS);
    expect(new Set(Object.values(PARTY_FIELD_PARTS).flat())).toEqual(ALL_PARTY_PARTS);
  });
});

describe('parts for a selection', () => {
  it('a summary selection needs no part', () => {
    expect(casePartsFor(['id', 'caption', 'status', 'evidence', '__typename'])).toEqual(new Set());
    expect(partyPartsFor(['id', 'displayName', 'descriptors'])).toEqual(new Set());
  });

  it('parties bring counsel (prosecutors are stored as counsel); asOf brings what it reads', () => {
    expect(casePartsFor(['parties'])).toEqual(new Set(['parties', 'counsel']));
    expect(casePartsFor(['asOf', 'court'])).toEqual(
      new Set(['incident', 'events', 'outcomes', 'parties', 'court']),
    );
    expect(partyPartsFor(['statements', 'statementsAbout', 'cases'])).toEqual(
      new Set(['statementLinks', 'caseLinks']),
    );
  });
});

describe('a document holds exactly the parts asked for', () => {
  const caseKeys: Record<(typeof CASE_PARTS)[number], string> = {
    texts: 'natureOfSuitEvidence:',
    court: 'court:',
    incident: 'incident:',
    parties: 'parties:',
    counsel: 'counsel:',
    judges: 'judges:',
    charges: 'charges:',
    claims: 'claims:',
    outcomes: 'outcomes:',
    events: 'events:',
    related: 'related:',
    statements: 'statements:',
  };

  it.each(CASE_PARTS)('case part %s alone', (part) => {
    const cypher = statementOf((c) => caseDocument(c, new Set([part])));
    for (const [other, key] of Object.entries(caseKeys)) {
      if (other === part) expect(cypher).toContain(key);
      // `statements:` also names nothing else; other keys may appear nested (an outcome's parties do not).
      else if (other !== 'parties' && other !== 'court') expect(cypher).not.toContain(`}, ${key}`);
    }
  });

  it('a summary is the entity and its evidence only', () => {
    const cypher = statementOf((c) => caseDocument(c, new Set()));
    expect(cypher).not.toContain('COLLECT {\n    MATCH (this0)-');
    expect(cypher.match(/MATCH/g)).toHaveLength(3); // the entity, its records, and a source per quote
  });

  it.each(PARTY_PARTS)('party part %s alone', (part) => {
    const cypher = statementOf((p) => partyDocument(p, new Set([part])));
    const key = part === 'contacts' ? 'contactsEvidence' : part;
    expect(cypher).toContain(`${key}: `);
    for (const other of PARTY_PARTS.filter((o) => o !== part)) {
      expect(cypher).not.toContain(`${other === 'contacts' ? 'contactsEvidence' : other}: `);
    }
  });

  it('the default is every part: the statement the by-id look-up is warmed with', () => {
    const all = statementOf((c) => caseDocument(c, ALL_CASE_PARTS));
    expect(statementOf((c) => caseDocument(c))).toBe(all);
    expect(QUERIES.casesById.cypher).toContain('statements: COLLECT');
    expect(QUERIES.partiesById.cypher).toContain('possibleSameAs: COLLECT');
  });

  it('a part reads the same whatever else is fetched (the same subquery text, up to variable names)', () => {
    const normalise = (s: string) => s.replace(/\b(this|var)\d+\b/g, 'v');
    const claimsOf = (cypher: string) =>
      normalise(/claims: (COLLECT \{[\s\S]*?\n {2}\})/.exec(cypher)?.[1] ?? '');
    const alone = claimsOf(statementOf((c) => caseDocument(c, new Set(['claims']))));
    const withAll = claimsOf(statementOf((c) => caseDocument(c)));
    expect(alone).not.toBe('');
    expect(alone).toBe(withAll);
  });
});
