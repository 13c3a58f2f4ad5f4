import type { Plain } from '../../db/convert';
import { toEvidence, toNode } from '../../cypher/mappers';
import { obj, type Props } from '../../cypher/rows';
import {
  NODE_KIND_LABELS,
  NODE_KINDS,
  type EdgeDirection,
  type EdgeKind,
  type GraphEdgeModel,
  type GraphNodeModel,
  type NodeKind,
  type PathModel,
  type PathStepModel,
  type RenderStep,
} from './models';

// Rows to models, and the pure helpers they use: readable names, verbs and
// renderings (unit-tested without a database).

type EdgeProps = { [key: string]: Plain | undefined };

const text = (v: Plain | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** `MALICIOUS_ABUSE` → `Malicious abuse`. */
function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The node kind from a node's labels; null for anything a graph view does not show (sources). */
export function nodeKindOf(labels: readonly string[]): NodeKind | null {
  return NODE_KINDS.find((kind) => labels.includes(NODE_KIND_LABELS[kind])) ?? null;
}

/** The readable name of an entity: display name, caption, name, title, label, outcome kind or description. */
export function displayNameOf(kind: NodeKind, props: EdgeProps): string {
  const id = text(props.id) ?? '';
  switch (kind) {
    case 'PERSON':
    case 'ORGANIZATION':
    case 'GROUP':
      return text(props.displayName) ?? text(props.name) ?? id;
    case 'CASE':
      return text(props.caption) ?? id;
    case 'CHARGE':
    case 'CLAIM':
      return text(props.label) ?? id;
    case 'OUTCOME':
      return text(props.kind) ? humanize(String(props.kind)) : id;
    case 'EVENT':
      return text(props.description) ?? id;
    case 'INCIDENT':
    case 'COURT':
      return text(props.name) ?? id;
    case 'PRODUCTION':
      return text(props.title) ?? id;
    case 'STATEMENT':
      // A statement reads as its kind, never as a bare assertion: `Denial: "…"`.
      return text(props.content)
        ? `${humanize(String(props.kind ?? 'statement'))}: "${String(props.content)}"`
        : id;
  }
}

const PARTY_ROLE_VERBS: Record<string, string> = {
  PLAINTIFF: 'plaintiff in',
  DEFENDANT: 'defendant in',
  PROSECUTION: 'prosecuted',
  PETITIONER: 'petitioner in',
  RESPONDENT: 'respondent in',
  COUNSEL: 'counsel in',
  JUDGE: 'judge in',
};

const COUNSEL_VERBS: Record<string, string> = {
  SPECIAL_PROSECUTOR: 'prosecuted',
  DISTRICT_ATTORNEY: 'prosecuted',
  GOVERNMENT_COUNSEL: 'represented the government in',
  PRIVATE_COUNSEL: 'represented a party in',
  PUBLIC_DEFENDER: 'defended a party in',
};

const CASE_RELATION_VERBS: Record<string, string> = {
  ARISES_FROM: 'arose from',
  REFILING_OF: 'is a refiling of',
  APPEAL_OF: 'is an appeal of',
};

const WORK_VERBS: Record<string, string> = {
  ACTOR: 'acted in',
  PRODUCER: 'produced',
  DIRECTOR: 'directed',
  ARMOURER: 'was armourer on',
  CINEMATOGRAPHER: 'was cinematographer on',
};

const INVOLVEMENT_VERBS: Record<string, string> = {
  KILLED: 'killed in',
  INJURED: 'injured in',
};

const PLAIN_VERBS: Record<string, string> = {
  JUDGE_IN: 'presided over',
  IN_COURT: 'heard in',
  ARISES_FROM: 'arose from',
  HAS_CHARGE: 'includes charge',
  CHARGED: 'charged against',
  HAS_CLAIM: 'includes claim',
  HAS_OUTCOME: 'resulted in',
  DECIDED_BY: 'decided by',
  RESOLVES: 'resolved',
  HAS_EVENT: 'had event',
  PARENT_OF: 'parent of',
  ON_PRODUCTION: 'happened on',
  STATED: 'stated',
  ON_BEHALF_OF: 'on behalf of',
  ABOUT: 'is about',
};

/**
 * A readable verb for a relationship, read from its start node to its end node
 * (`Kari Morrissey` prosecuted `Criminal case against Alec Baldwin`), chosen by
 * the relationship type and its properties (role, capacity, kind, detail).
 */
export function edgeLabel(type: string, props: EdgeProps = {}): string {
  const role = text(props.role) ?? '';
  const kind = text(props.kind) ?? '';
  switch (type) {
    case 'PARTY_TO':
      return PARTY_ROLE_VERBS[role] ?? 'party to';
    case 'COUNSEL_IN':
      return COUNSEL_VERBS[text(props.capacity) ?? ''] ?? 'counsel in';
    case 'RELATED_TO':
      return CASE_RELATION_VERBS[kind] ?? 'related to';
    case 'SPOUSE_OF': {
      const detail = text(props.detail);
      return detail ? `${detail} of` : 'spouse of';
    }
    case 'WORKED_ON': {
      const roleText = text(props.roleText);
      return WORK_VERBS[role] ?? (roleText ? `worked as ${roleText} on` : 'worked on');
    }
    case 'INVOLVED_IN':
      return INVOLVEMENT_VERBS[kind] ?? 'involved in';
    default:
      return PLAIN_VERBS[type] ?? humanize(type).toLowerCase();
  }
}

/** Symmetric relationships (marriage, a bare "related" case link) have no meaningful orientation. */
export function edgeDirection(type: string, props: EdgeProps = {}): EdgeDirection {
  if (type === 'SPOUSE_OF') return 'UNDIRECTED';
  if (type === 'RELATED_TO' && !CASE_RELATION_VERBS[text(props.kind) ?? '']) return 'UNDIRECTED';
  return 'DIRECTED';
}

/**
 * A path in words, each arrow pointing along its relationship:
 * `A —prosecuted→ B —arose from→ C ←killed in— D`.
 */
export function renderPath(steps: readonly RenderStep[]): string {
  const first = steps[0];
  if (!first) return '';
  return steps.reduce(
    (out, step) =>
      step.direction === 'FORWARD'
        ? `${out} —${step.edge.label}→ ${step.to.displayName}`
        : `${out} ←${step.edge.label}— ${step.to.displayName}`,
    first.from.displayName,
  );
}

export function toGraphNode(row: Props): GraphNodeModel {
  const labels = Array.isArray(row.labels) ? row.labels.map(String) : [];
  const doc = obj(row.doc);
  const kind = nodeKindOf(labels);
  if (!kind) throw new Error(`No graph node kind for labels ${labels.join(':')}`);
  const node = toNode(labels, doc);
  return {
    id: String(doc.id),
    kind,
    displayName: displayNameOf(kind, doc),
    node,
    evidence: toEvidence(doc),
  };
}

export function toGraphEdge(row: Props): GraphEdgeModel {
  const type = String(row.type);
  const props = obj(row.props);
  return {
    id: String(row.id),
    kind: type as EdgeKind,
    source: String(row.source),
    target: String(row.target),
    direction: edgeDirection(type, props),
    label: edgeLabel(type, props),
    evidence: toEvidence(row),
  };
}

export function toPath(nodes: GraphNodeModel[], edges: GraphEdgeModel[]): PathModel {
  const steps = edges.map((edge, i): PathStepModel => {
    const from = nodes[i];
    const to = nodes[i + 1];
    if (!from || !to) throw new Error(`Path with ${edges.length} edges and ${nodes.length} nodes`);
    return { from, to, edge, direction: edge.source === from.id ? 'FORWARD' : 'BACKWARD' };
  });
  return { length: steps.length, steps, nodes, rendering: renderPath(steps) };
}
