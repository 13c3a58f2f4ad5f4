import { CASE, CASE_JUDGE, CASE_PARTY, CASE_RELATION, CHARGE, CLAIM, COUNSEL, COURT } from './case';
import {
  EVENT,
  INCIDENT,
  INCIDENT_INVOLVEMENT,
  OUTCOME,
  PRODUCTION,
  PRODUCTION_CREDIT,
  STATEMENT,
} from './facts';
import { PARTY, PARTY_RELATIONSHIP } from './party';
import { SOURCE } from './values';

// The field model of each kind of stored entity (node label or relationship type): the
// projections read their properties' keys (cypher/shown.ts), the mappers read a row
// with their codecs (cypher/mappers.ts), the domain models take their properties'
// types (domain/models.ts), all through this one table.

export const STORED_KINDS = {
  Case: CASE,
  Party: PARTY,
  Court: COURT,
  Incident: INCIDENT,
  Production: PRODUCTION,
  Charge: CHARGE,
  Claim: CLAIM,
  Outcome: OUTCOME,
  Event: EVENT,
  Statement: STATEMENT,
  Source: SOURCE,
  PARTY_TO: CASE_PARTY,
  COUNSEL_IN: COUNSEL,
  JUDGE_IN: CASE_JUDGE,
  RELATED_TO: CASE_RELATION,
  /** SPOUSE_OF and PARENT_OF. */
  FAMILY: PARTY_RELATIONSHIP,
  WORKED_ON: PRODUCTION_CREDIT,
  INVOLVED_IN: INCIDENT_INVOLVEMENT,
} as const;

export type StoredKind = keyof typeof STORED_KINDS;
