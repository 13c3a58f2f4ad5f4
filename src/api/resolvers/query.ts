import type { GraphQLResolveInfo } from 'graphql';
import type { NodeModel } from '../../domain/models';
import { listCases } from '../../repositories/cases';
import { listParties } from '../../repositories/parties';
import { search } from '../../repositories/search';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { selectedAt, selects } from './common';

type Lookup = (ctx: GraphQLContext, id: string) => Promise<NodeModel | null>;

// Global ids are typed by their prefix, so `node(id)` needs no extra query to find the type.
const BY_PREFIX: Record<string, Lookup> = {
  person: (ctx, id) => ctx.loaders.parties.load(id),
  organization: (ctx, id) => ctx.loaders.parties.load(id),
  group: (ctx, id) => ctx.loaders.parties.load(id),
  case: (ctx, id) => ctx.loaders.cases.load(id),
  charge: (ctx, id) => ctx.loaders.charges.load(id),
  claim: (ctx, id) => ctx.loaders.claims.load(id),
  outcome: (ctx, id) => ctx.loaders.outcomes.load(id),
  event: (ctx, id) => ctx.loaders.events.load(id),
  incident: (ctx, id) => ctx.loaders.incidents.load(id),
  production: (ctx, id) => ctx.loaders.productions.load(id),
  court: (ctx, id) => ctx.loaders.courts.load(id),
  source: (ctx, id) => ctx.loaders.sources.load(id),
};

// Fields a case summary carries; selecting anything else needs the full case document.
const CASE_SUMMARY_FIELDS = new Set([
  '__typename',
  'id',
  'caption',
  'captionKind',
  'kind',
  'status',
  'jurisdiction',
  'docketNumber',
  'filed',
  'closed',
  'evidence',
]);

function needsFullCases(info: GraphQLResolveInfo, path: string[]): boolean {
  return [...selectedAt(info, path)].some((f) => !CASE_SUMMARY_FIELDS.has(f));
}

export const queryResolvers: Resolvers = {
  Query: {
    node: (_r, { id }, ctx) => BY_PREFIX[id.split(':', 1)[0] ?? '']?.(ctx, id) ?? null,
    case: (_r, { id }, ctx) => ctx.loaders.cases.load(id),
    party: async (_r, { id }, ctx, info) => {
      if (!needsFullCases(info, ['cases', 'edges', 'node'])) return ctx.loaders.parties.load(id);
      const party = await ctx.loaders.partiesWithFullCases.load(id);
      if (party) ctx.loaders.parties.prime(id, party);
      return party;
    },
    cases: async (_r, args, ctx, info) => {
      const order = { field: args.orderBy?.field ?? 'CAPTION', direction: args.orderBy?.direction ?? 'ASC' };
      const connection = await listCases(
        ctx.executor,
        args.filter ?? {},
        order,
        args,
        selects(info, 'totalCount'),
      );
      for (const edge of connection.edges) ctx.loaders.cases.prime(edge.node.id, edge.node);
      return connection;
    },
    parties: async (_r, args, ctx, info) => {
      const connection = await listParties(
        ctx.executor,
        args.filter ?? {},
        args,
        selects(info, 'totalCount'),
      );
      for (const edge of connection.edges) ctx.loaders.parties.prime(edge.node.id, edge.node);
      return connection;
    },
    search: (_r, { text, first }, ctx) => search(ctx.executor, text, first),
  },
  CaseConnection: { totalCount: (c) => c.totalCount() },
  PartyConnection: { totalCount: (c) => c.totalCount() },
  CasePartyConnection: { totalCount: (c) => c.totalCount() },
  EventConnection: { totalCount: (c) => c.totalCount() },
  PartyCaseConnection: { totalCount: (c) => c.totalCount() },
};
