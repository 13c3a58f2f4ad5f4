import { graphql } from './gql';

// Fragments shared by the page queries; each page sends one operation.
export const EvidenceFields = graphql(`
  fragment EvidenceFields on Evidence {
    quote
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
