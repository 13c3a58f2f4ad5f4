import { evidenceKeys } from './codecs';
import {
  BOOKKEEPING_LABELS,
  LOADED_DOCUMENT,
  NODE,
  NODE_LABELS,
  PARTY,
  SHARE,
  type NodeLabel,
} from './labels';
import type { RelType } from './relationships';

// The indexes the graph has: unique ids, property and keyset (sort key, id)
// indexes for the entry points, and the full-text index behind search and `text` filters.

export const UNIQUE_ID_LABELS = [NODE, PARTY, ...NODE_LABELS, LOADED_DOCUMENT, SHARE, ...BOOKKEEPING_LABELS];

// A document's records are found by the entity they are of (its evidence, recounts) and
// by the document (what it stated before, on reload and removal).
export const PROPERTY_INDEXES: [label: string, property: string][] = [
  [SHARE, 'of'],
  [SHARE, 'doc'],
  ['Party', 'displayName'],
  ['Party', 'kind'],
  ['Case', 'status'],
  ['Case', 'kind'],
  ['Case', 'caption'],
  ['Case', 'filedEarliest'],
  ['Case', 'filedLatest'],
  ['Case', 'closedEarliest'],
  ['Case', 'closedLatest'],
  ['Outcome', 'kind'],
  ['Event', 'dateEarliest'],
  ['Case', 'docketKey'],
  ['Party', 'nameKey'],
];

/** Relationship properties looked up by value: a firm's appearances. */
export const REL_PROPERTY_INDEXES: [type: RelType, property: string][] = [['COUNSEL_IN', 'firmId']];

// (sort key, id) composites: keyset pages read in index order and seek to the cursor.
export const KEYSET_INDEXES: [label: string, property: string][] = [
  ['Case', 'caption'],
  ['Case', 'filedSortAsc'],
  ['Case', 'filedSortDesc'],
  ['Case', 'closedSortAsc'],
  ['Case', 'closedSortDesc'],
  ['Party', 'displayName'],
];

// The names carry the definition's version: `IF NOT EXISTS` never alters an index,
// so a graph made before a change gets the new one beside the old.
export const FULLTEXT_INDEX = 'search_text_v4';
/**
 * Evidence quotes, on the documents' records of nodes and relationships: indexed apart, so
 * `text` filters match names and captions only.
 */
export const EVIDENCE_INDEX = 'search_evidence_v2';
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
  'Statement',
  'Event',
  'Outcome',
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
  'content',
  'description',
  'reason',
  'stageText',
  // A case's nature of suit and cause as the docket words them, and its docket number.
  'natureOfSuit',
  'cause',
  'docketNumber',
];
/** Every evidence quote array of a record (its entity's own, its descriptors', its offices'). */
export const EVIDENCE_QUOTE_PROPERTIES = [
  evidenceKeys().quotes,
  evidenceKeys('descriptors').quotes,
  evidenceKeys('offices').quotes,
];
/**
 * Links whose evidence is their own; the others (HAS_EVENT, CHARGED, STATED…)
 * repeat the evidence of the fact at their end, which the node index finds already.
 */
export const LINK_EVIDENCE_TYPES = [
  'PARTY_TO',
  'COUNSEL_IN',
  'JUDGE_IN',
  'IN_COURT',
  'ARISES_FROM',
  'RELATED_TO',
  'SPOUSE_OF',
  'PARENT_OF',
  'WORKED_ON',
  'INVOLVED_IN',
] as const satisfies readonly RelType[];
