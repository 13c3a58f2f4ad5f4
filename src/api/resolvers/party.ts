import type { GraphQLResolveInfo } from 'graphql';
import { connectionFromList } from '../../cypher/paging';
import { fullParty } from '../documents';
import type { PersonResolvers, Resolvers } from '../generated/resolvers-types';
import { selectedAt } from '../selection';

// Fields a case summary carries; selecting anything else in `party.cases` needs the full case documents.
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

function needsFullCases(info: GraphQLResolveInfo): boolean {
  return [...selectedAt(info, ['cases', 'edges', 'node'])].some((f) => !CASE_SUMMARY_FIELDS.has(f));
}

const partyFields: PersonResolvers = {
  displayName: (p) => p.name ?? p.descriptors[0]?.text ?? p.id,
  relationships: async (p, _a, ctx) => (await fullParty(p, ctx)).relationships ?? [],
  credits: async (p, _a, ctx) => (await fullParty(p, ctx)).credits ?? [],
  incidents: async (p, _a, ctx) => (await fullParty(p, ctx)).incidents ?? [],
  statements: async (p, _a, ctx) => (await fullParty(p, ctx)).statements ?? [],
  statementsAbout: async (p, _a, ctx) => (await fullParty(p, ctx)).statementsAbout ?? [],
  contacts: async (p, _a, ctx) => (await fullParty(p, ctx)).contacts ?? [],
  counselAppearances: async (p, _a, ctx) => (await fullParty(p, ctx)).counselAppearances ?? [],
  possibleSameAs: async (p, _a, ctx) => (await fullParty(p, ctx)).possibleSameAs ?? [],
  cases: async (p, args, ctx) => {
    const links = (await fullParty(p, ctx)).caseLinks ?? [];
    const chosen = args.role ? links.filter((l) => l.roles.includes(args.role!)) : links;
    return connectionFromList(chosen, args, (l) => l.case.id, `party-cases:${args.role ?? 'ANY'}`);
  },
};

export const partyResolvers: Resolvers = {
  Query: {
    // One statement either way: with full case documents when the selection reaches into the cases.
    party: async (_r, { id }, ctx, info) => {
      if (!needsFullCases(info)) return ctx.loaders.parties.load(id);
      const party = await ctx.loaders.partiesWithFullCases.load(id);
      if (party) ctx.loaders.parties.prime(id, party);
      return party;
    },
  },
  Person: partyFields,
  Organization: partyFields as Resolvers['Organization'],
  Group: partyFields as Resolvers['Group'],
  PartyCaseEdge: {
    node: (e) => e.node.case,
    roles: (e) => e.node.roles,
  },
};
