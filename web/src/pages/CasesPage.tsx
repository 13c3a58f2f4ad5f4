import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { CasesPageQuery } from '../operations';
import type {
  CaseOrderField,
  CasesPageQuery as CasesPageData,
  FacetFieldsFragment,
  FilterNamesFieldsFragment,
} from '../gql/graphql';
import { exportQuery, filterOf, filterParams, listUrl, orderOf, toggled } from '../caseFilterUrl';
import { DateText } from '../components/DateText';
import { ExportLinks } from '../components/ExportLinks';
import { filterNameVariables } from '../components/FilterSummary';
import { Search } from '../components/Search';
import { ErrorState, Loading } from '../components/States';
import { capitalised, words } from '../format';
import { Link, navigate, nodePath, useLocation } from '../router';

const PAGE_SIZE = 25;

type Facet = FacetFieldsFragment['kind'];
type CaseRow = CasesPageData['cases']['edges'][number]['node'];

/** The certainty of a status on a day, as a reader weighs it. */
const CERTAINTY_WORDS: Record<string, string> = {
  ESTABLISHED: 'established',
  ASSUMED: 'assumed',
  POSSIBLY: 'possibly',
  UNKNOWN: 'unknown',
};

/** Counts of one field, each value a link that filters by it (or, chosen, one that lifts it). */
function FacetList({
  title,
  facet,
  chosen,
  hrefOf,
  clearHref,
  raw,
}: {
  title: string;
  facet: Facet;
  chosen: (value: string | null | undefined) => boolean;
  hrefOf: (value: string) => string;
  clearHref?: string;
  /** Labels are the sources' own words (a nature of suit, a court's name): shown as they are. */
  raw?: boolean;
}) {
  const id = `facet-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="facet" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {facet.length === 0 ? (
        <p className="hint">None in this set.</p>
      ) : (
        <ul>
          {facet.map((v) => {
            const on = chosen(v.value);
            const label = raw || v.value === null ? v.label : capitalised(words(v.label));
            return (
              <li key={v.value ?? 'none'} className={on ? 'chosen' : undefined}>
                {v.value === null ? (
                  <span className="facet-none">{label}</span>
                ) : (
                  <Link
                    to={on && clearHref ? clearHref : hrefOf(v.value)}
                    aria-current={on ? 'true' : undefined}
                  >
                    {on && <span aria-hidden="true">✓ </span>}
                    {label}
                  </Link>
                )}{' '}
                <span className="count">{v.cases}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Where the query answers the name of each kind of participant the filter holds. */
const NAME_FIELDS = {
  party: 'filterParty',
  lawyer: 'filterLawyer',
  firm: 'filterFirm',
  judge: 'filterJudge',
} as const;

/** Who a picked party stands for in the filter. */
const APPEARS_AS = [
  ['party', 'a party (any role)'],
  ['party:PLAINTIFF', 'plaintiff'],
  ['party:DEFENDANT', 'defendant'],
  ['party:APPELLANT', 'appellant'],
  ['party:APPELLEE', 'appellee'],
  ['lawyer', 'lawyer'],
  ['firm', 'firm or office'],
  ['judge', 'judge'],
] as const;

function WhoFilter({
  path,
  search,
  names,
}: {
  path: string;
  search: URLSearchParams;
  names: FilterNamesFieldsFragment | undefined;
}) {
  const [as, setAs] = useState<string>('party');
  const ids = {
    party: search.get('party') ?? '',
    lawyer: search.get('lawyer') ?? '',
    firm: search.get('firm') ?? '',
    judge: search.get('judge') ?? '',
  };
  const role = search.get('role');
  const chips = (['party', 'lawyer', 'firm', 'judge'] as const)
    .filter((k) => ids[k])
    .map((k) => ({
      key: k,
      name: names?.[NAME_FIELDS[k]]?.displayName ?? ids[k],
      as: k === 'party' ? (role ? words(role) : 'party') : k === 'firm' ? 'firm or office' : k,
    }));
  return (
    <section className="facet who" aria-labelledby="facet-who">
      <h3 id="facet-who">Who appears</h3>
      {chips.length > 0 && (
        <ul className="chips">
          {chips.map((c) => (
            <li key={c.key}>
              <span>
                {c.name} <span className="hint">as {c.as}</span>
              </span>{' '}
              <Link
                to={listUrl(path, search, { [c.key]: null })}
                aria-label={`Remove ${c.name} as ${c.as}`}
                className="remove"
              >
                ×
              </Link>
            </li>
          ))}
        </ul>
      )}
      <label className="stacked">
        Appears as{' '}
        <select value={as} onChange={(e) => setAs(e.target.value)}>
          {APPEARS_AS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <Search
        label="Name"
        placeholder="A party, lawyer, firm or judge…"
        onPick={(hit) => {
          if (!['Person', 'Organization', 'Group'].includes(hit.typename)) return;
          const [key, r] = as.split(':') as [string, string | undefined];
          navigate(
            listUrl(path, search, key === 'party' ? { party: hit.id, role: r ?? null } : { [key]: hit.id }),
          );
        }}
      />
    </section>
  );
}

/** The text and date conditions, applied together with a button (or Enter). */
function ConditionsForm({ path, search }: { path: string; search: URLSearchParams }) {
  const fields = [
    ['q', 'Words in caption, claims, charges, cause', 'search'],
    ['filedFrom', 'Filed from', 'date'],
    ['filedTo', 'Filed to', 'date'],
    ['closedFrom', 'Closed from', 'date'],
    ['closedTo', 'Closed to', 'date'],
    ['pendingOn', 'Pending on', 'date'],
  ] as const;
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const changes: Record<string, string | null> = {};
    for (const [name] of fields) changes[name] = String(form.get(name) ?? '').trim() || null;
    navigate(listUrl(path, search, changes));
  };
  // Keyed by the URL so that Back and a facet click show the URL's values.
  return (
    <form className="facet conditions" onSubmit={apply} key={search.toString()} aria-label="Words and dates">
      {fields.map(([name, label, type]) => (
        <label key={name} className="stacked">
          {label}
          <input name={name} type={type} defaultValue={search.get(name) ?? ''} />
        </label>
      ))}
      <p className="hint">
        “Pending on” lists the cases that were or may have been pending that day, each with how certain that
        is.
      </p>
      <button type="submit">Apply</button>
    </form>
  );
}

const SORTABLE: Partial<Record<string, CaseOrderField>> = {
  Case: 'CAPTION',
  Filed: 'FILED',
  Closed: 'CLOSED',
};

function SortHeader({ label, path, search }: { label: string; path: string; search: URLSearchParams }) {
  const field = SORTABLE[label];
  if (!field) return <th scope="col">{label}</th>;
  const order = orderOf(search);
  const on = order.field === field;
  const dir = on && order.direction === 'ASC' ? 'DESC' : 'ASC';
  return (
    <th scope="col" aria-sort={on ? (order.direction === 'ASC' ? 'ascending' : 'descending') : undefined}>
      <Link to={listUrl(path, search, { sort: field, dir })} title={`Sort by ${label.toLowerCase()}`}>
        {label}
        {on && <span aria-hidden="true">{order.direction === 'ASC' ? ' ▲' : ' ▼'}</span>}
      </Link>
    </th>
  );
}

function StatusOn({ c, day }: { c: CaseRow; day: string }) {
  const a = c.asOf;
  if (!a) return null;
  return (
    <span className={`certainty ${a.certainty.toLowerCase()}`} title={a.basis}>
      <span className="certainty-text">
        {a.status ? words(a.status) : 'not known'} — {CERTAINTY_WORDS[a.certainty] ?? words(a.certainty)}
      </span>
      <span className="visually-hidden">
        {' '}
        on {day}: {a.basis}
      </span>
    </span>
  );
}

export function CasesPage() {
  const { path, search } = useLocation();
  const filter = filterOf(search);
  const orderBy = orderOf(search);
  const after = search.get('after');
  const before = search.get('before');
  const pendingOn = filter.pendingOn ?? null;
  const [{ data, fetching, error }] = useQuery({
    query: CasesPageQuery,
    variables: {
      filter,
      orderBy,
      ...(before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after }),
      pendingOn: pendingOn ?? '2000-01-01',
      withPending: !!pendingOn,
      ...filterNameVariables(search),
    },
  });
  const at = (changes: Record<string, string | null>) => listUrl(path, search, changes);
  const facets = data?.caseFacets;
  const page = data?.cases;
  const kinds = new Set<string>(filter.kind ?? []);
  const statuses = new Set<string>(filter.status ?? []);
  const filtered = [...filterParams(search).keys()].length > 0;
  return (
    <article className="cases-page">
      <h1>Cases</h1>
      <p className="lede">
        Every case in the graph. Narrow it with the filters; the numbers beside them say how many cases each
        choice gives. The address holds the whole view: share it or bookmark it.
      </p>
      <div className="workbench">
        <aside className="filters" aria-labelledby="filters-h">
          <h2 id="filters-h" className="visually-hidden">
            Filters
          </h2>
          {filtered && (
            <p>
              <Link to="/cases">Clear all filters</Link>
            </p>
          )}
          <ConditionsForm path={path} search={search} />
          {facets && (
            <>
              <FacetList
                title="Kind"
                facet={facets.kind}
                chosen={(v) => !!v && kinds.has(v)}
                hrefOf={(v) => at({ kind: toggled(search, 'kind', v) })}
                clearHref={undefined}
              />
              <FacetList
                title="Status"
                facet={facets.status}
                chosen={(v) => !!v && statuses.has(v)}
                hrefOf={(v) => at({ status: toggled(search, 'status', v) })}
              />
              <FacetList
                title="Court"
                facet={facets.court}
                raw
                chosen={(v) => v === search.get('court')}
                hrefOf={(v) => at({ court: v })}
                clearHref={at({ court: null })}
              />
              <FacetList
                title="Nature of suit"
                facet={facets.natureOfSuit}
                raw
                chosen={(v) => v === search.get('nos')}
                hrefOf={(v) => at({ nos: v })}
                clearHref={at({ nos: null })}
              />
              <FacetList
                title="Year filed"
                facet={facets.filedYear}
                raw
                chosen={(v) =>
                  !!v && search.get('filedFrom') === `${v}-01-01` && search.get('filedTo') === `${v}-12-31`
                }
                hrefOf={(v) => at({ filedFrom: `${v}-01-01`, filedTo: `${v}-12-31` })}
                clearHref={at({ filedFrom: null, filedTo: null })}
              />
            </>
          )}
          <WhoFilter path={path} search={search} names={data} />
        </aside>
        <section className="results" aria-labelledby="results-h" aria-busy={fetching}>
          <h2 id="results-h" className="visually-hidden">
            Results
          </h2>
          {error ? (
            <ErrorState error={error} />
          ) : !page ? (
            <Loading what="the cases" />
          ) : (
            <>
              <div className="results-bar">
                <p role="status" aria-live="polite">
                  {page.totalCount === 0
                    ? 'No case matches these filters.'
                    : `${page.totalCount} case${page.totalCount === 1 ? '' : 's'}`}
                  {pendingOn && page.totalCount > 0 && ` that were or may have been pending on ${pendingOn}`}
                  {fetching && ' (updating…)'}
                </p>
                <span className="results-actions">
                  <Link to={listUrl('/rankings', filterParams(search), {})}>
                    Rank who appears in these cases
                  </Link>
                  <ExportLinks query={exportQuery(filter)} what="these cases" />
                </span>
              </div>
              {page.edges.length > 0 && (
                <table className="cases">
                  <thead>
                    <tr>
                      {['Case', 'Court', 'Kind', 'Status', 'Filed', 'Closed'].map((label) => (
                        <SortHeader key={label} label={label} path={path} search={search} />
                      ))}
                      {pendingOn && <th scope="col">On {pendingOn}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {page.edges.map(({ node: c }) => (
                      <tr key={c.id}>
                        <td>
                          <Link to={nodePath(c.id)}>{c.caption}</Link>
                          {c.captionKind === 'DESCRIPTIVE' && (
                            <span className="badge descriptive small">descriptive</span>
                          )}
                          {c.docketNumber && <div className="hint">{c.docketNumber}</div>}
                          {c.natureOfSuit && <div className="hint">{c.natureOfSuit.text}</div>}
                        </td>
                        <td>{c.court ? <Link to={nodePath(c.court.id)}>{c.court.name}</Link> : '—'}</td>
                        <td>{words(c.kind)}</td>
                        <td>{words(c.status)}</td>
                        <td>
                          <DateText date={c.filed} undated="—" />
                        </td>
                        <td>
                          <DateText date={c.closed} undated="—" />
                        </td>
                        {pendingOn && (
                          <td>
                            <StatusOn c={c} day={pendingOn} />
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <nav className="pager" aria-label="Pages of cases">
                {page.pageInfo.hasPreviousPage && page.pageInfo.startCursor && (
                  <Link to={at({ before: page.pageInfo.startCursor, after: null })}>
                    ← Previous {PAGE_SIZE}
                  </Link>
                )}
                {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
                  <Link to={at({ after: page.pageInfo.endCursor, before: null })}>Next {PAGE_SIZE} →</Link>
                )}
              </nav>
            </>
          )}
        </section>
      </div>
    </article>
  );
}
