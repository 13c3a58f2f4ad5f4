import { STORED_KINDS as M } from '../api/fields/stored-kinds';
import { storedKeys } from '../api/fields/stored';
import { FULL, type Reading } from './reading';

// The stored properties each kind of entity shows: the keys of its field model's
// `property` entries (api/fields), of the fields the operation selects (reading.ts),
// and the few its mapper (`mappers.ts`) reads whatever is selected. A projection reads
// these and nothing else, so the write path's bookkeeping on the same node (the
// tallies of what each document states, name keys, sort keys) never travels to the
// API: on a docket's case detail it was a fifth of the row. A new stored field is its
// model entry alone.

/** The kinds of node (a party's three labels share one model), with what their mappers read beyond their fields. */
const NODES = {
  Case: [M.Case],
  // `kind` gives a party its GraphQL type; `displayName` names it in graph views (explore).
  Party: [M.Party, 'kind', 'displayName'],
  Court: [M.Court],
  Incident: [M.Incident],
  Production: [M.Production],
  Charge: [M.Charge],
  Claim: [M.Claim],
  // `seq` orders outcomes, events and statements as their sources tell them.
  Outcome: [M.Outcome, 'seq'],
  Event: [M.Event, 'seq'],
  Statement: [M.Statement, 'seq'],
} as const satisfies Record<string, readonly [object, ...string[]]>;

const KINDS = {
  ...NODES,
  PARTY_TO: [M.PARTY_TO],
  // Which of the case's parties the lawyer represents, and with which firm.
  COUNSEL_IN: [M.COUNSEL_IN, 'clientId', 'firmId'],
  JUDGE_IN: [M.JUDGE_IN],
  RELATED_TO: [M.RELATED_TO],
  /** SPOUSE_OF and PARENT_OF. */
  FAMILY: [M.FAMILY],
  WORKED_ON: [M.WORKED_ON],
  INVOLVED_IN: [M.INVOLVED_IN],
  /** A source's text is read only when asked (see `sourceDocument`). */
  Source: [M.Source],
} as const satisfies Record<string, readonly [object, ...string[]]>;

type Kind = keyof typeof KINDS;
export type Shown = Exclude<Kind, 'Source'>;

const NODE_KINDS = Object.keys(NODES) as (keyof typeof NODES)[];

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
