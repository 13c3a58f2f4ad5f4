// GraphML (http://graphml.graphdrawing.org) of what a graph view shows, for Gephi,
// Cytoscape desktop, yEd or NetworkX: each node and edge with its kind and label, and
// an edge's evidence as its sources' ids and quotes.

export interface GraphNode {
  id: string;
  label: string;
  kind: string;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  kind: string;
  directed: boolean;
  /** `source id: quote` per sentence that states it. */
  evidence: readonly string[];
}

// Characters XML 1.0 cannot hold at all (controls other than tab, newline, return).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data or an attribute value. */
export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const data = (key: string, value: string) => `<data key="${key}">${xmlText(value)}</data>`;

export function toGraphML(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="ekind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
    // Edges say their own direction: a `same as`-like link is undirected.
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of nodes)
    lines.push(`    <node id="${xmlText(n.id)}">${data('label', n.label)}${data('kind', n.kind)}</node>`);
  for (const e of edges)
    lines.push(
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"${e.directed ? '' : ' directed="false"'}>` +
        `${data('elabel', e.label)}${data('ekind', e.kind)}${data('evidence', e.evidence.join('\n'))}</edge>`,
    );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
