import { print } from 'graphql';
import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { AuthorNodeQuery, AuthorSearchQuery } from '../operations';
import { proposeDate, readDate, type DraftDate, type Reading } from './dates';
import { ID_PATTERN } from './ids';
import { FIELDS, KIND_LABELS, labelOf, type FieldSpec, type Fact, type Value } from './model';
import { findQuote, matches, type Span } from './spans';

// One fact of the draft: its quotes (editable; a quote the text no longer holds is said at
// once), its fields, what keeps it from loading, and for parties, cases and courts a
// search of the graph that links the mention to an entity it already holds.

export interface IdOption {
  id: string;
  label: string;
}

/** What the graph holds that a mention can be linked to. */
export interface GraphHit {
  id: string;
  typename: string;
  label: string;
  caption?: string;
  captionKind?: string;
  caseKind?: string;
  status?: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Typeahead over the API's `search`: the hits of the wanted kinds, each a button that links it. */
export function GraphLink({
  label,
  types,
  initial,
  onPick,
}: {
  label: string;
  types: readonly string[];
  initial: string;
  onPick: (hit: GraphHit) => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const wanted = useDebounced(text.trim(), 250);
  const [result] = useQuery({
    query: AuthorSearchQuery,
    variables: { text: wanted },
    pause: wanted.length < 2,
  });
  const hits: GraphHit[] = [];
  for (const h of result.data?.search ?? []) {
    const n = h.node;
    if (!types.includes(n.__typename)) continue;
    if ('displayName' in n) hits.push({ id: n.id, typename: n.__typename, label: n.displayName });
    else if ('caption' in n)
      hits.push({
        id: n.id,
        typename: n.__typename,
        label: n.caption,
        caption: n.caption,
        captionKind: n.captionKind,
        caseKind: n.caseKind,
        status: n.status,
      });
    else if ('name' in n) hits.push({ id: n.id, typename: n.__typename, label: n.name });
  }
  return (
    <div className="graph-link">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
      {wanted.length >= 2 && (
        <ul aria-label={`${label}: results`} aria-live="polite">
          {result.fetching && <li className="muted">Searching…</li>}
          {!result.fetching && hits.length === 0 && <li className="muted">Nothing in the graph.</li>}
          {hits.slice(0, 6).map((h) => (
            <li key={h.id}>
              <button type="button" onClick={() => onPick(h)}>
                Use {h.label} <code>{h.id}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Says when a new fact's id is one the graph already holds: loading would restate that entity.
 * Asked with plain fetch, so that the page cache never keeps the "no such node" answer for an
 * id that the load is about to create.
 */
function HeldId({ id }: { id: string }) {
  const wanted = useDebounced(id, 400);
  const [held, setHeld] = useState<{ id: string; typename: string } | null>(null);
  useEffect(() => {
    setHeld(null);
    if (!ID_PATTERN.test(wanted)) return;
    const abort = new AbortController();
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(AuthorNodeQuery), variables: { id: wanted } }),
      signal: abort.signal,
    })
      .then((r) => r.json() as Promise<{ data?: { node?: { __typename: string; id: string } | null } }>)
      .then((answer) => {
        const node = answer.data?.node;
        if (node) setHeld({ id: node.id, typename: node.__typename });
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [wanted]);
  if (!held || held.id !== id) return null;
  return (
    <p className="held-id" role="note">
      The graph already holds <code>{id}</code> ({held.typename.toLowerCase()}): loading would restate it.
      Link it with “Find it in the graph” if it is the same, or choose another id.
    </p>
  );
}

function DateField({
  spec,
  value,
  onChange,
  sourceDate,
  anchorOf,
  fieldId,
}: {
  spec: FieldSpec;
  value: DraftDate | undefined;
  onChange: (v: DraftDate | undefined) => void;
  sourceDate: string;
  anchorOf: (eventId: string) => Reading | null;
  fieldId: string;
}) {
  const d: DraftDate = value ?? { mode: 'stated', wording: '', value: '' };
  let reading: string;
  let bad = false;
  if (!value || (d.wording === '' && (d.mode !== 'stated' || d.value === ''))) reading = 'no date';
  else if (d.mode === 'stated' && d.value === '') {
    reading = `the loader cannot read “${d.wording}” as a date: give its value, or read it another way`;
    bad = true;
  } else {
    try {
      const r = readDate(d, sourceDate, anchorOf);
      reading = `the loader reads ${r.value}${r.value.includes('/') || r.earliest === r.latest ? '' : ` (${r.earliest} to ${r.latest})`}${
        d.mode === 'stated' ? '' : `: ${r.rule}`
      }${r.afterSource ? '; after the source’s own date (it will be flagged)' : ''}`;
    } catch (e) {
      reading = (e as Error).message;
      bad = true;
    }
  }
  const set = (
    patch: Partial<{ mode: string; wording: string; value: string; after: string; offsetDays: number }>,
  ) => {
    const next = { ...d, ...patch } as Record<string, unknown>;
    const mode = next.mode as DraftDate['mode'];
    const wording = String(next.wording ?? '');
    if (mode === 'stated') onChange({ mode, wording, value: String(next.value ?? '') });
    else if (mode === 'source') onChange({ mode, wording });
    else
      onChange({ mode, wording, after: String(next.after ?? ''), offsetDays: Number(next.offsetDays ?? 0) });
  };
  return (
    <fieldset className="date-field">
      <legend>{spec.label}</legend>
      <label htmlFor={`${fieldId}-w`}>As worded</label>
      <input
        id={`${fieldId}-w`}
        value={d.wording}
        placeholder="e.g. in March 2024"
        onChange={(e) => {
          // No words, no date: a date is always kept with its wording.
          if (e.target.value.trim() === '') return onChange(undefined);
          const proposed = proposeDate(e.target.value);
          if (proposed?.mode === 'after' && d.mode === 'after') onChange({ ...proposed, after: d.after });
          else if (proposed) onChange(proposed);
          else set({ wording: e.target.value });
        }}
      />
      <label htmlFor={`${fieldId}-m`}>Read as</label>
      <select id={`${fieldId}-m`} value={d.mode} onChange={(e) => set({ mode: e.target.value })}>
        <option value="stated">a stated date</option>
        <option value="source">relative to the source’s date</option>
        <option value="after">counted from an event</option>
      </select>
      {d.mode === 'stated' && (
        <>
          <label htmlFor={`${fieldId}-v`}>Value</label>
          <input
            id={`${fieldId}-v`}
            value={d.value}
            placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
            onChange={(e) => set({ value: e.target.value })}
          />
        </>
      )}
      {d.mode === 'after' && (
        <>
          <label htmlFor={`${fieldId}-a`}>Event</label>
          <input
            id={`${fieldId}-a`}
            value={d.after}
            list="author-ids-event"
            onChange={(e) => set({ after: e.target.value })}
          />
          <label htmlFor={`${fieldId}-o`}>Days after</label>
          <input
            id={`${fieldId}-o`}
            type="number"
            value={d.offsetDays}
            onChange={(e) => set({ offsetDays: Number(e.target.value) })}
          />
        </>
      )}
      <p className={bad ? 'date-reading bad' : 'date-reading'} role={bad ? 'alert' : undefined}>
        {reading}
      </p>
    </fieldset>
  );
}

export function FactEditor({
  fact,
  index,
  text,
  sourceDate,
  problems,
  issues,
  picked,
  anchorOf,
  onChange,
  onRemove,
  onClose,
}: {
  fact: Fact;
  index: number;
  text: string;
  sourceDate: string;
  problems: readonly string[];
  issues: readonly string[];
  picked: readonly Span[];
  anchorOf: (eventId: string) => Reading | null;
  onChange: (fact: Fact) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const base = useId();
  const title = `Fact ${index + 1}: ${KIND_LABELS[fact.kind]}`;
  const setValue = (name: string, v: Value) =>
    onChange({ ...fact, values: { ...fact.values, [name]: v }, ...(name === 'id' ? { autoId: false } : {}) });
  const setSpan = (i: number, quote: string) => {
    const old = fact.spans[i];
    const spans = fact.spans.map((s, j) => (j === i ? findQuote(text, quote, old?.start ?? 0) : s));
    onChange({ ...fact, spans });
  };
  const linkTypes =
    fact.kind === 'party' ? ['Person', 'Organization', 'Group'] : fact.kind === 'case' ? ['Case'] : [];
  return (
    <article className="fact-editor" aria-label={title}>
      <h3>
        {title} <span className="muted">{labelOf(fact)}</span>
      </h3>
      {fact.suggested && (
        <p className="suggested-note">
          Suggested from the text: confirm it to put it in the document.{' '}
          <button type="button" onClick={() => onChange({ ...fact, suggested: false })}>
            Confirm
          </button>
        </p>
      )}
      {fact.existing && (
        <p className="linked-note">
          Linked to <code>{String(fact.values.id)}</code>, which the graph already holds
          {fact.kind === 'party' ? ': the document refers to it and does not restate it.' : '.'}{' '}
          <button type="button" onClick={() => onChange({ ...fact, existing: false })}>
            Unlink
          </button>
        </p>
      )}
      <ol className="quotes" aria-label={`${title}: quotes`}>
        {fact.spans.map((s, i) => {
          const ok = matches(text, s);
          return (
            <li key={i}>
              <label htmlFor={`${base}-q${i}`}>Quote {i + 1}</label>
              <textarea
                id={`${base}-q${i}`}
                value={s.quote}
                rows={Math.min(4, Math.ceil(s.quote.length / 70))}
                aria-invalid={!ok}
                onChange={(e) => setSpan(i, e.target.value)}
              />
              {!ok && (
                <span className="bad" role="alert">
                  This quote is not in the source text: the loader would refuse it.
                </span>
              )}
              <button
                type="button"
                onClick={() => onChange({ ...fact, spans: fact.spans.filter((_, j) => j !== i) })}
              >
                Remove quote {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      {picked.length > 0 && (
        <button
          type="button"
          onClick={() => onChange({ ...fact, spans: [...fact.spans, ...picked] })}
          data-attach="true"
        >
          Add the selected words as evidence
        </button>
      )}
      {linkTypes.length > 0 && (
        <GraphLink
          label="Find it in the graph"
          types={linkTypes}
          initial={String(fact.values.name ?? fact.values.caption ?? '')}
          onPick={(hit) =>
            onChange({
              ...fact,
              existing: true,
              autoId: false,
              values: {
                ...fact.values,
                id: hit.id,
                ...(fact.kind === 'party'
                  ? { partyKind: hit.typename.toUpperCase(), name: hit.label, descriptor: '' }
                  : {
                      caption: hit.caption,
                      captionKind: hit.captionKind,
                      caseKind: hit.caseKind,
                      status: hit.status,
                    }),
              },
            })
          }
        />
      )}
      {!fact.existing && typeof fact.values.id === 'string' && fact.values.id !== '' && (
        <HeldId id={fact.values.id} />
      )}
      {fact.kind === 'case' && (
        <GraphLink
          label="Find its court in the graph"
          types={['Court']}
          initial=""
          onPick={(hit) => onChange({ ...fact, values: { ...fact.values, court: hit.id } })}
        />
      )}
      <div className="fields">
        {FIELDS[fact.kind].map((f) => {
          const fieldId = `${base}-${f.name}`;
          const v = fact.values[f.name];
          if (f.type === 'date')
            return (
              <DateField
                key={f.name}
                spec={f}
                fieldId={fieldId}
                value={v && typeof v === 'object' && !Array.isArray(v) ? v : undefined}
                onChange={(d) => setValue(f.name, d)}
                sourceDate={sourceDate}
                anchorOf={anchorOf}
              />
            );
          const str = Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
          return (
            <div className="field" key={f.name}>
              <label htmlFor={fieldId}>
                {f.label}
                {f.required ? ' *' : ''}
                {f.name === 'id' && fact.autoId ? ' (proposed)' : ''}
              </label>
              {f.type === 'enum' ? (
                <select id={fieldId} value={str} onChange={(e) => setValue(f.name, e.target.value)}>
                  <option value="">—</option>
                  {f.options?.map((o) => (
                    <option key={o} value={o}>
                      {o.toLowerCase().replace(/_/g, ' ')}
                    </option>
                  ))}
                </select>
              ) : f.type === 'bool' ? (
                <select id={fieldId} value={str} onChange={(e) => setValue(f.name, e.target.value)}>
                  <option value="">not said</option>
                  <option value="yes">yes</option>
                  <option value="no">no</option>
                </select>
              ) : (
                <input
                  id={fieldId}
                  value={str}
                  inputMode={f.type === 'int' ? 'numeric' : undefined}
                  list={
                    f.type === 'ref' || f.type === 'refs'
                      ? `author-ids-${f.refKinds?.length === 1 ? f.refKinds[0] : f.refKinds?.includes('person') && f.refKinds.length === 3 ? 'party' : 'any'}`
                      : undefined
                  }
                  onChange={(e) =>
                    setValue(f.name, f.type === 'refs' ? e.target.value.split(/[\s,]+/) : e.target.value)
                  }
                  aria-describedby={f.hint ? `${fieldId}-hint` : undefined}
                />
              )}
              {f.hint && (
                <span id={`${fieldId}-hint`} className="hint">
                  {f.hint}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {(problems.length > 0 || issues.length > 0) && (
        <ul className="fact-issues" aria-label={`${title}: issues`}>
          {problems.map((p) => (
            <li key={`p-${p}`}>{p}</li>
          ))}
          {issues.map((p) => (
            <li key={`s-${p}`} className="server">
              Server: {p}
            </li>
          ))}
        </ul>
      )}
      <div className="fact-actions">
        <button type="button" onClick={onClose}>
          Done
        </button>
        <button type="button" className="danger" onClick={onRemove}>
          Remove fact {index + 1}
        </button>
      </div>
    </article>
  );
}
