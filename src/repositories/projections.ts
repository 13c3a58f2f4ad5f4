// Cypher map projections shared by the named queries. Each returns everything a
// full document of that type needs, nested with COLLECT subqueries, so one
// statement answers a root field. Summaries (`x {.*}`) are used one level down.

export const SOURCE_FIELDS = `.id, .kind, .title, .publisher, .identifier, .dateValue, .datePrecision, .dateEarliest, .dateLatest, .dateWording, .dateDerived, .dateDerivation`;

export function caseDocument(c: string): string {
  return `${c} {.*,
    court: COLLECT { MATCH (${c})-[:IN_COURT]->(ct:Court) RETURN ct {.*} }[0],
    incident: COLLECT { MATCH (${c})-[:ARISES_FROM]->(inc:Incident) RETURN inc {.*} }[0],
    parties: COLLECT { MATCH (p:Party)-[r:PARTY_TO]->(${c}) RETURN {rel: r {.*}, party: p {.*}} ORDER BY r.seq, r.id },
    counsel: COLLECT {
      MATCH (p:Party)-[r:COUNSEL_IN]->(${c})
      RETURN {rel: r {.*}, lawyer: p {.*}, client: COLLECT { MATCH (cl:Party {id: r.clientId}) RETURN cl {.*} }[0]}
      ORDER BY r.seq, r.id
    },
    judges: COLLECT { MATCH (p:Party)-[r:JUDGE_IN]->(${c}) RETURN {rel: r {.*}, judge: p {.*}} ORDER BY r.seq, r.id },
    charges: COLLECT {
      MATCH (${c})-[:HAS_CHARGE]->(ch:Charge)
      RETURN ch {.*, defendant: COLLECT { MATCH (ch)-[:CHARGED]->(d:Party) RETURN d {.*} }[0]} ORDER BY ch.seq, ch.id
    },
    claims: COLLECT { MATCH (${c})-[:HAS_CLAIM]->(cl:Claim) RETURN cl {.*} ORDER BY cl.seq, cl.id },
    outcomes: COLLECT {
      MATCH (${c})-[:HAS_OUTCOME]->(o:Outcome)
      RETURN o {.*,
        decidedBy: COLLECT { MATCH (o)-[:DECIDED_BY]->(j:Party) RETURN j {.*} }[0],
        resolves: COLLECT { MATCH (o)-[:RESOLVES]->(x:Node) RETURN x {.*, labels: labels(x)} ORDER BY x.id }
      }
    },
    events: COLLECT { MATCH (${c})-[:HAS_EVENT]->(e:Event) RETURN e {.*} },
    related: COLLECT {
      MATCH (${c})-[r:RELATED_TO]-(o:Case)
      RETURN {rel: r {.*}, outgoing: startNode(r) = ${c}, case: o {.*}} ORDER BY o.caption, o.id
    }
  }`;
}

export function partyDocument(p: string): string {
  return `${p} {.*,
    relationships: COLLECT {
      MATCH (${p})-[r:SPOUSE_OF|PARENT_OF]-(o:Party)
      RETURN {rel: r {.*}, type: type(r), outgoing: startNode(r) = ${p}, other: o {.*}} ORDER BY r.id
    },
    credits: COLLECT { MATCH (${p})-[r:WORKED_ON]->(x:Production) RETURN {rel: r {.*}, production: x {.*}} ORDER BY r.id },
    incidents: COLLECT { MATCH (${p})-[r:INVOLVED_IN]->(x:Incident) RETURN {rel: r {.*}, incident: x {.*}} ORDER BY r.id },
    caseLinks: COLLECT {
      MATCH (${p})-[r:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c:Case)
      RETURN {case: c {.*}, role: CASE type(r) WHEN 'PARTY_TO' THEN r.role WHEN 'COUNSEL_IN' THEN 'COUNSEL' ELSE 'JUDGE' END}
      ORDER BY c.caption, c.id
    }
  }`;
}

export function incidentDocument(i: string): string {
  return `${i} {.*,
    production: COLLECT { MATCH (${i})-[:ON_PRODUCTION]->(x:Production) RETURN x {.*} }[0],
    involvements: COLLECT { MATCH (p:Party)-[r:INVOLVED_IN]->(${i}) RETURN {rel: r {.*}, party: p {.*}} ORDER BY r.id },
    cases: COLLECT { MATCH (c:Case)-[:ARISES_FROM]->(${i}) RETURN c {.*} ORDER BY c.caption, c.id }
  }`;
}

export function productionDocument(x: string): string {
  return `${x} {.*,
    credits: COLLECT { MATCH (p:Party)-[r:WORKED_ON]->(${x}) RETURN {rel: r {.*}, party: p {.*}} ORDER BY r.id },
    incidents: COLLECT { MATCH (i:Incident)-[:ON_PRODUCTION]->(${x}) RETURN i {.*} ORDER BY i.id }
  }`;
}
