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
  EventKind,
  InvolvementKind,
  OutcomeKind,
  ProceedingStage,
  ProductionRole,
  StatementKind,
} from '../../generated/graphql';
import {
  derived,
  evidence,
  hop,
  list,
  lookup,
  one,
  property,
  value,
  type TypeModel,
  CONNECTION,
  EDGE,
} from './kinds';
import { day, flag, oneOf, optOneOf, optText, sentence, text, yes } from './stored';

// Events, outcomes, incidents, productions, statements, timelines.

export const EVENT = {
  id: property(text),
  kind: property(oneOf<EventKind>()),
  date: property(day),
  description: property(text),
  entryNumber: property(optText),
  case: one(hop('HAS_EVENT', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Event>;
export const EVENT_EDGE = EDGE satisfies TypeModel<EventEdge>;
export const EVENT_CONNECTION = CONNECTION satisfies TypeModel<EventConnection>;

export const OUTCOME = {
  id: property(text),
  kind: property(oneOf<OutcomeKind>()),
  case: one(hop('HAS_OUTCOME', 'in')),
  withPrejudice: property(flag),
  canBeRevived: property(flag),
  date: property(day),
  decidedBy: one(hop('DECIDED_BY', 'out')),
  reason: property(optText),
  stage: property(optOneOf<ProceedingStage>()),
  stageText: property(optText),
  sentence: property(sentence),
  resolves: list(hop('RESOLVES', 'out')),
  evidence: evidence(),
} as const satisfies TypeModel<Outcome>;

export const INCIDENT = {
  id: property(text),
  name: property(text),
  description: property(text),
  date: property(day),
  place: property(optText),
  production: one(hop('ON_PRODUCTION', 'out')),
  involvements: list(hop('INVOLVED_IN', 'in')),
  cases: list(hop('ARISES_FROM', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Incident>;

export const INCIDENT_INVOLVEMENT = {
  id: property(text),
  incident: one(hop('INVOLVED_IN', 'out')),
  party: one(hop('INVOLVED_IN', 'in')),
  kind: property(oneOf<InvolvementKind>()),
  detail: property(optText),
  evidence: evidence(),
} as const satisfies TypeModel<IncidentInvolvement>;

export const PRODUCTION = {
  id: property(text),
  title: property(text),
  kind: property(text),
  credits: list(hop('WORKED_ON', 'in')),
  incidents: list(hop('ON_PRODUCTION', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Production>;

export const PRODUCTION_CREDIT = {
  id: property(text),
  production: one(hop('WORKED_ON', 'out')),
  party: one(hop('WORKED_ON', 'in')),
  role: property(oneOf<ProductionRole>()),
  roleText: property(optText),
  evidence: evidence(),
} as const satisfies TypeModel<ProductionCredit>;

export const STATEMENT = {
  id: property(text),
  kind: property(oneOf<StatementKind>()),
  speaker: one(hop('STATED', 'in')),
  onBehalfOf: one(hop('ON_BEHALF_OF', 'out')),
  content: property(text),
  directQuote: property(yes),
  attribution: property(optText),
  date: property(day),
  about: list(hop('ABOUT', 'out')),
  evidence: evidence(),
} as const satisfies TypeModel<Statement>;

// Made from the case's events, outcomes and statements and its incident (domain/timeline.ts).
export const TIMELINE_ENTRY = {
  id: derived(),
  kind: derived(),
  eventKind: derived(),
  date: derived(),
  description: derived(),
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
