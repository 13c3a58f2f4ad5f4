import { graphql } from './gql';

// Every operation and fragment of the explorer, in one file so that codegen reads them in
// a stable order (its generated map follows the order documents are read). Each page view
// sends one of these operations.

// Fragments shared by the page queries; each page sends one operation.
export const EvidenceFields = graphql(`
  fragment EvidenceFields on Evidence {
    quote
    locator
    source {
      id
      title
      publisher
      kind
      date {
        value
      }
    }
  }
`);

export const DateFields = graphql(`
  fragment DateFields on PartialDate {
    value
    precision
    earliest
    latest
    wording
    derived
    derivation
  }
`);

// A statement is what a party asserts, never a fact: `statementKind` (aliased so it can sit
// next to the other types' `kind` in a union or `node` selection).
export const StatementFields = graphql(`
  fragment StatementFields on Statement {
    id
    statementKind: kind
    content
    directQuote
    attribution
    date {
      ...DateFields
    }
    speaker {
      __typename
      id
      displayName
    }
    onBehalfOf {
      __typename
      id
      displayName
    }
    about {
      __typename
      ... on Party {
        id
        displayName
      }
      ... on Case {
        id
        caption
      }
      ... on Claim {
        id
        label
      }
      ... on Charge {
        id
        label
      }
      ... on Event {
        id
        description
      }
      ... on Outcome {
        id
        outcomeKind: kind
      }
      ... on Incident {
        id
        name
      }
    }
    evidence {
      ...EvidenceFields
    }
  }
`);

export const TimelineFields = graphql(`
  fragment TimelineFields on TimelineConnection {
    totalCount
    edges {
      node {
        id
        kind
        eventKind
        description
        date {
          ...DateFields
        }
        case {
          id
          caption
        }
        incident {
          id
          name
        }
        statement {
          ...StatementFields
        }
        evidence {
          ...EvidenceFields
        }
      }
    }
  }
`);

export const OutcomeFields = graphql(`
  fragment OutcomeFields on Outcome {
    id
    kind
    withPrejudice
    canBeRevived
    reason
    stage
    stageText
    date {
      ...DateFields
    }
    decidedBy {
      id
      displayName
    }
    sentence {
      term
      months
      custody
    }
    resolves {
      __typename
      ... on Case {
        id
        caption
      }
      ... on Charge {
        id
        label
      }
      ... on Claim {
        id
        label
      }
    }
    evidence {
      ...EvidenceFields
    }
  }
`);

// A docket field (nature of suit, cause…) with the docket values that state it.
export const SourcedTextFields = graphql(`
  fragment SourcedTextFields on SourcedText {
    text
    evidence {
      ...EvidenceFields
    }
  }
`);

export const CaseEventsFields = graphql(`
  fragment CaseEventsFields on EventConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        entryNumber
        description
        date {
          ...DateFields
        }
        evidence {
          ...EvidenceFields
        }
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int = 20) {
    search(text: $text, first: $first) {
      score
      node {
        __typename
        ... on Party {
          id
          displayName
        }
        ... on Case {
          id
          caption
          kind
          status
        }
        ... on Charge {
          id
          label
        }
        ... on Claim {
          id
          label
        }
        ... on Incident {
          id
          name
        }
        ... on Production {
          id
          title
        }
        ... on Court {
          id
          name
        }
        ... on Event {
          id
          description
          date {
            ...DateFields
          }
        }
        ... on Outcome {
          id
          outcomeKind: kind
          case {
            id
            caption
          }
        }
        ... on Statement {
          id
          statementKind: kind
          speaker {
            id
            displayName
          }
          onBehalfOf {
            id
            displayName
          }
        }
      }
      matches {
        field
        text
        allWords
        via
        evidence {
          quote
          source {
            id
            title
          }
        }
      }
    }
  }
`);

export const CasePageQuery = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      id
      caption
      captionKind
      kind
      status
      jurisdiction
      docketNumber
      court {
        id
        name
      }
      natureOfSuit {
        ...SourcedTextFields
      }
      cause {
        ...SourcedTextFields
      }
      jurisdictionBasis {
        ...SourcedTextFields
      }
      juryDemand {
        ...SourcedTextFields
      }
      demand {
        ...SourcedTextFields
      }
      filed {
        ...DateFields
      }
      closed {
        ...DateFields
      }
      evidence {
        ...EvidenceFields
      }
      incident {
        id
        name
      }
      parties(first: 100) {
        totalCount
        edges {
          node {
            id
            role
            roleText
            terminated {
              ...DateFields
            }
            party {
              id
              displayName
            }
            evidence {
              ...EvidenceFields
            }
          }
        }
      }
      counsel {
        id
        capacity
        designations
        terminated {
          ...DateFields
        }
        firm {
          id
          displayName
        }
        lawyer {
          id
          displayName
        }
        client {
          id
          displayName
        }
        evidence {
          ...EvidenceFields
        }
      }
      judges {
        id
        assignment
        judge {
          id
          displayName
        }
        evidence {
          ...EvidenceFields
        }
      }
      charges {
        id
        label
        statute
        countNumber
        countStatus
        disposition
        defendant {
          id
          displayName
        }
        outcomes {
          id
        }
        evidence {
          ...EvidenceFields
        }
      }
      claims {
        id
        label
        outcomes {
          id
        }
        evidence {
          ...EvidenceFields
        }
      }
      outcomes {
        ...OutcomeFields
      }
      relatedCases {
        id
        kind
        case {
          id
          caption
          status
          docketNumber
        }
        evidence {
          ...EvidenceFields
        }
      }
      statements {
        ...StatementFields
      }
      events(first: 100) {
        ...CaseEventsFields
      }
    }
  }
`);

// The next pages of a long docket's entries (the case page holds the first 100).
export const CaseEventsQuery = graphql(`
  query CaseEvents($id: ID!, $after: String) {
    case(id: $id) {
      id
      events(first: 100, after: $after) {
        ...CaseEventsFields
      }
    }
  }
`);

export const AsOfQuery = graphql(`
  query CaseAsOf($id: ID!, $date: Date!) {
    case(id: $id) {
      id
      asOf(date: $date) {
        date
        exists
        status
        pending
        certainty
        basis
        outcomes {
          id
          kind
        }
        events {
          id
          kind
          description
          date {
            value
          }
        }
      }
    }
  }
`);

export const PartyPageQuery = graphql(`
  query PartyPage($id: ID!) {
    party(id: $id) {
      __typename
      id
      name
      displayName
      aliases
      evidence {
        ...EvidenceFields
      }
      descriptors {
        text
        evidence {
          ...EvidenceFields
        }
      }
      offices {
        title
        evidence {
          ...EvidenceFields
        }
      }
      relationships {
        id
        kind
        detail
        other {
          id
          displayName
        }
        evidence {
          ...EvidenceFields
        }
      }
      credits {
        id
        role
        roleText
        production {
          id
          title
        }
        evidence {
          ...EvidenceFields
        }
      }
      incidents {
        id
        kind
        detail
        incident {
          id
          name
        }
        evidence {
          ...EvidenceFields
        }
      }
      statements {
        ...StatementFields
      }
      statementsAbout {
        ...StatementFields
      }
      contacts {
        kind
        value
        evidence {
          ...EvidenceFields
        }
      }
      counselAppearances {
        id
        capacity
        designations
        terminated {
          ...DateFields
        }
        case {
          id
          caption
          docketNumber
        }
        lawyer {
          id
          displayName
        }
        client {
          id
          displayName
        }
        firm {
          id
          displayName
        }
        evidence {
          ...EvidenceFields
        }
      }
      possibleSameAs {
        party {
          id
          displayName
        }
        reasons
        against
      }
      cases(first: 100) {
        totalCount
        edges {
          roles
          node {
            id
            caption
            captionKind
            kind
            status
            filed {
              ...DateFields
            }
          }
        }
      }
    }
    timeline(partyId: $id, first: 100) {
      ...TimelineFields
    }
  }
`);

// Court, incident, production, charge, claim, outcome, event and statement pages: one query.
export const EntityPageQuery = graphql(`
  query EntityPage($id: ID!, $incident: Boolean!) {
    node(id: $id) {
      __typename
      id
      ... on Court {
        name
        jurisdiction
        evidence {
          ...EvidenceFields
        }
      }
      ... on Incident {
        name
        description
        place
        date {
          ...DateFields
        }
        production {
          id
          title
        }
        involvements {
          id
          kind
          detail
          party {
            id
            displayName
          }
          evidence {
            ...EvidenceFields
          }
        }
        cases(transitive: true) {
          id
          caption
          kind
          status
        }
        evidence {
          ...EvidenceFields
        }
      }
      ... on Production {
        title
        productionKind: kind
        credits {
          id
          role
          roleText
          party {
            id
            displayName
          }
          evidence {
            ...EvidenceFields
          }
        }
        incidents {
          id
          name
        }
        evidence {
          ...EvidenceFields
        }
      }
      ... on Charge {
        label
        statute
        defendant {
          id
          displayName
        }
        case {
          id
          caption
        }
        outcomes {
          ...OutcomeFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      ... on Claim {
        label
        case {
          id
          caption
        }
        outcomes {
          ...OutcomeFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      ... on Outcome {
        ...OutcomeFields
        case {
          id
          caption
        }
      }
      ... on Event {
        eventKind: kind
        description
        date {
          ...DateFields
        }
        case {
          id
          caption
        }
        evidence {
          ...EvidenceFields
        }
      }
      ... on Statement {
        ...StatementFields
      }
    }
    timeline(incidentId: $id, first: 100) @include(if: $incident) {
      ...TimelineFields
    }
  }
`);

// A court with a page of its cases (newest first) and its judges.
export const CourtPageQuery = graphql(`
  query CourtPage($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on Court {
        name
        jurisdiction
        evidence {
          ...EvidenceFields
        }
        judges {
          id
          displayName
        }
        cases(first: 25, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              caption
              kind
              status
              docketNumber
              filed {
                ...DateFields
              }
              natureOfSuit {
                text
              }
            }
          }
        }
      }
    }
  }
`);

export const SourcePageQueryDoc = graphql(`
  query SourcePage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Source {
        title
        publisher
        sourceKind: kind
        identifier
        text
        date {
          ...DateFields
        }
      }
    }
    citations(sourceId: $id) {
      quote
      field
      detail
      node {
        id
        kind
        displayName
      }
      edge {
        id
        kind
        label
      }
      target {
        id
        displayName
      }
    }
  }
`);

// The graph view's neighbourhood; expanding a node sends it again for that node.
export const NeighborhoodQueryDoc = graphql(`
  query Neighborhood($id: ID!, $depth: Int!, $limit: Int! = 200) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes {
        id
        kind
        displayName
      }
      edges {
        id
        kind
        source
        target
        direction
        label
        evidence {
          ...EvidenceFields
        }
      }
    }
  }
`);

export const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxLength: 6, first: 5) {
      length
      rendering
      steps {
        direction
        from {
          id
          kind
          displayName
        }
        to {
          id
          kind
          displayName
        }
        edge {
          id
          kind
          label
          evidence {
            ...EvidenceFields
          }
        }
      }
    }
    fromNode: node(id: $from) {
      __typename
      id
      ... on Party {
        displayName
      }
      ... on Case {
        caption
      }
      ... on Incident {
        name
      }
    }
    toNode: node(id: $to) {
      __typename
      id
      ... on Party {
        displayName
      }
      ... on Case {
        caption
      }
      ... on Incident {
        name
      }
    }
  }
`);

export const StatsQueryDoc = graphql(`
  query Stats {
    outcomeStats(topParties: 10) {
      caseCount
      outcomeCount
      byKind {
        key
        label
        count
      }
      byCourt {
        key
        label
        count
      }
      byJudge {
        key
        label
        count
      }
      byCaseKind {
        key
        label
        count
      }
      byNatureOfSuit {
        key
        label
        count
      }
      timeToDisposition {
        overall {
          ...Times
        }
        byCaseKind {
          key
          label
          times {
            ...Times
          }
        }
        byCourt {
          key
          label
          times {
            ...Times
          }
        }
        byNatureOfSuit {
          key
          label
          times {
            ...Times
          }
        }
        byJudge {
          key
          label
          times {
            ...Times
          }
        }
      }
      topParties {
        party {
          id
          displayName
        }
        cases
        roles
      }
    }
  }
  fragment Times on DispositionTimes {
    cases
    medianDays
    minDays
    maxDays
    p25Days
    p75Days
    approximate
  }
`);

export const TimelinePageQuery = graphql(`
  query TimelinePage($id: ID!, $partyId: ID, $caseId: ID, $incidentId: ID) {
    node(id: $id) {
      __typename
      id
      ... on Party {
        displayName
      }
      ... on Case {
        caption
      }
      ... on Incident {
        name
      }
    }
    timeline(partyId: $partyId, caseId: $caseId, incidentId: $incidentId, first: 100) {
      ...TimelineFields
    }
  }
`);

// The cases page: one page of the filtered list (with each case's status on `pendingOn`
// when that filter is set) and the facet counts beside the filters.
export const CasesPageQuery = graphql(`
  query CasesPage(
    $filter: CaseFilter
    $orderBy: CaseOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
    $pendingOn: Date!
    $withPending: Boolean!
    $party: ID!
    $lawyer: ID!
    $firm: ID!
    $judge: ID!
    $court: ID!
    $withParty: Boolean!
    $withLawyer: Boolean!
    $withFirm: Boolean!
    $withJudge: Boolean!
    $withCourt: Boolean!
  ) {
    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          caption
          captionKind
          kind
          status
          docketNumber
          court {
            id
            name
          }
          natureOfSuit {
            text
          }
          filed {
            ...DateFields
          }
          closed {
            ...DateFields
          }
          asOf(date: $pendingOn) @include(if: $withPending) {
            status
            pending
            certainty
            basis
          }
        }
      }
    }
    caseFacets(filter: $filter, limit: 30) {
      ...FacetFields
    }
    ...FilterNamesFields
  }
`);

export const FacetFields = graphql(`
  fragment FacetFields on CaseFacets {
    total
    kind {
      value
      label
      cases
    }
    status {
      value
      label
      cases
    }
    court {
      value
      label
      cases
    }
    natureOfSuit {
      value
      label
      cases
    }
    filedYear {
      value
      label
      cases
    }
  }
`);

// The names of the parties, lawyers, firms, judges and the court a case filter holds by id,
// asked with the list itself (one request per page view); `filterNameVariables` sets them.
export const FilterNamesFields = graphql(`
  fragment FilterNamesFields on Query {
    filterParty: party(id: $party) @include(if: $withParty) {
      id
      displayName
    }
    filterLawyer: party(id: $lawyer) @include(if: $withLawyer) {
      id
      displayName
    }
    filterFirm: party(id: $firm) @include(if: $withFirm) {
      id
      displayName
    }
    filterJudge: party(id: $judge) @include(if: $withJudge) {
      id
      displayName
    }
    filterCourt: node(id: $court) @include(if: $withCourt) {
      __typename
      id
      ... on Court {
        name
      }
    }
  }
`);

// The home page: what the graph holds, by kind and court.
export const HomeQuery = graphql(`
  query Home {
    caseFacets(limit: 12) {
      ...FacetFields
    }
  }
`);

export const RankingsQuery = graphql(`
  query Rankings(
    $subject: RankingSubject!
    $filter: CaseFilter
    $first: Int
    $after: String
    $party: ID!
    $lawyer: ID!
    $firm: ID!
    $judge: ID!
    $court: ID!
    $withParty: Boolean!
    $withLawyer: Boolean!
    $withFirm: Boolean!
    $withJudge: Boolean!
    $withCourt: Boolean!
  ) {
    rankings(subject: $subject, filter: $filter, first: $first, after: $after) {
      subject
      caseCount
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          position
          id
          name
          cases
          roles {
            role
            cases
          }
        }
      }
    }
    ...FilterNamesFields
  }
`);

// The authoring workspace (/author): look-ups that link a mention to what the graph holds,
// the dry run, the load, and a loaded source's text (to reopen a downloaded document).
export const AuthorSearchQuery = graphql(`
  query AuthorSearch($text: String!) {
    search(text: $text, first: 8) {
      node {
        __typename
        ... on Party {
          id
          displayName
        }
        ... on Case {
          id
          caption
          captionKind
          caseKind: kind
          status
        }
        ... on Court {
          id
          name
        }
      }
    }
  }
`);

export const CheckDocumentQuery = graphql(`
  query CheckDocument($document: JSONObject!, $sources: [SourceTextInput!]!) {
    checkDocument(document: $document, sources: $sources) {
      path
      message
    }
  }
`);

export const LoadDocumentMutation = graphql(`
  mutation LoadDocument($document: JSONObject!, $sources: [SourceTextInput!]!) {
    loadDocument(document: $document, sources: $sources) {
      documentId
      nodes
      relationships
    }
  }
`);

export const AuthorSourceTextQuery = graphql(`
  query AuthorSourceText($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Source {
        text
      }
    }
  }
`);

/** Whether the graph already holds an id a draft fact would define. */
export const AuthorNodeQuery = graphql(`
  query AuthorNode($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`);
