import { type FormEvent } from 'react';
import { useQuery } from 'urql';
import { SearchQuery } from '../operations';
import { groupHits, HitBody } from '../components/Search';
import { ErrorState, Loading } from '../components/States';
import { groupLabel } from '../format';
import { Link, navigate, nodePath, useLocation } from '../router';

const MAX_HITS = 100;

/** Every hit of a search (up to the API's 100), grouped by kind, each with the text that matched. */
export function SearchPage() {
  const { search } = useLocation();
  const q = (search.get('q') ?? '').trim();
  const [{ data, fetching, error }] = useQuery({
    query: SearchQuery,
    variables: { text: q, first: MAX_HITS },
    pause: !q,
  });
  const groups = groupHits(data?.search ?? []);
  const count = data?.search.length ?? 0;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = String(new FormData(e.currentTarget).get('q') ?? '').trim();
    navigate(text ? `/search?q=${encodeURIComponent(text)}` : '/search');
  };
  return (
    <article className="search-page">
      <h1>Search</h1>
      <form role="search" onSubmit={submit} key={q} className="search-form">
        <label htmlFor="search-page-q">Words to find</label>
        <input id="search-page-q" name="q" type="search" defaultValue={q} />
        <button type="submit">Search</button>
      </form>
      <p className="hint">
        Names, captions, charges, claims, natures of suit, causes, docket numbers, courts, events, outcomes,
        what statements say and every quoted sentence. Each word must match a word or its beginning.
      </p>
      {!q ? null : error ? (
        <ErrorState error={error} />
      ) : fetching || !data ? (
        <Loading what="the results" />
      ) : (
        <>
          <p role="status" aria-live="polite">
            {count === 0
              ? `Nothing matches “${q}”.`
              : `${count === MAX_HITS ? `The first ${MAX_HITS}` : count} result${count === 1 ? '' : 's'} for “${q}”, in ${groups.length} kind${groups.length === 1 ? '' : 's'}.`}{' '}
            {count > 0 && (
              <>
                Cases only, with filters:{' '}
                <Link to={`/cases?q=${encodeURIComponent(q)}`}>on the cases page</Link>.
              </>
            )}
          </p>
          {groups.length > 1 && (
            <nav aria-label="Kinds of results" className="kind-jump">
              {groups.map(([kind, hits]) => (
                <a key={kind} href={`#hits-${kind}`}>
                  {groupLabel(kind)} ({hits.length})
                </a>
              ))}
            </nav>
          )}
          {groups.map(([kind, hits]) => (
            <section key={kind} aria-labelledby={`hits-${kind}`} className="hit-group">
              <h2 id={`hits-${kind}`}>
                {groupLabel(kind)} <span className="count">{hits.length}</span>
              </h2>
              <ol className="hits">
                {hits.map((hit) => (
                  <li key={hit.id}>
                    <Link to={nodePath(hit.id)} className="hit-link">
                      <HitBody hit={hit} query={q} />
                    </Link>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </article>
  );
}
