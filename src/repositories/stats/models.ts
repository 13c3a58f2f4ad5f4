import type { CaseKind, OutcomeModel, PartyModel, PartyRole } from '../../domain/models';

// Query.outcomeStats's models, its limits, and the parts a statement computes:
// what the statement (statement.ts) and the row readers (rows.ts) share.

export const MAX_TOP_PARTIES = 100;
/** The id of the whole graph's precomputed statistics (a StatsSnapshot node). */
export const OUTCOME_STATS_SNAPSHOT = 'outcomeStats';
export const DEFAULT_TOP_PARTIES = 10;

/** Outcomes that end a case; the first of them (by date) is its disposition. */
export const DISPOSITIVE_KINDS = ['DISMISSAL', 'CONVICTION', 'ACQUITTAL', 'SETTLEMENT', 'JUDGMENT'] as const;

export interface StatsBucketModel {
  key: string | null;
  label: string;
  /** The key is a party no source names: `label` is `unnamed: <descriptor>`. */
  unnamed: boolean;
  count: number;
}

export interface OutcomeKindByCaseKindModel {
  outcomeKind: OutcomeModel['kind'];
  caseKind: CaseKind;
  count: number;
}

export interface DispositionTimesModel {
  cases: number;
  medianDays: number | null;
  minDays: number | null;
  maxDays: number | null;
  p25Days: number | null;
  p75Days: number | null;
  approximate: boolean;
  minDaysInterval: DaysIntervalModel | null;
  medianDaysInterval: DaysIntervalModel | null;
  maxDaysInterval: DaysIntervalModel | null;
}

export interface DaysIntervalModel {
  low: number;
  high: number;
}

export interface DispositionTimesGroupModel {
  key: string | null;
  label: string;
  unnamed: boolean;
  times: DispositionTimesModel;
}

export interface TimeToDispositionModel {
  overall: DispositionTimesModel;
  byCaseKind: DispositionTimesGroupModel[];
  byCourt: DispositionTimesGroupModel[];
  byNatureOfSuit: DispositionTimesGroupModel[];
  byJudge: DispositionTimesGroupModel[];
}

export interface PartyCaseCountModel {
  party: PartyModel;
  cases: number;
  roles: PartyRole[];
}

export interface OutcomeStatsModel {
  caseCount: number;
  outcomeCount: number;
  byKind: StatsBucketModel[];
  byCourt: StatsBucketModel[];
  byNatureOfSuit: StatsBucketModel[];
  byJudge: StatsBucketModel[];
  byCaseKind: StatsBucketModel[];
  byKindAndCaseKind: OutcomeKindByCaseKindModel[];
  timeToDisposition: TimeToDispositionModel;
  topParties: PartyCaseCountModel[];
}

/** The outcome groupings of OutcomeStats, in the order of the schema's fields. */
export const OUTCOME_BUCKETS = [
  'byKind',
  'byCourt',
  'byJudge',
  'byCaseKind',
  'byNatureOfSuit',
  'byKindAndCaseKind',
] as const;
export type OutcomeBucket = (typeof OUTCOME_BUCKETS)[number];

/** The figures of TimeToDisposition. */
export const TIME_GROUPS = ['overall', 'byCaseKind', 'byCourt', 'byNatureOfSuit', 'byJudge'] as const;
export type TimeGroup = (typeof TIME_GROUPS)[number];

/**
 * What the statement computes: a part left out is absent from the row, and its
 * field in the model is empty (zero, an empty list), so only what the client
 * selects may be left out.
 */
export interface OutcomeStatsParts {
  caseCount: boolean;
  outcomeCount: boolean;
  buckets: readonly OutcomeBucket[];
  /** Empty: no filing-to-disposition times at all. */
  times: readonly TimeGroup[];
  topParties: boolean;
  /** The roles of each top party (only with `topParties`). */
  topPartyRoles: boolean;
}

export const ALL_OUTCOME_STATS_PARTS: OutcomeStatsParts = {
  caseCount: true,
  outcomeCount: true,
  buckets: OUTCOME_BUCKETS,
  times: TIME_GROUPS,
  topParties: true,
  topPartyRoles: true,
};

/** Field names selected under OutcomeStats, under its `timeToDisposition` and under its `topParties`. */
export interface OutcomeStatsSelection {
  fields: ReadonlySet<string>;
  timeToDisposition: ReadonlySet<string>;
  topParties: ReadonlySet<string>;
}

/** The parts a selection needs. */
export function outcomeStatsParts(selection: OutcomeStatsSelection): OutcomeStatsParts {
  const { fields } = selection;
  return {
    caseCount: fields.has('caseCount'),
    outcomeCount: fields.has('outcomeCount'),
    buckets: OUTCOME_BUCKETS.filter((b) => fields.has(b)),
    times: fields.has('timeToDisposition')
      ? TIME_GROUPS.filter((g) => selection.timeToDisposition.has(g))
      : [],
    topParties: fields.has('topParties'),
    topPartyRoles: fields.has('topParties') && selection.topParties.has('roles'),
  };
}
