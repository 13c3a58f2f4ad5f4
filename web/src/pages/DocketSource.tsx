import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { SourcePageQuery } from '../gql/graphql';
import { docketFieldName } from '../docketFields';
import { readableLocator } from '../format';
import { Link, nodePath } from '../router';

type Citation = SourcePageQuery['citations'][number];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every scalar of the docket with its JSON pointer, in document order. */
function leaves(value: Json, pointer = ''): { pointer: string; value: string }[] {
  if (value === null || typeof value !== 'object') return [{ pointer, value: String(value) }];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => leaves(v, `${pointer}/${escapeToken(k)}`));
}

// Arrays longer than this (docket entries, long party lists) start collapsed.
const OPEN_UP_TO = 12;

function JsonView({
  value,
  pointer,
  at,
  quoted,
  mark,
}: {
  value: Json;
  pointer: string;
  at: string | null;
  quoted: Set<string>;
  mark: RefObject<HTMLElement>;
}): ReactNode {
  if (value === null || typeof value !== 'object') {
    const current = pointer === at;
    const text = value === null ? '—' : String(value);
    if (current)
      return (
        <mark className="current" data-locator={pointer} ref={mark}>
          {text}
        </mark>
      );
    return (
      <span className={quoted.has(pointer) ? 'quoted' : undefined} data-locator={pointer}>
        {text}
      </span>
    );
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return <span className="empty-value">none</span>;
  const list = (
    <dl className={Array.isArray(value) ? 'json-array' : 'json-object'}>
      {entries.map(([k, v]) => {
        const child = `${pointer}/${escapeToken(k)}`;
        return (
          <div key={k} className="json-entry">
            <dt title={Array.isArray(value) ? undefined : k}>
              {Array.isArray(value) ? `${Number(k) + 1}.` : docketFieldName(k)}
            </dt>
            <dd>
              <JsonView value={v} pointer={child} at={at} quoted={quoted} mark={mark} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
  if (!Array.isArray(value) || value.length <= OPEN_UP_TO) return list;
  const holdsCurrent = at !== null && at.startsWith(`${pointer}/`);
  return (
    <details open={holdsCurrent}>
      <summary>{value.length} items</summary>
      {list}
    </details>
  );
}

/**
 * A docket source: its JSON as a structured view (never sentence highlighting in raw JSON),
 * with the field the reader came from (`?at=` pointer) marked and scrolled to, then every
 * quoted field with its value and the facts its quote supports.
 */
export function DocketSource({
  text,
  citations,
  at,
  quote,
}: {
  text: string;
  citations: readonly Citation[];
  at: string | null;
  quote: string;
}) {
  const mark = useRef<HTMLElement>(null);
  const parsed = useMemo((): Json | undefined => {
    try {
      return JSON.parse(text) as Json;
    } catch {
      return undefined;
    }
  }, [text]);
  const all = useMemo(() => (parsed === undefined ? [] : leaves(parsed)), [parsed]);
  // Each cited quote with the fields whose value holds it (the citations do not carry pointers).
  const fields = useMemo(() => {
    // The quote the reader came from is listed even when no citation lists it (a case's docket field).
    const quotes = [...new Set([...(quote ? [quote] : []), ...citations.map((c) => c.quote)])];
    // A value equal to the quote is its field; failing that, the values that contain it.
    return quotes.map((q) => {
      const equal = all.filter((l) => l.value === q);
      return {
        quote: q,
        at: (equal.length > 0 ? equal : all.filter((l) => l.value.includes(q))).map((l) => l.pointer),
        facts: citations.filter((c) => c.quote === q),
      };
    });
  }, [citations, all, quote]);
  const quoted = useMemo(() => new Set(fields.flatMap((f) => f.at)), [fields]);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [at, parsed]);
  if (parsed === undefined) return <pre className="source-json">{text}</pre>;
  const currentValue = at === null ? undefined : all.find((l) => l.pointer === at);
  return (
    <>
      {at !== null && (
        <p className="docket-current" role="status">
          {currentValue ? (
            <>
              The quote comes from the field <code>{readableLocator(at)}</code> (<code>{at}</code>), marked
              below.
            </>
          ) : (
            <span className="state error">
              This docket has no field at <code>{at}</code>.
            </span>
          )}
          {currentValue && quote && !currentValue.value.includes(quote) && (
            <span className="state error"> Its value does not hold the quote “{quote}”.</span>
          )}
        </p>
      )}
      <section aria-label="The docket" className="source-text docket-view">
        <JsonView value={parsed} pointer="" at={at} quoted={quoted} mark={mark} />
      </section>
      <section aria-labelledby="facts-h">
        <h2 id="facts-h">What each quoted field supports</h2>
        <table className="docket-fields">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Quote</th>
              <th scope="col">Facts</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr
                key={f.quote}
                className={at !== null && f.quote === quote && f.at.includes(at) ? 'current' : undefined}
              >
                <td>
                  {f.at.slice(0, 3).map((p) => (
                    <code key={p} title={p}>
                      {readableLocator(p)}
                    </code>
                  ))}
                  {f.at.length > 3 && <span> and {f.at.length - 3} more</span>}
                </td>
                <td>
                  <q>{f.quote}</q>
                </td>
                <td>
                  <ul>
                    {f.facts.length === 0 && <li>the fact you came from</li>}
                    {f.facts.map((c, i) => (
                      <li key={i}>
                        <Link to={nodePath(c.node.id)}>{c.node.displayName}</Link>
                        {c.field === 'RELATIONSHIP' && c.edge && (
                          <>
                            {' '}
                            <span className="edge-label">{c.edge.label}</span>{' '}
                            {c.target && <Link to={nodePath(c.target.id)}>{c.target.displayName}</Link>}
                          </>
                        )}
                        {c.field === 'DESCRIPTOR' && <> is called “{c.detail}”</>}
                        {c.field === 'OFFICE' && <> holds the office {c.detail}</>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
