import { useState } from 'react';
import { useQuery } from 'urql';
import { CourtPageQuery } from '../operations';
import { DateText } from '../components/DateText';
import { Evidence } from '../components/Evidence';
import { EntityHeader } from '../components/EntityHeader';
import { Empty, ErrorState, Loading, NotFound } from '../components/States';
import { words } from '../format';
import { Link, nodePath } from '../router';

/** A court: its jurisdiction, its judges and its cases, newest first, a page at a time. */
export function CourtPage({ id }: { id: string }) {
  // Cursors of the pages before the current one, so "previous" needs no backward paging.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [{ data, fetching, error }] = useQuery({ query: CourtPageQuery, variables: { id, after } });
  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="the court" />;
  const n = data.node;
  if (!n || n.__typename !== 'Court') return <NotFound id={id} />;
  const { edges, totalCount, pageInfo } = n.cases;
  const from = (cursors.length - 1) * 25 + 1;
  return (
    <article className="entity court">
      <EntityHeader id={n.id} kind="Court" title={n.name}>
        <p>
          {n.jurisdiction ?? 'Jurisdiction not stated'}
          <Evidence items={n.evidence} fact={n.name} />
        </p>
      </EntityHeader>
      <section aria-labelledby="court-cases-h">
        <h2 id="court-cases-h">Cases</h2>
        {totalCount === 0 ? (
          <Empty>No case in this court is in the graph.</Empty>
        ) : (
          <>
            <p className="hint">
              {from}–{from + edges.length - 1} of {totalCount}, newest first.
            </p>
            <table className="cases">
              <thead>
                <tr>
                  <th scope="col">Docket number</th>
                  <th scope="col">Case</th>
                  <th scope="col">Nature of suit</th>
                  <th scope="col">Filed</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {edges.map(({ node: c }) => (
                  <tr key={c.id}>
                    <td>{c.docketNumber ?? '—'}</td>
                    <td>
                      <Link to={nodePath(c.id)}>{c.caption}</Link>
                    </td>
                    <td>{c.natureOfSuit?.text ?? '—'}</td>
                    <td>
                      <DateText date={c.filed} undated="—" />
                    </td>
                    <td>{c.status === 'UNKNOWN' ? 'known only from an appeal' : words(c.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav className="pager" aria-label="Pages of cases">
              <button
                type="button"
                disabled={cursors.length === 1}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                Previous
              </button>
              <button
                type="button"
                disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
                onClick={() => setCursors([...cursors, pageInfo.endCursor ?? null])}
              >
                Next
              </button>
            </nav>
          </>
        )}
      </section>
      <section aria-labelledby="court-judges-h">
        <h2 id="court-judges-h">Judges</h2>
        {n.judges.length === 0 ? (
          <Empty>No judge of this court is sourced.</Empty>
        ) : (
          <ul className="judges">
            {n.judges.map((j) => (
              <li key={j.id}>
                <Link to={nodePath(j.id)}>{j.displayName}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
