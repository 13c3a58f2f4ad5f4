import Cypher from '@neo4j/cypher-builder';
import type { Executor } from '../db/executor';
import type { PartyModel } from '../domain/models';
import { toParty, type Props } from '../cypher/mappers';
import { partySummary } from '../cypher/projections';
import { named, type Statement } from '../cypher/statement';
import { PARTY } from '../graph/labels';

// A court's judges: everyone who sits on one of its cases, by name.

export function courtJudgesStatement(courtId: string): Statement {
  const court = new Cypher.Node();
  const c = new Cypher.Node();
  const j = new Cypher.Node();
  return named(
    'courtJudges',
    new Cypher.Match(
      new Cypher.Pattern(j, { labels: [PARTY] })
        .related({ type: 'JUDGE_IN' })
        .to(c, { labels: ['Case'] })
        .related({ type: 'IN_COURT' })
        .to(court, { labels: ['Court'], properties: { id: new Cypher.Param(courtId) } }),
    )
      .with(j)
      .distinct()
      .return([partySummary(j), 'judge'])
      .orderBy([j.property('displayName'), 'ASC'], [j.property('id'), 'ASC']),
  );
}

export async function courtJudges(executor: Executor, courtId: string): Promise<PartyModel[]> {
  const { cypher, params } = courtJudgesStatement(courtId);
  const rows = await executor.read(cypher, params);
  return rows.map((row) => toParty(row.judge as Props));
}
