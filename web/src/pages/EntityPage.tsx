import { useQuery } from 'urql';
import { EntityPageQuery } from '../operations';
import { DateText } from '../components/DateText';
import { Evidence, sourceLink } from '../components/Evidence';
import { EntityHeader } from '../components/EntityHeader';
import { ErrorState, Loading, NotFound } from '../components/States';
import { StatementBlock, statementTitle } from '../components/Statement';
import { Timeline } from '../components/Timeline';
import { capitalised, words } from '../format';
import { Link, nodePath } from '../router';
import { OutcomeItem } from './CasePage';

export function EntityPage({ id }: { id: string }) {
  const incident = id.startsWith('incident:');
  const [{ data, fetching, error }] = useQuery({ query: EntityPageQuery, variables: { id, incident } });
  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="the page" />;
  const n = data.node;
  if (!n) return <NotFound id={id} />;
  const caseLink = (c: { id: string; caption: string }) => (
    <p>
      In <Link to={nodePath(c.id)}>{c.caption}</Link>
    </p>
  );
  switch (n.__typename) {
    case 'Court':
      return (
        <article className="entity">
          <EntityHeader id={n.id} kind="Court" title={n.name}>
            <p>
              {n.jurisdiction ?? 'Jurisdiction not stated'}
              <Evidence items={n.evidence} fact={n.name} />
            </p>
          </EntityHeader>
        </article>
      );
    case 'Incident':
      return (
        <article className="entity">
          <EntityHeader id={n.id} kind="Incident" title={n.name} timeline>
            <p>
              {n.description}
              <Evidence items={n.evidence} fact={n.name} />
            </p>
          </EntityHeader>
          <dl className="facts">
            <dt>When</dt>
            <dd>
              <DateText date={n.date} />
            </dd>
            <dt>Where</dt>
            <dd>{n.place ?? <i>not stated</i>}</dd>
            <dt>Production</dt>
            <dd>
              {n.production ? <Link to={nodePath(n.production.id)}>{n.production.title}</Link> : <i>none</i>}
            </dd>
          </dl>
          <section aria-labelledby="inv-h">
            <h2 id="inv-h">Involved</h2>
            <ul>
              {n.involvements.map((i) => (
                <li key={i.id}>
                  <Link to={nodePath(i.party.id)}>{i.party.displayName}</Link>: {words(i.kind)}
                  {i.detail && ` (${i.detail})`}
                  <Evidence items={i.evidence} fact={`${i.party.displayName} ${words(i.kind)}`} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="icases-h">
            <h2 id="icases-h">Cases arising from it, and cases related to those</h2>
            <ul>
              {n.cases.map((c) => (
                <li key={c.id}>
                  <Link to={nodePath(c.id)}>{c.caption}</Link> — {words(c.kind)}, {words(c.status)}
                </li>
              ))}
            </ul>
          </section>
          {data.timeline && (
            <section aria-labelledby="itl-h">
              <h2 id="itl-h">Timeline</h2>
              <Timeline
                entries={data.timeline.edges.map(({ node: t }) => ({
                  id: t.id,
                  kind: t.eventKind ?? t.kind,
                  description: t.description,
                  date: t.date,
                  evidence: t.evidence,
                  context: t.case ? { id: t.case.id, label: t.case.caption } : null,
                  statement: t.statement,
                }))}
              />
            </section>
          )}
        </article>
      );
    case 'Production':
      return (
        <article className="entity">
          <EntityHeader id={n.id} kind={capitalised(n.productionKind)} title={n.title}>
            <p className="hint">
              How we know it
              <Evidence items={n.evidence} fact={n.title} />
            </p>
          </EntityHeader>
          <section aria-labelledby="cred-h">
            <h2 id="cred-h">Credits</h2>
            <ul>
              {n.credits.map((c) => (
                <li key={c.id}>
                  <Link to={nodePath(c.party.id)}>{c.party.displayName}</Link>, {c.roleText ?? words(c.role)}
                  <Evidence items={c.evidence} fact={`${c.party.displayName}, ${words(c.role)}`} />
                </li>
              ))}
            </ul>
            <h2>Incidents</h2>
            <ul>
              {n.incidents.map((i) => (
                <li key={i.id}>
                  <Link to={nodePath(i.id)}>{i.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        </article>
      );
    case 'Charge':
    case 'Claim':
      return (
        <article className="entity">
          <EntityHeader id={n.id} kind={n.__typename} title={n.label}>
            <p className="hint">
              How we know it
              <Evidence items={n.evidence} fact={n.label} />
            </p>
          </EntityHeader>
          {caseLink(n.case)}
          {n.__typename === 'Charge' && n.defendant && (
            <p>
              Against <Link to={nodePath(n.defendant.id)}>{n.defendant.displayName}</Link>
              {n.statute && ` under ${n.statute}`}
            </p>
          )}
          <section aria-labelledby="res-h">
            <h2 id="res-h">Outcomes that resolve it</h2>
            {n.outcomes.length === 0 ? (
              <p className="state empty">Unresolved.</p>
            ) : (
              <ul>
                {n.outcomes.map((o) => (
                  <OutcomeItem key={o.id} o={o} />
                ))}
              </ul>
            )}
          </section>
        </article>
      );
    case 'Outcome':
      return (
        <article className="entity">
          <EntityHeader id={n.id} kind="Outcome" title={capitalised(words(n.kind))} />
          {caseLink(n.case)}
          <ul>
            <OutcomeItem o={n} />
          </ul>
          <h2>Resolves</h2>
          <ul>
            {n.resolves.map((r) => (
              <li key={r.id}>
                <Link to={nodePath(r.id)}>{r.__typename === 'Case' ? r.caption : r.label}</Link> (
                {r.__typename.toLowerCase()})
              </li>
            ))}
          </ul>
        </article>
      );
    case 'Event':
      return (
        <article className="entity">
          <EntityHeader id={n.id} kind="Event" title={n.description}>
            <p>
              {capitalised(words(n.eventKind))}, <DateText date={n.date} />
              <Evidence items={n.evidence} fact={n.description} />
            </p>
          </EntityHeader>
          {caseLink(n.case)}
        </article>
      );
    case 'Statement':
      return (
        <article className="entity statement">
          <EntityHeader id={n.id} kind="Statement" title={statementTitle(n)}>
            <p className="hint">
              What a party says is its assertion: the graph holds only that it was said, as the sources report
              it.
            </p>
          </EntityHeader>
          <StatementBlock s={n} linkKind={false} />
          <section aria-labelledby="reported-h">
            <h2 id="reported-h">Reported in</h2>
            <p className="hint">
              The sentences that report the statement: the fact the graph holds is that it was made.
            </p>
            <ul className="reported">
              {n.evidence.map((e, i) => (
                <li key={i}>
                  <q className="quote">{e.quote}</q>
                  <span className="ev-source">
                    — <Link to={sourceLink(e.source.id, e.quote)}>{e.source.title}</Link>
                    {e.source.publisher ? `, ${e.source.publisher}` : ''}
                    {e.source.date ? `, ${e.source.date.value}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </article>
      );
    default:
      return (
        <article className="entity">
          <EntityHeader id={n.id} kind={n.__typename} title={n.id} />
        </article>
      );
  }
}
