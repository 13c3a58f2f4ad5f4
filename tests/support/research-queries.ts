// Questions researchers ask, as a front end or GraphiQL user writes them: deep
// and wide, with evidence. They must run under the default limits on the seed
// and on generated graphs (tests/integration/research-queries.test.ts); the
// costs they are estimated at are in docs/api.md.

export interface ResearchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const EVIDENCE = 'evidence { quote locator source { id title kind date { value } } }';

/** A docket sheet of every case: parties, counsel, judges, outcomes and events, each with its evidence. */
export const DOCKET_SHEET = `query DocketSheet {
  cases(first: 100) {
    totalCount
    edges { node {
      id caption status kind docketNumber filed { value precision } closed { value }
      court { id name }
      natureOfSuit { text ${EVIDENCE} }
      parties(first: 100) { totalCount edges { node { role roleText ${EVIDENCE}
        party { id displayName descriptors { text } ${EVIDENCE} } } } }
      counsel { capacity lawyer { id displayName } firm { id displayName } client { id displayName } ${EVIDENCE} }
      judges { assignment judge { id displayName } ${EVIDENCE} }
      outcomes { kind date { value } withPrejudice decidedBy { id displayName } ${EVIDENCE} }
      events(first: 50) { totalCount edges { node { kind date { value } description entryNumber ${EVIDENCE} } } }
      ${EVIDENCE}
    } }
  }
}`;

/** A party's page: each of its cases with the case's parties. */
export const PARTY_PAGE = `query PartyPage($id: ID!) {
  party(id: $id) {
    id displayName descriptors { text ${EVIDENCE} } ${EVIDENCE}
    cases(first: 100) { totalCount edges { roles node {
      id caption status filed { value }
      parties(first: 100) { totalCount edges { node { role party { id displayName } } } }
    } } }
    relationships { kind other { id displayName } ${EVIDENCE} }
    statements { kind content ${EVIDENCE} }
  }
}`;

/** Who decided each case: outcomes with their deciders, and the judges. */
export const WHO_DECIDED = `query WhoDecided {
  cases(first: 100) { edges { node {
    id caption
    outcomes { kind date { value } decidedBy { id displayName } resolves { __typename ... on Charge { label } ... on Claim { label } } ${EVIDENCE} }
    judges { judge { id displayName } ${EVIDENCE} }
  } } }
}`;

/** The cases that arose from an incident, directly or through related cases, with parties and outcomes. */
export const CASES_FROM_INCIDENT = `query CasesFromIncident($id: ID!) {
  node(id: $id) { ... on Incident {
    name date { value } ${EVIDENCE}
    cases(transitive: true) {
      id caption kind status filed { value } ${EVIDENCE}
      parties(first: 100) { edges { node { role party { id displayName } ${EVIDENCE} } } }
      outcomes { kind date { value } ${EVIDENCE} }
    }
  } }
}`;

/** The parties of each suit, as the sources describe them. */
export const PARTIES_OF_EACH_SUIT = `query PartiesOfEachSuit {
  cases(first: 100) { edges { node {
    id caption
    parties(first: 100) { edges { node { role party { id displayName aliases descriptors { text ${EVIDENCE} } } } } }
  } } }
}`;

/** One case in full, as the explorer's case page asks for it. */
export const CASE_IN_FULL = `query CaseInFull($id: ID!) {
  case(id: $id) {
    id caption status ${EVIDENCE}
    parties(first: 100) { edges { node { role party { id displayName ${EVIDENCE} } ${EVIDENCE} } } }
    counsel { lawyer { displayName } ${EVIDENCE} }
    charges { label outcomes { kind } ${EVIDENCE} }
    claims { label ${EVIDENCE} }
    outcomes { kind ${EVIDENCE} }
    events(first: 100) { edges { node { kind description ${EVIDENCE} } } }
    statements { kind content speaker { displayName } ${EVIDENCE} }
    asOf(date: "2024-06-30") { status certainty events { id } }
  }
}`;

export function researchQueries(ids: {
  partyId: string;
  incidentId: string;
  caseId: string;
}): ResearchQuery[] {
  return [
    { name: 'docket sheet of every case', query: DOCKET_SHEET },
    {
      name: 'party page with its cases and their parties',
      query: PARTY_PAGE,
      variables: { id: ids.partyId },
    },
    { name: 'who decided each case', query: WHO_DECIDED },
    {
      name: 'cases that arose from an incident',
      query: CASES_FROM_INCIDENT,
      variables: { id: ids.incidentId },
    },
    { name: 'parties of each suit', query: PARTIES_OF_EACH_SUIT },
    { name: 'one case in full', query: CASE_IN_FULL, variables: { id: ids.caseId } },
  ];
}
