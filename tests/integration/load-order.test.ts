import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { docketFiles, importDockets } from '../../src/dockets/import';
import { Executor } from '../../src/db/executor';
import { loadChecked, NO_SUCH_DOCUMENT, removeDocument } from '../../src/ingest/load';
import { TEST_ENV } from '../support/env';
import { fingerprint } from '../support/graph';
import { startHarness, type Harness } from '../support/harness';
import {
  docketDocuments,
  loadableSent,
  mulberry32,
  shuffled,
  type LoadableDocument,
} from '../support/loadable';
import { LOAD, postGraphQL, sentDocument } from '../support/sent-document';

// The graph is a function of the documents loaded, not of their order: the 19 sample
// dockets (each converted to its document once) and documents that re-state a party
// of the seed, loaded forward, backward and shuffled, in one run or each over its
// own connection, by the loader or the loadDocument mutation, give one canonical
// hash; removing some gives the graph of the rest. Then the importer itself
// (`npm run import`), forward in one run and backward file by file.

const TOKEN = 'test-token-load-order-0123456789';
const FIXTURES = join(__dirname, '../fixtures/dockets');

/** Documents naming the seed's Alec Baldwin (one of them otherwise than the seed does). */
function seedFormatDocuments(): LoadableDocument[] {
  return ['order-sent-a', 'order-sent-b', 'order-sent-c'].map((docId, i) => {
    const sent = sentDocument(docId);
    if (i === 2) {
      const parties = sent.document.parties as { id: string; aliases?: string[] }[];
      parties.find((p) => p.id === 'person:alec-baldwin')!.aliases = ['Mr. Baldwin'];
    }
    return loadableSent(sent);
  });
}

let h: Harness;
let docs: LoadableDocument[] = [];
let seedOnly: Awaited<ReturnType<typeof fingerprint>>;

async function remove(ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await removeDocument(h.executor, id).catch((error: unknown) => {
      if (!(error instanceof Error && error.message.includes(NO_SUCH_DOCUMENT))) throw error;
    });
  }
}

beforeAll(async () => {
  h = await startHarness({ apiToken: TOKEN });
  docs = [...docketDocuments([FIXTURES]), ...seedFormatDocuments()];
  seedOnly = await fingerprint(h.executor);
}, 120_000);

afterAll(async () => {
  try {
    await remove(docs.map((d) => d.id));
  } finally {
    await h.close();
  }
}, 300_000);

type Way = (order: LoadableDocument[]) => Promise<void>;

/** One loader, one connection, every document in turn. */
const oneRun: Way = async (order) => {
  for (const doc of order) await loadChecked(h.executor, doc.checked);
};

/** Each document over a connection of its own, as one CLI run per file. */
const fileByFile: Way = async (order) => {
  for (const doc of order) {
    const driver = neo4j.driver(
      process.env[TEST_ENV.uri]!,
      neo4j.auth.basic(process.env[TEST_ENV.user]!, process.env[TEST_ENV.password]!),
    );
    try {
      await loadChecked(new Executor(driver, process.env[TEST_ENV.database]!), doc.checked);
    } finally {
      await driver.close();
    }
  }
};

/** Through the server, one loadDocument mutation per document. */
const mutation: Way = async (order) => {
  for (const doc of order) {
    const answer = await postGraphQL(
      h.server.port,
      { query: LOAD, variables: { document: doc.document, sources: doc.sources } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(answer.body.errors).toBeUndefined();
  }
};

describe('the graph does not depend on the load order', () => {
  it('forward, backward and shuffled; in one run, file by file and by the mutation: one graph; removal in any order gives the graph before', async () => {
    const forward = docs;
    const ways: [string, Way, LoadableDocument[]][] = [
      ['forward, one run', oneRun, forward],
      ['backward, file by file', fileByFile, [...forward].reverse()],
      ['shuffled, one run', oneRun, shuffled(forward, mulberry32(1))],
      ['shuffled otherwise, by the mutation', mutation, shuffled(forward, mulberry32(2))],
    ];
    const hashes: Record<string, string> = {};
    const removed: Record<string, string> = {};
    for (const [name, way, order] of ways) {
      await way(order);
      hashes[name] = (await fingerprint(h.executor)).hash;
      // Removed in yet another order.
      await remove(shuffled(order, mulberry32(name.length)).map((d) => d.id));
      removed[name] = (await fingerprint(h.executor)).hash;
    }
    expect(removed).toEqual(Object.fromEntries(ways.map(([name]) => [name, seedOnly.hash])));
    const reference = hashes['forward, one run']!;
    expect(hashes).toEqual(Object.fromEntries(ways.map(([name]) => [name, reference])));
  }, 900_000);

  it('removing some documents gives the graph of the others loaded alone', async () => {
    const kept = docs.filter((_, i) => i % 2 === 0);
    const gone = docs.filter((_, i) => i % 2 === 1);
    await oneRun(shuffled(kept, mulberry32(3)));
    const alone = await fingerprint(h.executor);
    await remove(kept.map((d) => d.id));

    await oneRun(shuffled(docs, mulberry32(4)));
    await remove(shuffled(gone, mulberry32(5)).map((d) => d.id));
    const rest = await fingerprint(h.executor);
    await remove(kept.map((d) => d.id));
    expect(rest).toEqual(alone);
    expect(await fingerprint(h.executor)).toEqual(seedOnly);
  }, 600_000);

  it('the importer: the dockets forward in one run and backward file by file give one graph', async () => {
    const files = docketFiles([FIXTURES]);
    const documents: string[] = [];
    try {
      const first = await importDockets(h.executor, files);
      documents.push(...first.documents);
      expect(first.skipped).toEqual([]);
      const forward = await fingerprint(h.executor);
      await remove(first.documents);
      expect(await fingerprint(h.executor)).toEqual(seedOnly);

      const second: string[] = [];
      for (const file of [...files].reverse()) {
        const one = await importDockets(h.executor, [file]);
        expect(one.skipped).toEqual([]);
        second.push(...one.documents);
        documents.push(...one.documents);
      }
      const backward = await fingerprint(h.executor);
      expect([...second].sort()).toEqual([...first.documents].sort());
      expect(backward).toEqual(forward);
    } finally {
      await remove(documents);
    }
    expect(await fingerprint(h.executor)).toEqual(seedOnly);
  }, 600_000);
});
