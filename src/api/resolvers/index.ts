import type { Resolvers } from '../generated/resolvers-types';
import { abstractTypeResolvers } from './abstract-types';
import { caseResolvers } from './case';
import { casesResolvers } from './cases';
import { chargeResolvers } from './charge';
import { courtResolvers } from './court';
import { citationResolvers } from './citations';
import { claimResolvers } from './claim';
import { connectionResolvers } from './connections';
import { eventResolvers } from './event';
import { evidenceResolvers } from './evidence';
import { exploreResolvers } from './explore';
import { incidentResolvers } from './incident';
import { loadDocumentResolvers } from './load-document';
import { nodeResolvers } from './node';
import { outcomeResolvers } from './outcome';
import { partialDateResolvers } from './partial-date';
import { partiesResolvers } from './parties';
import { partyResolvers } from './party';
import { productionResolvers } from './production';
import { rankingsResolvers } from './rankings';
import { scalarResolvers } from './scalars';
import { searchResolvers } from './search';
import { sourceResolvers } from './source';
import { statementResolvers } from './statement';
import { statsResolvers } from './stats';
import { timelineResolvers } from './timeline';

// One file per GraphQL type or root field; Apollo merges them.
export const resolvers: Resolvers[] = [
  scalarResolvers,
  abstractTypeResolvers,
  evidenceResolvers,
  connectionResolvers,
  nodeResolvers,
  caseResolvers,
  casesResolvers,
  chargeResolvers,
  courtResolvers,
  claimResolvers,
  outcomeResolvers,
  eventResolvers,
  partyResolvers,
  partiesResolvers,
  partialDateResolvers,
  searchResolvers,
  incidentResolvers,
  productionResolvers,
  exploreResolvers,
  statementResolvers,
  statsResolvers,
  rankingsResolvers,
  timelineResolvers,
  citationResolvers,
  sourceResolvers,
  loadDocumentResolvers,
];
