import type { Executor } from '../db/executor';
import { mergeTimeline } from '../domain/timeline';
import type { TimelineEntryModel } from '../domain/models';
import { toCase, toEvent, toIncident, type Props } from '../cypher/mappers';
import { evidenceOf } from '../cypher/projections';

// One statement per timeline: the subject's cases with their events and the
// incidents they arise from; the merge and order are done in domain/timeline.ts.

const CASES_WITH_EVENTS = `COLLECT {
    UNWIND cs AS c
    RETURN c {.*, evidence: ${evidenceOf('c')},
      events: COLLECT { MATCH (c)-[:HAS_EVENT]->(e:Event) RETURN e {.*, evidence: ${evidenceOf('e')}} }}
  } AS cases`;

const INCIDENTS_OF_CASES = `COLLECT {
    UNWIND cs AS c
    MATCH (c)-[:ARISES_FROM]->(i:Incident)
    WITH DISTINCT i
    RETURN i {.*, evidence: ${evidenceOf('i')}}
  } AS incidents`;

export const TIMELINE_QUERIES = {
  party: `// timelineForParty
MATCH (p:Party {id: $id})
WITH COLLECT { MATCH (p)-[:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c:Case) RETURN DISTINCT c } AS cs
RETURN ${INCIDENTS_OF_CASES}, ${CASES_WITH_EVENTS}`,
  case: `// timelineForCase
MATCH (c0:Case {id: $id})
WITH [c0] AS cs
RETURN ${INCIDENTS_OF_CASES}, ${CASES_WITH_EVENTS}`,
  // Cases arising from the incident, and the cases related to those (a suit over the prosecution).
  incident: `// timelineForIncident
MATCH (i0:Incident {id: $id})
WITH i0, COLLECT {
  MATCH (c0:Case)-[:ARISES_FROM]->(i0)
  CALL (c0) { RETURN c0 AS c UNION MATCH (c0)-[:RELATED_TO]-(c:Case) RETURN c }
  RETURN DISTINCT c
} AS cs
RETURN [i0 {.*, evidence: ${evidenceOf('i0')}}] AS incidents, ${CASES_WITH_EVENTS}`,
} as const;

export type TimelineSubject = keyof typeof TIMELINE_QUERIES;

/** The ordered entries, or null when the subject does not exist. */
export async function timeline(
  executor: Executor,
  subject: TimelineSubject,
  id: string,
): Promise<TimelineEntryModel[] | null> {
  const [row] = await executor.read(TIMELINE_QUERIES[subject], { id });
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
        evidence: event.evidence,
        group: kase.id,
        rank: 1,
        seq: event.seq,
      });
    }
  }
  return mergeTimeline(entries);
}
