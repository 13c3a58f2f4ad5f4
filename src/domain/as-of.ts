import { chronological } from './dates';
import type { CaseStatus, EventKind, PartialDateModel } from './models';

// A case's state on a given day, derived from its dated steps. The rule (also in
// the SDL): a step counts from the first day its date can denote; the latest step
// on or before the day sets the status; a case whose filing no source dates is
// assumed to exist from its incident on, and said to be ASSUMED rather than ESTABLISHED.

export type Certainty = 'ESTABLISHED' | 'ASSUMED' | 'UNKNOWN';

const STATUS_AFTER: Partial<Record<EventKind, CaseStatus>> = {
  FILED: 'PENDING',
  TRIAL_STARTED: 'PENDING',
  DISMISSED: 'DISMISSED',
  CONVICTED: 'DECIDED',
  SENTENCED: 'DECIDED',
  RELEASED_ON_PAROLE: 'DECIDED',
  SETTLED: 'SETTLED',
};

const TERMINAL: ReadonlySet<CaseStatus> = new Set(['DISMISSED', 'DECIDED', 'SETTLED', 'CLOSED']);

export interface Step {
  date: PartialDateModel | null;
  status: CaseStatus;
  what: string;
  seq: number;
  id: string;
}

export interface CaseFacts {
  status: CaseStatus;
  filed: PartialDateModel | null;
  closed: PartialDateModel | null;
  incidentDate: PartialDateModel | null;
  events: { id: string; kind: EventKind; date: PartialDateModel | null; description: string; seq: number }[];
  /** Latest date among the sources that state the case's current status: a bound for an undated closing. */
  statusKnownOn: string | null;
}

/** The status-changing steps of a case, in chronological order (filing and closing dates included). */
export function statusSteps(facts: CaseFacts): Step[] {
  const steps: Step[] = [];
  if (facts.filed) steps.push({ date: facts.filed, status: 'PENDING', what: 'filed', seq: -1, id: 'filed' });
  for (const e of facts.events) {
    const status = STATUS_AFTER[e.kind];
    if (status) steps.push({ date: e.date, status, what: e.description, seq: e.seq, id: e.id });
  }
  if (facts.closed && TERMINAL.has(facts.status)) {
    steps.push({
      date: facts.closed,
      status: facts.status,
      what: `closed (${facts.status})`,
      seq: -0.5,
      id: 'closed',
    });
  }
  return chronological(steps);
}

/** First day on which the case is known to be over; null when it is not known to end. */
export function closesOn(facts: CaseFacts): string | null {
  const firstTerminal = statusSteps(facts).find((s) => s.date && TERMINAL.has(s.status));
  if (firstTerminal?.date) return firstTerminal.date.earliest;
  return TERMINAL.has(facts.status) ? facts.statusKnownOn : null;
}

export interface CaseState {
  date: string;
  exists: boolean;
  status: CaseStatus | null;
  certainty: Certainty;
  basis: string;
}

export function caseStateOn(facts: CaseFacts, day: string): CaseState {
  if (facts.filed && facts.filed.earliest > day) {
    return {
      date: day,
      exists: false,
      status: null,
      certainty: 'ESTABLISHED',
      basis: `filed ${facts.filed.value}, after this day`,
    };
  }
  if (facts.incidentDate && facts.incidentDate.earliest > day) {
    return {
      date: day,
      exists: false,
      status: null,
      certainty: 'ESTABLISHED',
      basis: `arises from an incident of ${facts.incidentDate.value}, after this day`,
    };
  }
  const reached = statusSteps(facts).filter((s) => s.date && s.date.earliest <= day);
  const last = reached[reached.length - 1];
  if (last?.date) {
    return {
      date: day,
      exists: true,
      status: last.status,
      certainty: 'ESTABLISHED',
      basis: `${last.what} (${last.date.value}${last.date.derived ? ', derived' : ''})`,
    };
  }
  const end = closesOn(facts);
  if (end !== null && end <= day) {
    return {
      date: day,
      exists: true,
      status: facts.status,
      certainty: 'ESTABLISHED',
      basis: `${facts.status} by ${end}`,
    };
  }
  if (facts.status === 'PENDING' && facts.statusKnownOn !== null && facts.statusKnownOn <= day) {
    return {
      date: day,
      exists: true,
      status: 'PENDING',
      certainty: facts.statusKnownOn === day ? 'ESTABLISHED' : 'ASSUMED',
      basis: `stated pending by a source dated ${facts.statusKnownOn}`,
    };
  }
  if (TERMINAL.has(facts.status) && end === null) {
    return {
      date: day,
      exists: true,
      status: null,
      certainty: 'UNKNOWN',
      basis: 'closed on a day no source gives',
    };
  }
  return {
    date: day,
    exists: true,
    status: 'PENDING',
    certainty: 'ASSUMED',
    basis: 'no source dates its filing; taken to be pending from its incident until its first dated step',
  };
}
