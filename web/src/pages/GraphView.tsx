import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { Core } from 'cytoscape';
import { NeighborhoodQueryDoc } from '../operations';

// Cytoscape is imported only here, and this module is its own chunk (see App.tsx).
import type { EvidenceFieldsFragment, NeighborhoodQuery } from '../gql/graphql';
import { EntityHeader } from '../components/EntityHeader';
import { ErrorState, Loading, NotFound } from '../components/States';
import { capitalised, words } from '../format';
import { Link, nodePath, useLocation } from '../router';
import { toGraphML } from '../graphml';
import { crowdedKinds, toElements } from '../graphGroups';

type Sub = NonNullable<NeighborhoodQuery['neighborhood']>;
type EdgeData = Sub['edges'][number];
type NodeData = Sub['nodes'][number];

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
  // Everything fetched so far (the first view and each expansion), by id.
  const knownNodes = useRef(new Map<string, NodeData>());
  const edges = useRef(new Map<string, EdgeData>());
  const [selected, setSelected] = useState<EdgeData | null>(null);
  const [focus, setFocus] = useState<{ id: string; label: string } | null>(null);
  const [hiddenNodes, setHiddenNodes] = useState<Set<string>>(new Set());
  const [hiddenEdges, setHiddenEdges] = useState<Set<string>>(new Set());
  const [grouped, setGrouped] = useState<Set<string>>(new Set());
  const [kinds, setKinds] = useState<{ nodes: string[]; edges: string[] }>({ nodes: [], edges: [] });
  const [status, setStatus] = useState('');
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });

  const sub = data?.neighborhood;
  const groupedRef = useRef(grouped);
  groupedRef.current = grouped;
  const hiddenRef = useRef({ nodes: hiddenNodes, edges: hiddenEdges });
  hiddenRef.current = { nodes: hiddenNodes, edges: hiddenEdges };

  /**
   * Hides what the filters leave out and counts what shows; with `layout`, lays out what
   * shows again (so filtering leaves no gaps) and fits it. Synchronous: nothing moves after.
   */
  const refresh = (cy: Core, layout: boolean) => {
    const { nodes: hideNodes, edges: hideEdges } = hiddenRef.current;
    cy.batch(() => {
      cy.elements().removeClass('hidden');
      cy.nodes()
        .filter((n) => hideNodes.has(n.data('kind') as string))
        .addClass('hidden');
      cy.edges()
        .filter(
          (e) =>
            hideEdges.has(e.data('kind') as string) ||
            e.source().hasClass('hidden') ||
            e.target().hasClass('hidden'),
        )
        .addClass('hidden');
    });
    const shown = cy.elements().not('.hidden');
    setCounts({ nodes: shown.nodes().length, edges: shown.edges().length });
    if (!layout) return;
    shown.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true }).run();
    cy.fit(shown, 30);
  };

  /** Brings the canvas in line with what is known and grouped; new nodes appear near `near`. */
  const sync = (cy: Core, near?: { x: number; y: number }) => {
    const wanted = toElements(
      [...knownNodes.current.values()],
      [...edges.current.values()],
      groupedRef.current,
    );
    const ids = new Set(wanted.map((el) => el.data.id as string));
    let changed = false;
    cy.batch(() => {
      const gone = cy.elements().filter((el) => !ids.has(el.id()));
      changed = gone.nonempty();
      gone.remove();
      for (const el of wanted) {
        const existing = cy.getElementById(el.data.id as string);
        if (existing.nonempty()) {
          existing.data(el.data);
          continue;
        }
        const at = near ?? { x: 0, y: 0 };
        changed = true;
        cy.add(
          el.group === 'nodes'
            ? { ...el, position: { x: at.x + Math.random() * 80 - 40, y: at.y + Math.random() * 80 - 40 } }
            : el,
        );
      }
    });
    setKinds({
      nodes: [...new Set([...knownNodes.current.values()].map((n) => n.kind))].sort(),
      edges: [...new Set(cy.edges().map((e) => e.data('kind') as string))].sort(),
    });
    refresh(cy, changed);
  };

  useEffect(() => {
    if (!sub || !box.current) return;
    let cancelled = false;
    knownNodes.current = new Map(sub.nodes.map((n) => [n.id, n]));
    edges.current = new Map(sub.edges.map((e) => [e.id, e]));
    const crowded = crowdedKinds(sub.nodes, id);
    groupedRef.current = crowded;
    setGrouped(crowded);
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !box.current) return;
      const cy = cytoscape({
        container: box.current,
        // Panning and zooming move a cached texture: smooth with thousands of nodes.
        textureOnViewport: true,
        elements: toElements(sub.nodes, sub.edges, crowded),
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'font-size': 12,
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
            selector: 'node.grouped',
            style: {
              shape: 'round-rectangle',
              width: 34,
              height: 26,
              'border-width': 2,
              'border-color': '#333',
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
              'font-size': 10,
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
      sync(cy);
      cy.on('tap', 'edge', (evt) => setSelected(edges.current.get(evt.target.id() as string) ?? null));
      cy.on('tap', 'node', (evt) => {
        const nodeId = evt.target.id() as string;
        const members = evt.target.data('members') as number | undefined;
        if (members) {
          // A grouped kind: show its nodes one by one.
          const kind = evt.target.data('kind') as string;
          const next = new Set(groupedRef.current);
          next.delete(kind);
          setGrouped(next);
          setStatus(`Showing the ${members} ${words(kind)}s one by one.`);
          return;
        }
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
            const fresh = more.nodes.filter((n) => !knownNodes.current.has(n.id));
            for (const n of fresh) knownNodes.current.set(n.id, n);
            for (const e of more.edges) edges.current.set(e.id, e);
            sync(cy, evt.target.position());
            setStatus(`Expanded ${evt.target.data('label') as string}: ${fresh.length} new nodes`);
          });
      });
    });
    return () => {
      cancelled = true;
      cyRef.current?.destroy();
      cyRef.current = null;
    };
    // `sync` reads refs only; the canvas is made once per first view.
  }, [sub, id, client]);

  // Grouping changed: the same nodes, grouped anew.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) sync(cy, cy.getElementById(id).position());
  }, [grouped]);

  // Filters changed: hide what is filtered out, count what shows, lay it out again.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) refresh(cy, true);
  }, [hiddenNodes, hiddenEdges]);

  const toggle = (set: Set<string>, value: string) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };
  const start = useMemo(() => sub?.nodes[0], [sub]);

  /** What the canvas shows now, as GraphML: grouped nodes as one node, hidden kinds left out. */
  const visibleGraphML = () => {
    const cy = cyRef.current;
    if (!cy) return '';
    const shown = cy.elements().not('.hidden');
    return toGraphML(
      shown.nodes().map((n) => ({
        id: n.id(),
        label: n.data('label') as string,
        kind: n.data('kind') as string,
      })),
      shown.edges().map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        label: e.data('label') as string,
        kind: e.data('kind') as string,
        directed: !!e.data('directed'),
        evidence: (edges.current.get(e.id())?.evidence ?? []).map((x) => `${x.source.id}: ${x.quote}`),
      })),
    );
  };

  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="the graph" />;
  if (!sub || !start) return <NotFound id={id} />;
  return (
    <article className="entity graph-view">
      <EntityHeader id={id} kind={`Graph around ${words(start.kind)}`} title={start.displayName} />
      <p className="hint">
        Click a node to expand its neighbours, an edge to see the sentences that state it, a grouped box to
        show its nodes one by one. Drag to pan, scroll to zoom.
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
            {counts.nodes} nodes, {counts.edges} relationships shown. {status}
          </p>
          <fieldset>
            <legend>Node kinds</legend>
            {kinds.nodes.map((k) => (
              <div key={k} className="kind-row">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!hiddenNodes.has(k)}
                    onChange={() => setHiddenNodes(toggle(hiddenNodes, k))}
                  />
                  <span className="swatch" style={{ background: COLOURS[k] }} aria-hidden="true" />{' '}
                  {capitalised(words(k))}
                </label>
                <label className="check group-check">
                  <input
                    type="checkbox"
                    checked={grouped.has(k)}
                    onChange={() => setGrouped(toggle(grouped, k))}
                  />{' '}
                  as one
                </label>
              </div>
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
              onClick={() =>
                download(
                  `graph-${fileSafe(id)}.graphml`,
                  URL.createObjectURL(new Blob([visibleGraphML()], { type: 'application/graphml+xml' })),
                )
              }
            >
              Export GraphML
            </button>
            <button
              type="button"
              onClick={() => {
                const json = JSON.stringify(
                  {
                    nodes: [...knownNodes.current.values()],
                    edges: [...edges.current.values()],
                  },
                  null,
                  2,
                );
                download(
                  `graph-${fileSafe(id)}.json`,
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
