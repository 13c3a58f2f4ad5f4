// Downloads of what a list shows, from the API's export endpoints (streamed by the
// server, so a whole filtered set downloads, not just the page on screen).

const TABLES = [
  ['cases', 'Cases'],
  ['parties', 'Parties'],
  ['case_parties', 'Parties’ roles in cases'],
  ['counsel', 'Counsel'],
  ['judges', 'Judges'],
  ['events', 'Events'],
  ['outcomes', 'Outcomes'],
  ['statements', 'Statements'],
  ['sources', 'Sources'],
  ['evidence', 'Evidence'],
] as const;

/** `query`: the filter as the export endpoints take it (`?filter=…`, or '' for everything). */
export function ExportLinks({ query, what }: { query: string; what: string }) {
  return (
    <details className="export">
      <summary>Export {what}</summary>
      <div className="export-menu">
        <p className="hint">CSV tables share ids, so they join in a spreadsheet or in R, pandas or SQL.</p>
        <ul>
          {TABLES.map(([table, label]) => (
            <li key={table}>
              <a href={`/export/${table}.csv${query}`} download>
                {label} (CSV)
              </a>
            </li>
          ))}
          <li>
            <a href={`/export/graph.graphml${query}`} download>
              Graph (GraphML, for Gephi and Cytoscape)
            </a>
          </li>
          <li>
            <a href={`/export/graph.gexf${query}`} download>
              Graph (GEXF, for Gephi)
            </a>
          </li>
          <li>
            <a href={`/export/graph.jsonld${query}`} download>
              Linked data (JSON-LD)
            </a>
          </li>
        </ul>
      </div>
    </details>
  );
}
