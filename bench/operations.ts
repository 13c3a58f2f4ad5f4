import { FULLTEXT_INDEX, EVIDENCE_INDEX } from '../src/graph/indexes';

// The fixed set of operations, each written three ways over the same data:
// `ours` (the project's GraphQL API), `raw` (hand-written Cypher through
// neo4j-driver: the floor) and `neo4jGraphql` (the reference server built with
// @neo4j/graphql over bench/neo4j-graphql/type-defs.graphql; null when that
// library cannot express the operation without a hand-written @cypher field).

/** Entities of the smallest graph chosen once, so every size asks the same questions. */
export interface Targets {
  caseId: string;
  /** The busiest party of the first world (the most cases). */
  partyId: string;
  /** How many cases it is a party to. */
  partyCases: number;
  /** A party of the first world in about ten cases (the closest to ten, then by id). */
  smallPartyId: string;
  smallPartyCases: number;
  courtId: string;
  caseKind: string;
  searchText: string;
  pathFrom: string;
  pathTo: string;
}

export interface GqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  /** The GraphQL operation name, which labels the server's metrics. */
  ours: GqlRequest;
  raw: { cypher: string; params: Record<string, unknown> };
  neo4jGraphql: GqlRequest | null;
  /** Over the whole graph (its cost is expected to grow with it). */
  wholeGraph?: boolean;
}

export const CASE_DETAIL = `query BenchCaseDetail($id: ID!) {
  case(id: $id) {
    id caption kind status docketNumber
    evidence { quote }
    court { id name }
    parties(first: 100) { edges { node { role party { id displayName } } } }
    counsel { capacity lawyer { id displayName } client { id displayName } }
    judges { judge { id displayName } }
    claims { id label }
    outcomes { id kind stage reason withPrejudice decidedBy { id displayName } }
    events(first: 100) { edges { node { id kind description date { value } } } }
  }
}`;

const CASE_DETAIL_REF = `query BenchCaseDetail($id: ID!) {
  cases(where: { id: { eq: $id } }) {
    id caption kind status docketNumber
    evidenceQuotes
    court { id name }
    partiesConnection(first: 100) { edges { properties { role } node { id displayName } } }
    counselConnection { edges { properties { capacity clientId } node { id displayName } } }
    judges { id displayName }
    claims { id label }
    outcomes { id kind stage reason withPrejudice decidedBy { id displayName } }
    events(limit: 100, sort: [{ seq: ASC }]) { id kind description dateValue }
  }
}`;

// One statement with COLLECT subqueries, projecting only what the operation asks.
const CASE_DETAIL_RAW = `// rawCaseDetail
MATCH (c:Case {id: $id})
RETURN c {
  .id, .caption, .kind, .status, .docketNumber,
  evidenceQuotes: COLLECT { MATCH (s:Share {of: c.id}) WHERE s.evidenceQuotes IS NOT NULL
    WITH s ORDER BY s.doc UNWIND s.evidenceQuotes AS q RETURN q },
  court: COLLECT { MATCH (c)-[:IN_COURT]->(k:Court) RETURN k {.id, .name} }[0],
  parties: COLLECT { MATCH (p:Party)-[r:PARTY_TO]->(c) RETURN {role: r.role, party: p {.id, .displayName}} ORDER BY r.seq, p.id },
  counsel: COLLECT { MATCH (l:Party)-[r:COUNSEL_IN]->(c)
    RETURN {capacity: r.capacity, lawyer: l {.id, .displayName},
            client: COLLECT { MATCH (x:Party {id: r.clientId}) RETURN x {.id, .displayName} }[0]} ORDER BY r.seq },
  judges: COLLECT { MATCH (j:Party)-[:JUDGE_IN]->(c) RETURN j {.id, .displayName} },
  claims: COLLECT { MATCH (c)-[:HAS_CLAIM]->(x:Claim) RETURN x {.id, .label} ORDER BY x.seq },
  outcomes: COLLECT { MATCH (c)-[:HAS_OUTCOME]->(o:Outcome)
    RETURN o {.id, .kind, .stage, .reason, .withPrejudice,
              decidedBy: COLLECT { MATCH (o)-[:DECIDED_BY]->(j:Party) RETURN j {.id, .displayName} }[0]} ORDER BY o.seq },
  events: COLLECT { MATCH (c)-[:HAS_EVENT]->(e:Event) RETURN e {.id, .kind, .description, .dateValue} ORDER BY e.seq LIMIT 100 }
} AS doc`;

const PARTY_PROFILE = `query BenchPartyProfile($id: ID!) {
  party(id: $id) {
    id displayName aliases
    descriptors { text }
    cases(first: 20) { totalCount edges { roles node { id caption kind status } } }
  }
}`;

const PARTY_PROFILE_REF = `query BenchPartyProfile($id: ID!) {
  parties(where: { id: { eq: $id } }) {
    id displayName aliases descriptors
    casesConnection(first: 20, sort: [{ node: { caption: ASC } }]) {
      totalCount
      edges { properties { role } node { id caption kind status } }
    }
  }
}`;

const PARTY_PROFILE_RAW = `// rawPartyProfile
MATCH (p:Party {id: $id})
CALL (p) {
  MATCH (p)-[r:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c:Case)
  WITH c, collect(DISTINCT coalesce(r.role, type(r))) AS roles
  ORDER BY c.caption, c.id
  RETURN count(c) AS totalCount, collect({roles: roles, node: c {.id, .caption, .kind, .status}})[..20] AS cases
}
RETURN p {.id, .displayName, .aliases, .descriptors, totalCount: totalCount, cases: cases} AS doc`;

const SEARCH = `query BenchSearch($text: String!) {
  search(text: $text, first: 20) { score node { __typename ... on Node { id } } }
}`;

// The entity's own texts first, then quotes: the two full-text indexes, merged.
const SEARCH_RAW = `// rawSearch
CALL () {
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: 20}) YIELD node, score
  RETURN node, score, 0 AS tier
  UNION
  CALL db.index.fulltext.queryNodes('${EVIDENCE_INDEX}', $query, {limit: 20}) YIELD node, score
  RETURN node, score, 1 AS tier
}
WITH node, min(tier) AS tier, max(score) AS score
RETURN node.id AS id, labels(node) AS labels, score ORDER BY tier, score DESC, id LIMIT 20`;

const CASES_FILTERED = `query BenchCasesFiltered($courtId: ID!, $kind: CaseKind!) {
  cases(filter: { courtId: $courtId, kind: [$kind] }, first: 20) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { id caption status filed { value } court { name } } }
  }
}`;

const CASES_FILTERED_REF = `query BenchCasesFiltered($courtId: ID!, $kind: String!) {
  casesConnection(
    where: { kind: { eq: $kind }, court: { some: { id: { eq: $courtId } } } }
    first: 20
    sort: [{ caption: ASC }, { id: ASC }]
  ) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { id caption status filedValue court { name } } }
  }
}`;

const CASES_FILTERED_RAW = `// rawCasesFiltered
MATCH (:Court {id: $courtId})<-[:IN_COURT]-(c:Case {kind: $kind})
WITH collect(c) AS matched
UNWIND matched AS c
WITH matched, c ORDER BY c.caption, c.id LIMIT 21
RETURN size(matched) AS totalCount,
  collect(c {.id, .caption, .status, .filedValue,
    court: COLLECT { MATCH (c)-[:IN_COURT]->(k:Court) RETURN k {.name} }[0]}) AS page`;

const NEIGHBORHOOD = `query BenchNeighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) {
    truncated
    nodes { id kind displayName }
    edges { id kind source target }
  }
}`;

// Breadth first by levels, nearer levels kept first, edges among the kept nodes.
const NEIGHBORHOOD_RAW = `// rawNeighborhood
MATCH (s:Node {id: $id})
WITH s, COLLECT { MATCH (s)--(n:Node) RETURN DISTINCT n } AS l1
WITH s, l1, COLLECT { UNWIND l1 AS m MATCH (m)--(n:Node) WHERE n <> s AND NOT n IN l1 RETURN DISTINCT n } AS l2
WITH ([s] + l1 + l2)[..200] AS kept, size(l1) + size(l2) >= 200 AS truncated
RETURN truncated,
  [n IN kept | {id: n.id, labels: labels(n), displayName: coalesce(n.displayName, n.caption, n.name, n.label, n.description)}] AS nodes,
  COLLECT { UNWIND kept AS a MATCH (a)-[r]->(b) WHERE b IN kept RETURN {id: r.id, kind: type(r), source: a.id, target: b.id} } AS edges`;

const PATHS = `query BenchShortestPath($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 4, first: 1) { length nodes { id kind displayName } steps { edge { kind } } }
}`;

const PATHS_RAW = `// rawShortestPath
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WITH p, [n IN nodes(p) | n.id] AS ids ORDER BY ids LIMIT 1
RETURN length(p) AS length,
  [n IN nodes(p) | {id: n.id, labels: labels(n), displayName: coalesce(n.displayName, n.caption, n.name)}] AS nodes,
  [r IN relationships(p) | type(r)] AS kinds`;

const STATS = `query BenchOutcomeStats {
  outcomeStats(topParties: 10) {
    caseCount outcomeCount
    byKind { key count }
    byCaseKind { key count }
    topParties { party { id displayName } cases }
  }
}`;

const STATS_RAW = `// rawOutcomeStats
CALL () { MATCH (c:Case) RETURN count(c) AS caseCount }
CALL () { MATCH (:Case)-[:HAS_OUTCOME]->(o:Outcome) WITH o.kind AS key, count(*) AS n
  RETURN sum(n) AS outcomeCount, collect({key: key, count: n}) AS byKind }
CALL () { MATCH (c:Case)-[:HAS_OUTCOME]->(:Outcome) WITH c.kind AS key, count(DISTINCT c) AS n
  RETURN collect({key: key, count: n}) AS byCaseKind }
CALL () { MATCH (p:Party)-[:PARTY_TO]->(c:Case) WITH p, count(DISTINCT c) AS cases
  ORDER BY cases DESC, p.id LIMIT 10 RETURN collect({id: p.id, displayName: p.displayName, cases: cases}) AS top }
RETURN caseCount, outcomeCount, byKind, byCaseKind, top`;

// The workbench: firms ranked over one court's cases, and the facets beside that list.
const RANK_FIRMS = `query BenchRankFirms($courtId: ID!) {
  rankings(subject: FIRM, filter: { courtId: $courtId }, first: 20) {
    caseCount totalCount
    edges { node { position id name cases roles { role cases } } }
  }
}`;

const RANK_FIRMS_RAW = `// rawRankFirms
MATCH (:Court {id: $courtId})<-[:IN_COURT]-(c:Case)
WITH collect(c) AS cases
UNWIND cases AS c
MATCH (:Party)-[k:COUNSEL_IN]->(c) WHERE k.firmId IS NOT NULL
WITH size(cases) AS caseCount, k.firmId AS firm, count(DISTINCT c) AS n
MATCH (f:Party {id: firm})
WITH caseCount, f, n ORDER BY n DESC, toLower(f.displayName), f.id
WITH caseCount, collect({id: f.id, name: f.displayName, cases: n}) AS ranked
RETURN caseCount, size(ranked) AS totalCount, ranked[..20] AS page`;

const CASE_FACETS = `query BenchCaseFacets($courtId: ID!) {
  caseFacets(filter: { courtId: $courtId }, limit: 30) {
    total
    kind { value label cases }
    status { value label cases }
    court { value label cases }
    natureOfSuit { value label cases }
    filedYear { value label cases }
  }
}`;

// Drill-sideways as the API counts it: the court facet over every case, the others within the court.
const CASE_FACETS_RAW = `// rawCaseFacets
CALL () { MATCH (c:Case) OPTIONAL MATCH (c)-[:IN_COURT]->(k:Court)
  WITH k, count(c) AS n ORDER BY n DESC LIMIT 30 RETURN collect({value: k.id, label: k.name, cases: n}) AS court }
MATCH (:Court {id: $courtId})<-[:IN_COURT]-(c:Case)
WITH court, collect(c) AS cases
RETURN court, size(cases) AS total,
  COLLECT { UNWIND cases AS c WITH c.kind AS v, count(*) AS n RETURN {value: v, cases: n} } AS kind,
  COLLECT { UNWIND cases AS c WITH c.status AS v, count(*) AS n RETURN {value: v, cases: n} } AS status,
  COLLECT { UNWIND cases AS c WITH c.natureOfSuit[0] AS v, count(*) AS n ORDER BY n DESC LIMIT 30 RETURN {value: v, cases: n} } AS natureOfSuit,
  COLLECT { UNWIND cases AS c WITH c.filedEarliest.year AS v, count(*) AS n ORDER BY v DESC LIMIT 30 RETURN {value: v, cases: n} } AS filedYear`;

export function operations(t: Targets): Operation[] {
  return [
    {
      name: 'caseDetail',
      ours: { query: CASE_DETAIL, variables: { id: t.caseId } },
      raw: { cypher: CASE_DETAIL_RAW, params: { id: t.caseId } },
      neo4jGraphql: { query: CASE_DETAIL_REF, variables: { id: t.caseId } },
    },
    {
      name: 'partyProfile',
      ours: { query: PARTY_PROFILE, variables: { id: t.partyId } },
      raw: { cypher: PARTY_PROFILE_RAW, params: { id: t.partyId } },
      neo4jGraphql: { query: PARTY_PROFILE_REF, variables: { id: t.partyId } },
    },
    {
      // The same page for a party in about ten cases: the busiest's should cost about as much.
      name: 'partyProfile10',
      ours: { query: PARTY_PROFILE, variables: { id: t.smallPartyId } },
      raw: { cypher: PARTY_PROFILE_RAW, params: { id: t.smallPartyId } },
      neo4jGraphql: { query: PARTY_PROFILE_REF, variables: { id: t.smallPartyId } },
    },
    {
      name: 'search',
      ours: { query: SEARCH, variables: { text: t.searchText } },
      // The API matches each word as a word or a word's beginning: the same query string.
      raw: { cypher: SEARCH_RAW, params: { query: `${t.searchText}*` } },
      neo4jGraphql: null,
    },
    {
      name: 'casesFiltered',
      ours: { query: CASES_FILTERED, variables: { courtId: t.courtId, kind: t.caseKind } },
      raw: { cypher: CASES_FILTERED_RAW, params: { courtId: t.courtId, kind: t.caseKind } },
      neo4jGraphql: { query: CASES_FILTERED_REF, variables: { courtId: t.courtId, kind: t.caseKind } },
    },
    {
      name: 'rankFirms',
      ours: { query: RANK_FIRMS, variables: { courtId: t.courtId } },
      raw: { cypher: RANK_FIRMS_RAW, params: { courtId: t.courtId } },
      neo4jGraphql: null,
    },
    {
      name: 'caseFacets',
      ours: { query: CASE_FACETS, variables: { courtId: t.courtId } },
      raw: { cypher: CASE_FACETS_RAW, params: { courtId: t.courtId } },
      neo4jGraphql: null,
    },
    {
      name: 'neighborhood2',
      ours: { query: NEIGHBORHOOD, variables: { id: t.caseId } },
      raw: { cypher: NEIGHBORHOOD_RAW, params: { id: t.caseId } },
      neo4jGraphql: null,
    },
    {
      name: 'shortestPath',
      ours: { query: PATHS, variables: { from: t.pathFrom, to: t.pathTo } },
      raw: { cypher: PATHS_RAW, params: { from: t.pathFrom, to: t.pathTo } },
      neo4jGraphql: null,
    },
    {
      name: 'outcomeStats',
      ours: { query: STATS, variables: {} },
      raw: { cypher: STATS_RAW, params: {} },
      neo4jGraphql: null,
      wholeGraph: true,
    },
  ];
}
