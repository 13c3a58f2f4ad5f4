import {
  ALL_CASE_PARTS,
  ALL_PARTY_PARTS,
  CASE_PARTS,
  PARTY_PARTS,
  caseDocument,
  partyDocument,
} from '../../src/cypher/projections';
import { statementOf } from '../support/projection';
import { CASE_FIELD_PARTS, PARTY_FIELD_PARTS, casePartsFor, partyPartsFor } from '../../src/api/parts';
import { QUERIES } from '../../src/repositories/entities';

// Routes fetch only the parts of a document their selection needs, as the field
// models (src/api/fields/) name them. These tests hold the two ends together:
// every part is needed by some field, and a statement holds exactly the parts
// asked for, each built the same way whatever else it holds.

// Every schema field of Case and Party has its model entry (the compiler checks
// `satisfies TypeModel<…>`); here: the parts the entries name are all used.
describe('the field models and the projections agree on parts', () => {
  it('every part but nestedEvidence (which the selection below decides) is needed by some field', () => {
    const withoutFlag = (parts: ReadonlySet<string>) =>
      new Set([...parts].filter((p) => p !== 'nestedEvidence'));
    expect(new Set(Object.values(CASE_FIELD_PARTS).flat())).toEqual(withoutFlag(new Set(CASE_PARTS)));
    expect(new Set(Object.values(PARTY_FIELD_PARTS).flat())).toEqual(withoutFlag(ALL_PARTY_PARTS));
  });
});

describe('parts for a selection', () => {
  it('a summary selection needs no part', () => {
    expect(casePartsFor(['id', 'caption', 'status', '__typename'])).toEqual(new Set());
    expect(partyPartsFor(['id', 'displayName', 'descriptors'])).toEqual(new Set());
    // Its own evidence is a part: read only when selected.
    expect(casePartsFor(['id', 'evidence'])).toEqual(new Set(['evidence']));
  });

  it('a connection reads its page; asOf brings the whole lists it reads', () => {
    expect(casePartsFor(['parties'])).toEqual(new Set(['partyPages']));
    expect(casePartsFor(['events'])).toEqual(new Set(['eventPages']));
    expect(casePartsFor(['asOf', 'court'])).toEqual(
      new Set(['incident', 'events', 'outcomes', 'parties', 'evidence', 'court']),
    );
    expect(partyPartsFor(['statements', 'statementsAbout', 'cases'])).toEqual(new Set(['statementLinks']));
  });
});

describe('a document holds exactly the parts asked for', () => {
  const FIELD_PARTS = CASE_PARTS.filter((p) => p !== 'nestedEvidence' && p !== 'evidence');
  const caseKeys: Record<(typeof FIELD_PARTS)[number], string> = {
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
    partyPages: 'partyPages:',
    eventPages: 'eventPages:',
  };

  it.each(FIELD_PARTS)('case part %s alone', (part) => {
    const cypher = statementOf((c) => caseDocument(c, new Set([part])));
    for (const [other, key] of Object.entries(caseKeys)) {
      if (other === part) expect(cypher).toContain(key);
      // `statements:` also names nothing else; other keys may appear nested (an outcome's parties do not).
      else if (other !== 'parties' && other !== 'court') expect(cypher).not.toContain(`}, ${key}`);
    }
  });

  it('a summary is the entity and, when asked for, its evidence only', () => {
    const cypher = statementOf((c) => caseDocument(c, new Set(['evidence'])));
    expect(cypher).not.toContain('COLLECT {\n    MATCH (this0)-');
    expect(cypher.match(/MATCH/g)).toHaveLength(3); // the entity, its records, and a source per quote
    expect(statementOf((c) => caseDocument(c, new Set())).match(/MATCH/g)).toHaveLength(1);
  });

  const PARTY_FIELD_PARTS_ONLY = PARTY_PARTS.filter((p) => p !== 'nestedEvidence' && p !== 'evidence');
  it.each(PARTY_FIELD_PARTS_ONLY)('party part %s alone', (part) => {
    const cypher = statementOf((p) => partyDocument(p, new Set([part])));
    const key = part === 'contacts' ? 'contactsEvidence' : part;
    expect(cypher).toContain(`${key}: `);
    for (const other of PARTY_FIELD_PARTS_ONLY.filter((o) => o !== part)) {
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
    const alone = claimsOf(statementOf((c) => caseDocument(c, new Set(['claims', 'nestedEvidence']))));
    const withAll = claimsOf(statementOf((c) => caseDocument(c)));
    expect(alone).not.toBe('');
    expect(alone).toBe(withAll);
  });

  it('what a case nests carries evidence only with nestedEvidence; its own evidence always', () => {
    const lean = statementOf((c) => caseDocument(c, new Set(['parties'])));
    const full = statementOf((c) => caseDocument(c, new Set(['parties', 'nestedEvidence'])));
    const own = statementOf((c) => caseDocument(c, new Set(['parties', 'evidence'])));
    expect(own.match(/evidence: COLLECT/g)).toHaveLength(1); // the case's own only
    expect(lean).not.toContain('descriptorsEvidence:');
    expect(lean).toContain('descriptorsTexts:');
    expect(lean.match(/evidence: COLLECT/g)).toBeNull();
    expect(full).toContain('descriptorsEvidence:');
    expect(full.match(/evidence: COLLECT/g)).toHaveLength(3); // the case's, the link's, the party's
  });
});
