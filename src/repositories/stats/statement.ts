import Cypher from '@neo4j/cypher-builder';
import type { Params } from '../../db/executor';
import {
  caseFilterClause,
  caseFilterPlan,
  type CaseFilterClause,
  type CaseFilterInput,
} from '../case-filter';
import { builtOnce, fixedText, type Statement } from '../../cypher/statement';
import { ROLE_ORDER } from '../../graph/roles';
import { caseSet, indent, literalList, participation, type Compile } from '../case-set';
import { badInput } from '../../cypher/paging';
import { partySummary } from '../../cypher/projections';
import { GRAPH_VERSION, STATS_SNAPSHOT } from '../../graph/labels';
import {
  ALL_OUTCOME_STATS_PARTS,
  DEFAULT_TOP_PARTIES,
  DISPOSITIVE_KINDS,
  MAX_TOP_PARTIES,
  OUTCOME_STATS_SNAPSHOT,
  type OutcomeBucket,
  type OutcomeStatsParts,
  type TimeGroup,
} from './models';

// Query.outcomeStats: counts, filing-to-disposition times and the busiest parties
// over the cases a CaseFilter selects, in one statement that computes only the
// parts the client selected (outcomeStatsParts).
//
// The statement is fixed text assembled from fixed blocks, chosen by the parts;
// its own variables are fixed names. The filter and the party projection inside
// it are compiled by the builder, whose names cannot meet them. User values
// travel only as parameters, so the text is built once per filter shape and parts.

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
const judgeOf = (decision: 'o' | 'd') =>
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

/** The variable a grouping reads a row as: an outcome group (`x`) or a timed case (`t`). */
type RowVariable = 'x' | 't';
/** An expression over the row variable. */
type OverRow = (row: RowVariable) => string;

/** A row field as it is: `x.courtId`. */
const field =
  (name: RowField): OverRow =>
  (row) =>
    `${row}.${name}`;
/** A row field, `'unknown'` when it is null. */
const orUnknown =
  (name: RowField): OverRow =>
  (row) =>
    `coalesce(${row}.${name}, 'unknown')`;
/** No row is of an unnamed party. */
const never: OverRow = () => 'false';

/** A grouping: its key, label and `unnamed` over a row variable, and the row fields they read. */
interface Grouping {
  key: OverRow;
  label: OverRow;
  unnamed: OverRow;
  reads: readonly RowField[];
}
const GROUPINGS = {
  kind: { key: field('kind'), label: field('kind'), unnamed: never, reads: ['kind'] },
  caseKind: { key: field('caseKind'), label: field('caseKind'), unnamed: never, reads: ['caseKind'] },
  court: {
    key: field('courtId'),
    label: orUnknown('court'),
    unnamed: never,
    reads: ['courtId', 'court'],
  },
  judge: {
    key: field('judgeId'),
    label: orUnknown('judge'),
    unnamed: field('judgeUnnamed'),
    reads: ['judgeId', 'judge', 'judgeUnnamed'],
  },
  natureOfSuit: {
    key: field('natureOfSuit'),
    label: orUnknown('natureOfSuit'),
    unnamed: never,
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
function lookups(fields: readonly RowField[], carried: string, decision: 'o' | 'd'): string {
  const items = [carried];
  if (fields.includes('courtId')) items.push(COURT_OF_CASE);
  if (fields.includes('judgeId')) items.push(judgeOf(decision));
  return items.length > 1 ? `\n  WITH ${items.join(',\n    ')}` : '';
}

/** A grouping's `WITH` items over the row variable: its key, label and `unnamed`. */
const groupItems = (g: Grouping, row: RowVariable): string =>
  `${g.key(row)} AS key, ${g.label(row)} AS label, ${g.unnamed(row)} AS unnamed`;

/**
 * Outcome counts grouped by a grouping over the outcome groups (one row per
 * combination of the fields read, with its outcome count `n`), most first.
 */
function bucketsOf(g: Grouping, as: string): string {
  return `CALL (outcomes) {
  UNWIND outcomes AS x
  WITH ${groupItems(g, 'x')}, sum(x.n) AS n
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

/** Filing-to-disposition times grouped by a grouping over the timed cases, most cases first. */
function timesBy(g: Grouping, as: string): string {
  return `CALL (timed) {
  UNWIND timed AS t
  WITH ${groupItems(g, 't')}, ${TIME_AGGREGATES}
  ORDER BY cases DESC, label, key
  RETURN collect({key: key, label: label, unnamed: unnamed, times: ${TIME_MAP}}) AS ${as}
}`;
}

const TOP_PARTY = new Cypher.NamedVariable('p');

/** How the top parties come: as party summaries (answers) or as ids (a snapshot's rows). */
type TopPartiesAs = 'summary' | 'id';

/** A column of the direct statement: its name, and its expression unless a variable of that name holds it. */
interface Column {
  name: string;
  expr?: string;
}
const returnItem = ({ name, expr }: Column): string => (expr === undefined ? name : `${expr} AS ${name}`);

/**
 * The blocks of the direct statement and its columns. `compile` compiles the
 * builder's parts (the filter, the party projection) inside the fixed text.
 *
 * The filtered cases are collected once and each statistic is a CALL subquery over
 * that list returning one row; with no filter each subquery matches the cases
 * itself and the case count is the label's count. Outcomes are first counted per
 * combination of the values the selected groupings read, so each grouping sums
 * a few counts instead of reading every outcome again.
 */
function directStatement(
  compile: Compile,
  clause: CaseFilterClause,
  parts: OutcomeStatsParts,
  withTop: boolean,
  topAs: TopPartiesAs,
): { blocks: string[]; columns: Column[] } {
  const set = caseSet(compile, clause);
  const all = set.all;
  const buckets = parts.buckets;
  const withOutcomes = parts.outcomeCount || buckets.length > 0;
  const withTimes = parts.times.length > 0;
  const needsCases = !all && (withOutcomes || withTimes || withTop);
  const overCases = set.over;
  const blocks: string[] = [];
  const columns: Column[] = [];
  if (needsCases) {
    blocks.push(set.collect());
    if (parts.caseCount) columns.push({ name: 'caseCount', expr: 'size(cases)' });
  } else if (parts.caseCount) {
    blocks.push(set.count());
  }
  if (parts.caseCount && !columns.length) columns.push({ name: 'caseCount' });

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
    if (parts.outcomeCount) columns.push({ name: 'outcomeCount' });
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
      columns.push({ name: b });
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
    columns.push({ name: 'timeToDisposition', expr: `{${entries.join(', ')}}` });
  }

  if (withTop) {
    const roles = parts.topPartyRoles;
    const anyone = participation('ANY', compile) as { match: string; role: string };
    blocks.push(`${overCases()}
  ${anyone.match}${roles ? `\n  WITH p, c, ${anyone.role} AS role` : ''}
  WITH p, count(DISTINCT c) AS n${roles ? ', collect(DISTINCT role) AS roles' : ''}
  ORDER BY n DESC, p.displayName, p.id
  LIMIT $topParties
  RETURN collect({${topAs === 'id' ? 'id: p.id' : `party: ${compile(partySummary(TOP_PARTY))}`}, cases: n${roles ? `, roles: [x IN ${literalList(ROLE_ORDER)} WHERE x IN roles]` : ''}}) AS topParties
}`);
    columns.push({ name: 'topParties' });
  }

  return { blocks, columns };
}

/** The direct statement's text: its blocks, then its columns. */
const directText = (blocks: readonly string[], columns: readonly Column[]): string =>
  `${blocks.map((b) => `${b}\n`).join('')}RETURN ${columns.map(returnItem).join(', ')}`;

/** The snapshot, and whether it is the graph as it is now (`fresh`). */
const SNAPSHOT_LOOKUP = `OPTIONAL MATCH (graphVersion:${GRAPH_VERSION} {id: 'graph'})
OPTIONAL MATCH (snapshot:${STATS_SNAPSHOT} {id: '${OUTCOME_STATS_SNAPSHOT}'})
WITH snapshot, snapshot IS NOT NULL AND snapshot.version = coalesce(graphVersion.version, 0) AS fresh`;

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
  const plan = caseFilterPlan(filter);
  const key = `outcomeStats|${plan.key}|${statsPartsKey(parts)}|${withTop}`;
  const statement = builtOnce(key, () => outcomeStatsStatement(caseFilterClause(plan.shape), parts, withTop));
  const params = { ...statement.params, ...plan.params };
  return { cypher: statement.cypher, params: withTop ? { ...params, topParties } : params };
}

/** The parts as a key: every field, in a fixed order. */
const statsPartsKey = (parts: OutcomeStatsParts): string =>
  JSON.stringify([
    parts.caseCount,
    parts.outcomeCount,
    parts.buckets,
    parts.times,
    parts.topParties,
    parts.topPartyRoles,
  ]);

/** The statement of `outcomeStatsQuery` over the cases `clause` selects. */
function outcomeStatsStatement(
  clause: CaseFilterClause,
  parts: OutcomeStatsParts,
  withTop: boolean,
): Statement {
  return fixedText('outcomeStats', (compile) => {
    const { blocks, columns } = directStatement(compile, clause, parts, withTop, 'summary');
    // Nothing selected but `__typename`: the statement still runs once, and says so.
    const direct = directText(blocks, columns.length ? columns : [{ name: 'nothing', expr: 'null' }]);
    if (!clause.selectsAll || columns.length === 0) return direct;
    const names = columns.map((c) => c.name);
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
  ${indent(direct)}
}
RETURN fresh, CASE WHEN fresh THEN snapshot.row END AS snapshotRow${top}, ${names.join(', ')}`;
  });
}

/**
 * The whole graph's statistics with every part and the most top parties, as a snapshot
 * stores them: the top parties as ids (their summaries are read when answering).
 */
export function snapshotStatsQuery(): { cypher: string; params: Params } {
  const statement = builtOnce('outcomeStatsSnapshot', () =>
    fixedText('outcomeStatsSnapshot', (compile) => {
      const { blocks, columns } = directStatement(
        compile,
        caseFilterClause(caseFilterPlan({}).shape),
        ALL_OUTCOME_STATS_PARTS,
        true,
        'id',
      );
      return directText(blocks, columns);
    }),
  );
  return { cypher: statement.cypher, params: { ...statement.params, topParties: MAX_TOP_PARTIES } };
}

/** The `topParties` argument, checked: BAD_USER_INPUT outside 0..MAX_TOP_PARTIES. */
export function validateTopParties(value: number | null | undefined): number {
  const n = value ?? DEFAULT_TOP_PARTIES;
  if (!Number.isInteger(n) || n < 0 || n > MAX_TOP_PARTIES) {
    throw badInput(`\`topParties\` must be between 0 and ${MAX_TOP_PARTIES}; got ${n}`, 'topParties');
  }
  return n;
}
