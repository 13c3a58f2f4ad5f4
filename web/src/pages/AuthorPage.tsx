import { print } from 'graphql';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useClient } from 'urql';
import { AuthorSourceTextQuery, CheckDocumentQuery, LoadDocumentMutation } from '../operations';
import { nodePath } from '../router';
import { FactEditor } from '../author/FactEditor';
import { SourceText } from '../author/SourceText';
import { htmlToText } from '../author/html';
import { proposeDate, readDate, type Reading } from '../author/dates';
import { slugOf } from '../author/ids';
import {
  dateOf,
  emptyDraft,
  factOfPointer,
  factProblems,
  fromDocument,
  idOf,
  KIND_LABELS,
  labelOf,
  parseDraft,
  PARTY_KINDS,
  proposeFactId,
  documentIdOf,
  toDocument,
  type Built,
  type Draft,
  type Fact,
  type FactKind,
} from '../author/model';
import { findQuote, ordered, sentenceAround, storedText, type Span } from '../author/spans';
import { EVENT_OF_VERB, suggest, type Suggestion } from '../author/suggest';
import '../author/author.css';

// The authoring workspace: a source's text, spans selected in it, facts made from them,
// the draft checked by the server's own rules (a dry run) and loaded with the API token.
// The draft stays in localStorage; the token only in this tab's sessionStorage.

const DRAFT_KEY = 'litigation-graph:author-draft';
const TOKEN_KEY = 'litigation-graph:api-token';

type Issue = { path: string; message: string };
type Status = { kind: 'ok' | 'bad' | 'info'; text: string } | null;

const OUTCOME_OF_VERB: Record<string, string> = {
  convict: 'CONVICTION',
  sentence: 'SENTENCE',
  dismiss: 'DISMISSAL',
  settle: 'SETTLEMENT',
  release: 'PAROLE',
  acquit: 'ACQUITTAL',
};

function loadDraft(): Draft {
  try {
    return parseDraft(window.localStorage.getItem(DRAFT_KEY)) ?? emptyDraft();
  } catch {
    return emptyDraft();
  }
}

function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Sends an operation with plain fetch: the dry run and the load skip the page cache. */
async function send(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  try {
    return (await response.json()) as Awaited<ReturnType<typeof send>>;
  } catch {
    return { errors: [{ message: `The server answered ${response.status} ${response.statusText}` }] };
  }
}

/** The values a new fact starts with, read from its spans and the suggestions inside them. */
function startingValues(
  kind: FactKind,
  spans: Span[],
  draft: Draft,
  suggestions: readonly Suggestion[],
): Fact['values'] {
  const first = spans[0]?.quote ?? '';
  const inside = (k: Suggestion['kind']) =>
    suggestions.find((s) => s.kind === k && spans.some((sp) => s.start >= sp.start && s.end <= sp.end));
  const lastCase = [...draft.facts].reverse().find((f) => f.kind === 'case');
  const values: Fact['values'] = {};
  const date = inside('date');
  const verb = inside('verb')?.lemma;
  if (['role', 'counsel', 'judge', 'charge', 'claim', 'event', 'outcome'].includes(kind) && lastCase)
    values.case = idOf(lastCase);
  switch (kind) {
    case 'party': {
      const named =
        first.split(/\s+/).length <= 5 &&
        /^\p{Lu}/u.test(first) &&
        !/^(The|A|An|Her|His|Their)\b/.test(first);
      values.partyKind = inside('organization') ? 'ORGANIZATION' : 'PERSON';
      if (named) values.name = first.replace(/^(Judge|Justice|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+/, '');
      // A short phrase is the descriptor the text uses ("Hutchins' widower"); a sentence is not.
      else if (first.split(/\s+/).length <= 6) values.descriptor = first;
      break;
    }
    case 'case':
      values.captionKind = 'DESCRIPTIVE';
      values.status = 'UNKNOWN';
      break;
    case 'event':
      if (verb && EVENT_OF_VERB[verb]) values.eventKind = EVENT_OF_VERB[verb];
      values.description = first;
      break;
    case 'outcome':
      if (verb && OUTCOME_OF_VERB[verb]) values.outcomeKind = OUTCOME_OF_VERB[verb];
      break;
    case 'statement':
      values.content = first;
      values.directQuote = /^["“]/.test(first) ? 'yes' : 'no';
      if (verb === 'deny') values.statementKind = 'DENIAL';
      break;
    default:
  }
  const proposed = date && proposeDate(date.text);
  if (proposed && (kind === 'event' || kind === 'outcome' || kind === 'statement')) values.date = proposed;
  return values;
}

export function AuthorPage() {
  const client = useClient();
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [editing, setEditing] = useState<string[]>([]);
  const [picked, setPicked] = useState<Span[]>([]);
  const [findText, setFindText] = useState('');
  const [findNote, setFindNote] = useState('');
  const [newKind, setNewKind] = useState<FactKind>('party');
  const [pendingText, setPendingText] = useState(draft.source.text);
  const [editingText, setEditingText] = useState(draft.source.text === '');
  const [token, setToken] = useState(() => window.sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [issues, setIssues] = useState<{ list: Issue[]; built: Built } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [loaded, setLoaded] = useState<{ documentId: string; ids: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const ids = useId();
  const counter = useRef(Math.max(0, ...draft.facts.map((f) => Number(f.key.replace(/\D/g, '')) || 0)));

  useEffect(() => {
    try {
      window.localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // A full or disabled storage keeps the draft in this page only.
    }
  }, [draft]);
  useEffect(() => {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  }, [token]);

  const text = draft.source.text;
  const suggestions = useMemo(() => suggest(text), [text]);
  const built = useMemo(() => toDocument(draft), [draft]);
  const problemsOf = useCallback(
    (f: Fact) => [...factProblems(draft, f), ...(built.problems.get(f.key) ?? [])],
    [draft, built],
  );
  const issuesByFact = useMemo(() => {
    const by = new Map<string, string[]>();
    if (!issues) return by;
    for (const i of issues.list) {
      const key = factOfPointer(issues.built, i.path) ?? '';
      by.set(key, [...(by.get(key) ?? []), `${i.message}${i.path ? ` (at ${i.path})` : ''}`]);
    }
    return by;
  }, [issues]);

  const anchorOf = useCallback(
    (eventId: string): Reading | null => {
      const f = draft.facts.find((x) => idOf(x) === eventId);
      const d = f && dateOf(f);
      if (!d || d.mode === 'after') return null;
      try {
        return readDate(d, draft.source.date);
      } catch {
        return null;
      }
    },
    [draft],
  );

  const update = (fn: (d: Draft) => Draft) => setDraft((d) => fn(d));
  const withId = (d: Draft, f: Fact): Fact =>
    f.autoId ? { ...f, values: { ...f.values, id: proposeFactId(d, f) } } : f;
  const updateFact = (f: Fact) =>
    update((d) => ({ ...d, facts: d.facts.map((x) => (x.key === f.key ? withId(d, f) : x)) }));
  const addFact = (kind: FactKind, spans: Span[], extra: Partial<Fact> = {}) => {
    counter.current += 1;
    const key = `f${counter.current}`;
    update((d) => {
      const f: Fact = {
        key,
        kind,
        spans: ordered(spans),
        values: startingValues(kind, spans, d, suggestions),
        autoId: kind !== 'role' && kind !== 'counsel' && kind !== 'judge' && kind !== 'relationship',
        ...extra,
      };
      return { ...d, facts: [...d.facts, withId(d, f)] };
    });
    setEditing((e) => [...e, key]);
    return key;
  };

  const setSource = (patch: Partial<Draft['source']>) =>
    update((d) => {
      const source = { ...d.source, ...patch };
      if (
        patch.title !== undefined &&
        (d.source.id === '' || d.source.id === `source:${slugOf(d.source.title)}`)
      ) {
        source.id = patch.title.trim() ? `source:${slugOf(patch.title)}` : '';
      }
      return { ...d, source };
    });

  const useText = () => {
    const stored = storedText(pendingText);
    update((d) => ({
      ...d,
      source: { ...d.source, text: stored },
      facts: d.facts.map((f) => ({ ...f, spans: f.spans.map((s) => findQuote(stored, s.quote, s.start)) })),
    }));
    setEditingText(false);
    setPicked([]);
  };

  const openSourceFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const raw = await file.text();
    if (/\.html?$/i.test(file.name) || /^\s*<(!doctype|html)/i.test(raw)) {
      const { text: t, title } = htmlToText(raw);
      setPendingText(t);
      if (title && !draft.source.title) setSource({ title });
    } else setPendingText(storedText(raw));
    e.target.value = '';
  };

  const pick = (span: Span) => setPicked((p) => ordered([...p, span]));
  const findWords = () => {
    const words = findText.trim();
    if (!words) return;
    const hits: number[] = [];
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) hits.push(at);
    if (hits.length === 0) {
      setFindNote(
        `“${words}” is not in the text (it must match exactly, with its capitals and punctuation).`,
      );
      return;
    }
    const at = hits.find((h) => !picked.some((p) => p.start === h)) ?? hits[0]!;
    pick({ start: at, end: at + words.length, quote: words });
    setFindNote(
      hits.length > 1 ? `Selected occurrence ${hits.indexOf(at) + 1} of ${hits.length}.` : 'Selected.',
    );
    setFindText('');
  };

  const onSuggestion = (i: number) => {
    const s = suggestions[i];
    if (!s) return;
    const sentence = sentenceAround(text, s.start, s.end);
    if (s.kind === 'person' || s.kind === 'organization') {
      addFact('party', [{ start: s.start, end: s.end, quote: s.text }], {
        suggested: true,
        values: { partyKind: s.kind.toUpperCase(), name: s.text.replace(/^(Judge|Justice)\s+/, '') },
      });
    } else if (s.kind === 'verb' && s.lemma === 'deny') {
      addFact('statement', sentence ? [sentence] : [], { suggested: true });
    } else {
      addFact('event', sentence ? [sentence] : [], { suggested: true });
    }
    setStatus({
      kind: 'info',
      text: `Drafted a ${s.kind === 'verb' ? 'fact' : s.kind} from “${s.text}”: confirm it in the draft.`,
    });
  };

  const check = async (): Promise<Issue[] | null> => {
    setBusy(true);
    setStatus({ kind: 'info', text: 'Checking with the server…' });
    try {
      const snapshot = built;
      const answer = await send(print(CheckDocumentQuery), {
        document: snapshot.document,
        sources: snapshot.sources,
      });
      const list = (answer.data?.checkDocument as Issue[] | undefined) ?? null;
      if (!list) {
        setStatus({ kind: 'bad', text: `The check failed: ${answer.errors?.[0]?.message ?? 'no answer'}` });
        return null;
      }
      setIssues({ list, built: snapshot });
      setStatus(
        list.length === 0
          ? { kind: 'ok', text: 'The server finds no issue: the document would load.' }
          : {
              kind: 'bad',
              text: `The server would refuse the document: ${list.length} issue${list.length === 1 ? '' : 's'}, shown with their facts.`,
            },
      );
      return list;
    } catch (e) {
      setStatus({ kind: 'bad', text: `The server cannot be reached: ${(e as Error).message}` });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const load = async () => {
    setLoaded(null);
    if (!token.trim()) {
      setStatus({ kind: 'bad', text: 'Enter the API token to load the document: nothing was sent.' });
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: 'Loading…' });
    try {
      const snapshot = built;
      const answer = await send(
        print(LoadDocumentMutation),
        { document: snapshot.document, sources: snapshot.sources },
        token.trim(),
      );
      const result = answer.data?.loadDocument as
        { documentId: string; nodes: number; relationships: number } | undefined;
      if (result) {
        setIssues({ list: [], built: snapshot });
        setStatus({
          kind: 'ok',
          text: `Loaded document ${result.documentId}: ${result.nodes} nodes and ${result.relationships} relationships stated.`,
        });
        setLoaded({
          documentId: result.documentId,
          ids: [draft.source.id, ...draft.facts.filter((f) => !f.suggested && idOf(f)).map(idOf)],
        });
        return;
      }
      const error = answer.errors?.[0];
      const code = error?.extensions?.code;
      if (code === 'BAD_DOCUMENT') {
        const list = (error?.extensions?.issues as Issue[] | undefined) ?? [];
        setIssues({ list, built: snapshot });
        setStatus({
          kind: 'bad',
          text: `Refused, nothing was loaded: ${list.length} issue${list.length === 1 ? '' : 's'}, shown with their facts.`,
        });
      } else if (code === 'UNAUTHENTICATED') {
        setStatus({
          kind: 'bad',
          text: `The server refused the API token, nothing was loaded: ${error?.message ?? ''}`,
        });
      } else {
        setStatus({ kind: 'bad', text: `Nothing was loaded: ${error?.message ?? 'no answer'}` });
      }
    } catch (e) {
      setStatus({
        kind: 'bad',
        text: `The server cannot be reached, nothing was loaded: ${(e as Error).message}`,
      });
    } finally {
      setBusy(false);
    }
  };

  const openDocument = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    const json = files.find((f) => /\.json$/i.test(f.name)) ?? files[0];
    if (!json) return;
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(await json.text()) as Record<string, unknown>;
    } catch {
      setStatus({ kind: 'bad', text: `${json.name} is not JSON: the draft is unchanged.` });
      return;
    }
    if (doc.format !== 'litigation-graph') {
      setStatus({
        kind: 'bad',
        text: `${json.name} is not a document in the ingest format: the draft is unchanged.`,
      });
      return;
    }
    const sourceId = String(((doc.sources as { id?: string }[] | undefined) ?? [])[0]?.id ?? '');
    const textFile = files.find((f) => f !== json);
    let sourceText = textFile ? storedText(await textFile.text()) : null;
    if (sourceText === null && sourceId) {
      const answer = await client
        .query(AuthorSourceTextQuery, { id: sourceId }, { requestPolicy: 'network-only' })
        .toPromise();
      const node = answer.data?.node;
      sourceText = node && 'text' in node ? (node.text ?? null) : null;
    }
    if (sourceText === null) {
      setStatus({
        kind: 'bad',
        text: `The graph does not hold the text of ${sourceId || 'its source'}: open the document together with its source text file.`,
      });
      return;
    }
    const { draft: next, skipped } = fromDocument(doc, sourceText);
    counter.current = next.facts.length;
    setDraft(next);
    setPendingText(next.source.text);
    setEditingText(false);
    setEditing([]);
    setIssues(null);
    setLoaded(null);
    setStatus({
      kind: 'info',
      text: `Opened ${json.name}: ${next.facts.length} facts.${skipped.length ? ` Kept out (not editable here): ${skipped.join(', ')}.` : ''}`,
    });
  };

  const idsOfKinds = (kinds: readonly string[]) =>
    draft.facts.filter((f) => idOf(f) && kinds.some((k) => idOf(f).startsWith(`${k}:`)));
  const datalists: [string, readonly string[]][] = [
    ['party', PARTY_KINDS],
    ['person', ['person']],
    ['case', ['case']],
    ['court', ['court']],
    ['event', ['event']],
    [
      'any',
      [
        'person',
        'organization',
        'group',
        'case',
        'charge',
        'claim',
        'event',
        'incident',
        'production',
        'court',
      ],
    ],
  ];
  const quoted = useMemo(() => draft.facts.flatMap((f) => f.spans), [draft.facts]);
  const current = useMemo(
    () => draft.facts.filter((f) => editing.includes(f.key)).flatMap((f) => f.spans),
    [draft.facts, editing],
  );
  const general = [...(issuesByFact.get('') ?? []), ...(issuesByFact.get('source') ?? [])];
  const confirmed = draft.facts.filter((f) => !f.suggested);
  const suggestionGroups: [Suggestion['kind'], string][] = [
    ['person', 'People'],
    ['organization', 'Organisations'],
    ['date', 'Dates'],
    ['verb', 'Litigation verbs'],
  ];

  return (
    <div className="author">
      <h1>Add an article</h1>
      <p className="lede">
        Paste an article, select the words that state each fact, and load the facts with their quotes. The
        draft stays in this browser until you discard it.
      </p>

      <section aria-labelledby={`${ids}-src`} className="author-source">
        <h2 id={`${ids}-src`}>Source</h2>
        <div className="source-fields">
          {(
            [
              ['title', 'Title'],
              ['publisher', 'Publisher'],
              ['date', 'Date (YYYY-MM-DD)'],
              ['address', 'Address (URL)'],
              ['id', 'Source id'],
            ] as const
          ).map(([name, label]) => (
            <div className="field" key={name}>
              <label htmlFor={`${ids}-s-${name}`}>{label}</label>
              <input
                id={`${ids}-s-${name}`}
                value={draft.source[name]}
                onChange={(e) => setSource({ [name]: e.target.value })}
              />
            </div>
          ))}
          <div className="field">
            <label htmlFor={`${ids}-doc`}>Document id</label>
            <input
              id={`${ids}-doc`}
              value={draft.documentId}
              placeholder={slugOf(draft.source.title) || 'article'}
              onChange={(e) => update((d) => ({ ...d, documentId: e.target.value }))}
            />
          </div>
        </div>
        {general.length > 0 && (
          <ul className="fact-issues" aria-label="Issues of the source and the document">
            {general.map((g) => (
              <li key={g} className="server">
                Server: {g}
              </li>
            ))}
          </ul>
        )}
        {editingText ? (
          <div className="source-input">
            <label htmlFor={`${ids}-text`}>Text of the article</label>
            <textarea
              id={`${ids}-text`}
              rows={10}
              value={pendingText}
              onChange={(e) => setPendingText(e.target.value)}
              placeholder="Paste the article's text here, or open a file."
            />
            <div className="row">
              <label className="file">
                Open a file (text or HTML)
                <input
                  type="file"
                  accept=".txt,.text,.html,.htm,text/plain,text/html"
                  onChange={openSourceFile}
                />
              </label>
              <button type="button" onClick={useText} disabled={!pendingText.trim()}>
                Use this text
              </button>
            </div>
          </div>
        ) : (
          <p className="row">
            {text.length.toLocaleString('en')} characters, stored exactly as shown below.{' '}
            <button
              type="button"
              onClick={() => {
                setPendingText(text);
                setEditingText(true);
              }}
            >
              Change the text
            </button>
          </p>
        )}
      </section>

      {!editingText && text && (
        <div className="author-grid">
          <div className="author-reading">
            <h2>Text</h2>
            <p className="legend">
              <mark className="sg sg-person">person</mark>{' '}
              <mark className="sg sg-organization">organisation</mark>{' '}
              <mark className="sg sg-date">date</mark> <mark className="sg sg-verb">verb</mark>: suggestions,
              click one to draft a fact. <mark className="picked">selected</mark>{' '}
              <mark className="quoted">quoted by a fact</mark>
            </p>
            <SourceText
              text={text}
              suggestions={suggestions}
              picked={picked}
              quoted={quoted}
              current={current}
              onSelect={pick}
              onSuggestion={onSuggestion}
            />
          </div>

          <div className="author-side">
            <section aria-labelledby={`${ids}-sel`} className="selection">
              <h2 id={`${ids}-sel`}>Selected words</h2>
              <p className="hint">Select words in the text with the mouse, or type them here.</p>
              <form
                className="row"
                onSubmit={(e) => {
                  e.preventDefault();
                  findWords();
                }}
              >
                <label htmlFor={`${ids}-find`}>Words to select</label>
                <input id={`${ids}-find`} value={findText} onChange={(e) => setFindText(e.target.value)} />
                <button type="submit">Select</button>
              </form>
              <p className="hint" role="status">
                {findNote}
              </p>
              {picked.length > 0 ? (
                <>
                  <ol aria-label="Selected words" className="picked-list">
                    {picked.map((s, i) => (
                      <li key={`${s.start}-${s.end}`}>
                        <q>{s.quote}</q>{' '}
                        <button type="button" onClick={() => setPicked((p) => p.filter((_, j) => j !== i))}>
                          Unselect {i + 1}
                        </button>
                      </li>
                    ))}
                  </ol>
                  <div className="row">
                    <label htmlFor={`${ids}-kind`}>Kind of fact</label>
                    <select
                      id={`${ids}-kind`}
                      value={newKind}
                      onChange={(e) => setNewKind(e.target.value as FactKind)}
                    >
                      {(Object.keys(KIND_LABELS) as FactKind[]).map((k) => (
                        <option key={k} value={k}>
                          {KIND_LABELS[k]}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      onClick={() => {
                        addFact(newKind, picked);
                        setPicked([]);
                        setFindNote('');
                      }}
                    >
                      Create the fact
                    </button>
                    <button type="button" onClick={() => setPicked([])}>
                      Clear
                    </button>
                  </div>
                </>
              ) : (
                <p className="muted">Nothing selected.</p>
              )}
            </section>

            <details className="suggestions">
              <summary>Suggestions ({suggestions.length})</summary>
              {suggestionGroups.map(([kind, label]) => {
                const items = suggestions.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === kind);
                if (items.length === 0) return null;
                return (
                  <div key={kind}>
                    <h3>{label}</h3>
                    <ul className="suggestion-list">
                      {items.map(({ s, i }) => (
                        <li key={i}>
                          <button type="button" onClick={() => onSuggestion(i)}>
                            Draft from “{s.text}”
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </details>

            <section aria-labelledby={`${ids}-draft`} className="draft">
              <h2 id={`${ids}-draft`}>
                Draft: {confirmed.length} fact{confirmed.length === 1 ? '' : 's'}
                {draft.facts.length > confirmed.length
                  ? `, ${draft.facts.length - confirmed.length} suggested`
                  : ''}
              </h2>
              {draft.facts.length === 0 && (
                <p className="muted">No facts yet: select words, then create a fact.</p>
              )}
              <ol className="facts-list">
                {draft.facts.map((f, i) => {
                  const problems = problemsOf(f);
                  const serverIssues = issuesByFact.get(f.key) ?? [];
                  if (editing.includes(f.key))
                    return (
                      <li key={f.key}>
                        <FactEditor
                          fact={f}
                          index={i}
                          text={text}
                          sourceDate={draft.source.date}
                          problems={problems}
                          issues={serverIssues}
                          picked={picked}
                          anchorOf={anchorOf}
                          onChange={(next) => {
                            updateFact(next);
                            if (next.spans.length > f.spans.length) setPicked([]);
                          }}
                          onRemove={() => {
                            update((d) => ({ ...d, facts: d.facts.filter((x) => x.key !== f.key) }));
                            setEditing((e) => e.filter((k) => k !== f.key));
                          }}
                          onClose={() => setEditing((e) => e.filter((k) => k !== f.key))}
                        />
                      </li>
                    );
                  return (
                    <li key={f.key} className={f.suggested ? 'fact-row suggested' : 'fact-row'}>
                      <span className="kind">{KIND_LABELS[f.kind]}</span> <span>{labelOf(f)}</span>{' '}
                      {idOf(f) && <code>{idOf(f)}</code>} {f.suggested && <em>suggested</em>}{' '}
                      <span className="muted">
                        {f.spans.length} quote{f.spans.length === 1 ? '' : 's'}
                      </span>
                      {(problems.length > 0 || serverIssues.length > 0) && (
                        <span className="bad"> {problems.length + serverIssues.length} to fix</span>
                      )}{' '}
                      <button
                        type="button"
                        aria-label={`Edit fact ${i + 1}: ${KIND_LABELS[f.kind]} ${labelOf(f)}`}
                        onClick={() => setEditing((e) => [...e, f.key])}
                      >
                        Edit
                      </button>
                      {serverIssues.length > 0 && (
                        <ul className="fact-issues">
                          {serverIssues.map((s) => (
                            <li key={s} className="server">
                              Server: {s}
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>
          </div>
        </div>
      )}

      <section aria-labelledby={`${ids}-load`} className="author-actions">
        <h2 id={`${ids}-load`}>Check and load</h2>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void load();
          }}
        >
          <button type="button" onClick={() => void check()} disabled={busy || !text}>
            Check with the server
          </button>
          <label htmlFor={`${ids}-token`}>API token</label>
          <input
            id={`${ids}-token`}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-describedby={`${ids}-token-hint`}
          />
          <button type="submit" disabled={busy || !text}>
            Load into the graph
          </button>
        </form>
        <p id={`${ids}-token-hint`} className="hint">
          The token is kept for this tab only (sessionStorage), never in the address or the saved draft.
        </p>
        <div role="status" aria-live="polite" className={status ? `status ${status.kind}` : 'status'}>
          {status?.text}
        </div>
        {loaded && (
          <div className="loaded">
            <p>The new facts, on their pages:</p>
            <ul>
              {[...new Set(loaded.ids)].map((id) => (
                <li key={id}>
                  {/* A full page load: the page cache may hold what the graph said before the load. */}
                  <a href={nodePath(id)}>{id}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="row">
          <button
            type="button"
            disabled={!text}
            onClick={() =>
              download(
                `${documentIdOf(draft)}.json`,
                `${JSON.stringify(built.document, null, 2)}\n`,
                'application/json',
              )
            }
          >
            Download the document
          </button>
          <button
            type="button"
            disabled={!text}
            onClick={() =>
              download(
                `${slugOf(draft.source.id.replace(/^source:/, '')) || 'article'}.txt`,
                text,
                'text/plain',
              )
            }
          >
            Download the source text
          </button>
          <label className="file">
            Open a downloaded document
            <input
              type="file"
              multiple
              accept=".json,.txt,application/json,text/plain"
              onChange={(e) => void openDocument(e)}
            />
          </label>
          {discarding ? (
            <>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setDraft(emptyDraft());
                  setPendingText('');
                  setEditingText(true);
                  setEditing([]);
                  setPicked([]);
                  setIssues(null);
                  setLoaded(null);
                  setStatus(null);
                  setDiscarding(false);
                }}
              >
                Discard everything
              </button>
              <button type="button" onClick={() => setDiscarding(false)}>
                Keep the draft
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setDiscarding(true)}>
              Start a new draft
            </button>
          )}
        </div>
      </section>
      {datalists.map(([name, kinds]) => (
        <datalist key={name} id={`author-ids-${name}`}>
          {idsOfKinds(kinds).map((f) => (
            <option key={f.key} value={idOf(f)}>
              {labelOf(f)}
            </option>
          ))}
        </datalist>
      ))}
    </div>
  );
}

export default AuthorPage;
