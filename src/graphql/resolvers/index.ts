import type { Resolvers } from '../generated/resolvers-types';
import { caseResolvers } from './case';
import { commonResolvers } from './common';
import { partyResolvers } from './party';
import { queryResolvers } from './query';

export const resolvers: Resolvers[] = [commonResolvers, queryResolvers, partyResolvers, caseResolvers];
