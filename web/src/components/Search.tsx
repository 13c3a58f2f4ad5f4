import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { SearchQuery } from '../operations';
import { groupLabel, words } from '../format';
import { navigate, nodePath } from '../router';

export type Hit = { id: string; typename: string; label: string; detail?: string };

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

/**
 * Search as you type (ARIA combobox): hits grouped by kind, arrow keys move, Enter opens.
 * With `onPick` it picks an entity instead of opening its page (the path finder).
 */
export function Search({
  label,
  onPick,
  placeholder = 'Search people, cases, charges…',
  initial = '',
}: {
  label: string;
  onPick?: (hit: Hit) => void;
  placeholder?: string;
  initial?: string;
}) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 150);
  const [{ data, fetching, error }] = useQuery({
    query: SearchQuery,
    variables: { text: query },
    pause: !query,
  });
  const listId = useId();
  const inputId = useId();

  const groups = useMemo(() => {
    const byKind = new Map<string, Hit[]>();
    for (const h of data?.search ?? []) {
      const n = h.node;
      let hit: Hit;
      switch (n.__typename) {
        case 'Person':
        case 'Organization':
        case 'Group':
          hit = { id: n.id, typename: n.__typename, label: n.displayName };
          break;
        case 'Case':
          hit = {
            id: n.id,
            typename: n.__typename,
            label: n.caption,
            detail: `${words(n.kind)}, ${words(n.status)}`,
          };
          break;
        case 'Charge':
        case 'Claim':
          hit = { id: n.id, typename: n.__typename, label: n.label };
          break;
        case 'Incident':
          hit = { id: n.id, typename: n.__typename, label: n.name };
          break;
        case 'Production':
          hit = { id: n.id, typename: n.__typename, label: n.title };
          break;
        case 'Court':
          hit = { id: n.id, typename: n.__typename, label: n.name };
          break;
        default:
          continue;
      }
      byKind.set(hit.typename, [...(byKind.get(hit.typename) ?? []), hit]);
    }
    return [...byKind.entries()];
  }, [data]);
  const flat = groups.flatMap(([, hits]) => hits);
  const shown = open && query !== '';

  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    if (onPick) {
      setText(hit.label);
      onPick(hit);
    } else {
      setText('');
      navigate(nodePath(hit.id));
    }
  };

  let index = -1;
  return (
    <div className="search">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && flat[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, flat.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(flat[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <div className="search-results" hidden={!shown}>
        <div id={listId} role="listbox" aria-label={`${label}: results`}>
          {groups.map(([kind, hits]) => (
            <div role="group" key={kind} aria-labelledby={`${listId}-${kind}`}>
              <div className="group-label" id={`${listId}-${kind}`} role="presentation">
                {groupLabel(kind)}
              </div>
              {hits.map((hit) => {
                index += 1;
                const i = index;
                return (
                  <div
                    key={hit.id}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? 'option active' : 'option'}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(hit)}
                    onMouseEnter={() => setActive(i)}
                  >
                    {hit.label}
                    {hit.detail && <span className="detail"> — {hit.detail}</span>}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div className="search-status" role="status" aria-live="polite">
          {fetching
            ? 'Searching…'
            : error
              ? `Search failed: ${error.graphQLErrors[0]?.message ?? error.message}`
              : data && flat.length === 0
                ? `Nothing matches “${query}”.`
                : data
                  ? `${flat.length} result${flat.length === 1 ? '' : 's'}`
                  : ''}
        </div>
      </div>
    </div>
  );
}
