import { request } from 'node:http';

// A small document in the ingest format, built in memory as a tool would send it
// to `loadDocument`: a new person, a party of the seed (stated by both documents)
// and a civil case between them, every fact quoted from one source text.

export interface SentDocument {
  docId: string;
  caseId: string;
  plaintiffId: string;
  document: Record<string, unknown>;
  sources: { id: string; text: string }[];
}

export function sentDocument(docId: string, opts: { padding?: number } = {}): SentDocument {
  const source = `source:${docId}`;
  const caseId = `case:${docId}-roe-v-baldwin`;
  const plaintiffId = `person:${docId}-jane-roe`;
  const ev = (quote: string) => [{ source, quote }];
  const text = [
    'Jane Roe sued Alec Baldwin on Monday in a civil suit, Roe v. Baldwin.',
    // Realistic bulk: a long source text (a docket, a filing) quoted in a few places.
    'x'.repeat(opts.padding ?? 0),
  ].join('\n');
  return {
    docId,
    caseId,
    plaintiffId,
    sources: [{ id: source, text }],
    document: {
      format: 'litigation-graph',
      formatVersion: 1,
      document: { id: docId, title: `Sent document ${docId}` },
      sources: [
        { id: source, kind: 'ARTICLE', title: `Report ${docId}`, identifier: docId, file: 'not-read.txt' },
      ],
      parties: [
        { id: plaintiffId, kind: 'PERSON', name: 'Jane Roe', evidence: ev('Jane Roe') },
        { id: 'person:alec-baldwin', kind: 'PERSON', name: 'Alec Baldwin', evidence: ev('Alec Baldwin') },
      ],
      cases: [
        {
          id: caseId,
          caption: 'Roe v. Baldwin',
          captionKind: 'OFFICIAL',
          kind: 'CIVIL',
          status: 'PENDING',
          evidence: ev('a civil suit, Roe v. Baldwin'),
          parties: [
            { party: plaintiffId, role: 'PLAINTIFF', evidence: ev('Jane Roe sued Alec Baldwin') },
            { party: 'person:alec-baldwin', role: 'DEFENDANT', evidence: ev('Jane Roe sued Alec Baldwin') },
          ],
        },
      ],
    },
  };
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    data?: any;
    errors?: { message: string; extensions?: Record<string, any> }[];
  };
}

/** POSTs a GraphQL request with the given headers (one connection per request, as rawGql). */
export function postGraphQL(
  port: number,
  payload: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) });
          } catch {
            reject(new Error(`HTTP ${res.statusCode} without a JSON body: ${text.slice(0, 500)}`));
          }
        });
      },
    );
    // The server may answer (413) and close before the whole body is sent.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(body);
  });
}

export const LOAD = `mutation Load($document: JSONObject!, $sources: [SourceTextInput!]!) {
  loadDocument(document: $document, sources: $sources) { documentId nodes relationships }
}`;

export const REMOVE = `mutation Remove($id: ID!) {
  removeDocument(id: $id) { documentId deletedNodes deletedRelationships }
}`;
