import { connectionFromList, connectionFromPage, pageWindow } from '../../cypher/paging';
import type { PartyCasePageModel } from '../../domain/models';
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
  // A page of the party's cases comes with the party, paged in Cypher, when the selection
  // asks for one page; otherwise (several different pages) the list of ids and roles is paged here.
  cases: async (p, args, ctx, info) => {
    const order = partyCasesOrder(args.role);
    const window = pageWindow(args, order);
    const asked = { role: args.role ?? null, after: window.after?.id ?? null, first: window.size };
    const fetched = (page: PartyCasePageModel | undefined) =>
      page && page.role === asked.role && page.after === asked.after && page.first === asked.first;
    if (!fetched(p.casePage)) await partyWith(p, ctx, info, 'caseLinks');
    if (fetched(p.casePage)) return connectionFromPage(p.casePage!, (l) => l.caseId, order);
    // The party came with a page for other arguments than these: read its whole list.
    const links =
      p.caseLinks ?? (await ctx.loaders.partiesWith(new Set(['caseLinks'])).load(p.id))?.caseLinks ?? [];
    const chosen = args.role ? links.filter((l) => l.roles.includes(args.role!)) : links;
    return connectionFromList(chosen, args, (l) => l.caseId, order);
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
