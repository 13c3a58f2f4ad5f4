import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { SearchQuery } from '../operations';
import type { SearchMatchField, SearchQuery as SearchData } from '../gql/graphql';
import { capitalised, formatDate, groupLabel, words } from '../format';
import { navigate, nodePath } from '../router';
import { statementTitle } from './Statement';

/** The text that matched, when it is not the hit's label: shown under the hit. */
export type Matched = { field: SearchMatchField; text: string; source?: string; via?: string | null };
export type Hit = { id: string; typename: string; label: string; detail?: string; matched?: Matched };

/** What a docket's own text is, named before it: "nature of suit: “110 Insurance”". */
const DOCKET_FIELDS: Partial<Record<SearchMatchField, string>> = {
  NATURE_OF_SUIT: 'nature of suit',
  CAUSE: 'cause',
  DOCKET_NUMBER: 'docket number',
};
/** Kinds of text that are not a hit's label: worth showing under it. */
const SHOWN_FIELDS = new Set<SearchMatchField>([
  'DESCRIPTION',
  'CONTENT',
  'EVIDENCE',
  ...(Object.keys(DOCKET_FIELDS) as SearchMatchField[]),
]);
const PARTY_TYPES = new Set(['Person', 'Organization', 'Group']);
const PARTY_LINKS = new Set(['PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN']);

/** A link the quote was found through, in words: `as counsel in`, or `through a “charged” link`. */
function viaWords(via: string, typename: string): string {
  return PARTY_TYPES.has(typename) && PARTY_LINKS.has(via)
    ? `as ${words(via)}`
    : `through a “${words(via)}” link`;
}

/** The searched words in the order typed, lower-cased (the API matches a word or a word's beginning). */
const searchWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

const WORD = /[\p{L}\p{N}]+/u;

/**
 * Up to about `max` characters of `text` around its first searched word, cut at spaces
 * and marked with `…` where cut: a long quote is shown where it matched.
 */
function excerpt(text: string, wanted: readonly string[], max: number): string {
  if (text.length <= max) return text;
  let at = 0;
  for (const m of text.matchAll(new RegExp(WORD.source, 'gu'))) {
    if (wanted.some((w) => m[0].toLowerCase().startsWith(w))) {
      at = m.index;
      break;
    }
  }
  let start = Math.max(0, at - Math.floor(max / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + max);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** `text` (cut to about `max` characters around the match) with every word that begins with a searched word in <mark>. */
export function Highlighted({ text, query, max = 150 }: { text: string; query: string; max?: number }) {
  const wanted = searchWords(query);
  const parts = excerpt(text, wanted, max).split(new RegExp(`(${WORD.source})`, 'u'));
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && wanted.some((w) => part.toLowerCase().startsWith(w)) ? (
          <mark key={i}>{part}</mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Search hits as the explorer lists them: grouped by kind, each with the text that matched. */
export function groupHits(hits: SearchData['search']): [string, Hit[]][] {
  const byKind = new Map<string, Hit[]>();
  for (const h of hits) {
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
      case 'Event':
        hit = {
          id: n.id,
          typename: n.__typename,
          label: n.description,
          detail: n.date ? formatDate(n.date) : 'undated',
        };
        break;
      case 'Outcome':
        hit = {
          id: n.id,
          typename: n.__typename,
          label: capitalised(words(n.outcomeKind)),
          detail: `in ${n.case.caption}`,
        };
        break;
      case 'Statement':
        hit = { id: n.id, typename: n.__typename, label: statementTitle(n) };
        break;
      default:
        continue;
    }
    const best = h.matches[0];
    // An event's label is its description: the match is already in sight.
    if (best && SHOWN_FIELDS.has(best.field) && !(best.field === 'DESCRIPTION' && n.__typename === 'Event'))
      hit.matched = {
        field: best.field,
        text: best.text,
        source: best.evidence?.source.title,
        via: best.via,
      };
    byKind.set(hit.typename, [...(byKind.get(hit.typename) ?? []), hit]);
  }
  return [...byKind.entries()];
}

/** A hit as a list shows it: its label, a detail, and the text that matched when it is not the label. */
export function HitBody({ hit, query }: { hit: Hit; query: string }) {
  return (
    <>
      {hit.label}
      {hit.detail && <span className="detail"> — {hit.detail}</span>}
      {hit.matched && (
        <span className={`matched ${hit.matched.field.toLowerCase()}`}>
          <span className="matched-text">
            {DOCKET_FIELDS[hit.matched.field] && `${DOCKET_FIELDS[hit.matched.field]}: `}“
            <Highlighted text={hit.matched.text} query={query} />”
          </span>
          {hit.matched.source && (
            <span className="matched-source">
              {' '}
              — quoted from {hit.matched.source}
              {hit.matched.via && `, ${viaWords(hit.matched.via, hit.typename)}`}
            </span>
          )}
        </span>
      )}
    </>
  );
}

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

  const groups = useMemo(() => groupHits(data?.search ?? []), [data]);
  const flat = groups.flatMap(([, hits]) => hits);
  const shown = open && query !== '';
  // The header's search ends with an option that opens every hit on the results page.
  const allAt = onPick || !data ? -1 : flat.length;
  const options = flat.length + (allAt >= 0 ? 1 : 0);

  const choose = (hit: Hit | undefined) => {
    if (!hit && active === allAt) {
      setOpen(false);
      navigate(`/search?q=${encodeURIComponent(query)}`);
      return;
    }
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
        aria-activedescendant={shown && active < options ? `${listId}-${active}` : undefined}
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
            setActive((a) => Math.min(a + 1, options - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active === allAt ? undefined : flat[active]);
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
                    <HitBody hit={hit} query={query} />
                  </div>
                );
              })}
            </div>
          ))}
          {allAt >= 0 && (
            <div
              id={`${listId}-${allAt}`}
              role="option"
              aria-selected={active === allAt}
              className={active === allAt ? 'option all active' : 'option all'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(undefined)}
              onMouseEnter={() => setActive(allAt)}
            >
              All results for “{query}” →
            </div>
          )}
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
