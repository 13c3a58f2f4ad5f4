import { Client, fetchExchange } from 'urql';
import { cacheExchange } from '@urql/exchange-graphcache';

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
];

export function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange({ keys: Object.fromEntries(EMBEDDED.map((t) => [t, () => null])) }),
      fetchExchange,
    ],
    requestPolicy: 'cache-first',
    preferGetMethod: false,
  });
}
