import type { Executor } from '../../db/executor';
import type { CaseFilterInput } from '../case-filter';
import { ALL_OUTCOME_STATS_PARTS, type OutcomeStatsModel, type OutcomeStatsParts } from './models';
import { answerRow, toOutcomeStats } from './rows';
import { outcomeStatsQuery, validateTopParties } from './statement';

// Query.outcomeStats: the models and parts (models.ts), the statement (statement.ts),
// its row as a model (rows.ts), and the function the resolver calls.

export {
  ALL_OUTCOME_STATS_PARTS,
  DEFAULT_TOP_PARTIES,
  DISPOSITIVE_KINDS,
  MAX_TOP_PARTIES,
  OUTCOME_BUCKETS,
  OUTCOME_STATS_SNAPSHOT,
  TIME_GROUPS,
  outcomeStatsParts,
  type DaysIntervalModel,
  type DispositionTimesGroupModel,
  type DispositionTimesModel,
  type OutcomeBucket,
  type OutcomeKindByCaseKindModel,
  type OutcomeStatsModel,
  type OutcomeStatsParts,
  type OutcomeStatsSelection,
  type PartyCaseCountModel,
  type StatsBucketModel,
  type TimeGroup,
  type TimeToDispositionModel,
} from './models';
export { answerRow, toOutcomeStats } from './rows';
export { outcomeStatsQuery, snapshotStatsQuery, validateTopParties } from './statement';

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
