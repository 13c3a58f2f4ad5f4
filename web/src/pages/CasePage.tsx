import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { CasePageQuery, AsOfQuery, CaseEventsQuery } from '../operations';
import type {
  CaseEventsFieldsFragment,
  DateFieldsFragment,
  OutcomeFieldsFragment,
  SourcedTextFieldsFragment,
} from '../gql/graphql';
import { DateText } from '../components/DateText';
import { Evidence } from '../components/Evidence';
import { Empty, ErrorState, Loading, NotFound } from '../components/States';
import { StatementList } from '../components/Statement';
import { Timeline } from '../components/Timeline';
import { capitalised, words } from '../format';
import { Link, nodePath } from '../router';
import { EntityHeader } from '../components/EntityHeader';

export function OutcomeItem({ o }: { o: OutcomeFieldsFragment }) {
  return (
    <li id={o.id}>
      <Link to={nodePath(o.id)}>{capitalised(words(o.kind))}</Link>
      {o.withPrejudice != null && <> {o.withPrejudice ? 'with prejudice' : 'without prejudice'}</>},{' '}
      <DateText date={o.date} />
      {o.decidedBy && (
        <>
          , decided by <Link to={nodePath(o.decidedBy.id)}>{o.decidedBy.displayName}</Link>
        </>
      )}
      {o.stageText && <>, {o.stageText}</>}
      {o.sentence && (
        <>
          : {o.sentence.term}
          {o.sentence.custody ? ` in ${o.sentence.custody}` : ''}
        </>
      )}
      {o.canBeRevived != null && <> ({o.canBeRevived ? 'can be revived' : 'cannot be revived'})</>}
      {o.reason && <span className="reason"> — {o.reason}</span>}
      <Evidence items={o.evidence} fact={`${words(o.kind)}`} />
    </li>
  );
}

/** A docket field (nature of suit, cause…) with its evidence, when the docket states it. */
function DocketField({ label, value }: { label: string; value?: SourcedTextFieldsFragment | null }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {value.text}
        <Evidence items={value.evidence} fact={label.toLowerCase()} />
      </dd>
    </>
  );
}

function Terminated({ date }: { date?: DateFieldsFragment | null }) {
  if (!date) return null;
  return (
    <span className="terminated">
      {' '}
      (terminated <DateText date={date} />)
    </span>
  );
}

const ASSIGNMENT: Record<string, string> = {
  ASSIGNED: 'assigned',
  REFERRED: 'referred',
  PANEL: 'on the panel',
  ORIGINATING: 'judge of the originating court',
};

/** The relation as read from this case (the API gives APPEALED_IN for the other end of APPEAL_OF). */
const relationLabel = (kind: string) => capitalised(words(kind));

// Entries shown before "show all": a long docket (hundreds of entries) stays readable.
const ENTRIES_SHOWN = 25;

/**
 * The case's timeline; for a docket, its entries with their numbers. Collapsed to the first
 * entries; more than the first page are fetched on demand (one more request per page).
 */
function CaseTimeline({ caseId, first }: { caseId: string; first: CaseEventsFieldsFragment }) {
  const [expanded, setExpanded] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  // Pages fetched after the first, by the cursor they follow.
  const [more, setMore] = useState<Record<string, CaseEventsFieldsFragment>>({});
  const [{ data, fetching, error }] = useQuery({
    query: CaseEventsQuery,
    variables: { id: caseId, after },
    pause: after === null,
  });
  const fetched = data?.case?.events;
  useEffect(() => {
    if (fetched && after !== null) setMore((m) => (m[after] ? m : { ...m, [after]: fetched }));
  }, [fetched, after]);
  const all = [first];
  for (let page = more[first.pageInfo.endCursor ?? '']; page; page = more[page.pageInfo.endCursor ?? ''])
    all.push(page);
  const last = all[all.length - 1] ?? first;
  const nodes = all.flatMap((p) => p.edges.map((e) => e.node));
  const shown = expanded ? nodes : nodes.slice(0, ENTRIES_SHOWN);
  const numbered = nodes.some((e) => e.entryNumber);
  return (
    <>
      <Timeline
        entries={shown.map((e) => ({
          id: e.id,
          description: e.description,
          kind: e.kind,
          date: e.date,
          evidence: e.evidence,
          entryNumber: e.entryNumber,
        }))}
      />
      <p className="tl-more" aria-live="polite">
        {/* With no steps, the timeline above says so. */}
        {first.totalCount > 0 &&
          `${numbered ? 'Docket entries' : 'Steps'} 1–${shown.length} of ${first.totalCount}. `}
        {!expanded && nodes.length > shown.length && (
          <button type="button" onClick={() => setExpanded(true)}>
            Show all {nodes.length < first.totalCount ? `${nodes.length} loaded` : nodes.length}
          </button>
        )}
        {expanded && last.pageInfo.hasNextPage && last.pageInfo.endCursor && (
          <button type="button" disabled={fetching} onClick={() => setAfter(last.pageInfo.endCursor ?? null)}>
            Load the next {Math.min(100, first.totalCount - nodes.length)}
          </button>
        )}
        {expanded && nodes.length > ENTRIES_SHOWN && (
          <button type="button" onClick={() => setExpanded(false)}>
            Show fewer
          </button>
        )}
      </p>
      {error && <ErrorState error={error} />}
    </>
  );
}

/** The last steps told by the day asked about, newest last, as a short list: a docket has hundreds. */
const STEPS_SHOWN = 5;

function StepsByThen({
  events,
}: {
  events: readonly { id: string; description: string; date?: { value: string } | null }[];
}) {
  const shown = events.slice(-STEPS_SHOWN);
  return (
    <>
      <p>
        {events.length > shown.length
          ? `The last ${shown.length} of ${events.length} steps by then:`
          : `Steps by then (${events.length}):`}
      </p>
      <ol className="asof-steps" start={events.length - shown.length + 1}>
        {shown.map((e) => (
          <li key={e.id}>
            {e.date ? `${e.date.value}: ` : ''}
            {e.description}
          </li>
        ))}
      </ol>
    </>
  );
}

function AsOf({ id }: { id: string }) {
  const [date, setDate] = useState('');
  const [{ data, fetching, error }] = useQuery({ query: AsOfQuery, variables: { id, date }, pause: !date });
  const a = data?.case?.asOf;
  return (
    <section aria-labelledby="asof-h">
      <h2 id="asof-h">As of a day</h2>
      <label htmlFor="asof-date">Show the case as it stood on </label>
      <input id="asof-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <div aria-live="polite">
        {fetching && <Loading what="the case on that day" />}
        {error && <ErrorState error={error} />}
        {a && (
          <div className="asof">
            <p>
              <strong>{a.exists ? (a.status ? words(a.status) : 'status unknown') : 'not yet begun'}</strong>
              {a.exists && a.status !== 'PENDING' && (a.pending ? ', pending' : ', not pending')} on {a.date}{' '}
              — <span className={`certainty ${a.certainty.toLowerCase()}`}>{words(a.certainty)}</span>:{' '}
              {a.basis}
            </p>
            {a.events.length > 0 && <StepsByThen events={a.events} />}
          </div>
        )}
      </div>
    </section>
  );
}

export function CasePage({ id }: { id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: CasePageQuery, variables: { id } });
  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="the case" />;
  const c = data.case;
  if (!c) return <NotFound id={id} />;
  const byRole = new Map<string, typeof c.parties.edges>();
  for (const e of c.parties.edges) byRole.set(e.node.role, [...(byRole.get(e.node.role) ?? []), e]);
  const outcomesOf = (ids: readonly { id: string }[]) =>
    ids.map((o) => c.outcomes.find((x) => x.id === o.id)).filter((o) => o !== undefined);
  return (
    <article className="entity case">
      <EntityHeader id={c.id} kind={`${words(c.kind)} case`} title={c.caption}>
        <p className="caption-kind">
          {c.captionKind === 'OFFICIAL' ? (
            <span className="badge official">Official caption</span>
          ) : (
            <span className="badge descriptive" title="No source gives the official caption">
              {c.parties.totalCount > 0
                ? 'Descriptive caption, made from the sourced parties'
                : 'Descriptive caption: no source gives the official one'}
            </span>
          )}
          <Evidence items={c.evidence} fact="the case" />
        </p>
      </EntityHeader>
      {c.status === 'UNKNOWN' && (
        <p className="stub-note" role="note">
          Known only from an appeal: no docket of this case is loaded, only what the appellate docket says of
          it (its court and docket number).
        </p>
      )}
      <dl className="facts">
        <dt>Status</dt>
        <dd>{words(c.status)}</dd>
        <dt>Court</dt>
        <dd>{c.court ? <Link to={nodePath(c.court.id)}>{c.court.name}</Link> : <i>no source names it</i>}</dd>
        {c.jurisdiction && (
          <>
            <dt>Jurisdiction</dt>
            <dd>{c.jurisdiction}</dd>
          </>
        )}
        <dt>Docket number</dt>
        <dd>{c.docketNumber ?? <i>not known</i>}</dd>
        <DocketField label="Nature of suit" value={c.natureOfSuit} />
        <DocketField label="Cause" value={c.cause} />
        <DocketField label="Jurisdiction basis" value={c.jurisdictionBasis} />
        <DocketField label="Jury demand" value={c.juryDemand} />
        <DocketField label="Demand" value={c.demand} />
        <dt>Filed</dt>
        <dd>
          <DateText date={c.filed} undated="no source dates it" />
        </dd>
        <dt>Closed</dt>
        <dd>
          <DateText date={c.closed} undated="open, or no source dates it" />
        </dd>
        {c.incident && (
          <>
            <dt>Arises from</dt>
            <dd>
              <Link to={nodePath(c.incident.id)}>{c.incident.name}</Link>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="parties-h">
        <h2 id="parties-h">Parties</h2>
        {byRole.size === 0 && <Empty>No parties are sourced.</Empty>}
        {[...byRole.entries()].map(([role, edges]) => (
          <div key={role} className="role-group">
            <h3>{capitalised(words(role))}</h3>
            <ul>
              {edges.map(({ node: cp }) => {
                const counsel = c.counsel.filter((k) => k.client?.id === cp.party.id);
                return (
                  <li key={cp.id}>
                    <Link to={nodePath(cp.party.id)}>{cp.party.displayName}</Link>
                    {cp.roleText && cp.roleText.toLowerCase() !== words(role) && (
                      <span className="role-text"> — {cp.roleText}</span>
                    )}
                    <Terminated date={cp.terminated} />
                    <Evidence items={cp.evidence} fact={`${cp.party.displayName} as ${words(role)}`} />
                    {counsel.length > 0 && (
                      <ul className="counsel">
                        {counsel.map((k) => (
                          <li key={k.id}>
                            represented by <Link to={nodePath(k.lawyer.id)}>{k.lawyer.displayName}</Link>
                            {k.capacity !== 'OTHER' && ` (${words(k.capacity)})`}
                            {k.firm && (
                              <>
                                {' '}
                                of <Link to={nodePath(k.firm.id)}>{k.firm.displayName}</Link>
                              </>
                            )}
                            {k.designations.length > 0 && (
                              <span className="designations">
                                {' '}
                                {k.designations.map((d) => (
                                  <span key={d} className="badge designation">
                                    {d}
                                  </span>
                                ))}
                              </span>
                            )}
                            <Terminated date={k.terminated} />
                            <Evidence items={k.evidence} fact={`${k.lawyer.displayName} as counsel`} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {c.counsel.some((k) => !k.client) && (
          <div className="role-group">
            <h3>Counsel</h3>
            <ul>
              {c.counsel
                .filter((k) => !k.client)
                .map((k) => (
                  <li key={k.id}>
                    <Link to={nodePath(k.lawyer.id)}>{k.lawyer.displayName}</Link>, {words(k.capacity)}
                    {k.firm && (
                      <>
                        {' '}
                        of <Link to={nodePath(k.firm.id)}>{k.firm.displayName}</Link>
                      </>
                    )}
                    <Terminated date={k.terminated} />
                    <Evidence items={k.evidence} fact={`${k.lawyer.displayName} as counsel`} />
                  </li>
                ))}
            </ul>
          </div>
        )}
        {c.judges.length > 0 && (
          <div className="role-group">
            <h3>Judges</h3>
            <ul>
              {c.judges.map((j) => (
                <li key={j.id}>
                  <Link to={nodePath(j.judge.id)}>{j.judge.displayName}</Link>
                  {j.assignment && <span className="assignment">, {ASSIGNMENT[j.assignment]}</span>}
                  <Evidence items={j.evidence} fact={`${j.judge.displayName} as judge`} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {(c.charges.length > 0 || c.claims.length > 0) && (
        <section aria-labelledby="counts-h">
          <h2 id="counts-h">{c.charges.length > 0 ? 'Charges' : 'Claims'}</h2>
          <ul>
            {c.charges.map((ch) => (
              <li key={ch.id}>
                {ch.countNumber && <span className="count-number">Count {ch.countNumber}: </span>}
                <Link to={nodePath(ch.id)}>{ch.label}</Link>
                {ch.statute && ` (${ch.statute})`}
                {ch.countStatus && <span className="count-status"> — {ch.countStatus.toLowerCase()}</span>}
                {ch.disposition && <span className="disposition">; disposition: {ch.disposition}</span>}
                {ch.defendant && (
                  <>
                    {' '}
                    against <Link to={nodePath(ch.defendant.id)}>{ch.defendant.displayName}</Link>
                  </>
                )}
                <Evidence items={ch.evidence} fact={`the charge ${ch.label}`} />
                <ResolvedBy outcomes={outcomesOf(ch.outcomes)} />
              </li>
            ))}
            {c.claims.map((cl) => (
              <li key={cl.id}>
                <Link to={nodePath(cl.id)}>{cl.label}</Link>
                <Evidence items={cl.evidence} fact={`the claim ${cl.label}`} />
                <ResolvedBy outcomes={outcomesOf(cl.outcomes)} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="outcomes-h">
        <h2 id="outcomes-h">Outcomes</h2>
        {c.outcomes.length === 0 ? (
          <Empty>No outcome yet.</Empty>
        ) : (
          <ul>
            {c.outcomes.map((o) => (
              <OutcomeItem key={o.id} o={o} />
            ))}
          </ul>
        )}
      </section>

      {c.relatedCases.length > 0 && (
        <section aria-labelledby="related-h">
          <h2 id="related-h">Related cases</h2>
          <ul>
            {c.relatedCases.map((r) => (
              <li key={r.id}>
                {relationLabel(r.kind)} <Link to={nodePath(r.case.id)}>{r.case.caption}</Link>
                {r.case.docketNumber && !r.case.caption.includes(r.case.docketNumber) && (
                  <> ({r.case.docketNumber})</>
                )}
                {r.case.status === 'UNKNOWN' && (
                  <span className="badge stub" title="No docket of this case is loaded">
                    known only from the appeal
                  </span>
                )}
                <Evidence items={r.evidence} fact={`the relation to ${r.case.caption}`} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {c.statements.length > 0 && (
        <section aria-labelledby="said-h" className="said">
          <h2 id="said-h">What the parties said</h2>
          <p className="hint">
            What parties and their lawyers asserted about this case, as the sources report it: their word, not
            findings.
          </p>
          <StatementList statements={c.statements} empty="No statement is sourced." />
        </section>
      )}

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <CaseTimeline caseId={c.id} first={c.events} />
      </section>
      <AsOf id={c.id} />
    </article>
  );
}

function ResolvedBy({ outcomes }: { outcomes: OutcomeFieldsFragment[] }) {
  if (outcomes.length === 0) return <span className="unresolved"> — unresolved</span>;
  return (
    <span className="resolved-by">
      {' '}
      — resolved by{' '}
      {outcomes.map((o, i) => (
        <span key={o.id}>
          {i > 0 && ', '}
          <a href={`#${o.id}`}>{words(o.kind)}</a> (<DateText date={o.date} />)
        </span>
      ))}
    </span>
  );
}
