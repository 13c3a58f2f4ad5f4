import { NODE, NODE_LABELS, PARTY, type NodeLabel } from './labels';

// The indexes the graph has: unique ids, property and keyset (sort key, id)
// indexes for the entry points, and the full-text index behind search and `text` filters.

export const UNIQUE_ID_LABELS = [NODE, PARTY, ...NODE_LABELS];

// No index on `docs` (the documents stating a node or relationship): Neo4j's range
// indexes do not serve list membership (`$doc IN n.docs`, checked with EXPLAIN), so
// finding what a document states scans; it happens only on reload and removal.
export const PROPERTY_INDEXES: [label: string, property: string][] = [
  ['Party', 'displayName'],
  ['Party', 'kind'],
  ['Case', 'status'],
  ['Case', 'kind'],
  ['Case', 'caption'],
  ['Case', 'filedEarliest'],
  ['Case', 'closedEarliest'],
  ['Outcome', 'kind'],
  ['Event', 'dateEarliest'],
];

// (sort key, id) composites: keyset pages read in index order and seek to the cursor.
export const KEYSET_INDEXES: [label: string, property: string][] = [
  ['Case', 'caption'],
  ['Case', 'filedSortAsc'],
  ['Case', 'filedSortDesc'],
  ['Case', 'closedSortAsc'],
  ['Case', 'closedSortDesc'],
  ['Party', 'displayName'],
];

export const FULLTEXT_INDEX = 'search_text';
/** The labels the full-text index covers: the SearchResult union's types. */
export const FULLTEXT_LABELS: readonly NodeLabel[] = [
  'Person',
  'Organization',
  'Group',
  'Case',
  'Charge',
  'Claim',
  'Incident',
  'Production',
  'Court',
];
export const FULLTEXT_PROPERTIES = [
  'name',
  'aliases',
  'descriptors',
  'caption',
  'label',
  'title',
  'chargeLabels',
  'claimLabels',
];
