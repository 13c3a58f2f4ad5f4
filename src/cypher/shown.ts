import { DATE_SUFFIXES } from '../graph/codecs';

// The stored properties each kind of entity shows: what its mapper (`mappers.ts`) reads
// to answer the model's fields. A projection reads these and nothing else, so the
// write path's bookkeeping on the same node (the tallies of what each document states,
// name keys, sort keys) never travels to the API: on a docket's case detail it was a
// fifth of the row. Adding a stored field means adding its key here and in the mapper.

/** A partial date is stored as one property per part (see graph/codecs.ts). */
const dated = (prefix: string): string[] => DATE_SUFFIXES.map((s) => `${prefix}${s}`);

export const SHOWN = {
  Case: [
    'id',
    'caption',
    'captionKind',
    'kind',
    'status',
    'jurisdiction',
    'docketNumber',
    ...dated('filed'),
    ...dated('closed'),
  ],
  // `displayName` names a party in graph views (explore).
  Party: ['id', 'kind', 'name', 'aliases', 'displayName'],
  Court: ['id', 'name', 'jurisdiction'],
  Incident: ['id', 'name', 'description', 'place', ...dated('date')],
  Production: ['id', 'title', 'kind'],
  Charge: ['id', 'label', 'statute', 'countNumber', 'countStatus', 'disposition'],
  Claim: ['id', 'label'],
  // `seq` orders outcomes, events and statements as their sources tell them.
  Outcome: [
    'id',
    'kind',
    'withPrejudice',
    'canBeRevived',
    'reason',
    'stage',
    'stageText',
    'sentenceTerm',
    'sentenceMonths',
    'sentenceCustody',
    'seq',
    ...dated('date'),
  ],
  Event: ['id', 'kind', 'description', 'entryNumber', 'seq', ...dated('date')],
  Statement: ['id', 'kind', 'content', 'directQuote', 'attribution', 'seq', ...dated('date')],
  PARTY_TO: ['id', 'role', 'roleText', ...dated('terminated')],
  COUNSEL_IN: ['id', 'capacity', 'designations', 'clientId', 'firmId', ...dated('terminated')],
  JUDGE_IN: ['id', 'assignment'],
  RELATED_TO: ['id', 'kind'],
  /** SPOUSE_OF and PARENT_OF. */
  FAMILY: ['id', 'detail'],
  WORKED_ON: ['id', 'role', 'roleText'],
  INVOLVED_IN: ['id', 'kind', 'detail'],
} as const satisfies Record<string, readonly string[]>;

export type Shown = keyof typeof SHOWN;

/** Every key a node of any label shows: for entities whose label is known only at run time. */
export const ANY_NODE: readonly string[] = [
  ...new Set(
    (
      [
        'Case',
        'Party',
        'Court',
        'Incident',
        'Production',
        'Charge',
        'Claim',
        'Outcome',
        'Event',
        'Statement',
      ] as const
    ).flatMap((k) => SHOWN[k]),
  ),
];
