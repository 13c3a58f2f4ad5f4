import { closesOn } from '../domain/as-of';
import { docketKey } from '../domain/docket-number';
import { nameKey } from '../domain/names';
import { STUB_MARK } from './ownership';
import type { CaseStatus, EventKind, PartialDateModel } from '../domain/models';
import { chainedDate, parseIsoPartial, resolveRelativeDate, statedDate } from '../domain/dates';
import {
  CASE_DETAIL_TEXTS,
  contactText,
  encodeAnnotated,
  encodeDate,
  encodeEvidence,
  encodeSortKeys,
  type StoredProps,
} from '../graph/codecs';
import { PARTY_KIND_LABELS, PARTY_LABELS, type NodeLabel } from '../graph/labels';
import type { RelType } from '../graph/relationships';
import type { DateInput, Issue, LitigationDocument } from './format';
import type { CheckedDocument } from './validate';

// Turns a checked document into the exact nodes and relationships to write.
// Pure and deterministic: the same document always gives the same plan, which
// is what makes loading idempotent (MERGE by id, then SET every property).

export type Props = StoredProps;
export type { NodeLabel, RelType };

export interface PlannedNode {
  label: NodeLabel;
  id: string;
  props: Props;
}

export interface PlannedRel {
  type: RelType;
  id: string;
  from: string;
  to: string;
  props: Props;
}

/** An id the document uses but may not define: it must exist in the graph already. */
export interface Reference {
  id: string;
  path: string;
  labels: readonly NodeLabel[];
}

export interface GraphPlan {
  docId: string;
  nodes: PlannedNode[];
  rels: PlannedRel[];
  references: Reference[];
  /** The document as checked, kept on its record so that it can be exported (src/export/ingest.ts). */
  content?: DocumentContent;
}

/**
 * A document's text as its record keeps it: the document's JSON as parsed (keys in the
 * order given) and its sources' texts by source id, sorted. Loading the same JSON and
 * texts again gives the same content, so an export loaded back gives the same records.
 */
export interface DocumentContent {
  document: string;
  sourceTexts: string;
}

export function documentContent(checked: CheckedDocument): DocumentContent {
  const texts = [...checked.sourceTexts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { document: JSON.stringify(checked.doc), sourceTexts: JSON.stringify(Object.fromEntries(texts)) };
}

/** What a statement can be about (the StatementSubject union). */
const STATEMENT_SUBJECT_LABELS: readonly NodeLabel[] = [
  'Case',
  'Claim',
  'Charge',
  'Event',
  'Outcome',
  'Incident',
  ...PARTY_LABELS,
];

/**
 * Sources whose stated date their own content contradicts: a date the document
 * resolves against the source that falls wholly after it ("in May this year" in
 * an article dated 2025-01-01). Maps the source id to what is wrong.
 */
export function dateConflicts(doc: CheckedDocument['doc']): Map<string, string> {
  const sourceDates = new Map(doc.sources.map((s) => [s.id, s.date?.value ?? '']));
  const later = new Map<string, string[]>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const v = value as { wording?: unknown; relativeTo?: unknown };
      if (typeof v.wording === 'string' && typeof v.relativeTo === 'string') {
        const date = resolveRelativeDate(v.wording, sourceDates.get(v.relativeTo) ?? '', v.relativeTo);
        if (date.afterSource)
          later.set(v.relativeTo, [...(later.get(v.relativeTo) ?? []), `"${v.wording}" (${date.value})`]);
      } else Object.values(value).forEach(visit);
    }
  };
  visit(doc);
  return new Map(
    [...later].map(([id, phrases]) => [id, `${[...new Set(phrases)].join(', ')} would fall after it`]),
  );
}

/**
 * What the steps below share: the document, the nodes, relationships and references
 * planned so far (in the order they are planned), and how the document's dates resolve.
 */
class PlanBuilder {
  readonly nodes: PlannedNode[] = [];
  readonly rels: PlannedRel[] = [];
  private readonly defined = new Map<string, NodeLabel>();
  private readonly refs: Reference[] = [];
  readonly doc: LitigationDocument;
  readonly sourceTexts: ReadonlyMap<string, string>;
  /** Source id → its stated date ('' when none). */
  readonly sourceDates: ReadonlyMap<string, string>;
  /** Source id → how its own content contradicts its stated date. */
  readonly sourceWarnings: ReadonlyMap<string, string>;
  private readonly eventDates: ReadonlyMap<string, DateInput | undefined>;

  constructor(checked: CheckedDocument) {
    this.doc = checked.doc;
    this.sourceTexts = checked.sourceTexts;
    this.sourceDates = new Map(this.doc.sources.map((s) => [s.id, s.date?.value ?? '']));
    this.sourceWarnings = dateConflicts(this.doc);
    this.eventDates = new Map(
      (this.doc.cases ?? []).flatMap((c) => (c.events ?? []).map((e) => [e.id, e.date])),
    );
  }

  /** A node this document defines. */
  node(label: NodeLabel, id: string, props: Props): void {
    this.defined.set(id, label);
    this.nodes.push({ label, id, props: { id, ...props } });
  }

  /** An id used at `path` that must be one of `labels`, here or in the graph. */
  ref(id: string, path: string, labels: readonly NodeLabel[]): void {
    this.refs.push({ id, path, labels });
  }

  /** A relationship; its id is its type, ends and (for several between the same ends) discriminator. */
  rel(type: RelType, from: string, to: string, discriminator: string, props: Props): void {
    const id = `${type}:${from}->${to}${discriminator ? `#${discriminator}` : ''}`;
    this.rels.push({ type, id, from, to, props: { id, ...props } });
  }

  /** A date as given: stated, relative to a source's date, or counted from an event's. */
  resolveDate(input: DateInput | undefined): PartialDateModel | null {
    if (!input) return null;
    if ('after' in input) {
      // Validation has refused cycles and undated anchors.
      const anchor = this.resolveDate(this.eventDates.get(input.after));
      return anchor && chainedDate(anchor, input.after, input.offsetDays, input.wording, input.derivation);
    }
    if ('relativeTo' in input) {
      const stated = this.sourceDates.get(input.relativeTo);
      const date = resolveRelativeDate(input.wording, stated ?? '', input.relativeTo);
      const conflict = this.sourceWarnings.get(input.relativeTo);
      if (!conflict) return date;
      const warning = `resolved against the stated date of ${input.relativeTo} (${stated}), which its content contradicts: ${conflict}`;
      return { ...date, warning };
    }
    return statedDate(input.value, input.wording ?? null, input.derivation ?? null);
  }

  plan(): GraphPlan {
    return {
      docId: this.doc.document.id,
      nodes: this.nodes,
      rels: this.rels,
      references: checkLocalReferences(this.refs, this.defined),
    };
  }
}

type CaseOf = NonNullable<LitigationDocument['cases']>[number];

function planSources(b: PlanBuilder): void {
  for (const s of b.doc.sources) {
    const warning = b.sourceWarnings.get(s.id);
    b.node('Source', s.id, {
      kind: s.kind,
      title: s.title,
      publisher: s.publisher ?? null,
      identifier: s.identifier,
      text: b.sourceTexts.get(s.id) ?? '',
      warnings: warning ? [`Its stated date (${s.date?.value}) conflicts with its content: ${warning}.`] : [],
      ...encodeDate('date', s.date ? statedDate(s.date.value, s.date.wording ?? null) : null),
    });
  }
}

function planParties(b: PlanBuilder): void {
  for (const p of b.doc.parties ?? []) {
    const descriptors = p.descriptors ?? [];
    b.node(PARTY_KIND_LABELS[p.kind], p.id, {
      kind: p.kind,
      name: p.name ?? null,
      displayName: p.name ?? descriptors[0]?.text ?? p.id,
      aliases: p.aliases ?? [],
      ...encodeAnnotated('descriptors', descriptors),
      ...encodeAnnotated(
        'offices',
        (p.offices ?? []).map((o) => ({ text: o.title, evidence: o.evidence })),
      ),
      ...(p.contacts?.length
        ? encodeAnnotated(
            'contacts',
            p.contacts.map((c) => ({ text: contactText(c.kind, c.value), evidence: c.evidence })),
          )
        : {}),
      nameKey: p.name ? nameKey(p.name) : null,
      ...encodeEvidence(p.evidence),
    });
  }
}

function planCourts(b: PlanBuilder): void {
  for (const c of b.doc.courts ?? []) {
    b.node('Court', c.id, {
      name: c.name,
      jurisdiction: c.jurisdiction ?? null,
      ...encodeEvidence(c.evidence),
    });
  }
}

function planProductions(b: PlanBuilder): void {
  for (const p of b.doc.productions ?? []) {
    b.node('Production', p.id, { title: p.title, kind: p.kind, ...encodeEvidence(p.evidence) });
  }
}

function planIncidents(b: PlanBuilder): void {
  b.doc.incidents?.forEach((x, i) => {
    b.node('Incident', x.id, {
      name: x.name,
      description: x.description,
      place: x.place ?? null,
      ...encodeDate('date', b.resolveDate(x.date)),
      ...encodeEvidence(x.evidence),
    });
    if (x.production) {
      b.ref(x.production, `/incidents/${i}/production`, ['Production']);
      b.rel('ON_PRODUCTION', x.id, x.production, '', encodeEvidence(x.evidence));
    }
  });
}

/** Family ties between parties. */
function planRelationships(b: PlanBuilder): void {
  b.doc.relationships?.forEach((r, i) => {
    b.ref(r.from, `/relationships/${i}/from`, PARTY_LABELS);
    b.ref(r.to, `/relationships/${i}/to`, PARTY_LABELS);
    b.rel(r.kind, r.from, r.to, '', { detail: r.detail ?? null, ...encodeEvidence(r.evidence) });
  });
}

function planCredits(b: PlanBuilder): void {
  b.doc.credits?.forEach((c, i) => {
    b.ref(c.party, `/credits/${i}/party`, PARTY_LABELS);
    b.ref(c.production, `/credits/${i}/production`, ['Production']);
    b.rel('WORKED_ON', c.party, c.production, c.role, {
      role: c.role,
      roleText: c.roleText ?? null,
      ...encodeEvidence(c.evidence),
    });
  });
}

function planInvolvements(b: PlanBuilder): void {
  b.doc.involvements?.forEach((v, i) => {
    b.ref(v.party, `/involvements/${i}/party`, PARTY_LABELS);
    b.ref(v.incident, `/involvements/${i}/incident`, ['Incident']);
    b.rel('INVOLVED_IN', v.party, v.incident, v.kind, {
      kind: v.kind,
      detail: v.detail ?? null,
      ...encodeEvidence(v.evidence),
    });
  });
}

/** The case node: its own values, and when it closes as far as the document tells. */
function planCaseNode(b: PlanBuilder, c: CaseOf): void {
  const filed = b.resolveDate(c.filed);
  const closed = b.resolveDate(c.closed);
  const statusSources = c.evidence
    .map((e) => b.sourceDates.get(e.source))
    .filter((d): d is string => Boolean(d))
    .map((d) => parseIsoPartial(d).latest)
    .sort();
  b.node('Case', c.id, {
    closesOn: closesOn({
      status: c.status as CaseStatus,
      filed,
      closed,
      incidentDate: null,
      events: (c.events ?? []).map((e, seq) => ({
        id: e.id,
        kind: e.kind as EventKind,
        date: b.resolveDate(e.date),
        description: e.description,
        seq,
      })),
      statusKnownOn: statusSources[statusSources.length - 1] ?? null,
    }),
    caption: c.caption,
    captionKind: c.captionKind,
    kind: c.kind,
    status: c.status,
    jurisdiction: c.jurisdiction ?? null,
    docketNumber: c.docketNumber ?? null,
    docketKey: c.docketNumber ? docketKey(c.docketNumber) : null,
    ...Object.assign({}, ...CASE_DETAIL_TEXTS.map((key) => (c[key] ? encodeAnnotated(key, [c[key]]) : {}))),
    ...(c.stub ? { [STUB_MARK]: true } : {}),
    chargeLabels: (c.charges ?? []).map((x) => x.label),
    claimLabels: (c.claims ?? []).map((x) => x.label),
    ...encodeDate('filed', filed),
    ...encodeDate('closed', closed),
    ...encodeSortKeys('filed', filed),
    ...encodeSortKeys('closed', closed),
    ...encodeEvidence(c.evidence),
  });
}

/** Where the case is heard and what it arises from. */
function planCaseSetting(b: PlanBuilder, c: CaseOf, at: string): void {
  if (c.court) {
    b.ref(c.court, `${at}/court`, ['Court']);
    b.rel('IN_COURT', c.id, c.court, '', encodeEvidence(c.evidence));
  }
  if (c.incident) {
    b.ref(c.incident.id, `${at}/incident/id`, ['Incident']);
    b.rel('ARISES_FROM', c.id, c.incident.id, '', encodeEvidence(c.incident.evidence));
  }
}

/** The parties, their lawyers and the judges, each in the document's order (`seq`). */
function planCasePeople(b: PlanBuilder, c: CaseOf, at: string): void {
  c.parties?.forEach((p, j) => {
    b.ref(p.party, `${at}/parties/${j}/party`, PARTY_LABELS);
    b.rel('PARTY_TO', p.party, c.id, p.role, {
      role: p.role,
      roleText: p.roleText ?? null,
      seq: j,
      ...(p.terminated ? encodeDate('terminated', b.resolveDate(p.terminated)) : {}),
      ...encodeEvidence(p.evidence),
    });
  });
  c.counsel?.forEach((k, j) => {
    b.ref(k.lawyer, `${at}/counsel/${j}/lawyer`, PARTY_LABELS);
    if (k.client) b.ref(k.client, `${at}/counsel/${j}/client`, PARTY_LABELS);
    if (k.firm) b.ref(k.firm, `${at}/counsel/${j}/firm`, ['Organization']);
    b.rel('COUNSEL_IN', k.lawyer, c.id, `${k.capacity}:${k.client ?? ''}`, {
      capacity: k.capacity,
      clientId: k.client ?? null,
      firmId: k.firm ?? null,
      designations: k.designations ?? [],
      ...(k.terminated ? encodeDate('terminated', b.resolveDate(k.terminated)) : {}),
      seq: j,
      ...encodeEvidence(k.evidence),
    });
  });
  c.judges?.forEach((jd, j) => {
    b.ref(jd.judge, `${at}/judges/${j}/judge`, PARTY_LABELS);
    b.rel('JUDGE_IN', jd.judge, c.id, '', {
      seq: j,
      assignment: jd.assignment ?? null,
      ...encodeEvidence(jd.evidence),
    });
  });
}

/** What the case is about: criminal charges (and whom they charge) and civil claims. */
function planCaseCounts(b: PlanBuilder, c: CaseOf, at: string): void {
  c.charges?.forEach((ch, j) => {
    b.node('Charge', ch.id, {
      label: ch.label,
      statute: ch.statute ?? null,
      countNumber: ch.countNumber ?? null,
      countStatus: ch.countStatus ?? null,
      disposition: ch.disposition ?? null,
      seq: j,
      ...encodeEvidence(ch.evidence),
    });
    b.rel('HAS_CHARGE', c.id, ch.id, '', encodeEvidence(ch.evidence));
    if (ch.defendant) {
      b.ref(ch.defendant, `${at}/charges/${j}/defendant`, PARTY_LABELS);
      b.rel('CHARGED', ch.id, ch.defendant, '', encodeEvidence(ch.evidence));
    }
  });
  c.claims?.forEach((cl, j) => {
    b.node('Claim', cl.id, { label: cl.label, seq: j, ...encodeEvidence(cl.evidence) });
    b.rel('HAS_CLAIM', c.id, cl.id, '', encodeEvidence(cl.evidence));
  });
}

/** How the case (or parts of it) ended: who decided, what each outcome resolves. */
function planCaseOutcomes(b: PlanBuilder, c: CaseOf, at: string): void {
  c.outcomes?.forEach((o, j) => {
    b.node('Outcome', o.id, {
      kind: o.kind,
      withPrejudice: o.withPrejudice ?? null,
      canBeRevived: o.canBeRevived ?? null,
      reason: o.reason ?? null,
      stage: o.stage ?? null,
      stageText: o.stageText ?? null,
      sentenceTerm: o.sentence?.term ?? null,
      sentenceMonths: o.sentence?.months ?? null,
      sentenceCustody: o.sentence?.custody ?? null,
      seq: j,
      ...encodeDate('date', b.resolveDate(o.date)),
      ...encodeEvidence(o.evidence),
    });
    b.rel('HAS_OUTCOME', c.id, o.id, '', encodeEvidence(o.evidence));
    if (o.decidedBy) {
      b.ref(o.decidedBy, `${at}/outcomes/${j}/decidedBy`, PARTY_LABELS);
      b.rel('DECIDED_BY', o.id, o.decidedBy, '', encodeEvidence(o.evidence));
    }
    o.resolves?.forEach((r) => b.rel('RESOLVES', o.id, r, '', encodeEvidence(o.evidence)));
  });
}

/** The docket's entries, and the cases this one is related to. */
function planCaseHistory(b: PlanBuilder, c: CaseOf, at: string): void {
  c.events?.forEach((e, j) => {
    b.node('Event', e.id, {
      kind: e.kind,
      description: e.description,
      entryNumber: e.entryNumber ?? null,
      seq: j,
      ...encodeDate('date', b.resolveDate(e.date)),
      ...encodeEvidence(e.evidence),
    });
    b.rel('HAS_EVENT', c.id, e.id, '', encodeEvidence(e.evidence));
  });
  c.related?.forEach((r, j) => {
    b.ref(r.case, `${at}/related/${j}/case`, ['Case']);
    b.rel('RELATED_TO', c.id, r.case, r.kind, { kind: r.kind, ...encodeEvidence(r.evidence) });
  });
}

function planCases(b: PlanBuilder): void {
  b.doc.cases?.forEach((c, i) => {
    const at = `/cases/${i}`;
    planCaseNode(b, c);
    planCaseSetting(b, c, at);
    planCasePeople(b, c, at);
    planCaseCounts(b, c, at);
    planCaseOutcomes(b, c, at);
    planCaseHistory(b, c, at);
  });
}

/** Who said what about whom (or what), on whose behalf. */
function planStatements(b: PlanBuilder): void {
  b.doc.statements?.forEach((s, i) => {
    const at = `/statements/${i}`;
    b.node('Statement', s.id, {
      kind: s.kind,
      content: s.content,
      directQuote: s.directQuote,
      attribution: s.attribution ?? null,
      seq: i,
      ...encodeDate('date', b.resolveDate(s.date)),
      ...encodeEvidence(s.evidence),
    });
    b.ref(s.speaker, `${at}/speaker`, PARTY_LABELS);
    b.rel('STATED', s.speaker, s.id, '', encodeEvidence(s.evidence));
    if (s.onBehalfOf) {
      b.ref(s.onBehalfOf, `${at}/onBehalfOf`, PARTY_LABELS);
      b.rel('ON_BEHALF_OF', s.id, s.onBehalfOf, '', encodeEvidence(s.evidence));
    }
    s.about.forEach((target, j) => {
      b.ref(target, `${at}/about/${j}`, STATEMENT_SUBJECT_LABELS);
      b.rel('ABOUT', s.id, target, '', encodeEvidence(s.evidence));
    });
  });
}

/** The steps, in the order their nodes and relationships are planned (and written). */
const STEPS: readonly ((b: PlanBuilder) => void)[] = [
  planSources,
  planParties,
  planCourts,
  planProductions,
  planIncidents,
  planRelationships,
  planCredits,
  planInvolvements,
  planCases,
  planStatements,
];

export function buildPlan(checked: CheckedDocument): GraphPlan {
  const builder = new PlanBuilder(checked);
  for (const step of STEPS) step(builder);
  return builder.plan();
}

/**
 * References to ids this document defines are checked here (kind included);
 * the rest are returned for the loader to check against the graph.
 */
function checkLocalReferences(refs: Reference[], defined: Map<string, NodeLabel>): Reference[] {
  const external: Reference[] = [];
  const issues: Issue[] = [];
  for (const r of refs) {
    const label = defined.get(r.id);
    if (label === undefined) external.push(r);
    else if (!r.labels.includes(label)) {
      issues.push({ path: r.path, message: `"${r.id}" is a ${label}; expected ${r.labels.join(' or ')}` });
    }
  }
  if (issues.length > 0) throw new PlanError(issues);
  return external;
}

export class PlanError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  }
}
