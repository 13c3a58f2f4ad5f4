import { useQuery } from 'urql';
import { PartyPageQuery } from '../operations';
import type { PartyPageQuery as PartyPageQueryData } from '../gql/graphql';
import { DateText } from '../components/DateText';
import { Evidence } from '../components/Evidence';
import { EntityHeader } from '../components/EntityHeader';
import { Empty, ErrorState, Loading, NotFound } from '../components/States';
import { StatementList } from '../components/Statement';
import { Timeline, timelineItems } from '../components/Timeline';
import { capitalised, words } from '../format';
import { Link, nodePath } from '../router';

type PartyData = NonNullable<PartyPageQueryData['party']>;
type Appearance = PartyData['counselAppearances'][number];

/**
 * A lawyer's or a firm's cases, by client. The roles of its clients are counted by the
 * rankings, one link away: asked here, they would make the page a second request.
 */
function CounselSection({ party: p }: { party: PartyData }) {
  const asLawyer = p.counselAppearances.some((k) => k.lawyer.id === p.id);
  const byClient = new Map<string, { client: Appearance['client']; rows: Appearance[] }>();
  for (const k of p.counselAppearances) {
    const key = k.client?.id ?? '';
    const group = byClient.get(key) ?? { client: k.client, rows: [] };
    group.rows.push(k);
    byClient.set(key, group);
  }
  const caseCount = new Set(p.counselAppearances.map((k) => k.case.id)).size;
  const param = asLawyer ? 'lawyer' : 'firm';
  const casesLink = `/cases?${param}=${encodeURIComponent(p.id)}`;
  const rolesLink = `/rankings?by=${asLawyer ? 'LAWYER' : 'FIRM'}&${param}=${encodeURIComponent(p.id)}`;
  return (
    <section aria-labelledby="appearances-h">
      <h2 id="appearances-h">As counsel</h2>
      <p>
        In <Link to={casesLink}>{caseCount === 1 ? 'one case' : `${caseCount} cases`}</Link>
        {asLawyer ? '' : ' through its lawyers'}, for{' '}
        {byClient.size === 1 ? 'one client' : `${byClient.size} clients`} (
        <Link to={rolesLink}>their roles, counted</Link>).
      </p>
      <table className="appearances">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Case</th>
            <th scope="col">Lawyer</th>
            <th scope="col">Firm</th>
            <th scope="col">Designations</th>
          </tr>
        </thead>
        {[...byClient.values()].map(({ client, rows }) => (
          <tbody key={client?.id ?? 'none'}>
            {rows.map((k, i) => (
              <tr key={k.id}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={rows.length}>
                    {client ? (
                      <Link to={nodePath(client.id)}>{client.displayName}</Link>
                    ) : (
                      'client not stated'
                    )}
                  </th>
                )}
                <td>
                  <Link to={nodePath(k.case.id)}>{k.case.caption}</Link>
                  {k.case.docketNumber && <> ({k.case.docketNumber})</>}
                </td>
                <td>
                  {k.lawyer.id === p.id ? (
                    k.lawyer.displayName
                  ) : (
                    <Link to={nodePath(k.lawyer.id)}>{k.lawyer.displayName}</Link>
                  )}{' '}
                  ({words(k.capacity)})
                  {k.terminated && (
                    <>
                      , terminated <DateText date={k.terminated} />
                    </>
                  )}
                  <Evidence items={k.evidence} fact={`${k.lawyer.displayName} as counsel`} />
                </td>
                <td>
                  {!k.firm ? (
                    '—'
                  ) : k.firm.id === p.id ? (
                    k.firm.displayName
                  ) : (
                    <Link to={nodePath(k.firm.id)}>{k.firm.displayName}</Link>
                  )}
                </td>
                <td>{k.designations.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

export function PartyPage({ id }: { id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: PartyPageQuery, variables: { id } });
  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="the party" />;
  const p = data.party;
  if (!p) return <NotFound id={id} />;
  const byRole = new Map<string, typeof p.cases.edges>();
  for (const e of p.cases.edges)
    for (const role of e.roles) byRole.set(role, [...(byRole.get(role) ?? []), e]);
  return (
    <article className="entity party">
      <EntityHeader id={p.id} kind={p.__typename} title={p.displayName} timeline>
        <p>
          {p.name ? (
            'Named in the sources'
          ) : (
            <span className="badge descriptive">The sources never name this party</span>
          )}
          <Evidence items={p.evidence} fact={p.displayName} />
        </p>
      </EntityHeader>
      <dl className="facts">
        <dt>Also called</dt>
        <dd>{p.aliases.length ? p.aliases.join(', ') : <i>no other names</i>}</dd>
        <dt>Described as</dt>
        <dd>
          {p.descriptors.length === 0 && <i>no descriptors</i>}
          <ul className="inline">
            {p.descriptors.map((d) => (
              <li key={d.text}>
                “{d.text}”
                <Evidence items={d.evidence} fact={`“${d.text}”`} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>Offices</dt>
        <dd>
          {p.offices.length === 0 && <i>none sourced</i>}
          <ul className="inline">
            {p.offices.map((o) => (
              <li key={o.title}>
                {o.title}
                <Evidence items={o.evidence} fact={o.title} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {p.relationships.length > 0 && (
        <section aria-labelledby="rel-h">
          <h2 id="rel-h">Relationships</h2>
          <ul>
            {p.relationships.map((r) => (
              <li key={r.id}>
                {capitalised(words(r.kind))}
                {r.detail && ` (${r.detail})`} <Link to={nodePath(r.other.id)}>{r.other.displayName}</Link>
                <Evidence items={r.evidence} fact={`${words(r.kind)} ${r.other.displayName}`} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {(p.credits.length > 0 || p.incidents.length > 0) && (
        <section aria-labelledby="work-h">
          <h2 id="work-h">Productions and incidents</h2>
          <ul>
            {p.credits.map((c) => (
              <li key={c.id}>
                {capitalised(c.roleText ?? words(c.role))} on{' '}
                <Link to={nodePath(c.production.id)}>{c.production.title}</Link>
                <Evidence items={c.evidence} fact={`${words(c.role)} on ${c.production.title}`} />
              </li>
            ))}
            {p.incidents.map((i) => (
              <li key={i.id}>
                {capitalised(words(i.kind))} in <Link to={nodePath(i.incident.id)}>{i.incident.name}</Link>
                {i.detail && `: ${i.detail}`}
                <Evidence items={i.evidence} fact={`${words(i.kind)} in ${i.incident.name}`} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.contacts.length > 0 && (
        <section aria-labelledby="contacts-h">
          <h2 id="contacts-h">Contacts</h2>
          <p className="hint">As a docket gives them; not searchable.</p>
          <ul>
            {p.contacts.map((c) => (
              <li key={`${c.kind}:${c.value}`}>
                {capitalised(words(c.kind))}: {c.value}
                <Evidence items={c.evidence} fact={`the ${words(c.kind)} ${c.value}`} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {p.counselAppearances.length > 0 && <CounselSection party={p} />}

      {p.possibleSameAs.length > 0 && (
        <section aria-labelledby="same-h" className="possible-same">
          <h2 id="same-h">Possibly the same as</h2>
          <p className="hint">
            Other parties with a similar name. The graph does not hold that they are the same: it keeps them
            apart and lists what speaks for and against; a researcher decides.
          </p>
          <ul>
            {p.possibleSameAs.map((s) => (
              <li key={s.party.id}>
                <Link to={nodePath(s.party.id)}>{s.party.displayName}</Link>
                <dl className="for-against">
                  <dt>For</dt>
                  <dd>{s.reasons.join('; ') || 'nothing stated'}</dd>
                  <dt>Against</dt>
                  <dd>{s.against.join('; ') || 'nothing known'}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="cases-h">
        <h2 id="cases-h">Cases by role</h2>
        {byRole.size === 0 && (
          <Empty>
            {p.counselAppearances.length > 0
              ? 'Not a party to any case: the cases above are those it appears in as counsel.'
              : 'No cases.'}
          </Empty>
        )}
        {[...byRole.entries()].map(([role, edges]) => (
          <div key={role} className="role-group">
            <h3>As {words(role)}</h3>
            <ul>
              {edges.map(({ node: c }) => (
                <li key={c.id}>
                  <Link to={nodePath(c.id)}>{c.caption}</Link>
                  {c.captionKind === 'DESCRIPTIVE' && (
                    <span className="badge descriptive small">descriptive</span>
                  )}{' '}
                  — {words(c.kind)}, {words(c.status)}, filed <DateText date={c.filed} undated="(undated)" />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {(p.statements.length > 0 || p.statementsAbout.length > 0) && (
        <>
          <section aria-labelledby="said-h" className="said">
            <h2 id="said-h">What they said</h2>
            <p className="hint">
              Statements {p.displayName} made, or a lawyer made for them: their word, as the sources report
              it, not facts of the graph.
            </p>
            <StatementList statements={p.statements} empty="No statement by them is sourced." />
          </section>
          <section aria-labelledby="said-about-h" className="said">
            <h2 id="said-about-h">Said about them</h2>
            <StatementList statements={p.statementsAbout} empty="No statement about them is sourced." />
          </section>
        </>
      )}
      <section aria-labelledby="ptl-h">
        <h2 id="ptl-h">Timeline</h2>
        {data.timeline && <Timeline entries={timelineItems(data.timeline.edges)} />}
      </section>
    </article>
  );
}
