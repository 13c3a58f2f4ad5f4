import Cypher from '@neo4j/cypher-builder';
import type { Executor } from '../db/executor';
import { evidenceKeys } from '../graph/codecs';
import { NODE, SHARE } from '../graph/labels';
import { fixedText } from '../cypher/statement';
import type { Props } from '../cypher/mappers';
import {
  graphEdgeProjection,
  graphNodeProjection,
  toGraphEdge,
  toGraphNode,
  type GraphEdgeModel,
  type GraphNodeModel,
} from './explore';

// The facts a source supports, for a source view: every entity and relationship whose
// evidence cites the source, one row per document record citing it.

export type CitationField = 'ENTITY' | 'DESCRIPTOR' | 'OFFICE' | 'RELATIONSHIP';

export interface CitationModel {
  quote: string;
  node: GraphNodeModel;
  field: CitationField;
  detail: string | null;
  edge: GraphEdgeModel | null;
  target: GraphNodeModel | null;
}

/** Node-level evidence arrays and what each establishes; descriptors and offices keep their texts alongside. */
const NODE_EVIDENCE: { prefix: string; field: CitationField; texts?: string }[] = [
  { prefix: 'evidence', field: 'ENTITY' },
  { prefix: 'descriptors', field: 'DESCRIPTOR', texts: 'descriptors' },
  { prefix: 'offices', field: 'OFFICE', texts: 'offices' },
];
const STORED = NODE_EVIDENCE.flatMap(({ prefix, texts }) => {
  const keys = evidenceKeys(prefix);
  return [keys.sources, keys.quotes, ...(texts ? [texts] : [])];
});

const n = new Cypher.NamedVariable('n');
const a = new Cypher.NamedVariable('a');
const b = new Cypher.NamedVariable('b');
const r = new Cypher.NamedVariable('r');
const citing = (prefix: string) => `$sourceId IN coalesce(rec.${evidenceKeys(prefix).sources}, [])`;

// Evidence cites the sources of its own document: the records citing a source are among
// the records of the documents stating it (index seeks on `of`, then on `doc`).
export const CITATIONS_QUERY = fixedText(
  'sourceCitations',
  (compile) => `MATCH (s:Source {id: $sourceId})
MATCH (stating:${SHARE} {of: s.id})
WITH DISTINCT s, stating.doc AS doc
MATCH (rec:${SHARE} {doc: doc})
WHERE ${NODE_EVIDENCE.map((e) => citing(e.prefix)).join(' OR ')}
CALL (rec) {
  MATCH (n:${NODE} {id: rec.of})
  WHERE rec.type IS NULL AND NOT n:Source
  RETURN ${compile(graphNodeProjection(n))} AS node, null AS edge, null AS target
  UNION ALL
  MATCH (a:${NODE} {id: rec.from})-[r]->(b:${NODE} {id: rec.to})
  WHERE rec.type IS NOT NULL AND r.id = rec.of
  RETURN ${compile(graphNodeProjection(a))} AS node, ${compile(graphEdgeProjection(r))} AS edge, ${compile(graphNodeProjection(b))} AS target
}
RETURN s.text AS text, node, rec {${STORED.map((k) => `.${k}`).join(', ')}} AS stored, edge, target`,
).cypher;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Citations of one row: one per evidence entry that names the source. */
function rowCitations(sourceId: string, row: Props): CitationModel[] {
  const node = toGraphNode(row.node as Props);
  const stored = (row.stored ?? {}) as Props;
  const edge = row.edge ? toGraphEdge(row.edge as Props) : null;
  const target = row.target ? toGraphNode(row.target as Props) : null;
  return NODE_EVIDENCE.flatMap(({ prefix, field, texts }) => {
    const keys = evidenceKeys(prefix);
    const quotes = strings(stored[keys.quotes]);
    const details = texts ? strings(stored[texts]) : [];
    return strings(stored[keys.sources]).flatMap((source, i) =>
      source === sourceId
        ? [
            {
              quote: quotes[i] ?? '',
              node,
              field: edge ? 'RELATIONSHIP' : field,
              detail: details[i] ?? null,
              edge,
              target,
            },
          ]
        : [],
    );
  });
}

/** Every fact the source supports, ordered by where its quote appears in `text`, then by entity id. */
export async function citations(executor: Executor, sourceId: string): Promise<CitationModel[]> {
  const rows = await executor.read(CITATIONS_QUERY, { sourceId });
  const text = typeof rows[0]?.text === 'string' ? rows[0].text : '';
  return orderByText(
    text,
    rows.flatMap((row) => rowCitations(sourceId, row as Props)),
  );
}

/** By the quote's first position in the text (quotes not found last), then quote, entity and relationship ids. */
export function orderByText(text: string, list: readonly CitationModel[]): CitationModel[] {
  const at = (c: CitationModel) => {
    const i = text.indexOf(c.quote);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const key = (c: CitationModel) => [c.quote, c.node.id, c.edge?.id ?? ''].join('\u0000');
  return [...list].sort((x, y) => at(x) - at(y) || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}
