import type { Writable } from 'node:stream';
import type { Executor, Row } from '../db/executor';
import { NODE_LABELS } from '../graph/labels';
import type { StreamOptions } from './csv';
import { scopedNodes, scopedRels, scopedStatement, type ExportFilter, type Query } from './scope';
import { put } from './sink';

// The graph for Gephi and Cytoscape (desktop): GraphML (and GEXF 1.3), nodes first, then
// edges, each written as Neo4j streams it. A node carries its kind (its label: Case,
// Person, …), a name to show (a party's name or descriptor, a case's caption, an
// event's description…) and, where it has one, its kind within the label (a case's
// CIVIL/CRIMINAL, a party's PERSON/…), status and date; an edge its type (PARTY_TO,
// COUNSEL_IN, …) and its role (a party's role, a lawyer's capacity, a judge's
// assignment, a relationship's kind). Sources are not nodes: evidence is in the CSV.

/** Characters XML 1.0 does not allow at all: C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML 1.0 element content and attribute values (what it cannot hold becomes U+FFFD). */
export function xmlText(value: unknown): string {
  return (
    String(value)
      .replace(NOT_XML, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Kept as written when read back: a parser would turn a raw CR or tab in an attribute into a space.
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
  );
}

export const ENTITY_LABELS = NODE_LABELS.filter((l) => l !== 'Source');

/** The graph's nodes: id, label, name, kind, status, date. */
export function nodesQuery(filter: ExportFilter): Query {
  const labels = ENTITY_LABELS.map((l) => `n:${l}`).join(' OR ');
  return scopedStatement('export_graph_nodes', filter, (s) =>
    [
      scopedNodes(s, labels),
      `WITH n, [l IN labels(n) WHERE l IN $labels][0] AS label`,
      `RETURN n.id AS id, label,
  coalesce(n.displayName, n.name, n.caption, n.label, n.title, n.description, n.content, n.kind, n.id) AS name,
  n.kind AS kind,
  n.status AS status,
  coalesce(n.filedValue, n.dateValue) AS date`,
    ].join('\n'),
  );
}

/** The graph's edges: id, type, ends, role. */
export function edgesQuery(filter: ExportFilter): Query {
  const labels = ENTITY_LABELS.map((l) => `b:${l}`).join(' OR ');
  return scopedStatement('export_graph_edges', filter, (s) =>
    [
      scopedRels(s),
      // Both ends are entities (a relationship never leaves them), Source never being an end.
      `WITH r, a, b WHERE ${labels}`,
      `RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target,
  coalesce(r.role, r.capacity, r.assignment, r.kind) AS role`,
    ].join('\n'),
  );
}

/** The attributes each format declares, and where a row keeps them. */
const NODE_KEYS = ['label', 'name', 'kind', 'status', 'date'] as const;
const EDGE_KEYS = ['type', 'role'] as const;

export type GraphFormat = 'graphml' | 'gexf';

const HEADERS: Record<GraphFormat, string> = {
  graphml: `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`).join('\n')}
${EDGE_KEYS.map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="string"/>`).join('\n')}
  <graph id="litigation-graph" edgedefault="directed">
`,
  gexf: `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
${NODE_KEYS.filter((k) => k !== 'name')
  .map((k) => `      <attribute id="${k}" title="${k}" type="string"/>`)
  .join('\n')}
    </attributes>
    <attributes class="edge">
${EDGE_KEYS.map((k) => `      <attribute id="${k}" title="${k}" type="string"/>`).join('\n')}
    </attributes>
    <nodes>
`,
};

const data = (row: Row, keys: readonly string[]) =>
  keys
    .filter((k) => row[k] !== null && row[k] !== undefined)
    .map((k) => `<data key="${k}">${xmlText(row[k])}</data>`)
    .join('');
const attvalues = (row: Row, keys: readonly string[]) => {
  const given = keys.filter((k) => row[k] !== null && row[k] !== undefined);
  return given.length === 0
    ? ''
    : `<attvalues>${given.map((k) => `<attvalue for="${k}" value="${xmlText(row[k])}"/>`).join('')}</attvalues>`;
};

/** One node as the format writes it. */
export function nodeElement(format: GraphFormat, row: Row): string {
  const id = xmlText(row.id);
  return format === 'graphml'
    ? `    <node id="${id}">${data(row, NODE_KEYS)}</node>\n`
    : `      <node id="${id}" label="${xmlText(row.name ?? row.id)}">${attvalues(
        row,
        NODE_KEYS.filter((k) => k !== 'name'),
      )}</node>\n`;
}

/** One edge as the format writes it. */
export function edgeElement(format: GraphFormat, row: Row): string {
  const ends = `id="${xmlText(row.id)}" source="${xmlText(row.source)}" target="${xmlText(row.target)}"`;
  return format === 'graphml'
    ? `    <edge ${ends}>${data(row, EDGE_KEYS)}</edge>\n`
    : `      <edge ${ends} label="${xmlText(row.type)}">${attvalues(row, EDGE_KEYS)}</edge>\n`;
}

/** Writes the graph in `format` to `out` (left open); the numbers of nodes and edges. */
export async function writeGraph(
  executor: Executor,
  format: GraphFormat,
  filter: ExportFilter,
  out: Writable,
  opts: StreamOptions = {},
): Promise<{ nodes: number; edges: number }> {
  await put(out, HEADERS[format], opts.signal);
  const stream = async (q: Query, write: (row: Row) => string) =>
    executor.stream(
      q.cypher,
      { ...q.params, labels: ENTITY_LABELS },
      async (row) => {
        await put(out, write(row), opts.signal);
        opts.onRow?.();
      },
      { signal: opts.signal, timeoutMs: opts.timeoutMs },
    );
  const nodes = await stream(nodesQuery(filter), (row) => nodeElement(format, row));
  if (format === 'gexf') await put(out, '    </nodes>\n    <edges>\n', opts.signal);
  const edges = await stream(edgesQuery(filter), (row) => edgeElement(format, row));
  await put(
    out,
    format === 'graphml' ? '  </graph>\n</graphml>\n' : '    </edges>\n  </graph>\n</gexf>\n',
    opts.signal,
  );
  return { nodes, edges };
}
