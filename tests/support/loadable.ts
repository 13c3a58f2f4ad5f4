import { docketFiles, prepareDocket } from '../../src/dockets/import';
import { mulberry32 } from '../../src/generate/random';
import { checkDocumentData, type CheckedDocument } from '../../src/ingest/validate';
import type { SentDocument } from './sent-document';

// Documents ready to load both ways, through the loader (`checked`) and through the
// `loadDocument` mutation (`document` and `sources`, as a client sends them), and the
// seeded shuffles that put them in a repeatable order.

export interface LoadableDocument {
  id: string;
  checked: CheckedDocument;
  /** As the mutation is sent it. */
  document: unknown;
  sources: { id: string; text: string }[];
}

/** Each docket file (or folder of them) converted once to its ingest document. */
export function docketDocuments(paths: string[]): LoadableDocument[] {
  return docketFiles(paths).map((file) => {
    const prepared = prepareDocket(file);
    if ('reason' in prepared) throw new Error(`${file}: ${prepared.reason}`);
    const { doc, texts } = prepared.document;
    return {
      id: doc.document.id,
      checked: checkDocumentData(file, doc, texts),
      document: doc,
      sources: [...texts].map(([id, text]) => ({ id, text })),
    };
  });
}

export function loadableSent(sent: SentDocument): LoadableDocument {
  return {
    id: sent.docId,
    checked: checkDocumentData('document', sent.document, new Map(sent.sources.map((s) => [s.id, s.text]))),
    document: sent.document,
    sources: sent.sources,
  };
}

/** Fisher–Yates with `random`, so a seed gives the same order on every run. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export { mulberry32 };
