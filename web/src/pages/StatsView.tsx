import { useQuery } from 'urql';
import { StatsQueryDoc } from '../operations';
import type { StatsQuery } from '../gql/graphql';
import { ErrorState, Loading } from '../components/States';
import { Link, nodePath } from '../router';
import { words } from '../format';

type Stats = StatsQuery['outcomeStats'];
type Bucket = Stats['byKind'][number];

/** `verbatim`: labels are the sources' words (a nature of suit), not enum values to soften. */
function Bars({
  title,
  buckets,
  link,
  verbatim,
}: {
  title: string;
  buckets: readonly Bucket[];
  link?: boolean;
  verbatim?: boolean;
}) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  return (
    <section className="bars" aria-label={title}>
      <h2 className="bars-title">{title}</h2>
      {buckets.length === 0 ? (
        <p className="state empty">None.</p>
      ) : (
        <table>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.key ?? 'unknown'}>
                <th scope="row">
                  {link && b.key ? (
                    <Link to={nodePath(b.key)}>{b.label}</Link>
                  ) : b.key === b.label && !verbatim ? (
                    words(b.label)
                  ) : (
                    b.label
                  )}
                </th>
                <td className="bar-cell">
                  <span className="bar" style={{ width: `${(b.count / max) * 100}%` }} aria-hidden="true" />
                </td>
                <td className="num">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type Times = Stats['timeToDisposition']['overall'];
const days = (n: number | null | undefined) => (n == null ? '—' : `${Math.round(n)} d`);

function TimesTable({
  title,
  rows,
  verbatim,
}: {
  title: string;
  rows: readonly { key?: string | null; label: string; times: Times }[];
  verbatim?: boolean;
}) {
  return (
    <table className="times">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Cases</th>
          <th scope="col">Median</th>
          <th scope="col">25th–75th</th>
          <th scope="col">Range</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key ?? r.label}>
            <th scope="row">
              {r.key === r.label && !verbatim ? words(r.label) : r.label}
              {r.times.approximate && (
                <span title="Some dates are known only to the month or year, or derived"> ≈</span>
              )}
            </th>
            <td className="num">{r.times.cases}</td>
            <td className="num">{days(r.times.medianDays)}</td>
            <td className="num">
              {days(r.times.p25Days)}–{days(r.times.p75Days)}
            </td>
            <td className="num">
              {days(r.times.minDays)}–{days(r.times.maxDays)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatsView() {
  const [{ data, fetching, error }] = useQuery({ query: StatsQueryDoc });
  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="statistics" />;
  const s = data.outcomeStats;
  const t = s.timeToDisposition;
  return (
    <article className="stats">
      <h1>Outcomes</h1>
      <p>
        {s.outcomeCount} outcomes over {s.caseCount} cases.
      </p>
      <div className="stats-grid">
        <Bars title="By kind of outcome" buckets={s.byKind} />
        <Bars title="By kind of case" buckets={s.byCaseKind} />
        <Bars title="By court" buckets={s.byCourt} link />
        <Bars title="By nature of suit" buckets={s.byNatureOfSuit} verbatim />
        <Bars title="By deciding judge" buckets={s.byJudge} link />
      </div>
      <h2>Time from filing to disposition</h2>
      <p className="hint">
        ≈ marks figures resting on dates known only to the month or year, or derived from relative wording.
      </p>
      <TimesTable title="Overall" rows={[{ key: 'all', label: 'All cases', times: t.overall }]} />
      <TimesTable title="By kind of case" rows={t.byCaseKind} />
      <TimesTable title="By court" rows={t.byCourt} />
      <TimesTable title="By nature of suit" rows={t.byNatureOfSuit} verbatim />
      <TimesTable title="By deciding judge" rows={t.byJudge} />
      <h2>Parties in the most cases</h2>
      <ol className="top-parties">
        {s.topParties.map((p) => (
          <li key={p.party.id}>
            <Link to={nodePath(p.party.id)}>{p.party.displayName}</Link>: {p.cases} case
            {p.cases > 1 ? 's' : ''} ({p.roles.map(words).join(', ')})
          </li>
        ))}
      </ol>
    </article>
  );
}
