import { chronological } from './dates';
import type { CaseStatus, EventKind, PartialDateModel } from './models';

// A case's state on a given day, derived from its dated steps. The rule (also in
// the SDL): a partial date is an interval (earliest..latest). A step has certainly
// happened by a day when its last possible day is on or before it; the latest such
// step sets the status. A step whose interval straddles the day may or may not have
// happened: when it would change the status, the answer is UNKNOWN and names the
// status it may have had instead, never ESTABLISHED. A case whose filing no source
// dates is assumed to exist from its incident on, and said to be ASSUMED. A case is
// known to be open only up to the last dated thing that shows it open (its latest
// dated entry or step, a source stating it pending, its filing): after that, with no
// step closing it, it is POSSIBLY still pending, and the basis says up to when it is known.

export type Certainty = 'ESTABLISHED' | 'ASSUMED' | 'POSSIBLY' | 'UNKNOWN';

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

/**
 * First day on which the case is certainly over: the earliest last-possible day of
 * its terminal steps (a dismissal "in July 2024" certainly happened by 2024-07-31);
 * null when it is not known to end.
 */
export function closesOn(facts: CaseFacts): string | null {
  const ends = statusSteps(facts)
    .filter((s) => s.date && TERMINAL.has(s.status))
    .map((s) => s.date!.latest)
    .sort();
  if (ends[0]) return ends[0];
  return TERMINAL.has(facts.status) ? facts.statusKnownOn : null;
}

/** The last day something dated shows the case open, and what shows it. */
export interface KnownOpen {
  day: string;
  what: string;
}

/**
 * The last day a source shows the case open: the first possible day of its latest
 * dated entry or step (one dated "in July 2019" shows it open on 2019-07-01 at least;
 * a closing step shows it open until then), the date of a source stating it pending, or
 * its filing. Null when nothing dated shows it.
 */
export function knownOpen(facts: CaseFacts): KnownOpen | null {
  const shown: KnownOpen[] = facts.events
    .filter((e) => e.date)
    .map((e) => ({ day: e.date!.earliest, what: `its latest dated entry, of ${e.date!.value}` }));
  if (facts.status === 'PENDING' && facts.statusKnownOn)
    shown.push({
      day: facts.statusKnownOn,
      what: `a source dated ${facts.statusKnownOn} stating it pending`,
    });
  if (facts.filed) shown.push({ day: facts.filed.earliest, what: `its filing (${facts.filed.value})` });
  return shown.reduce<KnownOpen | null>((last, k) => (last === null || k.day > last.day ? k : last), null);
}

/** A pending status past the last day something dated shows it: POSSIBLY, saying up to when it is known. */
function withinWhatIsKnown(facts: CaseFacts, state: CaseState, day: string): CaseState {
  if (!state.exists || state.status !== 'PENDING' || state.certainty === 'POSSIBLY') return state;
  const known = knownOpen(facts);
  if (!known || day <= known.day) return state;
  return {
    ...state,
    certainty: 'POSSIBLY',
    basis: `known to be pending up to ${known.day} (${known.what}); no source dated after that says whether it still was`,
  };
}

export interface CaseState {
  date: string;
  exists: boolean;
  status: CaseStatus | null;
  certainty: Certainty;
  basis: string;
  /** Statuses the case may have had instead, because a step's date straddles the day. */
  possibleStatuses: CaseStatus[];
}

/**
 * The state on a day, then the doubt: steps whose date interval straddles the
 * day (may or may not have happened by it) and would change the status make the
 * answer UNKNOWN, with the statuses they would give and why.
 */
export function caseStateOn(facts: CaseFacts, day: string): CaseState {
  const state = stateFromCertainSteps(facts, day);
  if (!state.exists) return state;
  // A step that may have closed it by then already makes the answer UNKNOWN; else, past
  // what is known, POSSIBLY.
  const doubts: string[] = [];
  const possible = new Set<CaseStatus>();
  if (facts.filed && facts.filed.latest > day) {
    doubts.push(`it may not have been filed yet (filed ${facts.filed.value})`);
  } else if (!facts.filed && facts.incidentDate && facts.incidentDate.latest > day) {
    doubts.push(`the incident it arises from (${facts.incidentDate.value}) may not have happened yet`);
  }
  const steps = statusSteps(facts);
  for (const step of steps) {
    const d = step.date;
    if (!d || d.earliest > day || d.latest <= day) continue;
    if (step.status === state.status) continue;
    // The closing date repeats the step that closed the case; name the step.
    const same = (o: Step) => o !== step && o.status === step.status && o.date?.value === d.value;
    if (step.id === 'closed' && steps.some(same)) continue;
    possible.add(step.status);
    doubts.push(
      `${step.what} (${d.value}${d.derived ? ', derived' : ''}) may or may not have happened by then`,
    );
  }
  if (doubts.length === 0) return withinWhatIsKnown(facts, state, day);
  return {
    ...state,
    certainty: 'UNKNOWN',
    possibleStatuses: [...possible],
    basis: `${state.basis}; in doubt: ${doubts.join('; ')}`,
  };
}

function stateFromCertainSteps(facts: CaseFacts, day: string): CaseState {
  const state = stateOn(facts, day);
  return { ...state, possibleStatuses: [] };
}

function stateOn(facts: CaseFacts, day: string): Omit<CaseState, 'possibleStatuses'> {
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
  const reached = statusSteps(facts).filter((s) => s.date && s.date.latest <= day);
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
      // Past that day, caseStateOn makes it POSSIBLY (withinWhatIsKnown).
      certainty: 'ESTABLISHED',
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
  if (!facts.incidentDate) {
    // Nothing dated shows the case by this day: it may have been pending, or not yet begun.
    return {
      date: day,
      exists: true,
      status: 'PENDING',
      certainty: 'POSSIBLY',
      basis:
        'no source dates its filing or an incident it arises from, and no dated step of it comes by this day',
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

export interface DatedByDay<T> {
  /** Certainly on or before the day: the last possible day of its date is. */
  happened: T[];
  /** Dated by an interval that straddles the day: it may or may not have happened by then. */
  possibly: T[];
}

/**
 * Splits steps in told order by a day. An undated step goes where the dated step
 * told before it went (it is told as coming after it); before any dated step, it counts as happened.
 */
export function splitByDay<T extends { date: { earliest: string; latest: string } | null }>(
  items: readonly T[],
  day: string,
): DatedByDay<T> {
  const out: DatedByDay<T> = { happened: [], possibly: [] };
  let place: keyof DatedByDay<T> | null = 'happened';
  for (const item of items) {
    if (item.date) {
      place = item.date.latest <= day ? 'happened' : item.date.earliest <= day ? 'possibly' : null;
    }
    if (place) out[place].push(item);
  }
  return out;
}
