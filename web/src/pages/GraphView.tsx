import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { Core, ElementDefinition } from 'cytoscape';
import { NeighborhoodQueryDoc } from '../operations';

// Cytoscape is imported only here, and this module is its own chunk (see App.tsx).
import type { EvidenceFieldsFragment, NeighborhoodQuery } from '../gql/graphql';
import { EntityHeader } from '../components/EntityHeader';
import { ErrorState, Loading, NotFound } from '../components/States';
import { capitalised, words } from '../format';
import { Link, nodePath, useLocation } from '../router';

type Sub = NonNullable<NeighborhoodQuery['neighborhood']>;
type EdgeData = Sub['edges'][number];

const COLOURS: Record<string, string> = {
  PERSON: '#1f5fa8',
  ORGANIZATION: '#6b3fa0',
  GROUP: '#3f7fa0',
  CASE: '#b34700',
  CHARGE: '#a0303f',
  CLAIM: '#a0306f',
  OUTCOME: '#2f7a3a',
  EVENT: '#7a6a2f',
  INCIDENT: '#444444',
  PRODUCTION: '#2f6a7a',
  COURT: '#5a5a8a',
};

function toElements(sub: Sub): ElementDefinition[] {
  return [
    ...sub.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.displayName, kind: n.kind },
    })),
    ...sub.edges.map((e) => ({
      group: 'edges' as const,
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        label: e.label,
        kind: e.kind,
        directed: e.direction === 'DIRECTED',
      },
    })),
  ];
}

const fileSafe = (id: string) => id.replace(/[^\w.-]+/g, '_');

function download(name: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** `?limit=` and `?depth=` from the address: a wider first neighbourhood (the API bounds both). */
function initialScope(search: URLSearchParams): { limit: number; depth: number } {
  const int = (name: string, fallback: number) => {
    const n = Number(search.get(name));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return { limit: int('limit', 200), depth: int('depth', 1) };
}

export default function GraphView({ id }: { id: string }) {
  const { search } = useLocation();
  const [{ data, fetching, error }] = useQuery({
    query: NeighborhoodQueryDoc,
    variables: { id, ...initialScope(search) },
  });
  const client = useClient();
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const edges = useRef(new Map<string, EdgeData>());
  const [selected, setSelected] = useState<EdgeData | null>(null);
  const [focus, setFocus] = useState<{ id: string; label: string } | null>(null);
  const [hiddenNodes, setHiddenNodes] = useState<Set<string>>(new Set());
  const [hiddenEdges, setHiddenEdges] = useState<Set<string>>(new Set());
  const [kinds, setKinds] = useState<{ nodes: string[]; edges: string[] }>({ nodes: [], edges: [] });
  const [status, setStatus] = useState('');
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });

  const sub = data?.neighborhood;
  useEffect(() => {
    if (!sub || !box.current) return;
    let cancelled = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !box.current) return;
      for (const e of sub.edges) edges.current.set(e.id, e);
      const cy = cytoscape({
        container: box.current,
        // Panning and zooming move a cached texture: smooth with thousands of nodes.
        textureOnViewport: true,
        elements: toElements(sub),
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'font-size': 11,
              'min-zoomed-font-size': 6,
              'text-wrap': 'wrap',
              'text-max-width': '140px',
              'text-valign': 'bottom',
              'text-margin-y': 4,
              color: '#1a1a1a',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.8,
              'text-background-padding': '1px',
              'background-color': (n) => COLOURS[n.data('kind') as string] ?? '#666',
              width: 22,
              height: 22,
            },
          },
          {
            selector: `node[id = "${id.replace(/"/g, '\\"')}"]`,
            style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#000' },
          },
          {
            selector: 'edge',
            style: {
              label: 'data(label)',
              'font-size': 9,
              'min-zoomed-font-size': 7,
              color: '#333',
              'text-rotation': 'autorotate',
              'text-background-color': '#fff',
              'text-background-opacity': 0.85,
              'curve-style': 'bezier',
              width: 1.5,
              'line-color': '#9a9a9a',
              'target-arrow-color': '#9a9a9a',
              'target-arrow-shape': (e) => (e.data('directed') ? 'triangle' : 'none'),
            },
          },
          {
            selector: 'edge:selected',
            style: { 'line-color': '#c00', 'target-arrow-color': '#c00', width: 3 },
          },
          { selector: '.hidden', style: { display: 'none' } },
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true },
      });
      cyRef.current = cy;
      (window as unknown as { __cy?: Core }).__cy = cy;
      const refresh = () => {
        setKinds({
          nodes: [...new Set(cy.nodes().map((n) => n.data('kind') as string))].sort(),
          edges: [...new Set(cy.edges().map((e) => e.data('kind') as string))].sort(),
        });
        setCounts({ nodes: cy.nodes().length, edges: cy.edges().length });
      };
      refresh();
      cy.on('tap', 'edge', (evt) => setSelected(edges.current.get(evt.target.id() as string) ?? null));
      cy.on('tap', 'node', (evt) => {
        const nodeId = evt.target.id() as string;
        setFocus({ id: nodeId, label: evt.target.data('label') as string });
        setStatus(`Expanding ${evt.target.data('label') as string}…`);
        void client
          .query(NeighborhoodQueryDoc, { id: nodeId, depth: 1 })
          .toPromise()
          .then((r) => {
            const more = r.data?.neighborhood;
            if (r.error || !more) {
              setStatus(`Could not expand: ${r.error?.message ?? 'not found'}`);
              return;
            }
            for (const e of more.edges) edges.current.set(e.id, e);
            const fresh = toElements(more).filter((el) => cy.getElementById(el.data.id as string).empty());
            const at = evt.target.position();
            cy.add(
              fresh.map((el) =>
                el.group === 'nodes'
                  ? {
                      ...el,
                      position: { x: at.x + Math.random() * 80 - 40, y: at.y + Math.random() * 80 - 40 },
                    }
                  : el,
              ),
            );
            cy.layout({
              name: 'cose',
              animate: false,
              randomize: false,
              nodeDimensionsIncludeLabels: true,
            }).run();
            refresh();
            setStatus(
              `Expanded ${evt.target.data('label') as string}: ${fresh.filter((f) => f.group === 'nodes').length} new nodes`,
            );
          });
      });
    });
    return () => {
      cancelled = true;
      cyRef.current?.destroy();
      cyRef.current = null;
    };
  }, [sub, id, client]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('hidden');
      cy.nodes()
        .filter((n) => hiddenNodes.has(n.data('kind') as string))
        .addClass('hidden');
      cy.edges()
        .filter((e) => hiddenEdges.has(e.data('kind') as string))
        .addClass('hidden');
    });
  }, [hiddenNodes, hiddenEdges, counts]);

  const toggle = (set: Set<string>, value: string) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };
  const start = useMemo(() => sub?.nodes[0], [sub]);

  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="the graph" />;
  if (!sub || !start) return <NotFound id={id} />;
  return (
    <article className="entity graph-view">
      <EntityHeader id={id} kind={`Graph around ${words(start.kind)}`} title={start.displayName} />
      <p className="hint">
        Click a node to expand its neighbours, an edge to see the sentences that state it. Drag to pan, scroll
        to zoom.
        {sub.truncated && ' The first view was cut at 200 nodes.'}
      </p>
      <div className="graph-layout">
        <div
          className="graph-canvas"
          ref={box}
          role="img"
          aria-label={`Graph of ${counts.nodes} nodes and ${counts.edges} relationships around ${start.displayName}`}
        />
        <aside className="graph-side" aria-label="Graph controls">
          <p role="status" aria-live="polite" className="graph-status">
            {counts.nodes} nodes, {counts.edges} relationships. {status}
          </p>
          <fieldset>
            <legend>Node kinds</legend>
            {kinds.nodes.map((k) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={!hiddenNodes.has(k)}
                  onChange={() => setHiddenNodes(toggle(hiddenNodes, k))}
                />
                <span className="swatch" style={{ background: COLOURS[k] }} aria-hidden="true" />{' '}
                {capitalised(words(k))}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Relationship kinds</legend>
            {kinds.edges.map((k) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={!hiddenEdges.has(k)}
                  onChange={() => setHiddenEdges(toggle(hiddenEdges, k))}
                />{' '}
                {words(k)}
              </label>
            ))}
          </fieldset>
          <div className="exports">
            <button
              type="button"
              onClick={() =>
                cyRef.current &&
                download(
                  `graph-${fileSafe(id)}.png`,
                  cyRef.current.png({ full: true, scale: 2, bg: '#ffffff' }),
                )
              }
            >
              Export PNG
            </button>
            <button
              type="button"
              onClick={() => {
                const cy = cyRef.current;
                if (!cy) return;
                const json = JSON.stringify(
                  {
                    nodes: cy.nodes().map((n) => n.data()),
                    edges: cy
                      .edges()
                      .map((e) => ({ ...e.data(), evidence: edges.current.get(e.id())?.evidence ?? [] })),
                  },
                  null,
                  2,
                );
                download(
                  `graph-${id}.json`,
                  URL.createObjectURL(new Blob([json], { type: 'application/json' })),
                );
              }}
            >
              Export JSON
            </button>
          </div>
          {focus && (
            <p>
              Selected: <Link to={nodePath(focus.id)}>{focus.label}</Link>
            </p>
          )}
          {selected && <EdgeEvidence edge={selected} />}
        </aside>
      </div>
    </article>
  );
}

function EdgeEvidence({
  edge,
}: {
  edge: { label: string; kind: string; evidence: readonly EvidenceFieldsFragment[] };
}) {
  return (
    <section className="edge-evidence" aria-labelledby="edge-h">
      <h2 id="edge-h">
        “{edge.label}” ({words(edge.kind)})
      </h2>
      {edge.evidence.map((e, i) => (
        <blockquote key={i}>
          <p>{e.quote}</p>
          <footer>
            <Link to={`${nodePath(e.source.id)}?quote=${encodeURIComponent(e.quote)}`}>{e.source.title}</Link>
          </footer>
        </blockquote>
      ))}
    </section>
  );
}
