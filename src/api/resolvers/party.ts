import { connectionFromList } from '../../cypher/paging';
import { caseById, partyById, partyWith } from '../documents';
import type { PersonResolvers, Resolvers } from '../generated/resolvers-types';
import { partyCasesOrder } from '../parts';

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
  // The case list holds ids and roles, paged here; the page's case documents come with
  // the party when it was fetched for this selection, else in one batch per page.
  cases: async (p, args, ctx, info) => {
    const party = await partyWith(p, ctx, info, 'caseLinks');
    const links = party.caseLinks ?? [];
    const chosen = args.role ? links.filter((l) => l.roles.includes(args.role!)) : links;
    const connection = connectionFromList(chosen, args, (l) => l.caseId, partyCasesOrder(args.role));
    const docs = new Map((party.casePage ?? []).map((c) => [c.id, c]));
    const edges = connection.edges.map((e) => ({ ...e, node: { ...e.node, case: docs.get(e.node.caseId) } }));
    return { ...connection, edges };
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
