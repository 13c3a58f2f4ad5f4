import { caseStateOn, closesOn, type CaseFacts } from '../../src/domain/as-of';
import { chainedDate, resolveRelativeDate, statedDate } from '../../src/domain/dates';
import type { CaseStatus, EventKind } from '../../src/domain/models';

// A partial date is an interval: a step has certainly happened by a day when its
// last possible day is on or before it, and may have happened when the day falls
// inside its interval. Month- and year-precision steps on either side of the day.

const event = (kind: EventKind, date: ReturnType<typeof statedDate> | null, seq: number) => ({
  id: `event:${kind.toLowerCase()}-${seq}`,
  kind,
  date,
  description: kind.toLowerCase(),
  seq,
});

function facts(over: Partial<CaseFacts>, status: CaseStatus = 'DISMISSED'): CaseFacts {
  return { status, filed: null, closed: null, incidentDate: null, events: [], statusKnownOn: null, ...over };
}

const state = (f: CaseFacts, day: string) => {
  const s = caseStateOn(f, day);
  return [s.exists, s.status, s.certainty, s.possibleStatuses];
};

describe('a step dated to a month', () => {
  const dismissedInJuly = facts({
    filed: statedDate('2024-02-10', null),
    events: [
      event('FILED', statedDate('2024-02-10', null), 0),
      event('DISMISSED', statedDate('2024-07', 'in July 2024'), 1),
    ],
  });

  it('has not happened the day before its month', () => {
    expect(state(dismissedInJuly, '2024-06-30')).toEqual([true, 'PENDING', 'ESTABLISHED', []]);
  });

  it('may or may not have happened inside its month: UNKNOWN, never ESTABLISHED, with the reason', () => {
    for (const day of ['2024-07-01', '2024-07-15', '2024-07-30']) {
      expect(state(dismissedInJuly, day)).toEqual([true, 'PENDING', 'UNKNOWN', ['DISMISSED']]);
    }
    expect(caseStateOn(dismissedInJuly, '2024-07-15').basis).toBe(
      'filed (2024-02-10); in doubt: dismissed (2024-07) may or may not have happened by then',
    );
  });

  it('has certainly happened on its last day and after', () => {
    expect(state(dismissedInJuly, '2024-07-31')).toEqual([true, 'DISMISSED', 'ESTABLISHED', []]);
    expect(state(dismissedInJuly, '2024-08-01')).toEqual([true, 'DISMISSED', 'ESTABLISHED', []]);
  });

  it('closes the case (for pendingOn) on the last day it can denote', () => {
    expect(closesOn(dismissedInJuly)).toBe('2024-07-31');
  });

  it('makes a case filed in that month possibly not yet filed inside it', () => {
    const filedInJanuary = facts(
      {
        filed: statedDate('2025-01', 'in January'),
        events: [event('FILED', statedDate('2025-01', null), 0)],
      },
      'PENDING',
    );
    expect(state(filedInJanuary, '2024-12-31')).toEqual([false, null, 'ESTABLISHED', []]);
    expect(state(filedInJanuary, '2025-01-15')).toEqual([true, 'PENDING', 'UNKNOWN', []]);
    expect(caseStateOn(filedInJanuary, '2025-01-15').basis).toContain(
      'it may not have been filed yet (filed 2025-01)',
    );
    expect(state(filedInJanuary, '2025-01-31')[2]).not.toBe('UNKNOWN');
  });
});

describe('a step dated to a year', () => {
  const convicted2023 = facts(
    {
      filed: statedDate('2022-05-01', null),
      events: [
        event('FILED', statedDate('2022-05-01', null), 0),
        event('CONVICTED', statedDate('2023', 'in 2023'), 1),
      ],
    },
    'DECIDED',
  );

  it('has not happened before its year', () => {
    expect(state(convicted2023, '2022-12-31')).toEqual([true, 'PENDING', 'ESTABLISHED', []]);
  });

  it('may have happened on any day of its year', () => {
    expect(state(convicted2023, '2023-01-01')).toEqual([true, 'PENDING', 'UNKNOWN', ['DECIDED']]);
    expect(state(convicted2023, '2023-12-30')).toEqual([true, 'PENDING', 'UNKNOWN', ['DECIDED']]);
  });

  it('has certainly happened from its last day', () => {
    expect(state(convicted2023, '2023-12-31')).toEqual([true, 'DECIDED', 'ESTABLISHED', []]);
  });

  it('leaves a case that arises from an incident dated to a year in doubt during that year', () => {
    const suit = facts({ incidentDate: statedDate('2021', 'in 2021') }, 'PENDING');
    expect(state(suit, '2020-12-31')).toEqual([false, null, 'ESTABLISHED', []]);
    expect(state(suit, '2021-06-01')).toEqual([true, 'PENDING', 'UNKNOWN', []]);
    expect(state(suit, '2022-01-01')).toEqual([true, 'PENDING', 'ASSUMED', []]);
  });
});

describe('a step counted from another step ("three days into the trial")', () => {
  const trial = statedDate('2024-07', 'in July 2024');
  const dismissal = chainedDate(trial, 'event:trial', 3, 'three days into the trial');

  it('takes its interval from that step: July 2024 plus three days runs into August', () => {
    expect(dismissal).toMatchObject({
      value: '2024-07-04/2024-08-03',
      precision: 'RANGE',
      earliest: '2024-07-04',
      latest: '2024-08-03',
      derived: true,
    });
    expect(dismissal.derivation).toBe(
      '"three days into the trial" read as 3 days after event:trial (2024-07): between 2024-07-04 and 2024-08-03',
    );
    expect(chainedDate(statedDate('2024-07-09', null), 'event:x', 1, 'the next day')).toMatchObject({
      value: '2024-07-10',
      precision: 'DAY',
    });
  });

  const criminal = facts({
    events: [event('TRIAL_STARTED', trial, 0), event('DISMISSED', dismissal, 1)],
    closed: dismissal,
  });

  it('is in doubt from its first to its last possible day, and settles after', () => {
    // No filing date and no incident: before its first dated step nothing shows it.
    expect(state(criminal, '2024-07-03')).toEqual([true, 'PENDING', 'POSSIBLY', []]);
    expect(state(criminal, '2024-07-15')).toEqual([true, 'PENDING', 'UNKNOWN', ['DISMISSED']]);
    // The trial has certainly begun by August; the dismissal may still be days away.
    expect(state(criminal, '2024-08-01')).toEqual([true, 'PENDING', 'UNKNOWN', ['DISMISSED']]);
    expect(caseStateOn(criminal, '2024-08-01').basis).toMatch(
      /^trial_started \(2024-07\); in doubt: dismissed/,
    );
    expect(state(criminal, '2024-08-03')).toEqual([true, 'DISMISSED', 'ESTABLISHED', []]);
    expect(closesOn(criminal)).toBe('2024-08-03');
  });
});

describe('pending only as far as something dated shows it', () => {
  // Like Lokhova v. Halper: filed in 2018, last docket entry 2019-08-19, no termination.
  const docket = facts(
    {
      filed: statedDate('2018-05-23', null),
      events: [
        event('FILED', statedDate('2018-05-23', null), 0),
        event('OTHER', statedDate('2019-08-19', null), 1),
        event('OTHER', null, 2),
      ],
    },
    'PENDING',
  );

  it('is established up to its latest dated entry, POSSIBLY after, saying up to when', () => {
    expect(state(docket, '2019-08-19')).toEqual([true, 'PENDING', 'ESTABLISHED', []]);
    expect(state(docket, '2024-06-30')).toEqual([true, 'PENDING', 'POSSIBLY', []]);
    expect(caseStateOn(docket, '2024-06-30').basis).toBe(
      'known to be pending up to 2019-08-19 (its latest dated entry, of 2019-08-19); no source dated after that says whether it still was',
    );
    expect(state(docket, '2099-01-01')[2]).toBe('POSSIBLY');
  });

  it('a source stating it pending carries what is known up to its own date', () => {
    const reported = { ...docket, statusKnownOn: '2021-03-01' };
    expect(state(reported, '2021-03-01')).toEqual([true, 'PENDING', 'ESTABLISHED', []]);
    expect(caseStateOn(reported, '2021-03-02').basis).toMatch(
      /^known to be pending up to 2021-03-01 \(a source dated 2021-03-01 stating it pending\)/,
    );
  });

  it('a closed case stays established after it closed', () => {
    const closed = facts(
      { ...docket, events: [...docket.events, event('DISMISSED', statedDate('2020-01-10', null), 3)] },
      'DISMISSED',
    );
    expect(state(closed, '2024-06-30')).toEqual([true, 'DISMISSED', 'ESTABLISHED', []]);
  });

  it('a case with neither a filing date nor an incident is only possibly pending before its first dated step', () => {
    const appealOnly = facts({ events: [event('OTHER', statedDate('2003-02-01', null), 0)] }, 'PENDING');
    expect(state(appealOnly, '1990-01-01')).toEqual([true, 'PENDING', 'POSSIBLY', []]);
    expect(caseStateOn(appealOnly, '1990-01-01').basis).toBe(
      'no source dates its filing or an incident it arises from, and no dated step of it comes by this day',
    );
  });
});

describe('dates resolved against a source', () => {
  it('flag a date that falls wholly after the source', () => {
    expect(resolveRelativeDate('in May this year', '2025-01-01', 'source:a').afterSource).toBe(true);
    expect(resolveRelativeDate('in January', '2025-01-01', 'source:a').afterSource).toBeUndefined();
    expect(resolveRelativeDate('on Wednesday', '2025-01-01', 'source:a').afterSource).toBeUndefined();
  });
});
