import type { Resolvers } from '../generated/resolvers-types';

// Every model carries its GraphQL typename (an entity's label), so interfaces and unions resolve without a look-up.
export const abstractTypeResolvers: Resolvers = {
  Node: { __resolveType: (n) => n.__typename },
  Party: { __resolveType: (p) => p.__typename },
  Resolvable: { __resolveType: (r) => r.__typename },
  SearchResult: { __resolveType: (r) => r.__typename },
  StatementSubject: { __resolveType: (r) => r.__typename },
};
