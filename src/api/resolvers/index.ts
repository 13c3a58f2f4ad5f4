import type { Resolvers } from '../generated/resolvers-types';
import { caseResolvers } from './case';
import { commonResolvers } from './common';
import { exploreResolvers } from './explore';
import { partyResolvers } from './party';
import { queryResolvers } from './query';
import { statsResolvers } from './stats';
import { timelineResolvers } from './timeline';

export const resolvers: Resolvers[] = [
  commonResolvers,
  queryResolvers,
  partyResolvers,
  caseResolvers,
  exploreResolvers,
  statsResolvers,
  timelineResolvers,
];
