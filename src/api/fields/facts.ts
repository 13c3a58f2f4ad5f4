import type {
  Event,
  EventConnection,
  EventEdge,
  Incident,
  IncidentInvolvement,
  Outcome,
  Production,
  ProductionCredit,
  Statement,
  TimelineConnection,
  TimelineEdge,
  TimelineEntry,
  CaseAsOf,
} from '../../generated/graphql';
import { evidence, hop, list, lookup, one, property, value, type TypeModel, CONNECTION, EDGE } from './kinds';

// Events, outcomes, incidents, productions, statements, timelines.

export const EVENT = {
  id: property(),
  kind: property(),
  date: property(),
  description: property(),
  entryNumber: property(),
  case: one(hop('HAS_EVENT', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Event>;
export const EVENT_EDGE = EDGE satisfies TypeModel<EventEdge>;
export const EVENT_CONNECTION = CONNECTION satisfies TypeModel<EventConnection>;

export const OUTCOME = {
  id: property(),
  kind: property(),
  case: one(hop('HAS_OUTCOME', 'in')),
  withPrejudice: property(),
  canBeRevived: property(),
  date: property(),
  decidedBy: one(hop('DECIDED_BY', 'out')),
  reason: property(),
  stage: property(),
  stageText: property(),
  sentence: property(),
  resolves: list(hop('RESOLVES', 'out')),
  evidence: evidence(),
} as const satisfies TypeModel<Outcome>;

export const INCIDENT = {
  id: property(),
  name: property(),
  description: property(),
  date: property(),
  place: property(),
  production: one(hop('ON_PRODUCTION', 'out')),
  involvements: list(hop('INVOLVED_IN', 'in')),
  cases: list(hop('ARISES_FROM', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Incident>;

export const INCIDENT_INVOLVEMENT = {
  id: property(),
  incident: one(hop('INVOLVED_IN', 'out')),
  party: one(hop('INVOLVED_IN', 'in')),
  kind: property(),
  detail: property(),
  evidence: evidence(),
} as const satisfies TypeModel<IncidentInvolvement>;

export const PRODUCTION = {
  id: property(),
  title: property(),
  kind: property(),
  credits: list(hop('WORKED_ON', 'in')),
  incidents: list(hop('ON_PRODUCTION', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Production>;

export const PRODUCTION_CREDIT = {
  id: property(),
  production: one(hop('WORKED_ON', 'out')),
  party: one(hop('WORKED_ON', 'in')),
  role: property(),
  roleText: property(),
  evidence: evidence(),
} as const satisfies TypeModel<ProductionCredit>;

export const STATEMENT = {
  id: property(),
  kind: property(),
  speaker: one(hop('STATED', 'in')),
  onBehalfOf: one(hop('ON_BEHALF_OF', 'out')),
  content: property(),
  directQuote: property(),
  attribution: property(),
  date: property(),
  about: list(hop('ABOUT', 'out')),
  evidence: evidence(),
} as const satisfies TypeModel<Statement>;

export const TIMELINE_ENTRY = {
  id: property(),
  kind: property(),
  eventKind: property(),
  date: property(),
  description: property(),
  case: lookup(),
  incident: lookup(),
  statement: lookup(),
  evidence: evidence(),
} as const satisfies TypeModel<TimelineEntry>;
export const TIMELINE_EDGE = EDGE satisfies TypeModel<TimelineEdge>;
export const TIMELINE_CONNECTION = CONNECTION satisfies TypeModel<TimelineConnection>;

/** A case as of a day: its lists are the case's own, cut at the day. */
export const CASE_AS_OF = {
  date: value(),
  exists: value(),
  status: value(),
  pending: value(),
  certainty: value(),
  possibleStatuses: value(),
  basis: value(),
  parties: list(hop('PARTY_TO', 'in')),
  outcomes: list(hop('HAS_OUTCOME', 'out')),
  possibleOutcomes: list(hop('HAS_OUTCOME', 'out')),
  events: list(hop('HAS_EVENT', 'out')),
  possibleEvents: list(hop('HAS_EVENT', 'out')),
} as const satisfies TypeModel<CaseAsOf>;
