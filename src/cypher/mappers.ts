import { readProperties } from '../api/fields/stored';
import { STORED_KINDS as M } from '../api/fields/stored-kinds';
import type { Plain } from '../db/convert';
import { CASE_DETAIL_TEXTS, decodeAnnotated, decodeDate, decodeEvidence } from '../graph/codecs';
import { entityLabelOf, PARTY_KIND_LABELS, type NodeLabel } from '../graph/labels';
import { PROSECUTOR_CAPACITIES, ROLE_ORDER } from '../graph/roles';
import { chronological } from '../domain/dates';
import { list, obj, optNum, optStr, str, strList, type Props } from './rows';

export type { Props };
import type {
  CounselCapacity,
  AnnotatedTextModel,
  CaseDetails,
  CaseModel,
  CasePartyModel,
  ChargeModel,
  CounselModel,
  SourcedTextModel,
  ContactPointModel,
  PossibleSameAsModel,
  ClaimModel,
  CourtModel,
  EventModel,
  EvidenceModel,
  IncidentInvolvementModel,
  IncidentModel,
  NestedPageModel,
  NodeModel,
  OutcomeModel,
  PartialDateModel,
  PartyCaseModel,
  PartyCasePageModel,
  PartyModel,
  PartyRelationshipModel,
  PartyRole,
  ProductionCreditModel,
  ProductionModel,
  ResolvableModel,
  SourceModel,
  StatementModel,
  StatementSubjectModel,
} from '../domain/models';

// Rows (plain maps from the executor) to models. Pure: unit-tested without a database.

export function toEvidence(p: Props, prefix = 'evidence'): EvidenceModel[] {
  // Projections resolve sources inline as `evidence` / `<prefix>Evidence`; without them, the stored arrays.
  const resolved = p[prefix === 'evidence' ? 'evidence' : `${prefix}Evidence`];
  if (!Array.isArray(resolved)) return decodeEvidence(p, prefix);
  return list(resolved).map((e) => {
    // Without a selected source, an entry carries its source's id only (projections.ts).
    const source = e.source ? toSource(obj(e.source)) : undefined;
    const locator = optStr(e.locator);
    return {
      sourceId: source?.id ?? str(e.sourceId),
      quote: str(e.quote),
      ...(locator ? { locator } : {}),
      ...(source ? { source } : {}),
    };
  });
}

export function toAnnotated(p: Props, prefix: string): AnnotatedTextModel[] {
  // Resolved evidence carries each entry's text (read from the records); stored arrays are parallel.
  const textsOnly = p[`${prefix}Texts`];
  // A lean projection reads the texts in their evidence's order, without the evidence.
  if (Array.isArray(textsOnly)) return decodeAnnotated(textsOnly, []);
  const resolved = p[`${prefix}Evidence`];
  const stored = strList(p[prefix]);
  const texts = Array.isArray(resolved)
    ? list(resolved).map((e, i) => e.text ?? stored[i] ?? null)
    : p[prefix];
  return decodeAnnotated(texts, toEvidence(p, prefix));
}

export const toDate = (p: Props, prefix: string): PartialDateModel | null => decodeDate(p, prefix);

export function toParty(p: Props): PartyModel {
  const kind = str(p.kind) as PartyModel['kind'];
  const party: PartyModel = {
    __typename: PARTY_KIND_LABELS[kind] ?? 'Person',
    kind,
    ...readProperties(M.Party, p),
    descriptors: toAnnotated(p, 'descriptors'),
    offices: toAnnotated(p, 'offices').map((o) => ({ title: o.text, evidence: o.evidence })),
    evidence: toEvidence(p),
  };
  if (Array.isArray(p.relationships))
    party.relationships = list(p.relationships).map((r) => toRelationship(r));
  if (Array.isArray(p.credits)) {
    party.credits = list(p.credits).map((c) => toCredit(c.rel, party, toProduction(obj(c.production))));
  }
  if (Array.isArray(p.incidents)) {
    party.incidents = list(p.incidents).map((x) => toInvolvement(x.rel, party, toIncident(obj(x.incident))));
  }
  if (Array.isArray(p.contactsEvidence)) party.contacts = toContacts(p);
  if (Array.isArray(p.counselAppearances)) {
    party.counselAppearances = list(p.counselAppearances)
      .map((row) => toCounsel(row))
      .sort((a, b) => cmp(a.caseId, b.caseId) || cmp(a.id, b.id));
  }
  if (Array.isArray(p.possibleSameAs)) {
    const self = obj(p.sameAsSelf);
    party.possibleSameAs = list(p.possibleSameAs).map((row) => ({
      party: toParty(obj(row.party)),
      ...compareSameNamed(self, obj(row.facts)),
    }));
  }
  if (Array.isArray(p.statementLinks)) {
    const links = list(p.statementLinks);
    party.statements = links.filter((l) => l.by === true).map((l) => toStatement(obj(l.statement)));
    party.statementsAbout = links.filter((l) => l.about === true).map((l) => toStatement(obj(l.statement)));
  }
  return party;
}

/** One entry per case, with every role the party holds in it; the rows arrive ordered by case. */
/** A page of a party's cases as its statement reads it (see `casePage` in projections.ts). */
export function toCasePageRows(p: Props): Pick<PartyCasePageModel, 'rows' | 'total' | 'afterKnown'> {
  return {
    rows: list(p.rows).map((row) => {
      const doc = toCase(obj(row.case));
      const [link] = groupCaseLinks(list(row.links).map((l) => ({ ...l, caseId: doc.id })));
      return { caseId: doc.id, roles: link?.roles ?? [], case: doc };
    }),
    total: optNum(p.total) ?? 0,
    afterKnown: p.afterKnown === true,
  };
}

function groupCaseLinks(rows: Props[]): PartyCaseModel[] {
  const byCase = new Map<string, PartyCaseModel>();
  for (const row of rows) {
    const caseId = str(row.caseId);
    const link = byCase.get(caseId) ?? { caseId, roles: [] };
    const roles = [str(row.role) as PartyRole];
    // A lawyer who prosecutes holds the PROSECUTION role too (see PartyRole.PROSECUTION).
    if (PROSECUTOR_CAPACITIES.includes(str(row.capacity) as CounselCapacity)) roles.push('PROSECUTION');
    for (const role of roles) if (!link.roles.includes(role)) link.roles.push(role);
    byCase.set(caseId, link);
  }
  for (const link of byCase.values())
    link.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  return [...byCase.values()];
}

function toRelationship(r: Props): PartyRelationshipModel {
  const rel = obj(r.rel);
  const type = str(r.type);
  const kind = type === 'PARENT_OF' ? (r.outgoing === true ? 'PARENT_OF' : 'CHILD_OF') : 'SPOUSE_OF';
  return {
    ...readProperties(M.FAMILY, rel),
    kind,
    other: toParty(obj(r.other)),
    evidence: toEvidence(rel),
  };
}

function toCredit(
  relValue: Plain | undefined,
  party: PartyModel,
  production: ProductionModel,
): ProductionCreditModel {
  const rel = obj(relValue);
  return {
    ...readProperties(M.WORKED_ON, rel),
    party,
    production,
    evidence: toEvidence(rel),
  };
}

function toInvolvement(
  relValue: Plain | undefined,
  party: PartyModel,
  incident: IncidentModel,
): IncidentInvolvementModel {
  const rel = obj(relValue);
  return {
    ...readProperties(M.INVOLVED_IN, rel),
    party,
    incident,
    evidence: toEvidence(rel),
  };
}

export function toSource(p: Props): SourceModel {
  return {
    __typename: 'Source',
    ...readProperties(M.Source, p),
    ...('text' in p ? { text: optStr(p.text) } : {}),
  };
}

export function toProduction(p: Props): ProductionModel {
  const production: ProductionModel = {
    __typename: 'Production',
    ...readProperties(M.Production, p),
    evidence: toEvidence(p),
  };
  if (Array.isArray(p.credits)) {
    production.credits = list(p.credits).map((c) => toCredit(c.rel, toParty(obj(c.party)), production));
  }
  if (Array.isArray(p.incidents)) production.incidents = list(p.incidents).map(toIncident);
  return production;
}

export function toCourt(p: Props): CourtModel {
  return {
    __typename: 'Court',
    ...readProperties(M.Court, p),
    evidence: toEvidence(p),
  };
}

export function toIncident(p: Props): IncidentModel {
  const incident: IncidentModel = {
    __typename: 'Incident',
    ...readProperties(M.Incident, p),
    evidence: toEvidence(p),
  };
  if ('production' in p) incident.production = p.production ? toProduction(obj(p.production)) : null;
  if (Array.isArray(p.involvements)) {
    incident.involvements = list(p.involvements).map((v) =>
      toInvolvement(v.rel, toParty(obj(v.party)), incident),
    );
  }
  if (Array.isArray(p.cases)) incident.cases = list(p.cases).map(toCase);
  if (Array.isArray(p.relatedCases)) incident.relatedCases = list(p.relatedCases).map(toCase);
  return incident;
}

export function toCharge(p: Props): ChargeModel {
  const charge: ChargeModel = {
    __typename: 'Charge',
    ...readProperties(M.Charge, p),
    caseId: str(p.caseId),
    evidence: toEvidence(p),
  };
  if ('defendant' in p) charge.defendant = p.defendant ? toParty(obj(p.defendant)) : null;
  return charge;
}

export function toClaim(p: Props): ClaimModel {
  return {
    __typename: 'Claim',
    ...readProperties(M.Claim, p),
    caseId: str(p.caseId),
    evidence: toEvidence(p),
  };
}

export function toResolvable(p: Props): ResolvableModel {
  const labels = strList(p.labels);
  if (labels.includes('Charge')) return toCharge(p);
  if (labels.includes('Claim')) return toClaim(p);
  return toCase(p);
}

export function toOutcome(p: Props): OutcomeModel {
  const outcome: OutcomeModel = {
    __typename: 'Outcome',
    ...readProperties(M.Outcome, p),
    caseId: str(p.caseId),
    evidence: toEvidence(p),
  };
  if ('decidedBy' in p) outcome.decidedBy = p.decidedBy ? toParty(obj(p.decidedBy)) : null;
  if (Array.isArray(p.resolves)) outcome.resolves = list(p.resolves).map(toResolvable);
  return outcome;
}

export function toEvent(p: Props): EventModel {
  return {
    __typename: 'Event',
    ...readProperties(M.Event, p),
    caseId: str(p.caseId),
    seq: optNum(p.seq) ?? 0,
    evidence: toEvidence(p),
  };
}

export function toCase(p: Props): CaseModel {
  const model: CaseModel = {
    __typename: 'Case',
    ...readProperties(M.Case, p),
    evidence: toEvidence(p),
  };
  const details = toCaseDetails(p, model);
  if (Object.keys(details).length > 0) model.details = details;
  return model;
}

/** A relation read from its other end: "arises from" becomes "gave rise to", "appeal of" "appealed in". */
const REVERSE_RELATION: Partial<Record<string, CaseDetails['related'][number]['kind']>> = {
  ARISES_FROM: 'GAVE_RISE_TO',
  APPEAL_OF: 'APPEALED_IN',
};

type DetailReaders = { [K in keyof CaseDetails]: (p: Props, owner: CaseModel) => CaseDetails[K] };

/** How each part of a case document reads; a part is read only when the document holds it. */
const DETAIL_READERS: DetailReaders = {
  court: (p) => (p.court ? toCourt(obj(p.court)) : null),
  incident: (p) => (p.incident ? toIncident(obj(p.incident)) : null),
  parties: (p) => list(p.parties).map(toCaseParty),
  counsel: (p, owner) => list(p.counsel).map((x) => toCounsel(x, owner.id)),
  judges: (p) =>
    list(p.judges).map((x) => {
      const rel = obj(x.rel);
      return {
        ...readProperties(M.JUDGE_IN, rel),
        judge: toParty(obj(x.judge)),
        evidence: toEvidence(rel),
      };
    }),
  natureOfSuit: (p) => toSourcedText(p, 'natureOfSuit'),
  cause: (p) => toSourcedText(p, 'cause'),
  jurisdictionBasis: (p) => toSourcedText(p, 'jurisdictionBasis'),
  juryDemand: (p) => toSourcedText(p, 'juryDemand'),
  demand: (p) => toSourcedText(p, 'demand'),
  charges: (p, owner) => list(p.charges).map((x) => toCharge({ ...x, caseId: owner.id })),
  claims: (p, owner) => list(p.claims).map((x) => toClaim({ ...x, caseId: owner.id })),
  outcomes: (p, owner) => {
    const outcomes = list(p.outcomes).map((o) => toOutcome({ ...o, caseId: owner.id }));
    const seqOf = new Map(list(p.outcomes).map((o) => [str(o.id), optNum(o.seq) ?? 0]));
    return chronological(outcomes.map((o) => ({ ...o, seq: seqOf.get(o.id) ?? 0 }))).map(
      ({ seq: _seq, ...o }) => o,
    );
  },
  events: (p, owner) => chronological(list(p.events).map((x) => toEvent({ ...x, caseId: owner.id }))),
  related: (p) =>
    list(p.related).map((x) => {
      const rel = obj(x.rel);
      const { id, kind } = readProperties(M.RELATED_TO, rel);
      return {
        id,
        kind: x.outgoing === true ? kind : (REVERSE_RELATION[kind] ?? kind),
        case: toCase(obj(x.case)),
        evidence: toEvidence(rel),
      };
    }),
  statements: (p) => list(p.statements).map(toStatement),
  partyPages: (p) =>
    list(p.partyPages).map((page) => ({
      ...toNestedPage(page, toCaseParty),
      role: optStr(page.role) as PartyRole | null,
    })),
  eventPages: (p) => list(p.eventPages).map((page) => toNestedPage(page, toEvent)),
};

/** A PARTY_TO row (`rel`, `party`), or a prosecuting lawyer's COUNSEL_IN row listed with the parties. */
function toCaseParty(x: Props): CasePartyModel {
  const rel = obj(x.rel);
  const party = toParty(obj(x.party));
  if (x.prosecutingCounsel === true)
    return {
      id: str(rel.id),
      role: 'PROSECUTION',
      roleText: null,
      terminated: null,
      party,
      evidence: toEvidence(rel),
    };
  return {
    ...readProperties(M.PARTY_TO, rel),
    party,
    evidence: toEvidence(rel),
  };
}

function toNestedPage<T>(page: Props, read: (row: Props) => T): NestedPageModel<T> {
  return {
    rows: list(page.rows).map(read),
    total: optNum(page.total) ?? 0,
    afterKnown: page.afterKnown === true,
    after: optStr(page.after),
    first: optNum(page.first) ?? 0,
  };
}

/** The key of the document that holds each part: a sourced text's evidence list marks it present. */
const detailKey = (k: keyof CaseDetails): string =>
  (CASE_DETAIL_TEXTS as readonly string[]).includes(k) ? `${k}Evidence` : k;

function toCaseDetails(p: Props, owner: CaseModel): Partial<CaseDetails> {
  const details: Partial<Record<keyof CaseDetails, unknown>> = {};
  for (const [k, read] of Object.entries(DETAIL_READERS) as [
    keyof CaseDetails,
    DetailReaders[keyof CaseDetails],
  ][]) {
    if (detailKey(k) in p) details[k] = (read as (p: Props, owner: CaseModel) => unknown)(p, owner);
  }
  attachResolvingOutcomes(details);
  return details as Partial<CaseDetails>;
}

/** A charge's or claim's outcomes are the case's outcomes that resolve it: the same models. */
function attachResolvingOutcomes(details: Partial<Record<keyof CaseDetails, unknown>>): void {
  const outcomes = details.outcomes as CaseDetails['outcomes'] | undefined;
  if (!outcomes) return;
  const resolving = (id: string) => outcomes.filter((o) => o.resolves?.some((r) => r.id === id));
  for (const x of (details.charges ?? []) as CaseDetails['charges']) x.outcomes = resolving(x.id);
  for (const x of (details.claims ?? []) as CaseDetails['claims']) x.outcomes = resolving(x.id);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toContacts(p: Props): ContactPointModel[] {
  return toAnnotated(p, 'contacts').map((c) => {
    const at = c.text.indexOf(':');
    return {
      kind: c.text.slice(0, at) as ContactPointModel['kind'],
      value: c.text.slice(at + 1),
      evidence: c.evidence,
    };
  });
}

/**
 * Why two parties of the same name may be one, and what speaks against it: shared
 * or differing contact data and firms, shared courts, different kinds.
 */
export function compareSameNamed(self: Props, other: Props): Omit<PossibleSameAsModel, 'party'> {
  const reasons = ['the same name'];
  const against: string[] = [];
  if (str(self.kind) !== str(other.kind))
    against.push(`one is a ${str(self.kind)}, the other a ${str(other.kind)}`);
  const compare = (what: string, a: string[], b: string[]) => {
    const shared = a.filter((x) => b.includes(x));
    if (shared.length > 0) reasons.push(`the same ${what}: ${[...new Set(shared)].join(', ')}`);
    else if (a.length > 0 && b.length > 0) against.push(`different ${what}s`);
  };
  compare('contact', strList(self.contacts), strList(other.contacts));
  compare('firm', strList(self.firms), strList(other.firms));
  const courts = strList(self.courts).filter((x) => strList(other.courts).includes(x));
  if (courts.length > 0) reasons.push(`in the same court: ${[...new Set(courts)].join(', ')}`);
  return { reasons, against };
}

/** A COUNSEL_IN row: `rel`, `lawyer`, `client`, `firm`; the case is the owner's or the row's `caseId`. */
export function toCounsel(x: Props, caseId?: string): CounselModel {
  const rel = obj(x.rel);
  return {
    ...readProperties(M.COUNSEL_IN, rel),
    caseId: caseId ?? str(x.caseId),
    ...(x.case ? { case: toCase(obj(x.case)) } : {}),
    lawyer: toParty(obj(x.lawyer)),
    client: x.client ? toParty(obj(x.client)) : null,
    firm: x.firm ? toParty(obj(x.firm)) : null,
    evidence: toEvidence(rel),
  };
}

/** A single-text annotated list (`natureOfSuit`…): its first text with all its evidence. */
function toSourcedText(p: Props, prefix: string): SourcedTextModel | null {
  const [first] = toAnnotated(p, prefix);
  return first ? { text: first.text, evidence: first.evidence } : null;
}

function toStatementSubject(row: Props): StatementSubjectModel {
  const node = toNode(strList(row.labels), obj(row.doc));
  if (node.__typename === 'Source' || node.__typename === 'Production' || node.__typename === 'Court')
    throw new Error(`A statement cannot be about a ${node.__typename} (${node.id})`);
  if (node.__typename === 'Statement') throw new Error(`A statement about a statement (${node.id})`);
  return node;
}

export function toStatement(p: Props): StatementModel {
  const statement: StatementModel = {
    __typename: 'Statement',
    ...readProperties(M.Statement, p),
    evidence: toEvidence(p),
  };
  if (p.speaker) statement.speaker = toParty(obj(p.speaker));
  if ('onBehalfOf' in p) statement.onBehalfOf = p.onBehalfOf ? toParty(obj(p.onBehalfOf)) : null;
  if (Array.isArray(p.about)) statement.about = list(p.about).map(toStatementSubject);
  return statement;
}

const BY_LABEL: Record<NodeLabel, (p: Props) => NodeModel> = {
  Person: toParty,
  Organization: toParty,
  Group: toParty,
  Case: toCase,
  Charge: toCharge,
  Claim: toClaim,
  Outcome: toOutcome,
  Event: toEvent,
  Incident: toIncident,
  Production: toProduction,
  Court: toCourt,
  Source: toSource,
  Statement: toStatement,
};

/** Any entity from its labels: for search hits and mixed results. */
export function toNode(labels: string[], p: Props): NodeModel {
  const label = entityLabelOf(labels);
  if (!label) throw new Error(`No model for a node labelled ${labels.join(':')}`);
  return BY_LABEL[label](p);
}
