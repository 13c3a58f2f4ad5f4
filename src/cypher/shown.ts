import {
  CASE,
  CASE_JUDGE,
  CASE_PARTY,
  CASE_RELATION,
  CHARGE,
  CLAIM,
  COUNSEL,
  COURT,
} from '../api/fields/case';
import {
  EVENT,
  INCIDENT,
  INCIDENT_INVOLVEMENT,
  OUTCOME,
  PRODUCTION,
  PRODUCTION_CREDIT,
  STATEMENT,
} from '../api/fields/facts';
import { PARTY, PARTY_RELATIONSHIP } from '../api/fields/party';
import { storedKeys } from '../api/fields/stored';
import { SOURCE } from '../api/fields/values';
import { FULL, type Reading } from './reading';

// The stored properties each kind of entity shows: the keys of its field model's
// `property` entries (api/fields), of the fields the operation selects (reading.ts),
// and the few its mapper (`mappers.ts`) reads whatever is selected. A projection reads
// these and nothing else, so the write path's bookkeeping on the same node (the
// tallies of what each document states, name keys, sort keys) never travels to the
// API: on a docket's case detail it was a fifth of the row. A new stored field is its
// model entry alone.

const KINDS = {
  Case: [CASE],
  // `kind` gives a party its GraphQL type; `displayName` names it in graph views (explore).
  Party: [PARTY, 'kind', 'displayName'],
  Court: [COURT],
  Incident: [INCIDENT],
  Production: [PRODUCTION],
  Charge: [CHARGE],
  Claim: [CLAIM],
  // `seq` orders outcomes, events and statements as their sources tell them.
  Outcome: [OUTCOME, 'seq'],
  Event: [EVENT, 'seq'],
  Statement: [STATEMENT, 'seq'],
  PARTY_TO: [CASE_PARTY],
  // Which of the case's parties the lawyer represents, and with which firm.
  COUNSEL_IN: [COUNSEL, 'clientId', 'firmId'],
  JUDGE_IN: [CASE_JUDGE],
  RELATED_TO: [CASE_RELATION],
  /** SPOUSE_OF and PARENT_OF. */
  FAMILY: [PARTY_RELATIONSHIP],
  WORKED_ON: [PRODUCTION_CREDIT],
  INVOLVED_IN: [INCIDENT_INVOLVEMENT],
  /** A source's text is read only when asked (see `sourceDocument`). */
  Source: [SOURCE],
} as const satisfies Record<string, readonly [object, ...string[]]>;

type Kind = keyof typeof KINDS;
export type Shown = Exclude<Kind, 'Source'>;

const NODE_KINDS = [
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
] as const;

/** The keys a `kind` shows under `reading`: its selected properties and what its mapper always reads. */
export function shownKeys(kind: Kind, reading: Reading = FULL): string[] {
  const [model, ...always] = KINDS[kind];
  return [...storedKeys(model, (name) => reading.selects(name)), ...always];
}

/** Every key a node of any label shows: for entities whose label is known only at run time. */
export const anyNodeKeys = (reading: Reading = FULL): string[] => [
  ...new Set(NODE_KINDS.flatMap((k) => shownKeys(k, reading))),
];

/** Every key each kind shows, whatever is selected. */
export const SHOWN = {} as { [K in Kind]: readonly string[] };
for (const k of Object.keys(KINDS) as Kind[]) SHOWN[k] = shownKeys(k);
