import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { caseDocument, registryDocument, registryDocumentCount, type GeneratedDocument } from './documents';
import { buildRegistry } from './registry';

// Writes a generated litigation to a folder, one bounded document at a time:
// the registry documents first (`<prefix>-00-registry-NNNN.json`), then the case
// documents (`<prefix>-01-cases-NNNNN.json`); file names sort in load order. Only one
// document is in memory at a time (plus the registry's names).

export interface GenerateOptions {
  cases: number;
  seed: number;
  out: string;
  /** Cases per case document. */
  chunk?: number;
  /** Prefix of every id and document name. */
  prefix?: string;
  onDocument?: (d: { name: string; cases: number; nodes: number; relationships: number }) => void;
}

export interface GenerateSummary {
  documents: number;
  cases: number;
  nodes: number;
  relationships: number;
}

export const DEFAULT_CHUNK = 1000;

/** The documents of a generated litigation, in load order, made one at a time. */
export function* generatedDocuments(opts: Omit<GenerateOptions, 'out'>): Generator<GeneratedDocument> {
  const chunk = opts.chunk ?? DEFAULT_CHUNK;
  const registry = buildRegistry(opts.cases, opts.seed, opts.prefix ?? 'gen');
  for (let part = 0; part < registryDocumentCount(registry); part += 1)
    yield registryDocument(registry, part);
  for (let first = 0, c = 0; first < opts.cases; first += chunk, c += 1)
    yield caseDocument(registry, opts.seed, c, first, Math.min(chunk, opts.cases - first));
}

export function writeGenerated(opts: GenerateOptions): GenerateSummary {
  mkdirSync(opts.out, { recursive: true });
  const total: GenerateSummary = { documents: 0, cases: 0, nodes: 0, relationships: 0 };
  for (const g of generatedDocuments(opts)) {
    for (const [file, text] of g.texts) {
      mkdirSync(dirname(join(opts.out, file)), { recursive: true });
      writeFileSync(join(opts.out, file), text);
    }
    writeFileSync(join(opts.out, `${g.name}.json`), JSON.stringify(g.doc));
    total.documents += 1;
    total.cases += g.counts.cases;
    total.nodes += g.counts.nodes;
    total.relationships += g.counts.relationships;
    opts.onDocument?.({ name: g.name, ...g.counts });
  }
  return total;
}
