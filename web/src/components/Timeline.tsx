import type { DateFieldsFragment, EvidenceFieldsFragment, StatementFieldsFragment } from '../gql/graphql';
import { DateText } from './DateText';
import { Evidence } from './Evidence';
import { StatementLine, assertionTag, statementTitle } from './Statement';
import { capitalised, words } from '../format';
import { Link, nodePath } from '../router';

export type TimelineItem = {
  id: string;
  description: string;
  kind: string;
  date?: DateFieldsFragment | null;
  evidence: readonly EvidenceFieldsFragment[];
  /** A docket entry's number (`12`), when the step is one. */
  entryNumber?: string | null;
  context?: { id: string; label: string } | null;
  /** For a STATEMENT entry: drawn as the speaker's assertion, not as a step that happened. */
  statement?: StatementFieldsFragment | null;
};

/** A timeline entry as both timeline queries select it. */
interface TimelineEntryFields {
  id: string;
  kind: string;
  eventKind?: string | null;
  description: string;
  date?: DateFieldsFragment | null;
  evidence: readonly EvidenceFieldsFragment[];
  case?: { id: string; caption: string } | null;
  incident?: { id: string; name: string } | null;
  statement?: StatementFieldsFragment | null;
}

/** The API's timeline entries as items to draw, each with the case or incident it belongs to. */
export function timelineItems(edges: readonly { node: TimelineEntryFields }[]): TimelineItem[] {
  return edges.map(({ node: t }) => ({
    id: t.id,
    kind: t.eventKind ?? t.kind,
    description: t.description,
    date: t.date,
    evidence: t.evidence,
    context: t.case
      ? { id: t.case.id, label: t.case.caption }
      : t.incident
        ? { id: t.incident.id, label: t.incident.name }
        : null,
    statement: t.statement,
  }));
}

const DAY = 86_400_000;
const time = (d: string) => Date.parse(`${d}T00:00:00Z`);

/**
 * Entries in the API's order, each drawn on a shared time axis: a step known only to
 * the month or the year is a span over that month or year, an exact day a short tick.
 */
export function Timeline({ entries }: { entries: readonly TimelineItem[] }) {
  if (entries.length === 0) return <p className="state empty">No dated steps.</p>;
  const dated = entries.flatMap((e) => (e.date ? [e.date] : []));
  const start = Math.min(...dated.map((d) => time(d.earliest)));
  const end = Math.max(...dated.map((d) => time(d.latest) + DAY));
  const range = Math.max(end - start, DAY);
  const years: number[] = [];
  if (dated.length > 0) {
    for (let y = new Date(start).getUTCFullYear(); y <= new Date(end).getUTCFullYear(); y++) years.push(y);
  }
  return (
    <div className="timeline">
      {years.length > 0 && (
        <div className="axis" aria-hidden="true">
          {years.map((y) => {
            const at = ((Date.UTC(y, 0, 1) - start) / range) * 100;
            return at >= 0 && at <= 100 ? (
              <span key={y} style={{ left: `${at}%` }}>
                {y}
              </span>
            ) : null;
          })}
        </div>
      )}
      <ol>
        {entries.map((e) => {
          const left = e.date ? ((time(e.date.earliest) - start) / range) * 100 : null;
          const width = e.date ? ((time(e.date.latest) + DAY - time(e.date.earliest)) / range) * 100 : 0;
          return (
            <li
              key={e.id}
              className={e.statement ? 'tl-entry tl-statement' : 'tl-entry'}
              data-precision={e.date?.precision ?? 'NONE'}
            >
              <div className="tl-text">
                <span className="tl-date">
                  <DateText date={e.date} />
                </span>{' '}
                {e.statement ? (
                  <>
                    <StatementLine s={e.statement} />{' '}
                    <span className="assertion-tag">{assertionTag(e.statement.statementKind)}</span>
                  </>
                ) : (
                  <>
                    {e.entryNumber && <span className="tl-entry-number">No. {e.entryNumber} </span>}
                    <span className="tl-kind">{capitalised(words(e.kind))}</span>: {e.description}
                  </>
                )}
                {e.context && (
                  <>
                    {' '}
                    (<Link to={nodePath(e.context.id)}>{e.context.label}</Link>)
                  </>
                )}
                <Evidence
                  items={e.evidence}
                  fact={e.statement ? statementTitle(e.statement) : e.description}
                />
              </div>
              <div className="tl-track" aria-hidden="true">
                {left !== null && (
                  <span
                    className={`tl-bar ${e.date?.precision.toLowerCase()}${e.date?.derived ? ' derived' : ''}`}
                    style={{ left: `${left}%`, width: `max(${width}%, 4px)` }}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
