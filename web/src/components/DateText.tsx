import type { DateFieldsFragment } from '../gql/graphql';
import { formatDate } from '../format';

/** A date at the precision the sources give, with the words it comes from and how a derived date was read. */
export function DateText({
  date,
  undated = 'undated',
}: {
  date?: DateFieldsFragment | null;
  undated?: string;
}) {
  if (!date) return <span className="date undated">{undated}</span>;
  return (
    <span className="date" title={date.derivation ?? date.wording ?? undefined}>
      <time dateTime={date.precision === 'RANGE' ? date.earliest : date.value}>{formatDate(date)}</time>
      {date.derived ? (
        <span className="derived"> (derived from “{date.wording ?? 'relative wording'}”)</span>
      ) : (
        date.precision !== 'DAY' && <span className="precision"> ({date.precision.toLowerCase()} only)</span>
      )}
    </span>
  );
}
