import type { Resolvers } from '../generated/resolvers-types';

// Totals are computed only when selected: a function on the connection model.
export const connectionResolvers: Resolvers = {
  CaseConnection: { totalCount: (c) => c.totalCount() },
  PartyConnection: { totalCount: (c) => c.totalCount() },
  CasePartyConnection: { totalCount: (c) => c.totalCount() },
  EventConnection: { totalCount: (c) => c.totalCount() },
  PartyCaseConnection: { totalCount: (c) => c.totalCount() },
  TimelineConnection: { totalCount: (c) => c.totalCount() },
};
