import type { Executor } from '../db/executor';
import { mergeTimeline } from '../domain/timeline';
import type { TimelineEntryModel } from '../domain/models';
import { describeStatement } from '../domain/statements';
import { toCase, toEvent, toIncident, toStatement, type Props } from '../cypher/mappers';
import Cypher from '@neo4j/cypher-builder';
import { apart, eventDocument, statementDocument, withEvidence } from '../cypher/projections';
import { named, type Statement } from '../cypher/statement';
import { FULL } from '../cypher/reading';
import { PARTY } from '../graph/labels';
import { CASE_OWNS, CASE_PARTICIPATION, type RelType } from '../graph/relationships';

// One statement per timeline: the subject's cases with their events and the
// incidents they arise from; the merge and order are done in domain/timeline.ts.

/**
 * The incidents of the cases in list `cs`, the cases with their events, and the
 * statements about those cases (or what they own) together with `subjectStatements`
 * (statement nodes about or by the subject itself), each projected once.
 */
function incidentsAndCases(
  cs: Cypher.Variable,
  incidents: Cypher.Expr | null,
  subjectStatements: Cypher.Expr = new Cypher.List([]),
): Cypher.Return {
  const c = new Cypher.Node();
  const i = new Cypher.Node();
  const e = new Cypher.Node();
  const s = new Cypher.Node();
  const ofCases = new Cypher.Collect(
    new Cypher.Unwind([cs, c])
      .match(new Cypher.Pattern(c).related({ type: 'ARISES_FROM' }).to(i, { labels: ['Incident'] }))
      .with(i)
      .distinct()
      .return(withEvidence(i, {}, FULL, 'Incident')),
  );
  const cases = new Cypher.Collect(
    new Cypher.Unwind([cs, c]).return(
      withEvidence(
        c,
        {
          events: new Cypher.Collect(
            new Cypher.Match(
              new Cypher.Pattern(c).related({ type: 'HAS_EVENT' }).to(e, { labels: ['Event'] }),
            ).return(eventDocument(e, FULL, c.property('id'))),
          ),
        },
        FULL,
        'Case',
      ),
    ),
  );
  const aboutCases = new Cypher.Collect(
    new Cypher.Unwind([cs, c])
      .match(
        new Cypher.Pattern(c)
          .related({ type: Cypher.labelExpr.or(...CASE_OWNS), length: { min: 0, max: 1 } })
          .to(new Cypher.Node())
          .related({ type: 'ABOUT', direction: 'left' })
          .to(s, { labels: ['Statement'] }),
      )
      .return(s),
  );
  const statement = new Cypher.Node();
  const statements = new Cypher.Collect(
    new Cypher.Unwind([Cypher.plus(aboutCases, subjectStatements), statement])
      .with(statement)
      .distinct()
      .return(apart(statementDocument(statement)))
      .orderBy(
        [statement.property('dateEarliest'), 'ASC'],
        [statement.property('seq'), 'ASC'],
        [statement.property('id'), 'ASC'],
      ),
  );
  return new Cypher.Return([incidents ?? ofCases, 'incidents'], [cases, 'cases'], [statements, 'statements']);
}

/** Statement nodes linked to `x` by the given relationship types, in either direction. */
function statementNodes(x: Cypher.Node, ...types: RelType[]): Cypher.Expr {
  const s = new Cypher.Node();
  return new Cypher.Collect(
    new Cypher.Match(
      new Cypher.Pattern(x)
        .related({ type: Cypher.labelExpr.or(...types), direction: 'undirected' })
        .to(s, { labels: ['Statement'] }),
    ).return(s),
  );
}

function forParty(): Statement {
  const p = new Cypher.Node();
  const c = new Cypher.Node();
  const cs = new Cypher.Variable();
  return named(
    'timelineForParty',
    Cypher.utils.concat(
      new Cypher.Match(
        new Cypher.Pattern(p, { labels: [PARTY], properties: { id: new Cypher.NamedParam('id') } }),
      ),
      new Cypher.With(p, [
        new Cypher.Collect(
          new Cypher.Match(
            new Cypher.Pattern(p)
              .related({ type: Cypher.labelExpr.or(...CASE_PARTICIPATION) })
              .to(c, { labels: ['Case'] }),
          )
            .return(c)
            .distinct(),
        ),
        cs,
      ]),
      incidentsAndCases(cs, null, statementNodes(p, 'STATED', 'ON_BEHALF_OF', 'ABOUT')),
    ),
  );
}

function forCase(): Statement {
  const c = new Cypher.Node();
  const cs = new Cypher.Variable();
  return named(
    'timelineForCase',
    Cypher.utils.concat(
      new Cypher.Match(
        new Cypher.Pattern(c, { labels: ['Case'], properties: { id: new Cypher.NamedParam('id') } }),
      ),
      new Cypher.With([new Cypher.List([c]), cs]),
      incidentsAndCases(cs, null),
    ),
  );
}

/**
 * Cases arising from the incident and, when `transitive`, the cases related to
 * those (a suit over the prosecution): the sets of `Incident.cases(transitive:)`.
 */
function forIncident(transitive: boolean): Statement {
  const i = new Cypher.Node();
  const direct = new Cypher.Node();
  const c = new Cypher.Node();
  const cs = new Cypher.Variable();
  const either = transitive
    ? new Cypher.Union(
        new Cypher.Return([direct, c]),
        new Cypher.Match(
          new Cypher.Pattern(direct)
            .related({ type: 'RELATED_TO', direction: 'undirected' })
            .to(c, { labels: ['Case'] }),
        ).return(c),
      )
    : new Cypher.Return([direct, c]);
  return named(
    transitive ? 'timelineForIncidentTransitive' : 'timelineForIncident',
    Cypher.utils.concat(
      new Cypher.Match(
        new Cypher.Pattern(i, { labels: ['Incident'], properties: { id: new Cypher.NamedParam('id') } }),
      ),
      new Cypher.With(i, [
        new Cypher.Collect(
          Cypher.utils.concat(
            new Cypher.Match(
              new Cypher.Pattern(direct, { labels: ['Case'] }).related({ type: 'ARISES_FROM' }).to(i),
            ),
            new Cypher.Call(either, [direct]),
            new Cypher.Return(c).distinct(),
          ),
        ),
        cs,
      ]),
      incidentsAndCases(
        cs,
        new Cypher.List([withEvidence(i, {}, FULL, 'Incident')]),
        statementNodes(i, 'ABOUT'),
      ),
    ),
  );
}

export const TIMELINE_QUERIES = {
  party: forParty(),
  case: forCase(),
  incident: forIncident(false),
  incidentTransitive: forIncident(true),
} as const satisfies Record<string, Statement>;

export type TimelineSubject = keyof typeof TIMELINE_QUERIES;

/** The ordered entries, or null when the subject does not exist. */
export async function timeline(
  executor: Executor,
  subject: TimelineSubject,
  id: string,
): Promise<TimelineEntryModel[] | null> {
  const [row] = await executor.read(TIMELINE_QUERIES[subject].cypher, { id });
  if (!row) return null;
  const entries: TimelineEntryModel[] = [];
  for (const doc of (row.incidents as Props[]) ?? []) {
    const incident = toIncident(doc);
    entries.push({
      id: incident.id,
      kind: 'INCIDENT',
      eventKind: null,
      date: incident.date,
      description: incident.description,
      case: null,
      incident,
      statement: null,
      evidence: incident.evidence,
      group: incident.id,
      rank: 0,
      seq: 0,
    });
  }
  for (const doc of (row.cases as Props[]) ?? []) {
    const kase = toCase(doc);
    for (const e of (doc.events as Props[]) ?? []) {
      const event = toEvent({ ...e, caseId: kase.id });
      entries.push({
        id: event.id,
        kind: 'EVENT',
        eventKind: event.kind,
        date: event.date,
        description: event.description,
        case: kase,
        incident: null,
        statement: null,
        evidence: event.evidence,
        group: kase.id,
        rank: 1,
        seq: event.seq,
      });
    }
  }
  // Each statement arrives once (the statement deduplicates them), in date then source order.
  // Statements form one group in source order: an undated one goes after the
  // statement told before it, never borrowing the date of a case step.
  const statements = (row.statements as Props[]) ?? [];
  for (const doc of statements) {
    const statement = toStatement(doc);
    entries.push({
      id: statement.id,
      kind: 'STATEMENT',
      eventKind: null,
      date: statement.date,
      description: describeStatement(statement),
      case: null,
      incident: null,
      statement,
      evidence: statement.evidence,
      group: 'statements',
      rank: 2,
      seq: typeof doc.seq === 'number' ? doc.seq : 0,
    });
  }
  return mergeTimeline(entries);
}
