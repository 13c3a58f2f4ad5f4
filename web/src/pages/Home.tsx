import { Link, nodePath } from '../router';

const START = [
  ['case:baldwin-criminal', 'The criminal case against Alec Baldwin'],
  ['person:alec-baldwin', 'Alec Baldwin'],
  ['person:kari-morrissey', 'Kari Morrissey'],
  ['incident:rust-shooting', 'The Rust set shooting'],
] as const;

export function Home() {
  return (
    <article className="home">
      <h1>Who sued whom, and how we know</h1>
      <p>
        A knowledge graph of litigation. Search above for a person, a case, a charge or a claim; every fact on
        every page opens the sentence of the source that states it.
      </p>
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
