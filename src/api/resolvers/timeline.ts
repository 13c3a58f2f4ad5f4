import { caseStateOn } from '../../domain/as-of';
import { connectionFromList, badInput } from '../../cypher/paging';
import { timeline, type TimelineSubject } from '../../repositories/timeline';
import type { CaseModel } from '../../domain/models';
import type { Resolvers } from '../generated/resolvers-types';
import { details } from './case';

/** The last day the sources behind a case's status can have been written. */
function latestSourceDay(c: CaseModel): string | null {
  const days = c.evidence.map((e) => e.source?.date?.latest).filter((d): d is string => Boolean(d));
  return days.sort().at(-1) ?? null;
}

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_r, args, ctx) => {
      const given = (['partyId', 'caseId', 'incidentId'] as const).filter((k) => args[k] != null);
      if (given.length !== 1)
        throw badInput('Give exactly one of `partyId`, `caseId`, `incidentId`', 'partyId');
      const key = given[0]!;
      const subject = key.replace('Id', '') as TimelineSubject;
      const entries = await timeline(ctx.executor, subject, args[key]!);
      return entries && connectionFromList(entries, args, (e) => e.id, `timeline:${subject}:${args[key]}`);
    },
  },
  TimelineConnection: { totalCount: (c) => c.totalCount() },
  Case: {
    asOf: async (c, { date }, ctx) => {
      const full = await details(c, ctx);
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
      // An undated step counts once the step told before it does: the lists are already in that order.
      const upTo = <T extends { date: { earliest: string } | null }>(items: T[]): T[] => {
        const kept: T[] = [];
        let open = true;
        for (const item of items) {
          if (item.date) open = item.date.earliest <= date;
          if (open) kept.push(item);
        }
        return kept;
      };
      return {
        ...state,
        pending: state.status === 'PENDING',
        parties: state.exists ? full.parties : [],
        outcomes: state.exists ? upTo(full.outcomes) : [],
        events: state.exists ? upTo(full.events) : [],
      };
    },
  },
};
