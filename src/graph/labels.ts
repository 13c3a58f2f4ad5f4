import type { NodeKind, PartyKind } from '../generated/graphql';

// Node labels. Every entity also carries `Node` (unique id, the `node(id)` entry
// point); parties carry `Party`. The label of an entity is its GraphQL typename.

export const NODE = 'Node';
export const PARTY = 'Party';
/**
 * Internal, not an entity (no `Node` label): one per loaded document, so that
 * "was this document loaded before?" is an index seek, not a scan of every `docs` list.
 */
export const LOADED_DOCUMENT = 'LoadedDocument';
/**
 * Internal, not an entity: one document's statement of one node or relationship (its
 * evidence, its annotated texts, a key of its values), looked up by `of` (the entity's
 * id) and by `doc` (ingest/ownership.ts). Written and removed with its document alone.
 */
export const SHARE = 'Share';
/**
 * Internal, one node: a counter every load and removal raises in its own transaction, so
 * "has the graph changed since?" is one index seek (precomputed statistics record it).
 */
export const GRAPH_VERSION = 'GraphVersion';
/** Internal: the whole graph's statistics, precomputed for the graph version they record. */
export const STATS_SNAPSHOT = 'StatsSnapshot';
/** Internal, one node: marks a graph whose evidence is stored as records (migrated or new). */
export const STORAGE_FORMAT = 'StorageFormat';
/** Labels of bookkeeping nodes: not facts, and no document states them. */
export const BOOKKEEPING_LABELS = [GRAPH_VERSION, STATS_SNAPSHOT, STORAGE_FORMAT] as const;

export const NODE_LABELS = [
  'Source',
  'Person',
  'Organization',
  'Group',
  'Court',
  'Production',
  'Incident',
  'Case',
  'Charge',
  'Claim',
  'Outcome',
  'Event',
  'Statement',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const PARTY_LABELS = ['Person', 'Organization', 'Group'] as const satisfies readonly NodeLabel[];
export type PartyLabel = (typeof PARTY_LABELS)[number];

export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, PartyLabel>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GROUP: 'Group',
};

/** Each kind a graph view shows and the label that marks it (sources are not in graph views). */
export const NODE_KIND_LABELS: Readonly<Record<NodeKind, NodeLabel>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GROUP: 'Group',
  CASE: 'Case',
  CHARGE: 'Charge',
  CLAIM: 'Claim',
  OUTCOME: 'Outcome',
  EVENT: 'Event',
  INCIDENT: 'Incident',
  PRODUCTION: 'Production',
  COURT: 'Court',
  STATEMENT: 'Statement',
};

/** Global ids are `<prefix>:<slug>`; the prefix names the label, so `node(id)` needs no look-up of the type. */
export const ID_PREFIX_LABELS: Readonly<Record<string, NodeLabel>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, NodeLabel>,
    Object.fromEntries(NODE_LABELS.map((label) => [label.toLowerCase(), label])),
  ),
);

/** The label an id's prefix names, or null for an id no entity can have. */
export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.split(':', 1)[0] ?? '';
  return Object.hasOwn(ID_PREFIX_LABELS, prefix) ? (ID_PREFIX_LABELS[prefix] ?? null) : null;
}

/** The most specific known label among a node's labels. */
export function entityLabelOf(labels: readonly string[]): NodeLabel | null {
  return NODE_LABELS.find((label) => labels.includes(label)) ?? null;
}
