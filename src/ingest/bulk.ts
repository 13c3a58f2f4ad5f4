import { createHash } from 'node:crypto';
import { existsSync, opendirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { IngestError } from './format';
import { loadChecked, loadedContentHash } from './load';
import { checkDocumentText } from './validate';

// Many documents into the graph, one at a time, each in its own transaction (all
// or nothing per document): memory stays bounded by the largest document, not by
// the input. Resumable: a document whose recorded content hash (the document's
// bytes and its sources' bytes) equals the file's is skipped unread; any other is
// checked and loaded, which is idempotent.

export const DEFAULT_MAX_DOCUMENT_MB = 64;

export interface BulkOptions {
  /** A document file larger than this is refused before it is read. */
  maxDocumentBytes?: number;
  onDocument?: (r: BulkDocumentReport) => void;
}

export interface BulkDocumentReport {
  file: string;
  docId: string;
  skipped: boolean;
  nodes: number;
  relationships: number;
}

export interface BulkSummary {
  documents: number;
  loaded: number;
  skipped: number;
  nodes: number;
  relationships: number;
}

/** A document that is too large to load in one transaction; the graph is unchanged by it. */
export class DocumentLimitError extends Error {
  constructor(
    readonly file: string,
    what: string,
  ) {
    super(`${file}: ${what}`);
    this.name = 'DocumentLimitError';
  }
}

/** The manifest of an ingest-format export (src/export/ingest.ts): its documents, in load order. */
export const EXPORT_MANIFEST = 'ingest-export.json';

/** The documents an export's manifest lists, as paths under `dir`. */
function manifestFiles(dir: string): string[] {
  const file = join(dir, EXPORT_MANIFEST);
  let listed: unknown;
  try {
    listed = (JSON.parse(readFileSync(file, 'utf8')) as { documents?: unknown }).documents;
  } catch (error) {
    throw new Error(`${file}: not an export manifest: ${(error as Error).message}`);
  }
  if (!Array.isArray(listed) || !listed.every((d) => typeof d === 'string'))
    throw new Error(`${file}: "documents" must be a list of paths`);
  return listed.map((d: string) => {
    const path = normalize(d);
    if (isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`))
      throw new Error(`${file}: ${JSON.stringify(d)} is not a path inside ${dir}`);
    return join(dir, path);
  });
}

/**
 * The document files of the inputs, in load order: a folder gives its `*.json`
 * files sorted by name (registry documents sort before the case documents that
 * refer to them), or, when it is an export (`ingest-export.json`), the documents
 * its manifest lists, in that order; a file is taken as given. Only names are held,
 * never contents.
 */
export function documentFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!statSync(input).isDirectory()) {
      files.push(input);
      continue;
    }
    if (existsSync(join(input, EXPORT_MANIFEST))) {
      files.push(...manifestFiles(input));
      continue;
    }
    const names: string[] = [];
    const dir = opendirSync(input);
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync())
      if (entry.isFile() && entry.name.endsWith('.json')) names.push(entry.name);
    dir.closeSync();
    files.push(...names.sort().map((n) => join(input, n)));
  }
  return files;
}

interface RawDocument {
  document?: { id?: unknown };
  sources?: { file?: unknown }[];
}

/** sha256 of the document's bytes and, in order, its sources' bytes (unreadable ones count as empty). */
function contentHash(file: string, text: string, raw: RawDocument): string {
  const hash = createHash('sha256').update(text);
  for (const s of raw.sources ?? []) {
    hash.update('\0');
    try {
      if (typeof s.file === 'string') hash.update(readFileSync(resolve(dirname(file), s.file)));
    } catch {
      // the check below reports it
    }
  }
  return hash.digest('hex');
}

const MEMORY_CODE = /OutOfMemory|MemoryLimit|MemoryPool/i;

/** A Neo4j memory error as a one-line error naming the file and what to change; null for any other error. */
export function limitHit(file: string, error: unknown): Error | null {
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : '';
  if (MEMORY_CODE.test(code) || /OutOfMemoryError|memory limit|memory pool/i.test(message)) {
    return new DocumentLimitError(
      file,
      `Neo4j ran out of transaction memory loading this document in one transaction (${code || 'out of memory'}); ` +
        'split it into smaller documents (npm run generate -- --chunk 500, or fewer cases per file) ' +
        'or give Neo4j more heap (NEO4J_HEAP=2g); nothing of this document was written',
    );
  }
  return null;
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;

export async function loadDocument(
  executor: Executor,
  file: string,
  opts: BulkOptions = {},
): Promise<BulkDocumentReport> {
  const max = opts.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_MB * 1024 * 1024;
  const size = statSync(file).size;
  if (size > max) {
    throw new DocumentLimitError(
      file,
      `${sizeText(size)} is over the ${sizeText(max)} limit of one document (one transaction); ` +
        'split it into smaller documents (npm run generate -- --chunk …) or raise --max-document-mb',
    );
  }
  const text = readFileSync(file, 'utf8');
  let raw: RawDocument;
  try {
    raw = JSON.parse(text) as RawDocument;
  } catch (error) {
    throw new IngestError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const docId = typeof raw.document?.id === 'string' ? raw.document.id : null;
  const hash = contentHash(file, text, raw);
  if (docId !== null && (await loadedContentHash(executor, docId)) === hash)
    return { file, docId, skipped: true, nodes: 0, relationships: 0 };
  const checked = checkDocumentText(file, text);
  try {
    const r = await loadChecked(executor, checked, { contentHash: hash });
    return { file, docId: r.docId, skipped: false, nodes: r.nodes, relationships: r.relationships };
  } catch (error) {
    throw limitHit(file, error) ?? error;
  }
}

/** Loads the files in order, one transaction each; stops at the first that fails (those before it stay). */
export async function loadBulk(
  executor: Executor,
  files: string[],
  opts: BulkOptions = {},
): Promise<BulkSummary> {
  const summary: BulkSummary = { documents: files.length, loaded: 0, skipped: 0, nodes: 0, relationships: 0 };
  for (const file of files) {
    const r = await loadDocument(executor, file, opts);
    if (r.skipped) summary.skipped += 1;
    else summary.loaded += 1;
    summary.nodes += r.nodes;
    summary.relationships += r.relationships;
    opts.onDocument?.(r);
  }
  return summary;
}
