import { useQuery } from 'urql';
import { HomeQuery } from '../operations';
import type { FacetFieldsFragment } from '../gql/graphql';
import { capitalised, words } from '../format';
import { Link, nodePath } from '../router';

const START = [
  ['case:baldwin-criminal', 'The criminal case against Alec Baldwin'],
  ['person:alec-baldwin', 'Alec Baldwin'],
  ['person:kari-morrissey', 'Kari Morrissey'],
  ['incident:rust-shooting', 'The Rust set shooting'],
] as const;

/** A count per value, each leading to the cases page filtered by it. */
function Holdings({
  title,
  values,
  param,
  raw,
}: {
  title: string;
  values: FacetFieldsFragment['kind'];
  param: string;
  raw?: boolean;
}) {
  return (
    <section className="holdings" aria-labelledby={`holds-${param}`}>
      <h3 id={`holds-${param}`}>{title}</h3>
      <ul>
        {values.map((v) => (
          <li key={v.value ?? 'none'}>
            {v.value === null ? (
              v.label
            ) : (
              <Link to={`/cases?${param}=${encodeURIComponent(v.value)}`}>
                {raw ? v.label : capitalised(words(v.label))}
              </Link>
            )}{' '}
            <span className="count">{v.cases}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Home() {
  const [{ data }] = useQuery({ query: HomeQuery });
  const f = data?.caseFacets;
  return (
    <article className="home">
      <h1>Who sued whom, and how we know</h1>
      <p>
        A knowledge graph of litigation. Search above for a person, a case, a charge or a claim; every fact on
        every page opens the sentence of the source that states it.
      </p>
      <h2>What the graph holds</h2>
      {f ? (
        <>
          <p>
            <Link to="/cases">
              Browse all {f.total} case{f.total === 1 ? '' : 's'}
            </Link>{' '}
            with filters by court, kind, status, nature of suit, dates, party, lawyer, firm and judge, or see{' '}
            <Link to="/rankings">who appears in the most cases</Link>.
          </p>
          <div className="holdings-grid">
            <Holdings title="By kind" values={f.kind} param="kind" />
            <Holdings title="By status" values={f.status} param="status" />
            <Holdings title="By court" values={f.court} param="court" raw />
          </div>
        </>
      ) : (
        <p>
          <Link to="/cases">Browse the cases</Link> or see{' '}
          <Link to="/rankings">who appears in the most cases</Link>.
        </p>
      )}
      <h2>Start here</h2>
      <ul>
        {START.map(([id, label]) => (
          <li key={id}>
            <Link to={nodePath(id)}>{label}</Link>
          </li>
        ))}
        <li>
          <Link to="/paths?from=person%3Akari-morrissey&to=person%3Ahalyna-hutchins">
            How is Kari Morrissey connected to Halyna Hutchins?
          </Link>
        </li>
        <li>
          <Link to="/stats">How do the cases end?</Link>
        </li>
      </ul>
    </article>
  );
}
