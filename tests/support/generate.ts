import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Synthetic litigation in the seed format, with generated source texts (one per
// case, like a docket) so every quote is verbatim: for scale, pagination and
// round-trip tests, and the benchmark.

export interface GenerateOptions {
  docId: string;
  cases: number;
  partiesPerCase: number;
  /** Distinct filing days cycled through, so many cases share a sort key (ties). */
  distinctFilingDays?: number;
  status?: string;
}

export function generateLitigation(opts: GenerateOptions): { file: string; caseIds: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `${opts.docId}-`));
  mkdirSync(join(dir, 'sources'));
  const texts = new Map<number, string[]>();
  const sourceOf = (c: number) => `source:${opts.docId}-${c}`;
  let current = 0;
  const say = (line: string) => {
    texts.set(current, [...(texts.get(current) ?? []), line]);
    return [{ source: sourceOf(current), quote: line }];
  };
  const parties = new Map<string, unknown>();
  const cases = [];
  const days = opts.distinctFilingDays ?? 10;
  for (let c = 0; c < opts.cases; c += 1) {
    current = c;
    const caseId = `case:${opts.docId}-${c}`;
    const day = `2020-01-${String((c % days) + 1).padStart(2, '0')}`;
    const caseParties = [];
    for (let p = 0; p < opts.partiesPerCase; p += 1) {
      const partyId = `person:${opts.docId}-p${c}-${p}`;
      const name = `Person ${opts.docId} ${c}-${p}`;
      parties.set(partyId, {
        id: partyId,
        kind: 'PERSON',
        name,
        evidence: say(`${name} is a party to case ${c}.`),
      });
      caseParties.push({
        party: partyId,
        role: p === 0 ? 'PLAINTIFF' : 'DEFENDANT',
        evidence: say(`${name} is party ${p} of case ${c}.`),
      });
    }
    cases.push({
      id: caseId,
      caption: `Generated ${opts.docId} case ${String(c % 7)}`,
      captionKind: 'DESCRIPTIVE',
      kind: c % 2 === 0 ? 'CIVIL' : 'CRIMINAL',
      status: opts.status ?? 'CLOSED',
      filed: { value: day },
      parties: caseParties,
      events: [
        {
          id: `event:${opts.docId}-${c}-filed`,
          kind: 'FILED',
          description: 'Filed.',
          date: { value: day },
          evidence: say(`Case ${c} was filed on ${day}.`),
        },
      ],
      evidence: say(`Case ${c} exists.`),
    });
  }
  const file = join(dir, `${opts.docId}.json`);
  for (const [c, lines] of texts)
    writeFileSync(join(dir, 'sources', `${opts.docId}-${c}.txt`), lines.join('\n'));
  writeFileSync(
    file,
    JSON.stringify({
      format: 'litigation-graph',
      formatVersion: 1,
      document: { id: opts.docId, title: `Generated ${opts.docId}` },
      sources: [...texts.keys()].map((c) => ({
        id: sourceOf(c),
        kind: 'DOCKET',
        title: `Generated ${opts.docId} docket ${c}`,
        identifier: `${opts.docId}-${c}`,
        file: `sources/${opts.docId}-${c}.txt`,
      })),
      parties: [...parties.values()],
      cases,
    }),
  );
  return { file, caseIds: cases.map((c) => c.id) };
}

/**
 * Deletes what only this generated document states (generated documents share nothing with
 * others) and its record (which keeps the document: left behind, an export of the graph
 * would bring the document back), and raises the graph's version as the loader's removal
 * does, so precomputed statistics are not taken for the graph's.
 */
export const REMOVE_DOCUMENT = `// removeDocument
CALL () {
  MATCH (s:Share {doc: $doc})
  OPTIONAL MATCH (n:Node {id: s.of})
  DETACH DELETE s, n
}
CALL () {
  MATCH (d:LoadedDocument {id: $doc})
  DETACH DELETE d
}
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1`;
