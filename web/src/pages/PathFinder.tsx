import { useQuery } from 'urql';
import { PathsQuery } from '../operations';
import { Search } from '../components/Search';
import { ErrorState, Loading } from '../components/States';
import { sourceLink } from '../components/Evidence';
import { words } from '../format';
import { Link, navigate, nodePath, useLocation } from '../router';

/** Shortest connections between two entities, each step with the sentences that state it. */
type Named =
  | { __typename: string; id: string; displayName?: string; caption?: string; name?: string }
  | null
  | undefined;
const nameOf = (n: Named, id: string) => n?.displayName ?? n?.caption ?? n?.name ?? id;

export function PathFinder() {
  const { search } = useLocation();
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const set = (key: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    navigate(`/paths?${next.toString()}`);
  };
  const ready = from !== '' && to !== '' && from !== to;
  const [{ data, fetching, error }] = useQuery({ query: PathsQuery, variables: { from, to }, pause: !ready });
  return (
    <article className="paths">
      <h1>Path finder</h1>
      <p>How are two entities connected? Pick both; the shortest connections are shown step by step.</p>
      <div className="path-pickers">
        <div>
          <Search label="From" onPick={(h) => set('from', h.id)} placeholder="A person, a case…" />
          <p className="picked">
            From: {from ? <Link to={nodePath(from)}>{nameOf(data?.fromNode, from)}</Link> : <i>not chosen</i>}
          </p>
        </div>
        <div>
          <Search label="To" onPick={(h) => set('to', h.id)} placeholder="A person, a case…" />
          <p className="picked">
            To: {to ? <Link to={nodePath(to)}>{nameOf(data?.toNode, to)}</Link> : <i>not chosen</i>}
          </p>
        </div>
      </div>
      {from !== '' && from === to && <p className="state empty">Choose two different entities.</p>}
      {error && <ErrorState error={error} />}
      {fetching && <Loading what="paths" />}
      {data && !fetching && (
        <section aria-labelledby="paths-h">
          <h2 id="paths-h">
            {data.paths.length === 0
              ? !data.fromNode || !data.toNode
                ? 'Unknown id'
                : 'No connection within 6 steps'
              : `${data.paths.length} shortest path${data.paths.length > 1 ? 's' : ''} of ${data.paths[0]?.length} steps`}
          </h2>
          {data.paths.map((p, i) => (
            <div className="path" key={i}>
              <h3>Path {i + 1}</h3>
              <p className="rendering">{p.rendering}</p>
              <ol className="steps">
                {p.steps.map((s, j) => (
                  <li key={j} className="step">
                    <Link to={nodePath(s.from.id)}>{s.from.displayName}</Link>{' '}
                    <span className="edge-label">
                      {s.direction === 'FORWARD' ? `—${s.edge.label}→` : `←${s.edge.label}—`}
                    </span>{' '}
                    <Link to={nodePath(s.to.id)}>{s.to.displayName}</Link>{' '}
                    <span className="detail">({words(s.edge.kind)})</span>
                    <ul className="step-evidence">
                      {s.edge.evidence.map((e, k) => (
                        <li key={k}>
                          <q>{e.quote}</q> —{' '}
                          <Link to={sourceLink(e.source.id, e.quote)}>{e.source.title}</Link>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
