import type { PartyPart } from '../../cypher/projections';
import type {
  ContactPoint,
  Descriptor,
  Office,
  Party,
  PartyCaseConnection,
  PartyCaseEdge,
  PartyConnection,
  PartyEdge,
  PartyRelationship,
  PossibleSameAs,
} from '../../generated/graphql';
import {
  computed,
  derived,
  evidence,
  hop,
  list,
  one,
  page,
  property,
  requiring,
  value,
  type TypeModel,
  CONNECTION,
  EDGE,
} from './kinds';
import { optText, text, texts } from './stored';

// A party (person, organisation or group: one model for the three) and its links.
// `parts` name the pieces of the party's projection (`partyDocument`) a field needs.

/** Parties sharing a name key, as the generated worlds and the dockets show them: a handful. */
const SAME_NAME_ESTIMATE = 10;

export const PARTY = {
  id: property(text),
  name: property(optText),
  // Its name, else its first descriptor, else its id (resolvers/party.ts).
  displayName: requiring(['name', 'descriptors'], derived()),
  aliases: property(texts),
  descriptors: derived(),
  offices: derived(),
  evidence: evidence(['evidence']),
  // Paged in Cypher, but counting them and ordering by caption reads every link.
  cases: page(hop(['PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN'], 'out'), [], { readsAll: true }),
  relationships: list(hop(['SPOUSE_OF', 'PARENT_OF'], 'both'), ['relationships']),
  credits: list(hop('WORKED_ON', 'out'), ['credits']),
  incidents: list(hop('INVOLVED_IN', 'out'), ['incidents']),
  statements: list(hop(['STATED', 'ON_BEHALF_OF'], 'both'), ['statementLinks']),
  statementsAbout: list(hop('ABOUT', 'in'), ['statementLinks']),
  contacts: derived(['contacts']),
  counselAppearances: list(hop('COUNSEL_IN', 'out'), ['counselAppearances']),
  possibleSameAs: computed({
    parts: ['possibleSameAs'],
    rows: (_args, child) => SAME_NAME_ESTIMATE * (1 + child),
  }),
} as const satisfies TypeModel<Party, PartyPart>;

export const DESCRIPTOR = { text: value(), evidence: evidence() } as const satisfies TypeModel<Descriptor>;
export const OFFICE = { title: value(), evidence: evidence() } as const satisfies TypeModel<Office>;
export const CONTACT_POINT = {
  kind: value(),
  value: value(),
  evidence: evidence(),
} as const satisfies TypeModel<ContactPoint>;

export const PARTY_RELATIONSHIP = {
  id: property(text),
  // From the relationship's type and direction (SPOUSE_OF, PARENT_OF or CHILD_OF).
  kind: derived(),
  detail: property(optText),
  other: one(hop(['SPOUSE_OF', 'PARENT_OF'], 'both')),
  evidence: evidence(),
} as const satisfies TypeModel<PartyRelationship>;

export const POSSIBLE_SAME_AS = {
  party: value(),
  reasons: value(),
  against: value(),
} as const satisfies TypeModel<PossibleSameAs>;

export const PARTY_CASE_EDGE = {
  cursor: value(),
  node: value(),
  roles: value(),
} as const satisfies TypeModel<PartyCaseEdge>;
export const PARTY_CASE_CONNECTION = CONNECTION satisfies TypeModel<PartyCaseConnection>;
export const PARTY_EDGE = EDGE satisfies TypeModel<PartyEdge>;
export const PARTY_CONNECTION = CONNECTION satisfies TypeModel<PartyConnection>;
