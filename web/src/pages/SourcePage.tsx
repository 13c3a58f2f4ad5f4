import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { SourcePageQueryDoc } from '../operations';
import type { SourcePageQuery } from '../gql/graphql';
import { DateText } from '../components/DateText';
import { ErrorState, Loading, NotFound } from '../components/States';
import { words } from '../format';
import { Link, nodePath, useLocation } from '../router';
import { DocketSource } from './DocketSource';

type Citation = SourcePageQuery['citations'][number];
type Range = { n: number; quote: string; start: number; end: number };

/** Splits the text at every quote's start and end, so overlapping quotes each stay marked. */
function segments(
  text: string,
  ranges: readonly Range[],
): { start: number; end: number; covering: Range[] }[] {
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort(
    (x, y) => x - y,
  );
  return cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1] ?? text.length;
    return { start, end, covering: ranges.filter((r) => r.start <= start && r.end >= end) };
  });
}

function Fact({ c }: { c: Citation }) {
  const node = <Link to={nodePath(c.node.id)}>{c.node.displayName}</Link>;
  switch (c.field) {
    case 'DESCRIPTOR':
      return (
        <>
          {node} is called “{c.detail}”
        </>
      );
    case 'OFFICE':
      return (
        <>
          {node} holds the office {c.detail}
        </>
      );
    case 'RELATIONSHIP':
      return (
        <>
          {node} <span className="edge-label">{c.edge?.label}</span>{' '}
          {c.target && <Link to={nodePath(c.target.id)}>{c.target.displayName}</Link>}
        </>
      );
    default:
      return (
        <>
          {node} ({words(c.node.kind)})
        </>
      );
  }
}

/**
 * The whole text of a source with every quoted sentence highlighted and numbered; each
 * number leads to the facts the sentence supports. The quote the reader came from
 * (`?quote=`) is marked as current and scrolled into view.
 */
export function SourcePage({ id }: { id: string }) {
  const { search } = useLocation();
  const current = search.get('quote') ?? '';
  const at = search.get('at');
  const [{ data, fetching, error }] = useQuery({ query: SourcePageQueryDoc, variables: { id } });
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [current, data]);
  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="the source" />;
  const s = data.node;
  if (!s || s.__typename !== 'Source') return <NotFound id={id} />;
  const text = s.text ?? '';
  const header = (
    <header className="entity-header">
      <p className="kind">Source · {s.sourceKind.toLowerCase()}</p>
      <h1>{s.title}</h1>
      <p>
        {s.publisher ?? 'Publisher not stated'}, <DateText date={s.date} /> · <code>{s.identifier}</code>
      </p>
    </header>
  );
  // A docket's text is its JSON: shown as fields, each quote found by its pointer.
  if (s.sourceKind === 'DOCKET' && text !== '')
    return (
      <article className="entity source docket">
        {header}
        <DocketSource text={text} citations={data.citations} at={at} quote={current} />
      </article>
    );
  const quotes = [...new Set([...data.citations.map((c) => c.quote), ...(current ? [current] : [])])];
  const ranges: Range[] = quotes
    .map((quote, i) => ({
      n: i + 1,
      quote,
      start: text.indexOf(quote),
      end: text.indexOf(quote) + quote.length,
    }))
    .filter((r) => r.start >= 0 && r.quote !== '');
  const currentRange = ranges.find((r) => r.quote === current);
  let placed = false;
  const body: ReactNode[] = segments(text, ranges).map((seg, i) => {
    const piece = text.slice(seg.start, seg.end);
    const isCurrent = currentRange !== undefined && seg.covering.includes(currentRange);
    const ends = ranges.filter((r) => r.end === seg.end);
    const refs =
      ends.length > 0 ? (
        <sup className="ref">
          {ends.map((r, j) => (
            <Fragment key={r.n}>
              {j > 0 && ','}
              <a href={`#fact-${r.n}`} id={`ref-${r.n}`} aria-label={`Facts from passage ${r.n}`}>
                {r.n}
              </a>
            </Fragment>
          ))}
        </sup>
      ) : null;
    if (seg.covering.length === 0) return <Fragment key={i}>{piece}</Fragment>;
    const first = isCurrent && !placed;
    if (first) placed = true;
    return (
      <Fragment key={i}>
        <mark className={isCurrent ? 'current' : undefined} ref={first ? mark : undefined}>
          {piece}
        </mark>
        {refs}
      </Fragment>
    );
  });
  return (
    <article className="entity source">
      {header}
      {current && !currentRange && (
        <p className="state error" role="alert">
          The quote “{current}” is not in this source’s text.
        </p>
      )}
      <p className="hint">
        {ranges.length} quoted passages support {data.citations.length} facts. Each number leads to the facts
        its passage states.
      </p>
      <section aria-label="Full text" className="source-text">
        {text === '' ? <p className="state empty">The text of this source is not loaded.</p> : <p>{body}</p>}
      </section>
      <section aria-labelledby="facts-h">
        <h2 id="facts-h">What each passage supports</h2>
        <ol className="citations">
          {ranges.map((r) => {
            const facts = data.citations.filter((c) => c.quote === r.quote);
            return (
              <li key={r.n} id={`fact-${r.n}`} value={r.n}>
                <q>{r.quote}</q> <a href={`#ref-${r.n}`}>back to the text</a>
                <ul>
                  {facts.length === 0 && <li>No fact in the graph cites this passage.</li>}
                  {facts.map((c, i) => (
                    <li key={i}>
                      <Fact c={c} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
