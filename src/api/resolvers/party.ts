import type { PartyModel } from '../../domain/models';
import { connectionFromList } from '../../cypher/paging';
import type { GraphQLContext } from '../context';
import type { PersonResolvers, Resolvers } from '../generated/resolvers-types';
import { required } from './common';

// Fields of a party document; a summary (one level down) is completed by the batched loader.
async function full(p: PartyModel, ctx: GraphQLContext): Promise<PartyModel> {
  if (p.caseLinks && p.relationships && p.credits && p.incidents) return p;
  return required(await ctx.loaders.parties.load(p.id), `Party ${p.id}`);
}

const partyFields: PersonResolvers = {
  displayName: (p) => p.name ?? p.descriptors[0]?.text ?? p.id,
  relationships: async (p, _a, ctx) => (await full(p, ctx)).relationships ?? [],
  credits: async (p, _a, ctx) => (await full(p, ctx)).credits ?? [],
  incidents: async (p, _a, ctx) => (await full(p, ctx)).incidents ?? [],
  cases: async (p, args, ctx) => {
    const links = (await full(p, ctx)).caseLinks ?? [];
    const chosen = args.role ? links.filter((l) => l.roles.includes(args.role!)) : links;
    return connectionFromList(chosen, args, (l) => l.case.id, `party-cases:${args.role ?? 'ANY'}`);
  },
};

export const partyResolvers: Resolvers = {
  Person: partyFields,
  Organization: partyFields as Resolvers['Organization'],
  Group: partyFields as Resolvers['Group'],
  PartyCaseEdge: {
    node: (e) => e.node.case,
    roles: (e) => e.node.roles,
  },
  Descriptor: {},
  Production: {
    credits: async (x, _a, ctx) => x.credits ?? (await ctx.loaders.productions.load(x.id))?.credits ?? [],
    incidents: async (x, _a, ctx) =>
      x.incidents ?? (await ctx.loaders.productions.load(x.id))?.incidents ?? [],
  },
};
