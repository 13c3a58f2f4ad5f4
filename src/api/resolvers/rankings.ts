import { Selected } from '../../cypher/reading';
import { caseFacets, FACETS } from '../../repositories/case-facets';
import { rankings } from '../../repositories/rankings';
import type { Resolvers } from '../generated/resolvers-types';
import { namesRead, partyPartsOf } from '../parts';
import { fieldNodesBelow, selectedAt, selectsNestedEvidence } from '../selection';

// Query.rankings and Query.caseFacets (schema/workbench.graphql): one statement each.
// A ranked party is projected with the parts its selection needs, a ranked court with
// its evidence when the selection reads some, as every other route projects them.

export const rankingsResolvers: Resolvers = {
  Query: {
    rankings: (_r, args, ctx, info) => {
      const entry = fieldNodesBelow(info, info.fieldNodes, ['edges', 'node']);
      const court = entry.filter((f) => f.name.value === 'court');
      return rankings(ctx.executor, args.subject, args.filter ?? {}, args, {
        party: partyPartsOf(info, fieldNodesBelow(info, info.fieldNodes, ['edges', 'node', 'party'])),
        court: new Selected(selectsNestedEvidence(info, court) ? ['nestedEvidence'] : [], namesRead(info)),
      });
    },
    // Only the facets selected are counted (fragments and aliases included).
    caseFacets: (_r, args, ctx, info) => {
      const fields = selectedAt(info, []);
      return caseFacets(ctx.executor, args.filter ?? {}, args.limit, {
        total: fields.has('total'),
        facets: FACETS.filter((f) => fields.has(f)),
      });
    },
  },
};
