import { lazy, Suspense } from 'react';
import { Search } from './components/Search';
import { Loading, NotFound } from './components/States';
import { kindOfId } from './format';
import { Link, useLocation } from './router';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { CourtPage } from './pages/CourtPage';
import { EntityPage } from './pages/EntityPage';
import { Home } from './pages/Home';
import { PartyPage } from './pages/PartyPage';
import { PathFinder } from './pages/PathFinder';
import { RankingsPage } from './pages/RankingsPage';
import { SearchPage } from './pages/SearchPage';
import { SourcePage } from './pages/SourcePage';
import { StatsView } from './pages/StatsView';
import { TimelinePage } from './pages/TimelinePage';

// Cytoscape is only downloaded when a graph view opens.
const GraphView = lazy(() => import('./pages/GraphView'));
// The authoring workspace brings its NLP library: downloaded only when /author opens.
const AuthorPage = lazy(() => import('./pages/AuthorPage'));

const PARTY_KINDS = new Set(['person', 'organization', 'group']);

function Page() {
  const { path } = useLocation();
  const m = /^\/node\/([^/]+)(?:\/(graph|timeline))?\/?$/.exec(path);
  if (m) {
    let id: string;
    try {
      id = decodeURIComponent(m[1] ?? '');
    } catch {
      id = m[1] ?? '';
    }
    if (m[2] === 'graph')
      return (
        <Suspense fallback={<Loading what="the graph view" />}>
          <GraphView key={id} id={id} />
        </Suspense>
      );
    if (m[2] === 'timeline') return <TimelinePage key={id} id={id} />;
    const kind = kindOfId(id);
    // Every global id is `<kind>:<slug>`; anything else names nothing (the API refuses it as input).
    if (!kind) return <NotFound id={id} />;
    if (kind === 'case') return <CasePage key={id} id={id} />;
    if (kind === 'court') return <CourtPage key={id} id={id} />;
    if (PARTY_KINDS.has(kind)) return <PartyPage key={id} id={id} />;
    if (kind === 'source') return <SourcePage key={id} id={id} />;
    return <EntityPage key={id} id={id} />;
  }
  if (path === '/cases') return <CasesPage />;
  if (path === '/rankings') return <RankingsPage />;
  if (path === '/search') return <SearchPage />;
  if (path === '/paths') return <PathFinder />;
  if (path === '/stats') return <StatsView />;
  if (path === '/author')
    return (
      <Suspense fallback={<Loading what="the authoring workspace" />}>
        <AuthorPage />
      </Suspense>
    );
  if (path === '/' || path === '') return <Home />;
  return (
    <div className="state not-found" role="status">
      <h1>Not found</h1>
      <p>There is no page at {path}.</p>
    </div>
  );
}

export function App() {
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top" role="banner">
        <Link to="/" className="brand">
          Litigation graph
        </Link>
        <Search label="Search the graph" />
        <nav aria-label="Main">
          <Link to="/cases">Cases</Link>
          <Link to="/rankings">Rankings</Link>
          <Link to="/paths">Path finder</Link>
          <Link to="/stats">Statistics</Link>
          <Link to="/author">Add an article</Link>
          <a href="/graphql">GraphQL</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
      <footer className="bottom" role="contentinfo">
        Every fact carries its source and the sentence that states it: open the numbered markers.
      </footer>
    </>
  );
}
