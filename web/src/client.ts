import { Client, fetchExchange } from 'urql';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { PartyPageQuery } from './gql/graphql';

// A normalised cache keyed by global id: every entity (`person:…`, `case:…`) is stored
// once, so an entity seen on one page is up to date on every other. Value types without
// an id of their own are embedded in their parent (key null).
const EMBEDDED = [
  'PartialDate',
  'Evidence',
  'Descriptor',
  'Office',
  'Sentence',
  'PageInfo',
  'SearchHit',
  'SearchMatch',
  'CaseAsOf',
  'Subgraph',
  'Path',
  'PathStep',
  'StatsBucket',
  'OutcomeKindByCaseKind',
  'DispositionTimes',
  'DispositionTimesGroup',
  'TimeToDisposition',
  'OutcomeStats',
  'PartyCaseCount',
  'CasePartyConnection',
  'CasePartyEdge',
  'PartyCaseConnection',
  'PartyCaseEdge',
  'EventConnection',
  'EventEdge',
  'TimelineConnection',
  'TimelineEdge',
  'CaseConnection',
  'CaseEdge',
  'PartyConnection',
  'PartyEdge',
  // Counts of a set of cases: the same entity counts differently under another filter.
  'RankingConnection',
  'RankingEdge',
  'RankingEntry',
  'RoleCount',
  'CaseFacets',
  'FacetValue',
];

// The types of the abstract type conditions the operations use (`... on Party`). Without
// them graphcache matches a fragment by guessing from the fields it holds, and a fragment
// holding only a spread (`... on Statement { ...StatementFields }`) would "match" any
// entity, so a page read back from the cache would look incomplete and never render.
// A Record over the codegen'd typenames: a new kind of party fails tsc until listed here.
const PARTY_TYPES: Record<NonNullable<PartyPageQuery['party']>['__typename'], true> = {
  Person: true,
  Organization: true,
  Group: true,
};

export function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED.map((t) => [t, () => null])),
        possibleTypes: { Party: Object.keys(PARTY_TYPES) },
      }),
      fetchExchange,
    ],
    requestPolicy: 'cache-first',
    preferGetMethod: false,
  });
}
