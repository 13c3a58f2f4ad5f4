import type { Mutation, Query } from '../../generated/graphql';
import { DEFAULT_NODES, PATH_CANDIDATES } from '../../repositories/explore';
import { DEFAULT_SEARCH_HITS, EVIDENCE_CANDIDATES_PER_HIT } from '../../repositories/search';
import { DEFAULT_TOP_PARTIES } from '../../repositories/stats';
import { DEFAULT_FACET_VALUES, FACETS } from '../../repositories/case-facets';
import { computed, hop, lookup, type Args, type Hop, type TypeModel } from './kinds';
import { pageSizeOf } from '../../cypher/paging';

// The root fields, each with the documented worst case of what it reads.

/** Quotes a source is cited by, as the estimate counts them (an article: a few hundred; a docket: more). */
export const CITATIONS_ESTIMATE = 500;

const int = (args: Args, name: string, fallback: number): number =>
  typeof args[name] === 'number' ? args[name] : fallback;

/** A keyset page of a root list: the page's rows and what each selects. */
const rootPage = computed({ rows: (args, child) => 1 + pageSizeOf(args) * (1 + child) });

/** The links a ranking's entity appears in its cases through, per subject (their degree: what counting one reads). */
const RANKED_VIA: Record<string, Hop> = {
  PARTY: hop('PARTY_TO', 'out'),
  LAWYER: hop('COUNSEL_IN', 'out'),
  // A firm's appearances are its lawyers' (found by the relationships' `firmId`), which
  // no degree measures: counted as one lawyer's.
  FIRM: hop('COUNSEL_IN', 'out'),
  // The shape measures a party's links of all three kinds, not a judge's alone.
  JUDGE: hop(['PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN'], 'out'),
  COURT: hop('IN_COURT', 'in'),
};

export const QUERY = {
  case: lookup(),
  cases: rootPage,
  citations: computed({ rows: (_args, child) => CITATIONS_ESTIMATE * (1 + child) }),
  node: lookup(),
  // Each level reads every relationship of a frontier of at most `limit` nodes, and
  // the edges among the nodes found are read once more.
  neighborhood: computed({
    rows: (args, child, shape) => {
      const limit = int(args, 'limit', DEFAULT_NODES);
      return limit * (int(args, 'depth', 1) + 1) * (1 + shape.anyDegree()) + limit * child;
    },
  }),
  // A breadth-first search from both ends, half the length each, then the shortest
  // paths ordered among at most PATH_CANDIDATES candidates.
  paths: computed({
    rows: (args, child, shape) => {
      const length = int(args, 'maxLength', 4);
      const search = 2 * shape.anyDegree() ** Math.ceil(length / 2);
      return search + PATH_CANDIDATES * length + int(args, 'first', 5) * length * (1 + child);
    },
  }),
  party: lookup(),
  parties: rootPage,
  search: computed({
    rows: (args, child) => {
      // Own texts give `first` candidates, evidence records EVIDENCE_CANDIDATES_PER_HIT as many.
      const first = int(args, 'first', DEFAULT_SEARCH_HITS);
      return first * (1 + EVIDENCE_CANDIDATES_PER_HIT) + first * (1 + child);
    },
  }),
  // From the snapshot of the whole graph's statistics, or computed directly when it is stale.
  outcomeStats: computed({
    rows: (args, child) => 1 + child + int(args, 'topParties', DEFAULT_TOP_PARTIES) * (1 + child),
  }),
  timeline: rootPage,
  // Every entity of the set is counted: a page's entries each read their links in the
  // cases (the subject's degree; a lawyer's or firm's also the client's role, one more
  // per link), and only the page is projected.
  rankings: computed({
    rows: (args, child, shape) => {
      const via = RANKED_VIA[String(args.subject)] ?? hop(['PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN'], 'out');
      const perLink = args.subject === 'LAWYER' || args.subject === 'FIRM' ? 2 : 1;
      return 1 + pageSizeOf(args) * (1 + child + perLink * shape.degree(via));
    },
  }),
  // Each facet lists at most `limit` values.
  caseFacets: computed({
    rows: (args, child) => 1 + child + FACETS.length * int(args, 'limit', DEFAULT_FACET_VALUES),
  }),
  // Reads the ids the document refers to and the nodes it states, one row each.
  checkDocument: computed({ rows: () => 1000 }),
} as const satisfies TypeModel<Query>;

export const MUTATION = {
  loadDocument: lookup(),
  removeDocument: lookup(),
} as const satisfies TypeModel<Mutation>;
