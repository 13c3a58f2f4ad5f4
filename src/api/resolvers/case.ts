import { caseStateOn, splitByDay } from '../../domain/as-of';
import { PROSECUTOR_CAPACITIES } from '../../graph/roles';
import type { CaseModel } from '../../domain/models';
import { connectionFromList } from '../../cypher/paging';
import { caseById, caseDetails } from '../documents';
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
    case: (k, _a, ctx) => k.case ?? caseById(k.caseId, ctx),
  },
  Query: {
    case: (_r, { id }, ctx) => ctx.loaders.cases.load(id),
  },
  Case: {
    court: async (c, _a, ctx) => (await caseDetails(c, ctx)).court,
    incident: async (c, _a, ctx) => (await caseDetails(c, ctx)).incident,
    parties: async (c, args, ctx) => {
      const details = await caseDetails(c, ctx);
      const all = details.parties;
      const chosen = args.role ? all.filter((p) => p.role === args.role) : all;
      // Asking for the prosecution also finds the lawyers who prosecute, stored as counsel.
      if (args.role === 'PROSECUTION') {
        for (const k of details.counsel.filter((k) => PROSECUTOR_CAPACITIES.includes(k.capacity))) {
          if (!chosen.some((p) => p.party.id === k.lawyer.id))
            chosen.push({ id: k.id, role: 'PROSECUTION', party: k.lawyer, evidence: k.evidence });
        }
      }
      return connectionFromList(chosen, args, (p) => p.id, `case-parties:${args.role ?? 'ANY'}`);
    },
    counsel: async (c, _a, ctx) => (await caseDetails(c, ctx)).counsel,
    judges: async (c, _a, ctx) => (await caseDetails(c, ctx)).judges,
    charges: async (c, _a, ctx) => (await caseDetails(c, ctx)).charges,
    claims: async (c, _a, ctx) => (await caseDetails(c, ctx)).claims,
    outcomes: async (c, _a, ctx) => (await caseDetails(c, ctx)).outcomes,
    events: async (c, args, ctx) =>
      connectionFromList((await caseDetails(c, ctx)).events, args, (e) => e.id, 'case-events'),
    relatedCases: async (c, _a, ctx) => (await caseDetails(c, ctx)).related,
    statements: async (c, _a, ctx) => (await caseDetails(c, ctx)).statements,
    natureOfSuit: async (c, _a, ctx) => (await caseDetails(c, ctx)).natureOfSuit,
    cause: async (c, _a, ctx) => (await caseDetails(c, ctx)).cause,
    jurisdictionBasis: async (c, _a, ctx) => (await caseDetails(c, ctx)).jurisdictionBasis,
    juryDemand: async (c, _a, ctx) => (await caseDetails(c, ctx)).juryDemand,
    demand: async (c, _a, ctx) => (await caseDetails(c, ctx)).demand,
    asOf: async (c, { date }, ctx) => {
      const full = await caseDetails(c, ctx);
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
