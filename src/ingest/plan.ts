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
import type { DateInput, Issue } from './format';
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

export function buildPlan(checked: CheckedDocument): GraphPlan {
  const { doc, sourceTexts } = checked;
  const docId = doc.document.id;
  const nodes: PlannedNode[] = [];
  const rels: PlannedRel[] = [];
  const defined = new Map<string, NodeLabel>();
  const pendingRefs: Reference[] = [];
  const sourceDates = new Map(doc.sources.map((s) => [s.id, s.date?.value ?? '']));

  const eventDates = new Map((doc.cases ?? []).flatMap((c) => (c.events ?? []).map((e) => [e.id, e.date])));
  const sourceWarnings = dateConflicts(doc);
  const resolveDate = (input: DateInput | undefined): PartialDateModel | null => {
    if (!input) return null;
    if ('after' in input) {
      // Validation has refused cycles and undated anchors.
      const anchor = resolveDate(eventDates.get(input.after));
      return anchor && chainedDate(anchor, input.after, input.offsetDays, input.wording, input.derivation);
    }
    if ('relativeTo' in input) {
      const date = resolveRelativeDate(
        input.wording,
        sourceDates.get(input.relativeTo) ?? '',
        input.relativeTo,
      );
      const conflict = sourceWarnings.get(input.relativeTo);
      if (!conflict) return date;
      const stated = sourceDates.get(input.relativeTo);
      const warning = `resolved against the stated date of ${input.relativeTo} (${stated}), which its content contradicts: ${conflict}`;
      return { ...date, warning };
    }
    return statedDate(input.value, input.wording ?? null, input.derivation ?? null);
  };
  const node = (label: NodeLabel, id: string, props: Props) => {
    defined.set(id, label);
    nodes.push({ label, id, props: { id, ...props } });
  };
  const ref = (id: string, path: string, labels: readonly NodeLabel[]) =>
    pendingRefs.push({ id, path, labels });
  const rel = (type: RelType, from: string, to: string, discriminator: string, props: Props) => {
    const id = `${type}:${from}->${to}${discriminator ? `#${discriminator}` : ''}`;
    rels.push({ type, id, from, to, props: { id, ...props } });
  };

  doc.sources.forEach((s) => {
    const text = sourceTexts.get(s.id) ?? '';
    node('Source', s.id, {
      kind: s.kind,
      title: s.title,
      publisher: s.publisher ?? null,
      identifier: s.identifier,
      text,
      warnings: sourceWarnings.has(s.id)
        ? [`Its stated date (${s.date?.value}) conflicts with its content: ${sourceWarnings.get(s.id)}.`]
        : [],
      ...encodeDate('date', s.date ? statedDate(s.date.value, s.date.wording ?? null) : null),
    });
  });

  doc.parties?.forEach((p) => {
    const label = PARTY_KIND_LABELS[p.kind];
    const descriptors = p.descriptors ?? [];
    node(label, p.id, {
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
  });

  doc.courts?.forEach((c) =>
    node('Court', c.id, {
      name: c.name,
      jurisdiction: c.jurisdiction ?? null,
      ...encodeEvidence(c.evidence),
    }),
  );
  doc.productions?.forEach((p) =>
    node('Production', p.id, { title: p.title, kind: p.kind, ...encodeEvidence(p.evidence) }),
  );
  doc.incidents?.forEach((x, i) => {
    node('Incident', x.id, {
      name: x.name,
      description: x.description,
      place: x.place ?? null,
      ...encodeDate('date', resolveDate(x.date)),
      ...encodeEvidence(x.evidence),
    });
    if (x.production) {
      ref(x.production, `/incidents/${i}/production`, ['Production']);
      rel('ON_PRODUCTION', x.id, x.production, '', encodeEvidence(x.evidence));
    }
  });

  doc.relationships?.forEach((r, i) => {
    ref(r.from, `/relationships/${i}/from`, PARTY_LABELS);
    ref(r.to, `/relationships/${i}/to`, PARTY_LABELS);
    rel(r.kind, r.from, r.to, '', { detail: r.detail ?? null, ...encodeEvidence(r.evidence) });
  });
  doc.credits?.forEach((c, i) => {
    ref(c.party, `/credits/${i}/party`, PARTY_LABELS);
    ref(c.production, `/credits/${i}/production`, ['Production']);
    rel('WORKED_ON', c.party, c.production, c.role, {
      role: c.role,
      roleText: c.roleText ?? null,
      ...encodeEvidence(c.evidence),
    });
  });
  doc.involvements?.forEach((v, i) => {
    ref(v.party, `/involvements/${i}/party`, PARTY_LABELS);
    ref(v.incident, `/involvements/${i}/incident`, ['Incident']);
    rel('INVOLVED_IN', v.party, v.incident, v.kind, {
      kind: v.kind,
      detail: v.detail ?? null,
      ...encodeEvidence(v.evidence),
    });
  });

  doc.cases?.forEach((c, i) => {
    const at = `/cases/${i}`;
    const filed = resolveDate(c.filed);
    const closed = resolveDate(c.closed);
    const statusSources = c.evidence
      .map((e) => sourceDates.get(e.source))
      .filter((d): d is string => Boolean(d))
      .map((d) => parseIsoPartial(d).latest)
      .sort();
    node('Case', c.id, {
      closesOn: closesOn({
        status: c.status as CaseStatus,
        filed,
        closed,
        incidentDate: null,
        events: (c.events ?? []).map((e, seq) => ({
          id: e.id,
          kind: e.kind as EventKind,
          date: resolveDate(e.date),
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
    if (c.court) {
      ref(c.court, `${at}/court`, ['Court']);
      rel('IN_COURT', c.id, c.court, '', encodeEvidence(c.evidence));
    }
    if (c.incident) {
      ref(c.incident.id, `${at}/incident/id`, ['Incident']);
      rel('ARISES_FROM', c.id, c.incident.id, '', encodeEvidence(c.incident.evidence));
    }
    c.parties?.forEach((p, j) => {
      ref(p.party, `${at}/parties/${j}/party`, PARTY_LABELS);
      rel('PARTY_TO', p.party, c.id, p.role, {
        role: p.role,
        roleText: p.roleText ?? null,
        seq: j,
        ...(p.terminated ? encodeDate('terminated', resolveDate(p.terminated)) : {}),
        ...encodeEvidence(p.evidence),
      });
    });
    c.counsel?.forEach((k, j) => {
      ref(k.lawyer, `${at}/counsel/${j}/lawyer`, PARTY_LABELS);
      if (k.client) ref(k.client, `${at}/counsel/${j}/client`, PARTY_LABELS);
      if (k.firm) ref(k.firm, `${at}/counsel/${j}/firm`, ['Organization']);
      rel('COUNSEL_IN', k.lawyer, c.id, `${k.capacity}:${k.client ?? ''}`, {
        capacity: k.capacity,
        clientId: k.client ?? null,
        firmId: k.firm ?? null,
        designations: k.designations ?? [],
        ...(k.terminated ? encodeDate('terminated', resolveDate(k.terminated)) : {}),
        seq: j,
        ...encodeEvidence(k.evidence),
      });
    });
    c.judges?.forEach((jd, j) => {
      ref(jd.judge, `${at}/judges/${j}/judge`, PARTY_LABELS);
      rel('JUDGE_IN', jd.judge, c.id, '', {
        seq: j,
        assignment: jd.assignment ?? null,
        ...encodeEvidence(jd.evidence),
      });
    });
    c.charges?.forEach((ch, j) => {
      node('Charge', ch.id, {
        label: ch.label,
        statute: ch.statute ?? null,
        countNumber: ch.countNumber ?? null,
        countStatus: ch.countStatus ?? null,
        disposition: ch.disposition ?? null,
        seq: j,
        ...encodeEvidence(ch.evidence),
      });
      rel('HAS_CHARGE', c.id, ch.id, '', encodeEvidence(ch.evidence));
      if (ch.defendant) {
        ref(ch.defendant, `${at}/charges/${j}/defendant`, PARTY_LABELS);
        rel('CHARGED', ch.id, ch.defendant, '', encodeEvidence(ch.evidence));
      }
    });
    c.claims?.forEach((cl, j) => {
      node('Claim', cl.id, { label: cl.label, seq: j, ...encodeEvidence(cl.evidence) });
      rel('HAS_CLAIM', c.id, cl.id, '', encodeEvidence(cl.evidence));
    });
    c.outcomes?.forEach((o, j) => {
      node('Outcome', o.id, {
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
        ...encodeDate('date', resolveDate(o.date)),
        ...encodeEvidence(o.evidence),
      });
      rel('HAS_OUTCOME', c.id, o.id, '', encodeEvidence(o.evidence));
      if (o.decidedBy) {
        ref(o.decidedBy, `${at}/outcomes/${j}/decidedBy`, PARTY_LABELS);
        rel('DECIDED_BY', o.id, o.decidedBy, '', encodeEvidence(o.evidence));
      }
      o.resolves?.forEach((r) => rel('RESOLVES', o.id, r, '', encodeEvidence(o.evidence)));
    });
    c.events?.forEach((e, j) => {
      node('Event', e.id, {
        kind: e.kind,
        description: e.description,
        entryNumber: e.entryNumber ?? null,
        seq: j,
        ...encodeDate('date', resolveDate(e.date)),
        ...encodeEvidence(e.evidence),
      });
      rel('HAS_EVENT', c.id, e.id, '', encodeEvidence(e.evidence));
    });
    c.related?.forEach((r, j) => {
      ref(r.case, `${at}/related/${j}/case`, ['Case']);
      rel('RELATED_TO', c.id, r.case, r.kind, { kind: r.kind, ...encodeEvidence(r.evidence) });
    });
  });

  doc.statements?.forEach((s, i) => {
    const at = `/statements/${i}`;
    node('Statement', s.id, {
      kind: s.kind,
      content: s.content,
      directQuote: s.directQuote,
      attribution: s.attribution ?? null,
      seq: i,
      ...encodeDate('date', resolveDate(s.date)),
      ...encodeEvidence(s.evidence),
    });
    ref(s.speaker, `${at}/speaker`, PARTY_LABELS);
    rel('STATED', s.speaker, s.id, '', encodeEvidence(s.evidence));
    if (s.onBehalfOf) {
      ref(s.onBehalfOf, `${at}/onBehalfOf`, PARTY_LABELS);
      rel('ON_BEHALF_OF', s.id, s.onBehalfOf, '', encodeEvidence(s.evidence));
    }
    s.about.forEach((target, j) => {
      ref(target, `${at}/about/${j}`, STATEMENT_SUBJECT_LABELS);
      rel('ABOUT', s.id, target, '', encodeEvidence(s.evidence));
    });
  });

  return { docId, nodes, rels, references: checkLocalReferences(pendingRefs, defined) };
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
