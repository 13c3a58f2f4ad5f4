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

// The stored properties each kind of entity shows: the keys of its field model's
// `property` entries (api/fields), and the few its mapper (`mappers.ts`) reads beyond
// its fields. A projection reads these and nothing else, so the write path's
// bookkeeping on the same node (the tallies of what each document states, name keys,
// sort keys) never travels to the API: on a docket's case detail it was a fifth of the
// row. A new stored field is its model entry alone.

export const SHOWN = {
  Case: storedKeys(CASE),
  // `kind` gives a party its GraphQL type; `displayName` names it in graph views (explore).
  Party: [...storedKeys(PARTY), 'kind', 'displayName'],
  Court: storedKeys(COURT),
  Incident: storedKeys(INCIDENT),
  Production: storedKeys(PRODUCTION),
  Charge: storedKeys(CHARGE),
  Claim: storedKeys(CLAIM),
  // `seq` orders outcomes, events and statements as their sources tell them.
  Outcome: [...storedKeys(OUTCOME), 'seq'],
  Event: [...storedKeys(EVENT), 'seq'],
  Statement: [...storedKeys(STATEMENT), 'seq'],
  PARTY_TO: storedKeys(CASE_PARTY),
  // Which of the case's parties the lawyer represents, and with which firm.
  COUNSEL_IN: [...storedKeys(COUNSEL), 'clientId', 'firmId'],
  JUDGE_IN: storedKeys(CASE_JUDGE),
  RELATED_TO: storedKeys(CASE_RELATION),
  /** SPOUSE_OF and PARENT_OF. */
  FAMILY: storedKeys(PARTY_RELATIONSHIP),
  WORKED_ON: storedKeys(PRODUCTION_CREDIT),
  INVOLVED_IN: storedKeys(INCIDENT_INVOLVEMENT),
  /** A source's text is read only when asked (see `sourceDocument`). */
  Source: storedKeys(SOURCE),
} as const satisfies Record<string, readonly string[]>;

export type Shown = Exclude<keyof typeof SHOWN, 'Source'>;

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
