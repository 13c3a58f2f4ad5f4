import { badInput } from '../../domain/errors';
import { connectionFromList } from '../../cypher/paging';
import { timeline, type TimelineSubject } from '../../repositories/timeline';
import type { Resolvers } from '../generated/resolvers-types';

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_r, args, ctx) => {
      const given = (['partyId', 'caseId', 'incidentId'] as const).filter((k) => args[k] != null);
      if (given.length !== 1)
        throw badInput('Give exactly one of `partyId`, `caseId`, `incidentId`', 'partyId');
      const key = given[0]!;
      if (args.transitive && key !== 'incidentId')
        throw badInput('`transitive` needs `incidentId`', 'transitive');
      const subject = (args.transitive ? 'incidentTransitive' : key.replace('Id', '')) as TimelineSubject;
      const entries = await timeline(ctx.executor, subject, args[key]!);
      return entries && connectionFromList(entries, args, (e) => e.id, `timeline:${subject}:${args[key]}`);
    },
  },
};
