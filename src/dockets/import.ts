import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Executor } from '../db/executor';
import { IngestError } from '../ingest/format';
import { LOADED_DOCUMENT } from '../graph/labels';
import { loadPlanned, planDocument } from '../ingest/load';
import type { GraphPlan } from '../ingest/plan';
import { checkDocumentData, type CheckedDocument } from '../ingest/validate';
import type { Proposal } from './document-builder';
import type { NormalisedDocket } from './model';
import { normaliseDocket } from './normalise';
import { docketDocument, type DocketDocument } from './to-document';

// `npm run import`: docket files → checked ingest documents → one write transaction
// each. A file that cannot be read or checked is reported and skipped; the batch
// goes on. Each document is a function of its docket alone (identity.ts): nothing is
// resolved against what the graph holds, so the order of the files does not matter.
// Look-alikes across dockets are offered by Party.possibleSameAs when queried.

export interface Skipped {
  file: string;
  reason: string;
}

/** Two parties, lawyers or firms of one docket kept apart that may be one, and why. */
export interface ProposedSameAs extends Proposal {
  file: string;
}

export interface ImportSummary {
  files: number;
  imported: number;
  /** Dockets whose document the graph holds already, exactly as this run would write it: not written again. */
  unchanged: number;
  /** The ingest documents written (one per docket report), e.g. to remove them. */
  documents: string[];
  skipped: Skipped[];
  created: Record<Counted, number>;
  merged: Record<Counted, number>;
  /** Within each docket imported: look-alikes kept apart, with the reason (see identity.ts). */
  proposed: ProposedSameAs[];
  nodes: number;
  relationships: number;
  warnings: number;
}

type Counted = 'cases' | 'parties' | 'counsel' | 'events';

/** The JSON files named, folders searched recursively, in a stable order. */
export function docketFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else if (path.endsWith('.json')) {
      out.push(path);
    }
  };
  for (const path of paths) visit(path);
  return out;
}

/** A file read, normalised and mapped; or why it cannot be. */
export function prepareDocket(
  file: string,
): { docket: NormalisedDocket; raw: string; document: DocketDocument } | { reason: string } {
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    return { reason: `cannot read it as UTF-8 text: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { reason: `not JSON: ${(error as Error).message}` };
  }
  const docket = normaliseDocket(json, basename(file));
  if ('problems' in docket) {
    return { reason: docket.problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ') };
  }
  return { docket, raw, document: docketDocument(docket, raw) };
}

/**
 * What a docket's document states, as one hash: the document and the texts of its
 * sources. A docket read again gives the same hash unless the file or the importer's
 * mapping changed, so a re-import writes only what changed.
 */
export function documentHash(document: DocketDocument): string {
  const hash = createHash('sha256').update(JSON.stringify(document.doc));
  for (const [id, text] of [...document.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update('\0').update(id).update('\0').update(text);
  return hash.digest('hex');
}

/**
 * How many of a plan's cases, parties, events and appearances the graph holds already, and
 * the hash of the document as last loaded: one statement.
 */
const EXISTING = `// existingCounts
CALL () { UNWIND $cases AS id MATCH (n:Node {id: id}) RETURN count(n) AS cases }
CALL () { UNWIND $parties AS id MATCH (n:Node {id: id}) RETURN count(n) AS parties }
CALL () { UNWIND $events AS id MATCH (n:Node {id: id}) RETURN count(n) AS events }
CALL () { UNWIND $counsel AS id MATCH ()-[r:COUNSEL_IN {id: id}]->() RETURN count(r) AS counsel }
OPTIONAL MATCH (d:${LOADED_DOCUMENT} {id: $doc})
RETURN cases, parties, events, counsel, d.contentHash AS loadedHash`;

export interface ImportOptions {
  dryRun?: boolean;
  /** Called after each file, with what happened to it. */
  onFile?: (file: string, outcome: 'imported' | 'unchanged' | 'checked' | 'skipped') => void;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /**
   * Read, map and check the next docket while the one before it is written (default true);
   * false runs each docket's steps one after the other (to time them apart).
   */
  prepareAhead?: boolean;
}

/** A docket read, mapped, checked and planned: ready to write. */
interface Ready {
  file: string;
  checked: CheckedDocument;
  plan: GraphPlan;
  hash: string;
  warnings: number;
  proposed: ProposedSameAs[];
}

/** Reads, maps, checks and plans a docket (this process's own work); or why it cannot be. */
function readyDocket(file: string, shown: string): Ready | { reason: string } {
  const prepared = prepareDocket(file);
  if ('reason' in prepared) return prepared;
  try {
    const { doc, texts } = prepared.document;
    const checked = checkDocumentData(file, doc, texts);
    return {
      file,
      checked,
      plan: planDocument(checked),
      hash: documentHash(prepared.document),
      warnings: prepared.docket.warnings.length,
      proposed: prepared.document.identity.proposals.map((p) => ({ ...p, file: shown })),
    };
  } catch (error) {
    if (error instanceof IngestError) return { reason: error.message };
    throw error;
  }
}

/**
 * Imports docket files one by one (each in its own transaction, all or nothing).
 * With `dryRun` nothing is written; files are still read, mapped and checked.
 * The next docket is read, mapped and checked while the one before it is written:
 * the writes stay one after the other, in the files' order.
 */
export async function importDockets(
  executor: Executor | null,
  files: readonly string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const zero = (): Record<Counted, number> => ({ cases: 0, parties: 0, counsel: 0, events: 0 });
  const summary: ImportSummary = {
    files: files.length,
    imported: 0,
    unchanged: 0,
    documents: [],
    skipped: [],
    created: zero(),
    merged: zero(),
    proposed: [],
    nodes: 0,
    relationships: 0,
    warnings: 0,
  };
  const shown = (file: string) => (options.cwd ? relative(options.cwd, file) : file);
  const skip = (file: string, reason: string) => {
    summary.skipped.push({ file: shown(file), reason });
    options.onFile?.(file, 'skipped');
  };

  const write = async (db: Executor, ready: Ready): Promise<void> => {
    const { plan } = ready;
    const ids = (label: (l: string) => boolean) => plan.nodes.filter((n) => label(n.label)).map((n) => n.id);
    const totals: Record<Counted, string[]> = {
      cases: ids((l) => l === 'Case'),
      parties: ids((l) => l === 'Person' || l === 'Organization' || l === 'Group'),
      events: ids((l) => l === 'Event'),
      counsel: plan.rels.filter((r) => r.type === 'COUNSEL_IN').map((r) => r.id),
    };
    try {
      const [row] = await db.read(EXISTING, { ...totals, doc: plan.docId });
      if (row?.loadedHash === ready.hash) {
        summary.proposed.push(...ready.proposed);
        summary.unchanged += 1;
        options.onFile?.(ready.file, 'unchanged');
        return;
      }
      const report = await loadPlanned(db, ready.checked.file, plan, { contentHash: ready.hash });
      for (const k of Object.keys(totals) as Counted[]) {
        const before = Number(row?.[k] ?? 0);
        summary.created[k] += totals[k].length - before;
        summary.merged[k] += before;
      }
      summary.nodes += report.nodes;
      summary.relationships += report.relationships;
      summary.imported += 1;
      summary.documents.push(report.docId);
      summary.proposed.push(...ready.proposed);
      options.onFile?.(ready.file, 'imported');
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      skip(ready.file, error.message);
    }
  };

  let writing: Promise<void> = Promise.resolve();
  for (const file of files) {
    const ready = readyDocket(file, shown(file));
    await writing;
    if ('reason' in ready) {
      skip(file, ready.reason);
      continue;
    }
    summary.warnings += ready.warnings;
    if (!executor || options.dryRun) {
      summary.proposed.push(...ready.proposed);
      options.onFile?.(file, 'checked');
      continue;
    }
    writing = write(executor, ready);
    if (options.prepareAhead === false) await writing;
  }
  await writing;
  return summary;
}
