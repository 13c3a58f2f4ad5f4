import type { Plain } from '../../db/convert';
import type { CaseKind, OutcomeModel, PartyRole } from '../../domain/models';
import { toParty } from '../../cypher/mappers';
import { list, num, obj, optNum, optStr, type Props } from '../../cypher/rows';
import type {
  DaysIntervalModel,
  DispositionTimesGroupModel,
  DispositionTimesModel,
  OutcomeStatsModel,
  StatsBucketModel,
} from './models';

// The outcomeStats statement's row as the OutcomeStats model. Pure: unit-tested
// without a database.

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
