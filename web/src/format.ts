import { docketFieldName } from './docketFields';
import type { DateFieldsFragment } from './gql/graphql';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A partial date at its real precision: `2021`, `July 2024`, `9 July 2024`, or for an
 * interval (RANGE, `2024-07-04/2024-08-03`) `between 4 July 2024 and 3 August 2024`.
 */
export function formatDate(d: Pick<DateFieldsFragment, 'value' | 'precision'>): string {
  if (d.precision === 'RANGE') {
    const [from, to] = d.value.split('/');
    if (from && to)
      return `between ${formatDate({ value: from, precision: 'DAY' })} and ${formatDate({ value: to, precision: 'DAY' })}`;
  }
  const [y, m, day] = d.value.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d.precision === 'YEAR' || !month) return y ?? d.value;
  if (d.precision === 'MONTH' || !day) return `${month} ${y}`;
  return `${Number(day)} ${month} ${y}`;
}

/** `PRIVATE_COUNSEL` → `private counsel`. */
export const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What kind of entity an id names, from its typed prefix (`person:…`). */
export function kindOfId(id: string): string {
  return id.slice(0, Math.max(0, id.indexOf(':')));
}

const TYPENAME_LABEL: Record<string, string> = {
  Person: 'People',
  Organization: 'Organizations',
  Group: 'Groups',
  Case: 'Cases',
  Charge: 'Charges',
  Claim: 'Claims',
  Incident: 'Incidents',
  Production: 'Productions',
  Court: 'Courts',
  Event: 'Events',
  Outcome: 'Outcomes',
  Statement: 'Statements',
};
export const groupLabel = (typename: string): string => TYPENAME_LABEL[typename] ?? typename;

/** The reference tokens of an RFC 6901 JSON pointer (`/parties/3/name` → `parties`, `3`, `name`). */
export const pointerTokens = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * A JSON pointer as a reader sees it, keys by their meaning and items counted from 1:
 * `/parties/3/attorneys/0/name` → `parties › 4 › attorneys › 1 › name`.
 */
export const readableLocator = (pointer: string): string =>
  pointer === ''
    ? 'the whole docket'
    : pointerTokens(pointer)
        .map((t) => (/^\d+$/.test(t) ? String(Number(t) + 1) : docketFieldName(t)))
        .join(' › ');
