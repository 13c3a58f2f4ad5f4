import { caseStateOn, splitByDay } from '../../domain/as-of';
import { PROSECUTOR_CAPACITIES } from '../../graph/roles';
import type { CaseModel } from '../../domain/models';
import { connectionFromList } from '../../cypher/paging';
import { caseById, caseDetail, caseDetails, caseForSelection } from '../documents';
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
      const details = await caseDetails(c, ctx, info, ['parties', 'counsel']);
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
    counsel: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'counsel'),
    judges: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'judges'),
    charges: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'charges'),
    claims: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'claims'),
    outcomes: (c, _a, ctx, info) => caseDetail(c, ctx, info, 'outcomes'),
    events: async (c, args, ctx, info) =>
      connectionFromList(await caseDetail(c, ctx, info, 'events'), args, (e) => e.id, 'case-events'),
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
