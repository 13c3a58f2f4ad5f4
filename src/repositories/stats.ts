import type { Executor, Params } from '../db/executor';
import type { CaseKind, OutcomeModel, PartyModel, PartyRole } from '../domain/models';
import Cypher from '@neo4j/cypher-builder';
import { caseFilterClause, type CaseFilterInput } from './case-filter';
import { fixedText } from '../cypher/statement';
import { roleOf, ROLE_ORDER } from '../graph/roles';
import { toParty, type Props } from '../cypher/mappers';
import { badInput } from '../cypher/paging';
import { partySummary } from '../cypher/projections';
import type { Plain } from '../db/convert';

// Query.outcomeStats: counts, filing-to-disposition times and the busiest parties
// over the cases a CaseFilter selects, in one statement. The filtered cases are
// collected once; each statistic is a CALL subquery over that list returning one row.

export const MAX_TOP_PARTIES = 100;
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

/** A Cypher list literal of fixed identifiers (never user input). */
const literalList = (values: readonly string[]): string => `[${values.map((v) => `'${v}'`).join(', ')}]`;

/** Outcome counts grouped by `key`/`label` (expressions over an outcome row `x`), most first. */
function bucketsOf(rows: string, key: string, label: string, as: string, unnamed = 'false'): string {
  return `CALL (${rows}) {
  UNWIND ${rows} AS x
  WITH ${key} AS key, ${label} AS label, ${unnamed} AS unnamed, count(*) AS n
  ORDER BY n DESC, label, key
  RETURN collect({key: key, label: label, unnamed: unnamed, count: n}) AS ${as}
}`;
}

/**
 * A judge's label: the name, or for a judge no source names `unnamed: ` and the
 * descriptor the source uses, so a descriptor never reads as a name.
 */
const JUDGE_LABEL =
  "CASE WHEN j IS NULL THEN null WHEN j.name IS NULL THEN 'unnamed: ' + j.displayName ELSE j.displayName END";
const JUDGE_UNNAMED = 'j IS NOT NULL AND j.name IS NULL';

/** Aggregates of days over timed rows `t`; one row even when there are none. */
const TIME_AGGREGATES = `count(t) AS cases, percentileCont(t.days, 0.5) AS medianDays, min(t.days) AS minDays, max(t.days) AS maxDays,
    percentileCont(t.days, 0.25) AS p25Days, percentileCont(t.days, 0.75) AS p75Days,
    sum(CASE WHEN t.approximate THEN 1 ELSE 0 END) > 0 AS approximate,
    min(t.lowDays) AS minLow, min(t.highDays) AS minHigh, max(t.lowDays) AS maxLow, max(t.highDays) AS maxHigh,
    percentileCont(t.lowDays, 0.5) AS medianLow, percentileCont(t.highDays, 0.5) AS medianHigh`;
const TIME_MAP = `{cases: cases, medianDays: medianDays, minDays: minDays, maxDays: maxDays, p25Days: p25Days, p75Days: p75Days, approximate: approximate,
    minLow: minLow, minHigh: minHigh, maxLow: maxLow, maxHigh: maxHigh, medianLow: medianLow, medianHigh: medianHigh}`;

function timesBy(key: string, label: string, as: string, unnamed = 'false'): string {
  return `CALL (timed) {
  UNWIND timed AS t
  WITH ${key} AS key, ${label} AS label, ${unnamed} AS unnamed, ${TIME_AGGREGATES}
  ORDER BY cases DESC, label, key
  RETURN collect({key: key, label: label, unnamed: unnamed, times: ${TIME_MAP}}) AS ${as}
}`;
}

// The statement's own variables are fixed names in fixed text; the filter and the
// party projection inside it are compiled by the builder, whose names cannot meet them.
const TOP_PARTY = new Cypher.NamedVariable('p');
const TOP_PARTY_LINK = new Cypher.NamedRelationship('r');

/** The statement and its parameters; user values travel only in `params`. */
export function outcomeStatsQuery(
  filter: CaseFilterInput,
  topParties: number,
): { cypher: string; params: Params } {
  const clause = caseFilterClause(filter);
  const statement = fixedText(
    'outcomeStats',
    (compile) => `CALL () {
  ${compile(Cypher.utils.concat(clause.anchor(Cypher.and(...clause.conditions)))).replace(/\n/g, '\n  ')}
  RETURN collect(DISTINCT ${compile(clause.node)}) AS cases
}
CALL (cases) {
  UNWIND cases AS c
  MATCH (c)-[:HAS_OUTCOME]->(o:Outcome)
  WITH c, o,
    COLLECT { MATCH (c)-[:IN_COURT]->(ct:Court) RETURN ct ORDER BY ct.id }[0] AS ct,
    COLLECT { MATCH (o)-[:DECIDED_BY]->(j:Party) RETURN j ORDER BY j.id }[0] AS j
  RETURN collect({kind: o.kind, caseKind: c.kind, natureOfSuit: c.natureOfSuit[0], courtId: ct.id, court: ct.name, judgeId: j.id, judge: ${JUDGE_LABEL}, judgeUnnamed: ${JUDGE_UNNAMED}}) AS outcomes
}
${bucketsOf('outcomes', 'x.kind', 'x.kind', 'byKind')}
${bucketsOf('outcomes', 'x.courtId', "coalesce(x.court, 'unknown')", 'byCourt')}
${bucketsOf('outcomes', 'x.judgeId', "coalesce(x.judge, 'unknown')", 'byJudge', 'x.judgeUnnamed')}
${bucketsOf('outcomes', 'x.caseKind', 'x.caseKind', 'byCaseKind')}
${bucketsOf('outcomes', 'x.natureOfSuit', "coalesce(x.natureOfSuit, 'unknown')", 'byNatureOfSuit')}
CALL (outcomes) {
  UNWIND outcomes AS x
  WITH x.kind AS outcomeKind, x.caseKind AS caseKind, count(*) AS n
  ORDER BY n DESC, outcomeKind, caseKind
  RETURN collect({outcomeKind: outcomeKind, caseKind: caseKind, count: n}) AS byKindAndCaseKind
}
CALL (cases) {
  UNWIND cases AS c
  WITH c WHERE c.filedEarliest IS NOT NULL
  WITH c, COLLECT {
    MATCH (c)-[:HAS_OUTCOME]->(o:Outcome) WHERE o.kind IN ${literalList(DISPOSITIVE_KINDS)}
    RETURN o ORDER BY o.dateEarliest, o.seq, o.id
  }[0] AS d
  WITH c, d, CASE WHEN d.dateEarliest IS NOT NULL
    THEN {day: d.dateEarliest, last: d.dateLatest, precision: d.datePrecision, derived: d.dateDerived}
    ELSE {day: c.closedEarliest, last: c.closedLatest, precision: c.closedPrecision, derived: c.closedDerived}
  END AS disposed
  WHERE disposed.day IS NOT NULL
  WITH c, disposed,
    COLLECT { MATCH (c)-[:IN_COURT]->(ct:Court) RETURN ct ORDER BY ct.id }[0] AS ct,
    COLLECT { MATCH (d)-[:DECIDED_BY]->(j:Party) RETURN j ORDER BY j.id }[0] AS j
  RETURN collect({
    days: duration.inDays(c.filedEarliest, disposed.day).days,
    // Both dates are intervals: the fewest days the interval allows (never below 0) and the most.
    lowDays: CASE WHEN duration.inDays(c.filedLatest, disposed.day).days < 0 THEN 0
      ELSE duration.inDays(c.filedLatest, disposed.day).days END,
    highDays: duration.inDays(c.filedEarliest, disposed.last).days,
    approximate: coalesce(c.filedPrecision, '') <> 'DAY' OR coalesce(c.filedDerived, false)
      OR coalesce(disposed.precision, '') <> 'DAY' OR coalesce(disposed.derived, false),
    caseKind: c.kind, natureOfSuit: c.natureOfSuit[0], courtId: ct.id, court: ct.name, judgeId: j.id, judge: ${JUDGE_LABEL}, judgeUnnamed: ${JUDGE_UNNAMED}
  }) AS timed
}
CALL (timed) {
  UNWIND timed AS t
  WITH ${TIME_AGGREGATES}
  RETURN ${TIME_MAP} AS overall
}
${timesBy('t.caseKind', 't.caseKind', 'timesByCaseKind')}
${timesBy('t.courtId', "coalesce(t.court, 'unknown')", 'timesByCourt')}
${timesBy('t.natureOfSuit', "coalesce(t.natureOfSuit, 'unknown')", 'timesByNatureOfSuit')}
${timesBy('t.judgeId', "coalesce(t.judge, 'unknown')", 'timesByJudge', 't.judgeUnnamed')}
CALL (cases) {
  UNWIND cases AS c
  MATCH (p:Party)-[r:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c)
  WITH p, c, ${compile(roleOf(TOP_PARTY_LINK))} AS role
  WITH p, count(DISTINCT c) AS n, collect(DISTINCT role) AS roles
  ORDER BY n DESC, p.displayName, p.id
  LIMIT $topParties
  RETURN collect({party: ${compile(partySummary(TOP_PARTY))}, cases: n, roles: [x IN ${literalList(ROLE_ORDER)} WHERE x IN roles]}) AS topParties
}
RETURN size(cases) AS caseCount, size(outcomes) AS outcomeCount, byKind, byCourt, byJudge, byCaseKind, byNatureOfSuit, byKindAndCaseKind,
  {overall: overall, byCaseKind: timesByCaseKind, byCourt: timesByCourt, byJudge: timesByJudge, byNatureOfSuit: timesByNatureOfSuit} AS timeToDisposition,
  topParties`,
  );
  return { cypher: statement.cypher, params: { ...statement.params, topParties } };
}

export function validateTopParties(value: number | null | undefined): number {
  const n = value ?? DEFAULT_TOP_PARTIES;
  if (!Number.isInteger(n) || n < 0 || n > MAX_TOP_PARTIES) {
    throw badInput(`\`topParties\` must be between 0 and ${MAX_TOP_PARTIES}; got ${n}`, 'topParties');
  }
  return n;
}

const num = (v: Plain | undefined): number => (typeof v === 'number' ? v : 0);
const optNum = (v: Plain | undefined): number | null => (typeof v === 'number' ? v : null);
const optStr = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : null);
const obj = (v: Plain | undefined): Props => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const list = (v: Plain | undefined): Props[] => (Array.isArray(v) ? v.map(obj) : []);

function toBucket(p: Props): StatsBucketModel {
  return {
    key: optStr(p.key),
    label: String(p.label ?? 'unknown'),
    unnamed: p.unnamed === true,
    count: num(p.count),
  };
}

function toTimes(p: Props): DispositionTimesModel {
  return {
    cases: num(p.cases),
    medianDays: optNum(p.medianDays),
    minDays: optNum(p.minDays),
    maxDays: optNum(p.maxDays),
    p25Days: optNum(p.p25Days),
    p75Days: optNum(p.p75Days),
    approximate: p.approximate === true,
    minDaysInterval: interval(p.minLow, p.minHigh),
    medianDaysInterval: interval(p.medianLow, p.medianHigh),
    maxDaysInterval: interval(p.maxLow, p.maxHigh),
  };
}

function interval(low: Plain | undefined, high: Plain | undefined): DaysIntervalModel | null {
  const l = optNum(low);
  const h = optNum(high);
  return l === null || h === null ? null : { low: l, high: h };
}

function toTimesGroup(p: Props): DispositionTimesGroupModel {
  return {
    key: optStr(p.key),
    label: String(p.label ?? 'unknown'),
    unnamed: p.unnamed === true,
    times: toTimes(obj(p.times)),
  };
}

/** The statement's single row as the OutcomeStats model. Pure: unit-tested without a database. */
export function toOutcomeStats(row: Props): OutcomeStatsModel {
  const times = obj(row.timeToDisposition);
  return {
    caseCount: num(row.caseCount),
    outcomeCount: num(row.outcomeCount),
    byKind: list(row.byKind).map(toBucket),
    byCourt: list(row.byCourt).map(toBucket),
    byNatureOfSuit: list(row.byNatureOfSuit).map(toBucket),
    byJudge: list(row.byJudge).map(toBucket),
    byCaseKind: list(row.byCaseKind).map(toBucket),
    byKindAndCaseKind: list(row.byKindAndCaseKind).map((x) => ({
      outcomeKind: String(x.outcomeKind) as OutcomeModel['kind'],
      caseKind: String(x.caseKind) as CaseKind,
      count: num(x.count),
    })),
    timeToDisposition: {
      overall: toTimes(obj(times.overall)),
      byCaseKind: list(times.byCaseKind).map(toTimesGroup),
      byCourt: list(times.byCourt).map(toTimesGroup),
      byNatureOfSuit: list(times.byNatureOfSuit).map(toTimesGroup),
      byJudge: list(times.byJudge).map(toTimesGroup),
    },
    topParties: list(row.topParties).map((x) => ({
      party: toParty(obj(x.party)),
      cases: num(x.cases),
      roles: (Array.isArray(x.roles) ? x.roles : []).map((r) => String(r) as PartyRole),
    })),
  };
}

/** Query.outcomeStats: one statement over the cases `filter` selects. */
export async function outcomeStats(
  executor: Executor,
  filter: CaseFilterInput,
  topParties: number | null | undefined,
): Promise<OutcomeStatsModel> {
  const { cypher, params } = outcomeStatsQuery(filter, validateTopParties(topParties));
  const [row] = await executor.read(cypher, params);
  return toOutcomeStats(row ?? {});
}
