import {
  DateError,
  chronological,
  compareDates,
  parseIsoPartial,
  precisionRank,
  resolveRelativeDate,
  statedDate,
} from '../../src/domain/dates';
import type { PartialDateModel } from '../../src/domain/models';

const SOURCE = 'source:000_test';
const NEW_YEAR_2025 = '2025-01-01'; // a Wednesday

describe('parseIsoPartial', () => {
  it('gives a year its first and last day', () => {
    expect(parseIsoPartial('2021')).toEqual({
      precision: 'YEAR',
      earliest: '2021-01-01',
      latest: '2021-12-31',
    });
  });

  it.each([
    ['2024-01', '2024-01-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['1900-02', '1900-02-28'],
    ['2000-02', '2000-02-29'],
    ['2024-04', '2024-04-30'],
    ['2024-12', '2024-12-31'],
  ])('gives the month %s the bounds of its own length', (value, latest) => {
    expect(parseIsoPartial(value)).toEqual({ precision: 'MONTH', earliest: `${value}-01`, latest });
  });

  it('gives a day itself as both bounds', () => {
    expect(parseIsoPartial('2025-01-01')).toEqual({
      precision: 'DAY',
      earliest: '2025-01-01',
      latest: '2025-01-01',
    });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseIsoPartial('2024-02-29')).toEqual({
      precision: 'DAY',
      earliest: '2024-02-29',
      latest: '2024-02-29',
    });
  });

  it('rejects 29 February in a common year', () => {
    expect(() => parseIsoPartial('2023-02-29')).toThrow(DateError);
    expect(() => parseIsoPartial('2023-02-29')).toThrow('"2023-02-29" has no day 29');
  });

  it.each(['2024-04-31', '2024-06-31', '2024-01-32', '2024-01-00'])('rejects the impossible day %s', (v) => {
    expect(() => parseIsoPartial(v)).toThrow(DateError);
  });

  it.each([
    ['2024-13', '"2024-13" has no month 13'],
    ['2024-00', '"2024-00" has no month 00'],
    ['2024-13-01', '"2024-13-01" has no month 13'],
  ])('rejects the month of %s', (value, message) => {
    expect(() => parseIsoPartial(value)).toThrow(message);
  });

  it.each(['', '21', '2024-1', '2024-01-1', '2024/01/01', '01-01-2024', '2024-01-01T00:00', ' 2024', 'year'])(
    'rejects the malformed %j',
    (value) => {
      expect(() => parseIsoPartial(value)).toThrow(DateError);
      expect(() => parseIsoPartial(value)).toThrow(`"${value}" is not an ISO date`);
    },
  );
});

describe('statedDate', () => {
  it('keeps the value and wording, not derived', () => {
    expect(statedDate('2024-07', 'in July 2024')).toEqual({
      value: '2024-07',
      precision: 'MONTH',
      earliest: '2024-07-01',
      latest: '2024-07-31',
      wording: 'in July 2024',
      derived: false,
      derivation: null,
    });
  });

  it('is derived exactly when a derivation is given', () => {
    const d = statedDate('2021', null, 'the year of the shooting');
    expect(d.derived).toBe(true);
    expect(d.derivation).toBe('the year of the shooting');
    expect(d.wording).toBeNull();
  });

  it('refuses an impossible value', () => {
    expect(() => statedDate('2023-02-29', 'x')).toThrow(DateError);
  });
});

describe('resolveRelativeDate', () => {
  it('reads "in January" as January of the source year, with the rule', () => {
    expect(resolveRelativeDate('in January', NEW_YEAR_2025, SOURCE)).toEqual({
      value: '2025-01',
      precision: 'MONTH',
      earliest: '2025-01-01',
      latest: '2025-01-31',
      wording: 'in January',
      derived: true,
      derivation: `"in January" read as January of the year of the date of ${SOURCE} (2025-01-01)`,
    });
  });

  it('reads "in May this year" as May of the source year and notes it falls after the source date', () => {
    const d = resolveRelativeDate('in May this year', NEW_YEAR_2025, SOURCE);
    expect(d.value).toBe('2025-05');
    expect(d.precision).toBe('MONTH');
    expect(d.earliest).toBe('2025-05-01');
    expect(d.latest).toBe('2025-05-31');
    expect(d.wording).toBe('in May this year');
    expect(d.derivation).toBe(
      `"in May this year" read as May of the year of the date of ${SOURCE} (2025-01-01); this falls after the source date itself`,
    );
  });

  it('adds no "falls after" note when the month starts on or before the source date', () => {
    expect(resolveRelativeDate('in January', NEW_YEAR_2025, SOURCE).derivation).not.toContain('falls after');
    expect(resolveRelativeDate('in March', '2025-06-15', SOURCE).derivation).not.toContain('falls after');
    expect(resolveRelativeDate('in June', '2025-06-15', SOURCE).derivation).not.toContain('falls after');
    expect(resolveRelativeDate('in July', '2025-06-15', SOURCE).derivation).toContain(
      '; this falls after the source date itself',
    );
  });

  it('is forgiving about case and spacing but keeps the original wording', () => {
    const d = resolveRelativeDate('  In   DECEMBER ', '2024-03-10', SOURCE);
    expect(d.value).toBe('2024-12');
    expect(d.wording).toBe('  In   DECEMBER ');
  });

  it('reads "on Wednesday" on a Wednesday as that very day', () => {
    const d = resolveRelativeDate('on Wednesday', NEW_YEAR_2025, SOURCE);
    expect(d).toEqual({
      value: '2025-01-01',
      precision: 'DAY',
      earliest: '2025-01-01',
      latest: '2025-01-01',
      wording: 'on Wednesday',
      derived: true,
      derivation: `"on Wednesday" read as the latest Wednesday on or before the date of ${SOURCE} (2025-01-01)`,
    });
  });

  it('reads "on Monday" as the latest Monday before, across the year boundary', () => {
    expect(resolveRelativeDate('on Monday', NEW_YEAR_2025, SOURCE).value).toBe('2024-12-30');
  });

  it.each([
    ['on Sunday', '2024-12-29'],
    ['on Tuesday', '2024-12-31'],
    ['on Thursday', '2024-12-26'],
    ['on Friday', '2024-12-27'],
    ['on Saturday', '2024-12-28'],
  ])('reads %s against 2025-01-01 as %s', (wording, expected) => {
    const d = resolveRelativeDate(wording, NEW_YEAR_2025, SOURCE);
    expect(d.value).toBe(expected);
    expect(d.derivation).not.toContain('falls after');
  });

  it('crosses a leap day going back', () => {
    // 2024-03-01 is a Friday; the Thursday before is 29 February.
    expect(resolveRelativeDate('on Thursday', '2024-03-01', SOURCE).value).toBe('2024-02-29');
  });

  it('reads "this year" as the source year', () => {
    const d = resolveRelativeDate('this year', NEW_YEAR_2025, SOURCE);
    expect(d).toMatchObject({
      value: '2025',
      precision: 'YEAR',
      earliest: '2025-01-01',
      latest: '2025-12-31',
    });
    expect(d.derivation).toBe(`"this year" read as the year of the date of ${SOURCE} (2025-01-01)`);
  });

  it('reads "yesterday" as the day before, across the year boundary', () => {
    const d = resolveRelativeDate('yesterday', NEW_YEAR_2025, SOURCE);
    expect(d).toMatchObject({ value: '2024-12-31', precision: 'DAY', derived: true, wording: 'yesterday' });
    expect(d.derivation).toBe(`"yesterday" read against the date of ${SOURCE} (2025-01-01)`);
    expect(resolveRelativeDate('yesterday', '2024-03-01', SOURCE).value).toBe('2024-02-29');
  });

  it('reads "today" as the source day', () => {
    expect(resolveRelativeDate('today', NEW_YEAR_2025, SOURCE).value).toBe('2025-01-01');
  });

  it.each(['last week', 'in Janvier', 'next Monday', 'on Funday', 'two days ago', 'in January last year'])(
    'refuses the unsupported wording %j, listing what is supported',
    (wording) => {
      expect(() => resolveRelativeDate(wording, NEW_YEAR_2025, SOURCE)).toThrow(DateError);
      expect(() => resolveRelativeDate(wording, NEW_YEAR_2025, SOURCE)).toThrow(
        `cannot resolve relative wording "${wording}"; supported: "in <Month>", "in <Month> this year", "on <Weekday>", "this year", "today", "yesterday" — otherwise give "value" and "derivation"`,
      );
    },
  );

  it.each(['2025-01', '2025'])('refuses a source dated only to %s', (sourceDate) => {
    expect(() => resolveRelativeDate('in January', sourceDate, SOURCE)).toThrow(DateError);
    expect(() => resolveRelativeDate('in January', sourceDate, SOURCE)).toThrow(
      `cannot resolve "in January": source ${SOURCE} is dated only to ${sourceDate}`,
    );
  });

  it('refuses a source date that is not a date', () => {
    expect(() => resolveRelativeDate('today', '', SOURCE)).toThrow(DateError);
    expect(() => resolveRelativeDate('today', '2023-02-29', SOURCE)).toThrow('has no day 29');
  });
});

describe('compareDates', () => {
  const year = statedDate('2024', null);
  const month = statedDate('2024-01', null);
  const day = statedDate('2024-01-01', null);

  it('puts YEAR before MONTH before DAY when they start on the same day', () => {
    expect(compareDates(year, month)).toBeLessThan(0);
    expect(compareDates(month, day)).toBeLessThan(0);
    expect(compareDates(year, day)).toBeLessThan(0);
    expect(compareDates(day, year)).toBeGreaterThan(0);
    expect([day, month, year].sort(compareDates)).toEqual([year, month, day]);
  });

  it('orders by first possible day before precision', () => {
    expect(compareDates(statedDate('2024-01-02', null), statedDate('2024-02', null))).toBeLessThan(0);
    expect(compareDates(statedDate('2025', null), statedDate('2024-12-31', null))).toBeGreaterThan(0);
    expect(compareDates(statedDate('2024-03', null), statedDate('2024-02-29', null))).toBeGreaterThan(0);
  });

  it('treats equal dates as equal', () => {
    expect(compareDates(statedDate('2024-05', 'a'), statedDate('2024-05', 'b'))).toBe(0);
    expect(compareDates(null, null)).toBe(0);
  });

  it('sorts undated last', () => {
    expect(compareDates(null, day)).toBeGreaterThan(0);
    expect(compareDates(day, null)).toBeLessThan(0);
    expect([null, day, null, year].sort(compareDates)).toEqual([year, day, null, null]);
  });

  it('ranks precisions coarse to fine', () => {
    expect([precisionRank('YEAR'), precisionRank('MONTH'), precisionRank('DAY')]).toEqual([0, 1, 2]);
  });
});

describe('chronological', () => {
  type Item = { id: string; seq: number; date: PartialDateModel | null };
  const item = (id: string, seq: number, date: string | null): Item => ({
    id,
    seq,
    date: date ? statedDate(date, null) : null,
  });
  const ids = (items: Item[]) => chronological(items).map((i) => i.id);

  it('sorts dated items by date regardless of source order', () => {
    expect(ids([item('c', 0, '2024-07'), item('a', 1, '2021-10-21'), item('b', 2, '2024')])).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('keeps an undated item right after the item told before it', () => {
    const items = [
      item('trial', 0, '2024-07'),
      item('aftermath', 1, null),
      item('shooting', 2, '2021-10-21'),
      item('appeal', 3, '2025'),
    ];
    expect(ids(items)).toEqual(['shooting', 'trial', 'aftermath', 'appeal']);
  });

  it('keeps several undated items together, in source order, after their anchor', () => {
    const items = [
      item('x', 0, '2024-03-01'),
      item('u1', 1, null),
      item('u2', 2, null),
      item('y', 3, '2024-02-01'),
      item('u3', 4, null),
    ];
    expect(ids(items)).toEqual(['y', 'u3', 'x', 'u1', 'u2']);
  });

  it('puts items told before any dated item first, in source order', () => {
    const items = [item('u1', 0, null), item('u2', 1, null), item('d', 2, '2020')];
    expect(ids(items)).toEqual(['u1', 'u2', 'd']);
    expect(ids([item('u', 0, null)])).toEqual(['u']);
  });

  it('keeps source order for ties, whatever order the input arrives in', () => {
    const items = [
      item('third', 2, '2024-01-01'),
      item('first', 0, '2024-01-01'),
      item('second', 1, '2024-01-01'),
    ];
    expect(ids(items)).toEqual(['first', 'second', 'third']);
  });

  it('breaks equal seq by id', () => {
    expect(ids([item('b', 0, '2024'), item('a', 0, '2024')])).toEqual(['a', 'b']);
  });

  it('puts a month-only item before the dated days of its month', () => {
    const items = [item('day', 0, '2024-07-09'), item('month', 1, '2024-07'), item('first', 2, '2024-07-01')];
    expect(ids(items)).toEqual(['month', 'first', 'day']);
  });

  it('does not mutate its input', () => {
    const items = [item('b', 1, '2025'), item('a', 0, '2024')];
    const copy = items.map((i) => ({ ...i }));
    chronological(items);
    expect(items).toEqual(copy);
  });
});
