import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Executor } from '../db/executor';
import { LOADED_DOCUMENT } from '../graph/labels';
import { EXPORT_MANIFEST } from '../ingest/bulk';
import { checkAborted, put } from './sink';

// The whole graph as documents in the ingest format (seed/README.md): a backup that
// `npm run load -- DIR` loads into an empty database as the same graph. Every load keeps
// the document it loaded on the document's record (`LoadedDocument.document`, its JSON,
// and `.sourceTexts`, its sources' texts by id; src/ingest/load.ts), so the export writes
// those back, never a reconstruction: one folder per document, in the order the documents
// were first loaded (every document after those it refers to), with the source texts at
// the paths the document names, and a manifest (`ingest-export.json`) listing the
// documents in that order, which `npm run load` follows.
//
// A graph stored before the records kept their documents cannot be exported this way:
// the export refuses, naming the documents to load again, before it writes anything.

export const MANIFEST_FORMAT = 'litigation-graph-export';

/** The export cannot be made (documents without their text, a folder in the way); nothing was written. */
export class IngestExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestExportError';
  }
}

const WITHOUT_TEXT = `// exportDocumentsWithoutText
MATCH (d:${LOADED_DOCUMENT}) WHERE d.document IS NULL OR d.sourceTexts IS NULL
WITH d ORDER BY d.id
RETURN count(d) AS n, collect(d.id)[..20] AS ids`;

const DOCUMENT_IDS = `// exportDocumentOrder
MATCH (d:${LOADED_DOCUMENT})
RETURN d.id AS id ORDER BY d.loadOrder, d.id`;

const DOCUMENT = `// exportDocument
MATCH (d:${LOADED_DOCUMENT} {id: $id})
RETURN d.document AS document, d.sourceTexts AS sourceTexts`;

const COUNT = `// exportDocumentCount
MATCH (d:${LOADED_DOCUMENT}) RETURN count(d) AS n`;

/** The documents the graph holds. */
export async function documentCount(executor: Executor): Promise<number> {
  const [row] = await executor.read(COUNT);
  return Number(row?.n ?? 0);
}

/** Refuses a graph with records that do not keep their document: their ids, how to fix it. */
export async function checkExportable(executor: Executor): Promise<void> {
  const [row] = await executor.read(WITHOUT_TEXT);
  const n = Number(row?.n ?? 0);
  if (n === 0) return;
  const ids = (row?.ids as string[]) ?? [];
  throw new IngestExportError(
    `${n} loaded document${n === 1 ? '' : 's'} cannot be exported in the ingest format: ` +
      `${n === 1 ? 'it was' : 'they were'} loaded before the graph kept each document's text. ` +
      `Load ${n === 1 ? 'it' : 'them'} again (npm run load, npm run import, npm run ingest) and export again. ` +
      `Nothing was exported.\n  ${ids.join('\n  ')}${n > ids.length ? `\n  … and ${n - ids.length} more` : ''}`,
  );
}

/** A file name made of the document id: letters, digits, `.`, `_`, `-`. */
const fileName = (docId: string) =>
  `${docId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100) || 'document'}.json`;

/** The path of a source's text inside the document's folder: the document's `file`, when it stays inside. */
function sourcePath(docId: string, file: unknown): string {
  const path = typeof file === 'string' ? normalize(file) : '';
  if (path === '' || path === '.' || isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) {
    throw new IngestExportError(
      `document ${docId}: its source file ${JSON.stringify(file)} is not a path inside the document's folder; nothing was exported`,
    );
  }
  return path;
}

export interface DocumentFiles {
  /** The document's file, relative to its folder. */
  document: string;
  /** Relative path → text. */
  files: Map<string, string>;
}

/** Where a document and its sources' texts go, inside its folder. */
export function documentFiles(docId: string, documentJson: string, sourceTextsJson: string): DocumentFiles {
  const doc = JSON.parse(documentJson) as { sources?: { id: string; file: string }[] };
  const texts = JSON.parse(sourceTextsJson) as Record<string, string>;
  const document = fileName(docId);
  const files = new Map<string, string>();
  for (const s of doc.sources ?? []) {
    const path = sourcePath(docId, s.file);
    const text = texts[s.id];
    if (text === undefined) throw new IngestExportError(`document ${docId}: no text kept for ${s.id}`);
    const taken = files.get(path);
    if ((taken !== undefined && taken !== text) || path === document)
      throw new IngestExportError(
        `document ${docId}: two texts at ${path} (the document names one file for two sources); nothing more was exported`,
      );
    files.set(path, text);
  }
  return { document, files };
}

export interface IngestExportSummary {
  documents: number;
  bytes: number;
}

/**
 * Writes every loaded document into `dir` (new, or empty), one folder each, and the
 * manifest. Checks first that every document can be exported.
 */
export async function exportIngest(
  executor: Executor,
  dir: string,
  opts: { signal?: AbortSignal; onRow?: () => void } = {},
): Promise<IngestExportSummary> {
  await checkExportable(executor);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new IngestExportError(`${dir} is not empty: export into a new or empty folder`);
  mkdirSync(dir, { recursive: true });
  const manifest = createWriteStream(join(dir, EXPORT_MANIFEST));
  const summary: IngestExportSummary = { documents: 0, bytes: 0 };
  try {
    await put(manifest, `{\n  "format": "${MANIFEST_FORMAT}",\n  "formatVersion": 1,\n  "documents": [`);
    // The ids stream in load order; each document is read alone: one in memory at a time.
    await executor.stream(
      DOCUMENT_IDS,
      {},
      async (row) => {
        checkAborted(opts.signal);
        const id = String(row.id);
        const [doc] = await executor.read(DOCUMENT, { id });
        if (typeof doc?.document !== 'string' || typeof doc.sourceTexts !== 'string')
          throw new IngestExportError(
            `document ${id} lost its text while exporting; nothing more was exported`,
          );
        const folder = String(summary.documents + 1).padStart(6, '0');
        const files = documentFiles(id, doc.document, doc.sourceTexts);
        const write = (path: string, text: string) => {
          const target = join(dir, folder, path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, text, { flag: 'wx' });
          summary.bytes += Buffer.byteLength(text);
        };
        write(files.document, doc.document);
        for (const [path, text] of files.files) write(path, text);
        await put(
          manifest,
          `${summary.documents === 0 ? '' : ','}\n    ${JSON.stringify(`${folder}/${files.document}`)}`,
        );
        summary.documents += 1;
        opts.onRow?.();
      },
      { signal: opts.signal, timeoutMs: 24 * 3600_000 },
    );
    await put(manifest, '\n  ]\n}\n');
  } finally {
    manifest.end();
    await finished(manifest as Writable).catch(() => undefined);
  }
  return summary;
}
