import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Executor, Row } from '../db/executor';
import type { StreamOptions } from './csv';
import { scopedNodes, scopedRels, scopedStatement, type ExportFilter, type Query } from './scope';
import { put } from './sink';

// The graph as JSON-LD: `{"@context": <url of the context>, "@graph": [...]}`, one object
// per entity (streamed), then one `Participation` per party, lawyer or judge in a case
// (the relationships that carry a role). The context (schema/export-context.jsonld,
// served at GET /export/context.jsonld) maps our terms to schema.org, NIEM (niem-core 5.0,
// Justice 7.2) and SCALES OKN where such a term exists, and the rest to our own
// vocabulary (`urn:litigation-graph:vocab:`); ids `case:…`, `person:…` are compact IRIs
// under `urn:litigation-graph:`. docs/export.md lists the mapping and why.

export const CONTEXT_FILE = resolve(__dirname, '../../schema/export-context.jsonld');

let context: string | undefined;
/** The context document, as the repository holds it. */
export function contextDocument(): string {
  context ??= readFileSync(CONTEXT_FILE, 'utf8');
  return context;
}

/** Relationship types written as a term of their own on the entity they leave. */
const LINK_TERMS: Record<string, { term: string; many: boolean }> = {
  IN_COURT: { term: 'heardIn', many: false },
  ARISES_FROM: { term: 'arisesFrom', many: false },
  HAS_CHARGE: { term: 'charges', many: true },
  RELATED_TO: { term: 'relatedCases', many: true },
  DECIDED_BY: { term: 'decidedBy', many: false },
  ON_BEHALF_OF: { term: 'onBehalfOf', many: false },
  ABOUT: { term: 'about', many: true },
};
/** Written as Participation objects, with their role. */
export const PARTICIPATION = ['PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN'];

const EVIDENCE = (v: string) => `COLLECT {
    MATCH (share:Share {of: ${v}.id}) WHERE share.evidenceSources IS NOT NULL
    UNWIND range(0, size(share.evidenceSources) - 1) AS i
    RETURN {cites: share.evidenceSources[i], quote: share.evidenceQuotes[i], locator: share.evidenceLocators[i]}
    ORDER BY share.doc, i
  }`;

export function jsonldNodesQuery(filter: ExportFilter): Query {
  return scopedStatement('export_jsonld_nodes', filter, (s) =>
    [
      scopedNodes(s),
      `RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ['Node', 'Party']][0] AS type,
  coalesce(n.name, n.caption, n.title, n.label, n.description) AS name, n.caption AS caption,
  n.kind AS kind, n.status AS status, n.docketNumber AS docketNumber, n.identifier AS identifier,
  n.description AS description, n.content AS content, n.directQuote AS directQuote,
  coalesce(n.filedValue, n.dateValue) AS date, n.closedValue AS closed,
  COLLECT { MATCH (n)-[r]->(m) WHERE NOT type(r) IN $participation RETURN {type: type(r), to: m.id} ORDER BY type(r), m.id } AS links,
  COLLECT { MATCH (j)-[:JUDGE_IN]->(n) RETURN j.id ORDER BY j.id } AS judges,
  COLLECT { MATCH (p)-[:STATED]->(n) RETURN p.id }[0] AS speaker,
  ${EVIDENCE('n')} AS evidence`,
    ].join('\n'),
  );
}

export function jsonldParticipationsQuery(filter: ExportFilter): Query {
  return scopedStatement('export_jsonld_participations', filter, (s) =>
    [
      scopedRels(s),
      'WITH r, a, b WHERE type(r) IN $participation',
      `RETURN r.id AS id, type(r) AS type, a.id AS party, b.id AS inCase,
  coalesce(r.role, r.capacity, r.assignment) AS role, r.roleText AS roleText, r.clientId AS client, r.firmId AS firm,
  ${EVIDENCE('r')} AS evidence`,
    ].join('\n'),
  );
}

const compact = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(o).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );

const evidenceOf = (row: Row) =>
  ((row.evidence as Record<string, unknown>[] | null) ?? []).map((e) =>
    compact({ ...e, locator: e.locator === '' ? null : e.locator }),
  );

/** One entity as a JSON-LD node object. */
export function nodeObject(row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: row.id,
    type: row.type,
    name: row.name,
    caption: row.caption !== row.name ? row.caption : null,
    kind: row.kind,
    status: row.status,
    docketNumber: row.docketNumber,
    identifier: row.identifier,
    description: row.description !== row.name ? row.description : null,
    content: row.content,
    directQuote: row.directQuote,
    date: row.date,
    closed: row.closed,
    judges: row.judges,
    speaker: row.speaker,
  };
  const links: { relationshipType: string; to: string }[] = [];
  for (const link of (row.links as { type: string; to: string }[] | null) ?? []) {
    const known = LINK_TERMS[link.type];
    if (!known) links.push({ relationshipType: link.type, to: link.to });
    else if (known.many) ((out[known.term] as string[] | undefined) ?? (out[known.term] = [])).push(link.to);
    else out[known.term] = link.to;
  }
  return compact({ ...out, links, evidence: evidenceOf(row) });
}

/** A party, lawyer or judge in a case, with the role. */
export function participationObject(row: Row): Record<string, unknown> {
  return compact({
    type: 'Participation',
    relationshipType: row.type,
    relationshipId: row.id,
    party: row.party,
    inCase: row.inCase,
    role: row.role,
    roleText: row.roleText,
    client: row.client,
    firm: row.firm,
    evidence: evidenceOf(row),
  });
}

/** Writes the graph as JSON-LD to `out` (left open), its context named by `contextUrl`. */
export async function writeJsonld(
  executor: Executor,
  filter: ExportFilter,
  contextUrl: string,
  out: Writable,
  opts: StreamOptions = {},
): Promise<{ nodes: number; participations: number }> {
  await put(out, `{\n"@context": ${JSON.stringify(contextUrl)},\n"@graph": [\n`, opts.signal);
  let first = true;
  const stream = (q: Query, object: (row: Row) => Record<string, unknown>) =>
    executor.stream(
      q.cypher,
      { ...q.params, participation: PARTICIPATION },
      async (row) => {
        await put(out, `${first ? '' : ',\n'}${JSON.stringify(object(row))}`, opts.signal);
        first = false;
        opts.onRow?.();
      },
      { signal: opts.signal, timeoutMs: opts.timeoutMs },
    );
  const nodes = await stream(jsonldNodesQuery(filter), nodeObject);
  const participations = await stream(jsonldParticipationsQuery(filter), participationObject);
  await put(out, '\n]\n}\n', opts.signal);
  return { nodes, participations };
}
