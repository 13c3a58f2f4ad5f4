import { CalendarDate } from '../db/convert';
import type { Executor, TxRunner } from '../db/executor';
import { IngestError, type Issue } from './format';
import { isDateProperty } from '../graph/codecs';
import { NODE, NODE_LABELS, PARTY, PARTY_LABELS, type NodeLabel } from '../graph/labels';
import { REL_TYPES, type RelType } from '../graph/relationships';
import { buildPlan, PlanError, type GraphPlan, type PlannedNode, type PlannedRel, type Props } from './plan';
import { checkDocumentFile, type CheckedDocument } from './validate';

// Writes a plan in ONE write transaction: either the whole document lands or
// nothing does. MERGE by id then SET = props makes a second load a no-op;
// relationships and nodes this document wrote before but no longer states are removed.

export interface LoadReport {
  file: string;
  docId: string;
  nodes: number;
  relationships: number;
}

const isPartyLabel = (label: NodeLabel): boolean => (PARTY_LABELS as readonly string[]).includes(label);

function upsertNodesCypher(label: NodeLabel): string {
  return `// upsert${label}Nodes
UNWIND $rows AS row
MERGE (n:${NODE} {id: row.id})
SET n = row.props
SET n:${label}${isPartyLabel(label) ? `:${PARTY}` : ''}`;
}

function upsertRelsCypher(type: RelType): string {
  return `// upsert${type}Rels
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r = row.props`;
}

function removeStaleRelsCypher(type: RelType): string {
  return `// removeStale${type}Rels
MATCH ()-[r:${type}]->()
WHERE r.doc = $doc AND NOT r.id IN $keep
DELETE r`;
}

const FIND_NODES = `// findNodesById
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, labels(n) AS labels`;

const REMOVE_STALE_NODES = `// removeStaleNodes
MATCH (n:Node {doc: $doc})
WHERE NOT n.id IN $keep
DETACH DELETE n`;

function toWriteProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = isDateProperty(key) && typeof value === 'string' ? new CalendarDate(value) : value;
  }
  return out;
}

// Large documents go in bounded statements (still one transaction), so no single
// statement has to hold every row of a kind at once.
const CHUNK = 2000;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function groupBy<T, K extends string>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

async function checkExternalReferences(tx: TxRunner, file: string, plan: GraphPlan): Promise<void> {
  if (plan.references.length === 0) return;
  const rows = await tx.run(FIND_NODES, { ids: [...new Set(plan.references.map((r) => r.id))] });
  const found = new Map(rows.map((row) => [row.id as string, row.labels as string[]]));
  const issues: Issue[] = [];
  for (const ref of plan.references) {
    const labels = found.get(ref.id);
    if (!labels)
      issues.push({
        path: ref.path,
        message: `"${ref.id}" is defined neither in this document nor in the graph`,
      });
    else if (!ref.labels.some((l) => labels.includes(l))) {
      issues.push({ path: ref.path, message: `"${ref.id}" is not a ${ref.labels.join(' or ')}` });
    }
  }
  if (issues.length > 0) throw new IngestError(file, issues);
}

async function writePlan(tx: TxRunner, plan: GraphPlan): Promise<void> {
  const nodesByLabel = groupBy<PlannedNode, NodeLabel>(plan.nodes, (n) => n.label);
  for (const label of NODE_LABELS) {
    const nodes = nodesByLabel.get(label);
    if (nodes)
      for (const chunk of chunks(nodes)) {
        await tx.run(upsertNodesCypher(label), {
          rows: chunk.map((n) => ({ id: n.id, props: toWriteProps(n.props) })),
        });
      }
  }
  await tx.run(REMOVE_STALE_NODES, { doc: plan.docId, keep: plan.nodes.map((n) => n.id) });
  const relsByType = groupBy<PlannedRel, RelType>(plan.rels, (r) => r.type);
  for (const type of REL_TYPES) {
    const rels = relsByType.get(type) ?? [];
    if (rels.length > 0) {
      for (const chunk of chunks(rels)) {
        await tx.run(upsertRelsCypher(type), {
          rows: chunk.map((r) => ({ id: r.id, from: r.from, to: r.to, props: toWriteProps(r.props) })),
        });
      }
    }
    await tx.run(removeStaleRelsCypher(type), { doc: plan.docId, keep: rels.map((r) => r.id) });
  }
}

export function planDocument(checked: CheckedDocument): GraphPlan {
  try {
    return buildPlan(checked);
  } catch (error) {
    if (error instanceof PlanError) throw new IngestError(checked.file, error.issues);
    throw error;
  }
}

export async function loadChecked(executor: Executor, checked: CheckedDocument): Promise<LoadReport> {
  const plan = planDocument(checked);
  await executor.writeTransaction(async (tx) => {
    await checkExternalReferences(tx, checked.file, plan);
    await writePlan(tx, plan);
  });
  return { file: checked.file, docId: plan.docId, nodes: plan.nodes.length, relationships: plan.rels.length };
}

/** Checks every file first, then loads each in its own transaction; a bad file stops the run before any write. */
export async function loadFiles(executor: Executor, files: string[]): Promise<LoadReport[]> {
  const checked = files.map((file) => checkDocumentFile(file));
  checked.forEach(planDocument);
  const reports: LoadReport[] = [];
  for (const doc of checked) reports.push(await loadChecked(executor, doc));
  return reports;
}
