// Cypher map projections shared by the named queries. Each returns everything a
// full document of that type needs, nested with COLLECT subqueries, so one
// statement answers a root field. Summaries (`x {.*}`) are used one level down.

export const SOURCE_FIELDS = `.id, .kind, .title, .publisher, .identifier, .dateValue, .datePrecision, .dateEarliest, .dateLatest, .dateWording, .dateDerived, .dateDerivation`;

/**
 * Evidence with its sources resolved inside the same statement (an index seek
 * per quote), so answering "how do we know?" costs no extra round trip.
 * `v` is a node or relationship variable; `prefix` picks the parallel arrays.
 */
export function evidenceOf(v: string, prefix = 'evidence'): string {
  const ids = `${v}.${prefix}Sources`;
  // `evIdx` and `evSrc` must not clash with the caller's variables.
  return `[evIdx IN range(0, size(coalesce(${ids}, [])) - 1) | {quote: ${v}.${prefix}Quotes[evIdx], source: COLLECT { MATCH (evSrc:Source {id: ${ids}[evIdx]}) RETURN evSrc {${SOURCE_FIELDS}} }[0]}]`;
}

/** `v {.*}` plus resolved evidence (and, for parties, descriptor and office evidence). */
export function withEvidence(v: string, kind: 'node' | 'party' = 'node', more = ''): string {
  const extra =
    kind === 'party'
      ? `, descriptorsEvidence: ${evidenceOf(v, 'descriptors')}, officesEvidence: ${evidenceOf(v, 'offices')}`
      : '';
  return `${v} {.*, evidence: ${evidenceOf(v)}${extra}${more}}`;
}

/**
 * Any entity as a summary: properties, all evidence (party descriptors and
 * offices included; absent arrays give empty lists) and, for a case's charges,
 * claims, outcomes and events, the id of their case. For mixed results (search
 * hits, graph views) where the label is known only at run time.
 */
export function entitySummary(v: string): string {
  return withEvidence(
    v,
    'party',
    `, caseId: COLLECT { MATCH (owner:Case)-[:HAS_CHARGE|HAS_CLAIM|HAS_OUTCOME|HAS_EVENT]->(${v}) RETURN owner.id }[0]`,
  );
}

const party = (v: string) => withEvidence(v, 'party');
const node = (v: string) => withEvidence(v);
const rel = (v: string) => withEvidence(v);

export function caseDocument(c: string): string {
  return `${c} {.*, evidence: ${evidenceOf(c)},
    court: COLLECT { MATCH (${c})-[:IN_COURT]->(ct:Court) RETURN ${node('ct')} }[0],
    incident: COLLECT { MATCH (${c})-[:ARISES_FROM]->(inc:Incident) RETURN ${node('inc')} }[0],
    parties: COLLECT { MATCH (p:Party)-[r:PARTY_TO]->(${c}) RETURN {rel: ${rel('r')}, party: ${party('p')}} ORDER BY r.seq, r.id },
    counsel: COLLECT {
      MATCH (p:Party)-[r:COUNSEL_IN]->(${c})
      RETURN {rel: ${rel('r')}, lawyer: ${party('p')}, client: COLLECT { MATCH (cl:Party {id: r.clientId}) RETURN ${party('cl')} }[0]}
      ORDER BY r.seq, r.id
    },
    judges: COLLECT { MATCH (p:Party)-[r:JUDGE_IN]->(${c}) RETURN {rel: ${rel('r')}, judge: ${party('p')}} ORDER BY r.seq, r.id },
    charges: COLLECT {
      MATCH (${c})-[:HAS_CHARGE]->(ch:Charge)
      RETURN ch {.*, evidence: ${evidenceOf('ch')}, defendant: COLLECT { MATCH (ch)-[:CHARGED]->(d:Party) RETURN ${party('d')} }[0]}
      ORDER BY ch.seq, ch.id
    },
    claims: COLLECT { MATCH (${c})-[:HAS_CLAIM]->(cl:Claim) RETURN ${node('cl')} ORDER BY cl.seq, cl.id },
    outcomes: COLLECT {
      MATCH (${c})-[:HAS_OUTCOME]->(o:Outcome)
      RETURN o {.*, evidence: ${evidenceOf('o')},
        decidedBy: COLLECT { MATCH (o)-[:DECIDED_BY]->(j:Party) RETURN ${party('j')} }[0],
        resolves: COLLECT { MATCH (o)-[:RESOLVES]->(x:Node) RETURN x {.*, labels: labels(x), evidence: ${evidenceOf('x')}} ORDER BY x.id }
      }
    },
    events: COLLECT { MATCH (${c})-[:HAS_EVENT]->(e:Event) RETURN ${node('e')} },
    related: COLLECT {
      MATCH (${c})-[r:RELATED_TO]-(o:Case)
      RETURN {rel: ${rel('r')}, outgoing: startNode(r) = ${c}, case: ${node('o')}} ORDER BY o.caption, o.id
    }
  }`;
}

export interface PartyDocumentOptions {
  /** Embed full case documents in the party's case list (when the selection needs case details). */
  fullCases?: boolean;
}

export function partyDocument(p: string, opts: PartyDocumentOptions = {}): string {
  const caseProjection = opts.fullCases ? caseDocument('c') : node('c');
  return withEvidence(
    p,
    'party',
    `,
    relationships: COLLECT {
      MATCH (${p})-[r:SPOUSE_OF|PARENT_OF]-(o:Party)
      RETURN {rel: ${rel('r')}, type: type(r), outgoing: startNode(r) = ${p}, other: ${party('o')}} ORDER BY r.id
    },
    credits: COLLECT { MATCH (${p})-[r:WORKED_ON]->(x:Production) RETURN {rel: ${rel('r')}, production: ${node('x')}} ORDER BY r.id },
    incidents: COLLECT {
      MATCH (${p})-[r:INVOLVED_IN]->(x:Incident)
      RETURN {rel: ${rel('r')}, incident: x {.*, evidence: ${evidenceOf('x')},
        cases: COLLECT { MATCH (ic:Case)-[:ARISES_FROM]->(x) RETURN ${node('ic')} ORDER BY ic.caption, ic.id }}}
      ORDER BY r.id
    },
    caseLinks: COLLECT {
      MATCH (${p})-[r:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c:Case)
      RETURN {case: ${caseProjection}, role: CASE type(r) WHEN 'PARTY_TO' THEN r.role WHEN 'COUNSEL_IN' THEN 'COUNSEL' ELSE 'JUDGE' END}
      ORDER BY c.caption, c.id
    }
  `,
  );
}

export function incidentDocument(i: string): string {
  return `${i} {.*, evidence: ${evidenceOf(i)},
    production: COLLECT { MATCH (${i})-[:ON_PRODUCTION]->(x:Production) RETURN ${node('x')} }[0],
    involvements: COLLECT { MATCH (p:Party)-[r:INVOLVED_IN]->(${i}) RETURN {rel: ${rel('r')}, party: ${party('p')}} ORDER BY r.id },
    cases: COLLECT { MATCH (c:Case)-[:ARISES_FROM]->(${i}) RETURN ${node('c')} ORDER BY c.caption, c.id }
  }`;
}

export function productionDocument(x: string): string {
  return `${x} {.*, evidence: ${evidenceOf(x)},
    credits: COLLECT { MATCH (p:Party)-[r:WORKED_ON]->(${x}) RETURN {rel: ${rel('r')}, party: ${party('p')}} ORDER BY r.id },
    incidents: COLLECT { MATCH (i:Incident)-[:ON_PRODUCTION]->(${x}) RETURN ${node('i')} ORDER BY i.id }
  }`;
}
