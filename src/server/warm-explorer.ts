import { print, type DocumentNode } from 'graphql';
import type { Executor } from '../db/executor';
import {
  CaseAsOfDocument,
  CaseEventsDocument,
  CasePageDocument,
  CasesPageDocument,
  CourtPageDocument,
  EntityPageDocument,
  HomeDocument,
  NeighborhoodDocument,
  PartyPageDocument,
  PathsDocument,
  RankingsDocument,
  SearchDocument,
  SourcePageDocument,
  StatsDocument,
  TimelinePageDocument,
} from '../../web/src/gql/graphql';

// The explorer's pages ask operations of their own shape (their parts, pages and the
// fields they name), so Neo4j plans their statements on the first visit: 1–4.5 s for a
// case or a party page on a fresh start, against 0.02–0.2 s after. Asking each page's
// operation once at start, on ids read from the graph, plans them before anyone visits.

/** One id of each kind of page, from the graph; null where the graph has none. */
interface SampleIds {
  caseId: string | null;
  partyId: string | null;
  courtId: string | null;
  incidentId: string | null;
  sourceId: string | null;
}

// Index seeks and the first match of each label: cheap on any size of graph.
const SAMPLE_IDS = `// explorerSampleIds
RETURN COLLECT { MATCH (p:Party)-[:PARTY_TO]->(c:Case) RETURN [c.id, p.id] LIMIT 1 }[0] AS link,
  COLLECT { MATCH (:Case)-[:IN_COURT]->(ct:Court) RETURN ct.id LIMIT 1 }[0] AS courtId,
  COLLECT { MATCH (i:Incident) RETURN i.id LIMIT 1 }[0] AS incidentId,
  COLLECT { MATCH (s:Source) RETURN s.id LIMIT 1 }[0] AS sourceId`;

async function sampleIds(executor: Executor): Promise<SampleIds> {
  const [row] = await executor.read(SAMPLE_IDS, {});
  const link = (row?.link as [string, string] | null) ?? null;
  const id = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    caseId: link?.[0] ?? null,
    partyId: link?.[1] ?? null,
    courtId: id(row?.courtId),
    incidentId: id(row?.incidentId),
    sourceId: id(row?.sourceId),
  };
}

/** The variables of the filter names the cases and rankings pages ask with their lists: none. */
const NO_FILTER_NAMES = {
  party: '',
  lawyer: '',
  firm: '',
  judge: '',
  court: '',
  withParty: false,
  withLawyer: false,
  withFirm: false,
  withJudge: false,
  withCourt: false,
};
const CASES_PAGE = {
  ...NO_FILTER_NAMES,
  filter: {},
  orderBy: { field: 'CAPTION', direction: 'ASC' },
  first: 25,
  after: null,
  pendingOn: '2000-01-01',
  withPending: false,
};
const RANKED = ['FIRM', 'LAWYER', 'JUDGE', 'COURT', 'PARTY'] as const;

/** Each page's operation with the variables a visit sends, for the ids the graph has. */
function pageOperations(ids: SampleIds): [DocumentNode, Record<string, unknown>][] {
  const { caseId, partyId, courtId, incidentId, sourceId } = ids;
  const ops: [DocumentNode, Record<string, unknown>][] = [
    [HomeDocument, {}],
    [StatsDocument, {}],
    [SearchDocument, { text: 'court' }],
    [SearchDocument, { text: 'court', first: 100 }],
    // The cases page as first opened, and with "pending on" (each case's status that day).
    [CasesPageDocument, CASES_PAGE],
    [
      CasesPageDocument,
      { ...CASES_PAGE, filter: { pendingOn: '2000-01-01' }, pendingOn: '2000-01-01', withPending: true },
    ],
    ...RANKED.map((subject): [DocumentNode, Record<string, unknown>] => [
      RankingsDocument,
      { subject, filter: {}, first: 25, after: null, ...NO_FILTER_NAMES },
    ]),
  ];
  if (caseId) {
    ops.push(
      [CasePageDocument, { id: caseId }],
      [CaseEventsDocument, { id: caseId, after: null }],
      [CaseAsOfDocument, { id: caseId, date: '2000-01-01' }],
      [TimelinePageDocument, { id: caseId, caseId }],
      [NeighborhoodDocument, { id: caseId, depth: 1 }],
      [NeighborhoodDocument, { id: caseId, depth: 2 }],
    );
  }
  if (partyId)
    ops.push([PartyPageDocument, { id: partyId }], [TimelinePageDocument, { id: partyId, partyId }]);
  if (courtId) ops.push([CourtPageDocument, { id: courtId, after: null }]);
  if (incidentId)
    ops.push(
      [EntityPageDocument, { id: incidentId, incident: true }],
      [TimelinePageDocument, { id: incidentId, incidentId }],
    );
  if (sourceId) ops.push([SourcePageDocument, { id: sourceId }]);
  if (partyId && courtId) ops.push([PathsDocument, { from: partyId, to: courtId }]);
  return ops;
}

export interface Warmed {
  /** Operations asked. */
  asked: number;
  /** The operations that failed, with why: they still run, only unplanned. */
  failed: string[];
}

/**
 * Asks the server at `url` each page's operation once, one at a time (planned side by
 * side on two cores, they starve each other).
 */
export async function warmExplorerPages(url: string, executor: Executor): Promise<Warmed> {
  const ops = pageOperations(await sampleIds(executor));
  const failed: string[] = [];
  for (const [document, variables] of ops) {
    const name = operationName(document);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-warm-up': 'explorer' },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) failed.push(`${name}: ${body.errors.map((e) => e.message).join('; ')}`);
    } catch (error) {
      failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { asked: ops.length, failed };
}

const operationName = (document: DocumentNode): string =>
  document.definitions.flatMap((d) =>
    d.kind === 'OperationDefinition' && d.name ? [d.name.value] : [],
  )[0] ?? 'anonymous';
