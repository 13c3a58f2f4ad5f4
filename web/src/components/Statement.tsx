import type { StatementFieldsFragment, StatementKind } from '../gql/graphql';
import { DateText } from './DateText';
import { Evidence } from './Evidence';
import { capitalised, words } from '../format';
import { Link, nodePath } from '../router';

// What a party says is its assertion, never a fact of the graph: statements are drawn in
// their own style (`.assertion`), labelled with their kind, and kept out of the facts lists.

/** `Denial`, `Allegation`…; a direct quote is a `Statement` (as the API's timeline words it). */
export const statementKindWord = (kind: StatementKind): string =>
  kind === 'QUOTE' ? 'Statement' : capitalised(words(kind));

/** The label that says what a statement is worth: a party's word, not a finding. */
export function assertionLabel(kind: StatementKind): string {
  if (kind === 'ALLEGATION') return 'Allegation — not a finding';
  if (kind === 'QUOTE') return 'Quoted statement — a party’s own words';
  return `${statementKindWord(kind)} — a party’s statement`;
}

/** The short form of the label, next to a statement's own line (`Denial by …`). */
export const assertionTag = (kind: StatementKind): string =>
  kind === 'ALLEGATION' ? 'not a finding' : 'a party’s statement';

/** `Denial by Alec Baldwin`, `Announcement by Luke Nikas for Alec Baldwin`. */
export function statementTitle(s: {
  statementKind: StatementKind;
  speaker: { displayName: string };
  onBehalfOf?: { displayName: string } | null;
}): string {
  const behalf = s.onBehalfOf ? ` for ${s.onBehalfOf.displayName}` : '';
  return `${statementKindWord(s.statementKind)} by ${s.speaker.displayName}${behalf}`;
}

type Subject = StatementFieldsFragment['about'][number];

function subjectLabel(a: Subject): string {
  switch (a.__typename) {
    case 'Case':
      return a.caption;
    case 'Claim':
    case 'Charge':
      return a.label;
    case 'Event':
      return a.description;
    case 'Outcome':
      return capitalised(words(a.outcomeKind));
    case 'Incident':
      return a.name;
    default:
      return a.displayName;
  }
}

/** `Denial by <Alec Baldwin>: “…”`, the speaker (and whom they spoke for) linked. */
export function StatementLine({ s, linkKind = true }: { s: StatementFieldsFragment; linkKind?: boolean }) {
  const kind = statementKindWord(s.statementKind);
  return (
    <span className="st-line">
      {linkKind ? <Link to={nodePath(s.id)}>{kind}</Link> : kind} by{' '}
      <Link to={nodePath(s.speaker.id)}>{s.speaker.displayName}</Link>
      {s.onBehalfOf && (
        <>
          {' '}
          on behalf of <Link to={nodePath(s.onBehalfOf.id)}>{s.onBehalfOf.displayName}</Link>
        </>
      )}
      : <span className="st-content">“{s.content}”</span>
    </span>
  );
}

/**
 * One statement as an assertion: its label, who said it (for whom), what they said,
 * how the source reports it, when, what it is about, and the sentences that report it.
 */
export function StatementBlock({ s, linkKind = true }: { s: StatementFieldsFragment; linkKind?: boolean }) {
  const title = statementTitle(s);
  return (
    <div className={`assertion kind-${s.statementKind.toLowerCase()}`} data-statement={s.id}>
      <p className="assertion-label">{assertionLabel(s.statementKind)}</p>
      <p className="st-said">
        <StatementLine s={s} linkKind={linkKind} />
        <Evidence items={s.evidence} fact={title} />
      </p>
      <p className="st-meta">
        {s.directQuote ? 'In the speaker’s own words' : 'As the source reports it'}
        {s.attribution && <> (“{s.attribution}”)</>} · <DateText date={s.date} undated="no source dates it" />
      </p>
      {s.about.length > 0 && (
        <p className="st-about">
          About:{' '}
          {s.about.map((a, i) => (
            <span key={a.id}>
              {i > 0 && '; '}
              <Link to={nodePath(a.id)}>{subjectLabel(a)}</Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** A list of statements, each an assertion block; `empty` when there are none. */
export function StatementList({
  statements,
  empty,
}: {
  statements: readonly StatementFieldsFragment[];
  empty: string;
}) {
  if (statements.length === 0) return <p className="state empty">{empty}</p>;
  return (
    <ul className="statements">
      {statements.map((s) => (
        <li key={s.id}>
          <StatementBlock s={s} />
        </li>
      ))}
    </ul>
  );
}
