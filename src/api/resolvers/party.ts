import type { PartyPart } from '../../cypher/projections';
import { connectionFromPage } from '../../cypher/paging';
import { casePageKey } from '../../repositories/entities';
import { caseById, partyById, partyWith, required } from '../documents';
import type { PersonResolvers, Resolvers } from '../generated/resolvers-types';
import { casePageFor, casePartsOf, partyCasesOrder } from '../parts';
import { fieldNodesBelow } from '../selection';

const NO_PARTS: ReadonlySet<PartyPart> = new Set();

const partyFields: PersonResolvers = {
  displayName: (p) => p.name ?? p.descriptors[0]?.text ?? p.id,
  relationships: async (p, _a, ctx, info) =>
    (await partyWith(p, ctx, info, 'relationships')).relationships ?? [],
  credits: async (p, _a, ctx, info) => (await partyWith(p, ctx, info, 'credits')).credits ?? [],
  incidents: async (p, _a, ctx, info) => (await partyWith(p, ctx, info, 'incidents')).incidents ?? [],
  statements: async (p, _a, ctx, info) => (await partyWith(p, ctx, info, 'statementLinks')).statements ?? [],
  statementsAbout: async (p, _a, ctx, info) =>
    (await partyWith(p, ctx, info, 'statementLinks')).statementsAbout ?? [],
  contacts: async (p, _a, ctx, info) => (await partyWith(p, ctx, info, 'contacts')).contacts ?? [],
  counselAppearances: async (p, _a, ctx, info) =>
    (await partyWith(p, ctx, info, 'counselAppearances')).counselAppearances ?? [],
  possibleSameAs: async (p, _a, ctx, info) =>
    (await partyWith(p, ctx, info, 'possibleSameAs')).possibleSameAs ?? [],
  // A page of the party's cases is read in Cypher: with the party when the party was
  // fetched for this selection, else with the page's siblings in one batch.
  cases: async (p, args, ctx, info) => {
    const page = casePageFor(
      args,
      casePartsOf(info, fieldNodesBelow(info, info.fieldNodes, ['edges', 'node'])),
    );
    const fetched =
      p.casePage?.key === casePageKey(page)
        ? p.casePage
        : (await ctx.loaders.partiesWith(NO_PARTS, page).load(p.id))?.casePage;
    return connectionFromPage(
      required(fetched, `Cases of ${p.id}`),
      (l) => l.caseId,
      partyCasesOrder(args.role),
    );
  },
};

export const partyResolvers: Resolvers = {
  Query: {
    party: (_r, { id }, ctx, info) => partyById(id, ctx, info),
  },
  Person: partyFields,
  Organization: partyFields as Resolvers['Organization'],
  Group: partyFields as Resolvers['Group'],
  PartyCaseEdge: {
    node: (e, _a, ctx, info) => e.node.case ?? caseById(e.node.caseId, ctx, info),
    roles: (e) => e.node.roles,
  },
};
