import type { ReactNode } from 'react';
import { Link, nodePath, useLocation } from '../router';

/** Kinds whose ids `timeline(…)` accepts. */
const TIMELINE_KINDS = new Set(['person', 'organization', 'group', 'case', 'incident']);

/** Title of an entity page with its views: overview, timeline (when it has one) and graph. */
export function EntityHeader({
  id,
  kind,
  title,
  children,
  timeline = TIMELINE_KINDS.has(id.slice(0, id.indexOf(':'))),
}: {
  id: string;
  kind: string;
  title: string;
  children?: ReactNode;
  timeline?: boolean;
}) {
  const { path } = useLocation();
  const views: [string, string][] = [
    ['Overview', nodePath(id)],
    ...(timeline ? ([['Timeline', nodePath(id, 'timeline')]] as [string, string][]) : []),
    ['Graph', nodePath(id, 'graph')],
  ];
  return (
    <header className="entity-header">
      <p className="kind">{kind}</p>
      <h1>{title}</h1>
      {children}
      <nav aria-label="Views of this entity" className="views">
        {views.map(([label, to]) => (
          <Link key={label} to={to} aria-current={path === to ? 'page' : undefined}>
            {label}
          </Link>
        ))}
        <Link to={`/paths?from=${encodeURIComponent(id)}`}>Find a path from here</Link>
      </nav>
    </header>
  );
}
