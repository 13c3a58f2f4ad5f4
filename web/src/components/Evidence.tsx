import { useId, useState } from 'react';
import type { EvidenceFieldsFragment } from '../gql/graphql';
import { readableLocator } from '../format';
import { Link, nodePath } from '../router';

/** The source page with this quote current; for a docket, `at` names the field it comes from. */
export const sourceLink = (sourceId: string, quote: string, locator?: string | null) =>
  `${nodePath(sourceId)}?quote=${encodeURIComponent(quote)}${locator != null ? `&at=${encodeURIComponent(locator)}` : ''}`;

/** The evidence marker next to a fact: opens the quotes that state it, each linked to its source. */
export function Evidence({ items, fact }: { items: readonly EvidenceFieldsFragment[]; fact: string }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  if (items.length === 0) return null;
  return (
    <span className="evidence">
      <button
        type="button"
        className="ev-marker"
        aria-expanded={open}
        aria-controls={panel}
        aria-label={`Evidence for ${fact}: ${items.length} quote${items.length > 1 ? 's' : ''}`}
        title="Show the source sentences"
        onClick={() => setOpen(!open)}
      >
        {items.length}
      </button>
      {open && (
        <span className="ev-panel" id={panel} role="region" aria-label={`Evidence for ${fact}`}>
          {items.map((e, i) => (
            <span className="ev-item" key={i}>
              <q className="quote">{e.quote}</q>
              {e.locator != null && (
                <span className="ev-field">
                  {' '}
                  from the field <code title={e.locator}>{readableLocator(e.locator)}</code>
                </span>
              )}
              <span className="ev-source">
                — <Link to={sourceLink(e.source.id, e.quote, e.locator)}>{e.source.title}</Link>
                {e.source.publisher ? `, ${e.source.publisher}` : ''}
                {e.source.date ? `, ${e.source.date.value}` : ''}
              </span>
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
