import { useQuery } from 'urql';
import { RankingsQuery } from '../operations';
import type { RankingSubject } from '../gql/graphql';
import { filterOf, filterParams, listUrl } from '../caseFilterUrl';
import { filterNameVariables, filterWords } from '../components/FilterSummary';
import { ErrorState, Loading } from '../components/States';
import { words } from '../format';
import { Link, nodePath, useLocation } from '../router';

const PAGE_SIZE = 25;

/** Each subject: its tab label, and the case-list parameter that filters by one of its entities. */
const SUBJECTS: readonly [RankingSubject, string, string][] = [
  ['FIRM', 'Firms', 'firm'],
  ['LAWYER', 'Lawyers', 'lawyer'],
  ['JUDGE', 'Judges', 'judge'],
  ['COURT', 'Courts', 'court'],
  ['PARTY', 'Parties', 'party'],
];

const ROLE_HINT: Record<RankingSubject, string> = {
  FIRM: 'cases in which a lawyer acts from the firm or office; roles are those of the clients it represents',
  LAWYER: 'cases in which the lawyer appears as counsel; roles are those of the clients',
  JUDGE: 'cases the judge sits on',
  COURT: 'cases in the court',
  PARTY: 'cases the party takes part in, other than as counsel or judge',
};

/** The subject a URL names; firms when it names none. */
function subjectOf(search: URLSearchParams): RankingSubject {
  const by = search.get('by');
  return SUBJECTS.find(([s]) => s === by)?.[0] ?? 'FIRM';
}

export function RankingsPage() {
  const { path, search } = useLocation();
  const subject = subjectOf(search);
  const filter = filterOf(search);
  const [{ data, fetching, error }] = useQuery({
    query: RankingsQuery,
    variables: {
      subject,
      filter,
      first: PAGE_SIZE,
      after: search.get('after'),
      ...filterNameVariables(search),
    },
  });
  const param = SUBJECTS.find(([s]) => s === subject)?.[2] ?? 'party';
  // The same filter on the cases page: `by` and the cursor are this page's own.
  const casesSearch = filterParams(search);
  const conditions = filterWords(search, data);
  const r = data?.rankings;
  const max = Math.max(1, ...(r?.edges.map((e) => e.node.cases) ?? []));
  return (
    <article className="rankings-page">
      <h1>Who appears most</h1>
      <p className="lede">
        {conditions.length ? (
          <>
            Over the cases with {conditions.join('; ')}.{' '}
            <Link to={listUrl('/cases', casesSearch, {})}>See or change these cases</Link>
            {' · '}
            <Link to={listUrl(path, new URLSearchParams({ by: subject }), {})}>Rank over all cases</Link>
          </>
        ) : (
          <>
            Over every case in the graph. To rank within some cases, filter them on the{' '}
            <Link to="/cases">cases page</Link> and follow “Rank who appears in these cases”.
          </>
        )}
      </p>
      <nav className="tabs" aria-label="Rank">
        {SUBJECTS.map(([s, label]) => (
          <Link
            key={s}
            to={listUrl(path, search, { by: s, after: null })}
            aria-current={s === subject ? 'page' : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
      <p className="hint">Counting {ROLE_HINT[subject]}. Ties are ordered by name.</p>
      {error ? (
        <ErrorState error={error} />
      ) : !r ? (
        <Loading what="the ranking" />
      ) : (
        <section aria-labelledby="ranking-h" aria-busy={fetching}>
          <h2 id="ranking-h">
            <span role="status" aria-live="polite">
              {r.totalCount === 0
                ? 'Nobody appears in these cases.'
                : `${r.totalCount} ${SUBJECTS.find(([s]) => s === subject)?.[1].toLowerCase()} in ${r.caseCount} case${r.caseCount === 1 ? '' : 's'}`}
            </span>
          </h2>
          {r.edges.length > 0 && (
            <table className="ranking">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Name</th>
                  <th scope="col" colSpan={2}>
                    Cases
                  </th>
                  <th scope="col">Roles</th>
                </tr>
              </thead>
              <tbody>
                {r.edges.map(({ node: e }) => (
                  <tr key={e.id}>
                    <td className="num">{e.position}</td>
                    <th scope="row">
                      <Link to={nodePath(e.id)}>{e.name}</Link>
                    </th>
                    <td className="bar-cell">
                      <span
                        className="bar"
                        style={{ width: `${(e.cases / max) * 100}%` }}
                        aria-hidden="true"
                      />
                    </td>
                    <td className="num">
                      <Link
                        to={listUrl('/cases', casesSearch, { [param]: e.id })}
                        aria-label={`${e.cases} case${e.cases === 1 ? '' : 's'} of ${e.name}`}
                      >
                        {e.cases}
                      </Link>
                    </td>
                    <td>{e.roles.map((x) => `${words(x.role)} ${x.cases}`).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav className="pager" aria-label="Pages of the ranking">
            {search.get('after') && <Link to={listUrl(path, search, { after: null })}>← From the top</Link>}
            {r.pageInfo.hasNextPage && r.pageInfo.endCursor && (
              <Link to={listUrl(path, search, { after: r.pageInfo.endCursor })}>Next {PAGE_SIZE} →</Link>
            )}
          </nav>
        </section>
      )}
    </article>
  );
}
