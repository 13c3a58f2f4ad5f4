import type { Executor, Params } from '../db/executor';
import type { CaseKind, OutcomeModel, PartyModel, PartyRole } from '../domain/models';
import Cypher from '@neo4j/cypher-builder';
import { caseFilterClause, type CaseFilterClause, type CaseFilterInput } from './case-filter';
import { fixedText } from '../cypher/statement';
import { roleOf, ROLE_ORDER } from '../graph/roles';
import { toParty, type Props } from '../cypher/mappers';
import { badInput } from '../cypher/paging';
import { partySummary } from '../cypher/projections';
import { GRAPH_VERSION, STATS_SNAPSHOT } from '../graph/labels';
import type { Plain } from '../db/convert';

// Query.outcomeStats: counts, filing-to-disposition times and the busiest parties
// over the cases a CaseFilter selects, in one statement that computes only the
// parts the client selected (outcomeStatsParts).

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

/** A Cypher list literal of fixed identifiers (never user input). */
const literalList = (values: readonly string[]): string => `[${values.map((v) => `'${v}'`).join(', ')}]`;

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

/**
 * A judge's label: the name, or for a judge no source names `unnamed: ` and the
 * descriptor the source uses, so a descriptor never reads as a name.
 */
const JUDGE_LABEL =
  "CASE WHEN j IS NULL THEN null WHEN j.name IS NULL THEN 'unnamed: ' + j.displayName ELSE j.displayName END";
const JUDGE_UNNAMED = 'j IS NOT NULL AND j.name IS NULL';
/** The case's court: the first by id, as one value (a case in several courts counts once). */
const COURT_OF_CASE = 'COLLECT { MATCH (c)-[:IN_COURT]->(ct:Court) RETURN ct ORDER BY ct.id }[0] AS ct';
/** The judge who decided `decision`: the first by id. */
const judgeOf = (decision: string) =>
  `COLLECT { MATCH (${decision})-[:DECIDED_BY]->(j:Party) RETURN j ORDER BY j.id }[0] AS j`;

/** A property of a row (an outcome or a timed case) that a grouping reads, and how it is computed. */
type RowField =
  'kind' | 'caseKind' | 'natureOfSuit' | 'courtId' | 'court' | 'judgeId' | 'judge' | 'judgeUnnamed';
const ROW_FIELD: Record<RowField, string> = {
  kind: 'o.kind',
  caseKind: 'c.kind',
  natureOfSuit: 'c.natureOfSuit[0]',
  courtId: 'ct.id',
  court: 'ct.name',
  judgeId: 'j.id',
  judge: JUDGE_LABEL,
  judgeUnnamed: JUDGE_UNNAMED,
};

/** A grouping: its key, label and `unnamed` over a row `x`, and the row fields they read. */
interface Grouping {
  key: string;
  label: string;
  unnamed: string;
  reads: readonly RowField[];
}
const GROUPINGS = {
  kind: { key: 'x.kind', label: 'x.kind', unnamed: 'false', reads: ['kind'] },
  caseKind: { key: 'x.caseKind', label: 'x.caseKind', unnamed: 'false', reads: ['caseKind'] },
  court: {
    key: 'x.courtId',
    label: "coalesce(x.court, 'unknown')",
    unnamed: 'false',
    reads: ['courtId', 'court'],
  },
  judge: {
    key: 'x.judgeId',
    label: "coalesce(x.judge, 'unknown')",
    unnamed: 'x.judgeUnnamed',
    reads: ['judgeId', 'judge', 'judgeUnnamed'],
  },
  natureOfSuit: {
    key: 'x.natureOfSuit',
    label: "coalesce(x.natureOfSuit, 'unknown')",
    unnamed: 'false',
    reads: ['natureOfSuit'],
  },
} satisfies Record<string, Grouping>;

const BUCKET_GROUPING: Record<Exclude<OutcomeBucket, 'byKindAndCaseKind'>, Grouping> = {
  byKind: GROUPINGS.kind,
  byCourt: GROUPINGS.court,
  byJudge: GROUPINGS.judge,
  byCaseKind: GROUPINGS.caseKind,
  byNatureOfSuit: GROUPINGS.natureOfSuit,
};
const TIME_GROUPING: Record<Exclude<TimeGroup, 'overall'>, Grouping> = {
  byCaseKind: GROUPINGS.caseKind,
  byCourt: GROUPINGS.court,
  byNatureOfSuit: GROUPINGS.natureOfSuit,
  byJudge: GROUPINGS.judge,
};
const TIMES_COLUMN: Record<Exclude<TimeGroup, 'overall'>, string> = {
  byCaseKind: 'timesByCaseKind',
  byCourt: 'timesByCourt',
  byNatureOfSuit: 'timesByNatureOfSuit',
  byJudge: 'timesByJudge',
};

/** The row fields a set of groupings reads, in a fixed order. */
function fieldsRead(groupings: readonly Grouping[]): RowField[] {
  const read = new Set(groupings.flatMap((g) => g.reads));
  return (Object.keys(ROW_FIELD) as RowField[]).filter((f) => read.has(f));
}

/** The lookups (court, judge) the row fields need, as `WITH` items after `carried`. */
function lookups(fields: readonly RowField[], carried: string, decision: string): string {
  const items = [carried];
  if (fields.includes('courtId')) items.push(COURT_OF_CASE);
  if (fields.includes('judgeId')) items.push(judgeOf(decision));
  return items.length > 1 ? `\n  WITH ${items.join(',\n    ')}` : '';
}

/**
 * Outcome counts grouped by a grouping over the outcome groups (one row per
 * combination of the fields read, with its outcome count `n`), most first.
 */
function bucketsOf(g: Grouping, as: string): string {
  return `CALL (outcomes) {
  UNWIND outcomes AS x
  WITH ${g.key} AS key, ${g.label} AS label, ${g.unnamed} AS unnamed, sum(x.n) AS n
  ORDER BY n DESC, label, key
  RETURN collect({key: key, label: label, unnamed: unnamed, count: n}) AS ${as}
}`;
}

/** Aggregates of days over timed rows `t`; one row even when there are none. */
const TIME_AGGREGATES = `count(t) AS cases, percentileCont(t.days, 0.5) AS medianDays, min(t.days) AS minDays, max(t.days) AS maxDays,
    percentileCont(t.days, 0.25) AS p25Days, percentileCont(t.days, 0.75) AS p75Days,
    sum(CASE WHEN t.approximate THEN 1 ELSE 0 END) > 0 AS approximate,
    min(t.lowDays) AS minLow, min(t.highDays) AS minHigh, max(t.lowDays) AS maxLow, max(t.highDays) AS maxHigh,
    percentileCont(t.lowDays, 0.5) AS medianLow, percentileCont(t.highDays, 0.5) AS medianHigh`;
const TIME_MAP = `{cases: cases, medianDays: medianDays, minDays: minDays, maxDays: maxDays, p25Days: p25Days, p75Days: p75Days, approximate: approximate,
    minLow: minLow, minHigh: minHigh, maxLow: maxLow, maxHigh: maxHigh, medianLow: medianLow, medianHigh: medianHigh}`;

function timesBy(g: Grouping, as: string): string {
  const t = (expr: string) => expr.replace(/\bx\./g, 't.');
  return `CALL (timed) {
  UNWIND timed AS t
  WITH ${t(g.key)} AS key, ${t(g.label)} AS label, ${t(g.unnamed)} AS unnamed, ${TIME_AGGREGATES}
  ORDER BY cases DESC, label, key
  RETURN collect({key: key, label: label, unnamed: unnamed, times: ${TIME_MAP}}) AS ${as}
}`;
}

// The statement's own variables are fixed names in fixed text; the filter and the
// party projection inside it are compiled by the builder, whose names cannot meet them.
const TOP_PARTY = new Cypher.NamedVariable('p');
const TOP_PARTY_LINK = new Cypher.NamedRelationship('r');

/** How the top parties come: as party summaries (answers) or as ids (a snapshot's rows). */
type TopPartiesAs = 'summary' | 'id';

/**
 * The blocks of the direct statement and the names of its columns. `compile` compiles
 * the builder's parts (the filter, the party projection) inside the fixed text.
 *
 * The filtered cases are collected once and each statistic is a CALL subquery over
 * that list returning one row; with no filter each subquery matches the cases
 * itself and the case count is the label's count. Outcomes are first counted per
 * combination of the values the selected groupings read, so each grouping sums
 * a few counts instead of reading every outcome again.
 */
function directStatement(
  compile: (part: Cypher.Expr | Cypher.Clause) => string,
  clause: CaseFilterClause,
  parts: OutcomeStatsParts,
  withTop: boolean,
  topAs: TopPartiesAs,
): { blocks: string[]; columns: string[] } {
  // Every case: a count or a label match reads them faster than a list.
  const all = clause.selectsAll;
  const buckets = parts.buckets;
  const withOutcomes = parts.outcomeCount || buckets.length > 0;
  const withTimes = parts.times.length > 0;
  const needsCases = !all && (withOutcomes || withTimes || withTop);
  /** A subquery over the cases, each bound to `c` (`pattern` continues from it). */
  const overCases = (pattern = '') =>
    all
      ? `CALL () {\n  MATCH (c:Case)${pattern}`
      : `CALL (cases) {\n  UNWIND cases AS c${pattern ? `\n  MATCH (c)${pattern}` : ''}`;
  const blocks: string[] = [];
  const columns: string[] = [];
  const distinct = clause.anchorMayRepeat ? 'DISTINCT ' : '';
  const entry = () =>
    compile(Cypher.utils.concat(clause.anchor(Cypher.and(...clause.conditions)))).replace(/\n/g, '\n  ');
  if (all) {
    if (parts.caseCount) blocks.push('CALL () {\n  MATCH (c:Case)\n  RETURN count(c) AS caseCount\n}');
  } else if (needsCases) {
    blocks.push(`CALL () {\n  ${entry()}\n  RETURN collect(${distinct}${compile(clause.node)}) AS cases\n}`);
    if (parts.caseCount) columns.push('size(cases) AS caseCount');
  } else if (parts.caseCount) {
    blocks.push(
      `CALL () {\n  ${entry()}\n  RETURN count(${distinct}${compile(clause.node)}) AS caseCount\n}`,
    );
  }
  if (parts.caseCount && !columns.length) columns.push('caseCount');

  if (withOutcomes) {
    const groupings = buckets.flatMap((b) =>
      b === 'byKindAndCaseKind' ? [GROUPINGS.kind, GROUPINGS.caseKind] : [BUCKET_GROUPING[b]],
    );
    const fields = fieldsRead(groupings);
    const match = overCases('-[:HAS_OUTCOME]->(o:Outcome)');
    if (fields.length === 0) {
      blocks.push(`${match}\n  RETURN count(*) AS outcomeCount\n}`);
    } else {
      blocks.push(`${match}${lookups(fields, 'c, o', 'o')}
  WITH ${fields.map((f) => `${ROW_FIELD[f]} AS ${f}`).join(', ')}, count(*) AS n
  RETURN collect({${fields.map((f) => `${f}: ${f}`).join(', ')}, n: n}) AS outcomes, sum(n) AS outcomeCount
}`);
    }
    if (parts.outcomeCount) columns.push('outcomeCount');
    for (const b of buckets) {
      if (b === 'byKindAndCaseKind') {
        blocks.push(`CALL (outcomes) {
  UNWIND outcomes AS x
  WITH x.kind AS outcomeKind, x.caseKind AS caseKind, sum(x.n) AS n
  ORDER BY n DESC, outcomeKind, caseKind
  RETURN collect({outcomeKind: outcomeKind, caseKind: caseKind, count: n}) AS byKindAndCaseKind
}`);
      } else {
        blocks.push(bucketsOf(BUCKET_GROUPING[b], b));
      }
      columns.push(b);
    }
  }

  if (withTimes) {
    const groups = parts.times.filter((g): g is Exclude<TimeGroup, 'overall'> => g !== 'overall');
    const fields = fieldsRead(groups.map((g) => TIME_GROUPING[g]));
    blocks.push(`${overCases()}
  WITH c WHERE c.filedEarliest IS NOT NULL
  WITH c, COLLECT {
    MATCH (c)-[:HAS_OUTCOME]->(o:Outcome) WHERE o.kind IN ${literalList(DISPOSITIVE_KINDS)}
    RETURN o ORDER BY o.dateEarliest, o.seq, o.id
  }[0] AS d
  WITH c, d, CASE WHEN d.dateEarliest IS NOT NULL
    THEN {day: d.dateEarliest, last: d.dateLatest, precision: d.datePrecision, derived: d.dateDerived}
    ELSE {day: c.closedEarliest, last: c.closedLatest, precision: c.closedPrecision, derived: c.closedDerived}
  END AS disposed
  WHERE disposed.day IS NOT NULL${lookups(fields, 'c, disposed', 'd')}
  RETURN collect({
    days: duration.inDays(c.filedEarliest, disposed.day).days,
    // Both dates are intervals: the fewest days the interval allows (never below 0) and the most.
    lowDays: CASE WHEN duration.inDays(c.filedLatest, disposed.day).days < 0 THEN 0
      ELSE duration.inDays(c.filedLatest, disposed.day).days END,
    highDays: duration.inDays(c.filedEarliest, disposed.last).days,
    approximate: coalesce(c.filedPrecision, '') <> 'DAY' OR coalesce(c.filedDerived, false)
      OR coalesce(disposed.precision, '') <> 'DAY' OR coalesce(disposed.derived, false)${fields.map((f) => `,\n    ${f}: ${ROW_FIELD[f]}`).join('')}
  }) AS timed
}`);
    const entries: string[] = [];
    if (parts.times.includes('overall')) {
      blocks.push(`CALL (timed) {
  UNWIND timed AS t
  WITH ${TIME_AGGREGATES}
  RETURN ${TIME_MAP} AS overall
}`);
      entries.push('overall: overall');
    }
    for (const g of groups) {
      blocks.push(timesBy(TIME_GROUPING[g], TIMES_COLUMN[g]));
      entries.push(`${g}: ${TIMES_COLUMN[g]}`);
    }
    columns.push(`{${entries.join(', ')}} AS timeToDisposition`);
  }

  if (withTop) {
    const roles = parts.topPartyRoles;
    blocks.push(`${overCases()}
  MATCH (p:Party)-[r:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c)${roles ? `\n  WITH p, c, ${compile(roleOf(TOP_PARTY_LINK))} AS role` : ''}
  WITH p, count(DISTINCT c) AS n${roles ? ', collect(DISTINCT role) AS roles' : ''}
  ORDER BY n DESC, p.displayName, p.id
  LIMIT $topParties
  RETURN collect({${topAs === 'id' ? 'id: p.id' : `party: ${compile(partySummary(TOP_PARTY))}`}, cases: n${roles ? `, roles: [x IN ${literalList(ROLE_ORDER)} WHERE x IN roles]` : ''}}) AS topParties
}`);
    columns.push('topParties');
  }

  return { blocks, columns };
}

/** The name a RETURN item gives its column (`size(cases) AS caseCount` → caseCount). */
const columnName = (item: string): string => /\bAS (\w+)$/.exec(item)?.[1] ?? item;

/**
 * The statement and its parameters; user values travel only in `params`. Only the
 * `parts` asked for are computed (see OutcomeStatsParts).
 *
 * Without a filter the statement first looks for the precomputed statistics of the
 * graph as it is (stats-snapshot.ts): when they record the graph's current version
 * it answers from them (the top parties' summaries read by id), and the direct
 * computation, in an OPTIONAL CALL behind that condition, never runs; otherwise it
 * runs. Either way one statement, and the same answer.
 */
export function outcomeStatsQuery(
  filter: CaseFilterInput,
  topParties: number,
  parts: OutcomeStatsParts = ALL_OUTCOME_STATS_PARTS,
): { cypher: string; params: Params } {
  const withTop = parts.topParties && topParties > 0;
  const clause = caseFilterClause(filter);
  const statement = fixedText('outcomeStats', (compile) => {
    const { blocks, columns } = directStatement(compile, clause, parts, withTop, 'summary');
    // Nothing selected but `__typename`: the statement still runs once, and says so.
    const direct = `${blocks.map((b) => `${b}\n`).join('')}RETURN ${columns.length ? columns.join(', ') : 'null AS nothing'}`;
    if (!clause.selectsAll || columns.length === 0) return direct;
    const names = columns.map(columnName);
    const top = withTop
      ? `,
  CASE WHEN fresh THEN [i IN range(0, size(snapshot.topPartyIds) - 1) WHERE i < $topParties | {
    party: COLLECT { MATCH (p:Party {id: snapshot.topPartyIds[i]}) RETURN ${compile(partySummary(TOP_PARTY))} }[0],
    cases: snapshot.topPartyCases[i],
    roles: snapshot.topPartyRoles[i]
  }] END AS snapshotTopParties`
      : '';
    return `${SNAPSHOT_LOOKUP}
OPTIONAL CALL (fresh) {
  WITH fresh WHERE NOT fresh
  ${direct.replace(/\n/g, '\n  ')}
}
RETURN fresh, CASE WHEN fresh THEN snapshot.row END AS snapshotRow${top}, ${names.join(', ')}`;
  });
  return {
    cypher: statement.cypher,
    params: withTop ? { ...statement.params, topParties } : statement.params,
  };
}

/** The snapshot, and whether it is the graph as it is now (`fresh`). */
const SNAPSHOT_LOOKUP = `OPTIONAL MATCH (graphVersion:${GRAPH_VERSION} {id: 'graph'})
OPTIONAL MATCH (snapshot:${STATS_SNAPSHOT} {id: '${OUTCOME_STATS_SNAPSHOT}'})
WITH snapshot, snapshot IS NOT NULL AND snapshot.version = coalesce(graphVersion.version, 0) AS fresh`;

/**
 * The whole graph's statistics with every part and the most top parties, as a snapshot
 * stores them: the top parties as ids (their summaries are read when answering).
 */
export function snapshotStatsQuery(): { cypher: string; params: Params } {
  const statement = fixedText('outcomeStatsSnapshot', (compile) => {
    const { blocks, columns } = directStatement(
      compile,
      caseFilterClause({}),
      ALL_OUTCOME_STATS_PARTS,
      true,
      'id',
    );
    return `${blocks.map((b) => `${b}\n`).join('')}RETURN ${columns.join(', ')}`;
  });
  return { cypher: statement.cypher, params: { ...statement.params, topParties: MAX_TOP_PARTIES } };
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

/**
 * Query.outcomeStats: one statement over the cases `filter` selects. Fields of the
 * model outside `parts` are empty (zero, empty lists).
 */
export async function outcomeStats(
  executor: Executor,
  filter: CaseFilterInput,
  topParties: number | null | undefined,
  parts: OutcomeStatsParts = ALL_OUTCOME_STATS_PARTS,
): Promise<OutcomeStatsModel> {
  const { cypher, params } = outcomeStatsQuery(filter, validateTopParties(topParties), parts);
  const [row] = await executor.read(cypher, params);
  return toOutcomeStats(answerRow(row ?? {}));
}

/** The statement's row as the direct statement gives it, from the snapshot when it was fresh. */
export function answerRow(row: Props): Props {
  if (row.fresh !== true || typeof row.snapshotRow !== 'string') return row;
  return {
    ...(JSON.parse(row.snapshotRow) as Props),
    topParties: list(row.snapshotTopParties).map((x) => ({
      ...x,
      roles: typeof x.roles === 'string' && x.roles !== '' ? x.roles.split(',') : [],
    })),
  };
}
