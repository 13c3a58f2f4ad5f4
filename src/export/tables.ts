import { ANNOTATED_PREFIXES } from '../graph/codecs';
import { scopedNodes, scopedStatement, type ExportFilter, type Query, type Scoped } from './scope';

// The CSV tables: one per kind, with ids that join (`case_id`, `party_id`, …, and
// `fact_id` in `evidence`, the id of any node or relationship a row of another table
// stands for). Each is one streamed statement (`body` binds the rows, `columns` names
// what each row returns, in order); `count` is the same statement counting its rows.
// A list is written as its items joined by "; " (ids, roles, designations, aliases).

export interface TableColumn {
  /** Header in the CSV. */
  name: string;
  /** Cypher expression of the row. */
  expr: string;
}

export interface Table {
  name: string;
  /** What a row is (`npm run export -- --help`). */
  description: string;
  body: (s: Scoped) => string;
  columns: TableColumn[];
  /** ORDER BY of the rows (an expression over the body's variables), when cheap. */
  orderBy?: string;
}

const col = (name: string, expr: string): TableColumn => ({ name, expr });
const day = (v: string, prefix: string) => col(prefix === 'date' ? 'date' : prefix, `${v}.${prefix}Value`);
const wording = (v: string, prefix: string) =>
  col(`${prefix === 'date' ? 'date' : prefix}_wording`, `${v}.${prefix}Wording`);
const joined = (expr: string) =>
  `reduce(s = '', x IN coalesce(${expr}, []) | s + CASE s WHEN '' THEN '' ELSE '; ' END + toString(x))`;

/** Each selected case once, as `c`, ordered by id. */
const cases = (s: Scoped) => `${s.cases}\nWITH c ORDER BY c.id`;

/** The relationships of type `type` into the selected cases, by case. */
const into = (type: string, s: Scoped) =>
  `${cases(s)}\nCALL (c) {\n  MATCH (x:Party)-[r:${type}]->(c)\n  RETURN x, r ORDER BY r.seq, r.id\n}`;

export const TABLES: readonly Table[] = [
  {
    name: 'cases',
    description: 'a case',
    body: (s) => `${cases(s)}
OPTIONAL CALL (c) { MATCH (c)-[:IN_COURT]->(court:Court) RETURN court LIMIT 1 }
OPTIONAL CALL (c) { MATCH (c)-[:ARISES_FROM]->(incident:Incident) RETURN incident LIMIT 1 }`,
    columns: [
      col('case_id', 'c.id'),
      col('caption', 'c.caption'),
      col('kind', 'c.kind'),
      col('status', 'c.status'),
      col('docket_number', 'c.docketNumber'),
      col('court_id', 'court.id'),
      col('court_name', 'court.name'),
      col('jurisdiction', 'c.jurisdiction'),
      col('nature_of_suit', joined('c.natureOfSuit')),
      col('cause', joined('c.cause')),
      day('c', 'filed'),
      wording('c', 'filed'),
      col('filed_earliest', 'toString(c.filedEarliest)'),
      col('filed_latest', 'toString(c.filedLatest)'),
      day('c', 'closed'),
      wording('c', 'closed'),
      col('incident_id', 'incident.id'),
    ],
  },
  {
    name: 'parties',
    description: 'a party (person, organization, group)',
    body: (s) =>
      s.all
        ? 'MATCH (p:Party)\nWITH p ORDER BY p.id'
        : `CALL () {
  ${scopedNodes(s, 'n:Party').split('\n').join('\n  ')}
  RETURN n AS p
  UNION
  ${s.cases.split('\n').join('\n  ')}
  MATCH (:Party)-[k:COUNSEL_IN]->(c) WHERE k.firmId IS NOT NULL
  MATCH (p:Party {id: k.firmId})
  RETURN p
}
WITH DISTINCT p ORDER BY p.id`,
    columns: [
      col('party_id', 'p.id'),
      col('kind', 'p.kind'),
      col('name', 'p.name'),
      col('display_name', 'p.displayName'),
      col('aliases', joined('p.aliases')),
      col('descriptors', joined('p.descriptors')),
    ],
  },
  {
    name: 'case_parties',
    description: 'a party in a case, in a role',
    body: (s) => into('PARTY_TO', s),
    columns: [
      col('case_id', 'c.id'),
      col('party_id', 'x.id'),
      col('role', 'r.role'),
      col('role_text', 'r.roleText'),
      col('relationship_id', 'r.id'),
    ],
  },
  {
    name: 'counsel',
    description: 'a lawyer in a case (client, firm, capacity)',
    body: (s) => `${into('COUNSEL_IN', s)}
OPTIONAL CALL (r) { MATCH (firm:Organization {id: r.firmId}) RETURN firm }`,
    columns: [
      col('case_id', 'c.id'),
      col('lawyer_id', 'x.id'),
      col('client_id', 'r.clientId'),
      col('firm_id', 'r.firmId'),
      col('firm_name', 'firm.name'),
      col('capacity', 'r.capacity'),
      col('designations', joined('r.designations')),
      col('relationship_id', 'r.id'),
    ],
  },
  {
    name: 'judges',
    description: 'a judge of a case',
    body: (s) => into('JUDGE_IN', s),
    columns: [
      col('case_id', 'c.id'),
      col('judge_id', 'x.id'),
      col('assignment', 'r.assignment'),
      col('relationship_id', 'r.id'),
    ],
  },
  {
    name: 'events',
    description: 'an event (docket entry) of a case',
    body: (s) => `${cases(s)}
CALL (c) { MATCH (c)-[:HAS_EVENT]->(e:Event) RETURN e ORDER BY e.seq, e.id }`,
    columns: [
      col('event_id', 'e.id'),
      col('case_id', 'c.id'),
      col('kind', 'e.kind'),
      day('e', 'date'),
      wording('e', 'date'),
      col('entry_number', 'e.entryNumber'),
      col('description', 'e.description'),
    ],
  },
  {
    name: 'outcomes',
    description: 'an outcome of a case',
    body: (s) => `${cases(s)}
CALL (c) { MATCH (c)-[:HAS_OUTCOME]->(o:Outcome) RETURN o ORDER BY o.seq, o.id }`,
    columns: [
      col('outcome_id', 'o.id'),
      col('case_id', 'c.id'),
      col('kind', 'o.kind'),
      day('o', 'date'),
      wording('o', 'date'),
      col('with_prejudice', 'o.withPrejudice'),
      col('reason', 'o.reason'),
      col('stage', 'o.stage'),
      col('decided_by_id', 'COLLECT { MATCH (o)-[:DECIDED_BY]->(p) RETURN p.id }[0]'),
      col('resolves_ids', joined('COLLECT { MATCH (o)-[:RESOLVES]->(x) RETURN x.id ORDER BY x.id }')),
    ],
  },
  {
    name: 'statements',
    description: 'a statement (who said what, about what)',
    body: (s) =>
      s.all
        ? 'MATCH (st:Statement)\nWITH st ORDER BY st.id'
        : `${scopedNodes(s, 'n:Statement')}\nWITH n AS st ORDER BY st.id`,
    columns: [
      col('statement_id', 'st.id'),
      col('kind', 'st.kind'),
      col('speaker_id', 'COLLECT { MATCH (p)-[:STATED]->(st) RETURN p.id }[0]'),
      col('on_behalf_of_id', 'COLLECT { MATCH (st)-[:ON_BEHALF_OF]->(p) RETURN p.id }[0]'),
      col('about_ids', joined('COLLECT { MATCH (st)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id }')),
      col('content', 'st.content'),
      col('direct_quote', 'st.directQuote'),
      col('attribution', 'st.attribution'),
      day('st', 'date'),
      wording('st', 'date'),
    ],
  },
  {
    name: 'sources',
    description: 'a source the evidence quotes (no text)',
    body: (s) =>
      s.all
        ? 'MATCH (src:Source)\nWITH src ORDER BY src.id'
        : `CALL () {
  ${evidenceShares(s).split('\n').join('\n  ')}
  UNWIND [p IN $prefixes | share[p + 'Sources']] AS ids
  UNWIND ids AS id
  RETURN DISTINCT id
}
MATCH (src:Source {id: id})
WITH src ORDER BY src.id`,
    columns: [
      col('source_id', 'src.id'),
      col('kind', 'src.kind'),
      col('title', 'src.title'),
      col('publisher', 'src.publisher'),
      col('identifier', 'src.identifier'),
      day('src', 'date'),
    ],
  },
  {
    name: 'evidence',
    description: 'a piece of evidence (fact id, source, quote, docket field)',
    body: (s) => `${evidenceShares(s)}
UNWIND $prefixes AS list
WITH share, list, share[list + 'Sources'] AS ids WHERE ids IS NOT NULL
UNWIND range(0, size(ids) - 1) AS i`,
    columns: [
      col('fact_id', 'share.of'),
      col(
        'fact_kind',
        "coalesce(share.type, COLLECT { MATCH (n:Node {id: share.of}) RETURN [l IN labels(n) WHERE NOT l IN ['Node', 'Party']][0] }[0])",
      ),
      col('list', 'list'),
      col('text', 'share[list][i]'),
      col('source_id', 'ids[i]'),
      col('quote', "share[list + 'Quotes'][i]"),
      col(
        'locator',
        "CASE share[list + 'Locators'][i] WHEN '' THEN null ELSE share[list + 'Locators'][i] END",
      ),
      col('document_id', 'share.doc'),
    ],
  },
];

/** The evidence lists a record can hold: its own, and each annotated list's. */
export const EVIDENCE_PREFIXES = ['evidence', ...ANNOTATED_PREFIXES] as const;

/** The records (`Share`) of the scope's nodes, relationships and counsel's firms, each as `share`. */
function evidenceShares(s: Scoped): string {
  if (s.all) return 'MATCH (share:Share)';
  return `CALL () {
  ${scopedNodes(s).split('\n').join('\n  ')}
  RETURN n.id AS of
  UNION
  ${s.cases.split('\n').join('\n  ')}
  CALL (c) {
    MATCH (c)-[r]-() RETURN r
    UNION
    MATCH (c)-[:HAS_CHARGE|HAS_CLAIM|HAS_EVENT|HAS_OUTCOME]->()-[r:CHARGED|DECIDED_BY|RESOLVES]->() RETURN r
    UNION
    MATCH (c)<-[:ABOUT]-(:Statement)-[r:STATED|ON_BEHALF_OF|ABOUT]-() RETURN r
    UNION
    MATCH (c)-[:HAS_CHARGE|HAS_CLAIM|HAS_EVENT|HAS_OUTCOME]->()<-[:ABOUT]-(:Statement)-[r:STATED|ON_BEHALF_OF|ABOUT]-() RETURN r
  }
  RETURN r.id AS of
  UNION
  ${s.cases.split('\n').join('\n  ')}
  MATCH (:Party)-[k:COUNSEL_IN]->(c) WHERE k.firmId IS NOT NULL
  RETURN k.firmId AS of
}
WITH DISTINCT of
MATCH (share:Share {of: of})`;
}

export const TABLE_NAMES = TABLES.map((t) => t.name);

export function tableNamed(name: string): Table | undefined {
  return TABLES.find((t) => t.name === name);
}

/** The table's rows: the statement and its parameters. */
export function tableQuery(table: Table, filter: ExportFilter): Query {
  const st = scopedStatement(`export_${table.name}`, filter, (s) =>
    [table.body(s), `RETURN ${table.columns.map((c) => `${c.expr} AS ${c.name}`).join(', ')}`].join('\n'),
  );
  return { cypher: st.cypher, params: { ...st.params, prefixes: [...EVIDENCE_PREFIXES] } };
}

/** How many rows the table has. */
export function tableCountQuery(table: Table, filter: ExportFilter): Query {
  const st = scopedStatement(`export_${table.name}_count`, filter, (s) =>
    [table.body(s), 'RETURN count(*) AS n'].join('\n'),
  );
  return { cypher: st.cypher, params: { ...st.params, prefixes: [...EVIDENCE_PREFIXES] } };
}
