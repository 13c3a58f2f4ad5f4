import { caseStateOn, splitByDay } from '../../domain/as-of';
import type { CaseModel } from '../../domain/models';
import { connectionFromPage } from '../../cypher/paging';
import { caseById, caseDetail, caseDetails, caseForSelection, casePage, samePage } from '../documents';
import { CASE_EVENTS_ORDER, caseEventsPageFor, casePartiesOrder, casePartiesPageFor } from '../parts';
import type { Resolvers } from '../generated/resolvers-types';

/** The last day the sources behind a case's status can have been written. */
function latestSourceDay(c: CaseModel): string | null {
  const days = c.evidence.map((e) => e.source?.date?.latest).filter((d): d is string => Boolean(d));
  return days.sort().at(-1) ?? null;
}

/** The items that count by `day`: an undated item counts once the item told before it does (lists are in that order). */
export const caseResolvers: Resolvers = {
  Counsel: {
    // The case of an appearance is the same full document as `case(id)`.
    case: (k, _a, ctx, info) => k.case ?? caseById(k.caseId, ctx, info),
  },
  Query: {
    case: (_r, { id }, ctx, info) => caseForSelection(id, ctx, info),
  },
  Case: {
    court: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'court'),
    incident: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'incident'),
    parties: async (c, args, ctx, info) => {
      const want = casePartiesPageFor(args);
      const page = await casePage(
        c,
        ctx,
        info,
        'partyPages',
        { parties: [want] },
        (p) => samePage(p, want) && p.role === want.role,
      );
      return connectionFromPage(page, (p) => p.id, casePartiesOrder(args.role));
    },
    counsel: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'counsel'),
    judges: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'judges'),
    charges: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'charges'),
    claims: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'claims'),
    outcomes: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'outcomes'),
    events: async (c, args, ctx, info) => {
      const want = caseEventsPageFor(args);
      const page = await casePage(c, ctx, info, 'eventPages', { events: [want] }, (p) => samePage(p, want));
      return connectionFromPage(page, (e) => e.id, CASE_EVENTS_ORDER);
    },
    relatedCases: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'related'),
    statements: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'statements'),
    natureOfSuit: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'natureOfSuit'),
    cause: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'cause'),
    jurisdictionBasis: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'jurisdictionBasis'),
    juryDemand: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'juryDemand'),
    demand: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'demand'),
    asOf: async (c, { date }, ctx, info) => {
      const full = await caseDetails(c, ctx, info, ['incident', 'events', 'outcomes', 'parties']);
      const state = caseStateOn(
        {
          status: c.status,
          filed: c.filed,
          closed: c.closed,
          incidentDate: full.incident?.date ?? null,
          events: full.events,
          statusKnownOn: latestSourceDay(c),
        },
        date,
      );
      const outcomes = splitByDay(state.exists ? full.outcomes : [], date);
      const events = splitByDay(state.exists ? full.events : [], date);
      return {
        ...state,
        pending: state.status === 'PENDING',
        parties: state.exists ? full.parties : [],
        outcomes: outcomes.happened,
        possibleOutcomes: outcomes.possibly,
        events: events.happened,
        possibleEvents: events.possibly,
      };
    },
  },
};
