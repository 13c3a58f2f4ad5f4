import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkDocumentData } from '../../src/ingest/validate';
import { loadChecked, NO_SUCH_DOCUMENT, removeDocument } from '../../src/ingest/load';
import { fingerprint, missingStatements, statedBy } from '../support/graph';
import { TEST_ENV } from '../support/env';
import { startHarness, type Harness } from '../support/harness';
import {
  docketDocuments,
  loadableSent,
  mulberry32,
  shuffled,
  type LoadableDocument,
} from '../support/loadable';
import { LOAD, postGraphQL, sentDocument } from '../support/sent-document';

// Loaders at once (several in this process, each transaction in its own session, and
// the loadDocument mutation through the server at the same time) over overlapping
// documents end with exactly the graph one loader gives loading them one after the
// other: no document's share of a shared court, firm, judge or lawyer is lost to
// another's commit. Generated dockets (scripts/generate-dockets.ts: repeat players,
// shared courts, firms, judges and lawyers) and small documents that all re-state a
// party of the seed; every document goes to two loaders, each loader in its own order,
// some first as another version to be replaced. Then removers at once. On the loader
// before its locks, a round lost hundreds of records of which document states what
// (and refused loads, and left removals impossible); see the figures it prints.

const ROOT = resolve(__dirname, '../..');
const TOKEN = 'test-token-concurrent-loading-0123';
const DOCKETS = 80;
const SENT = 8;
const LOADERS = 4;
const ROUNDS = 2;

function generatedDockets(): LoadableDocument[] {
  const dir = mkdtempSync(join(tmpdir(), 'concurrent-dockets-'));
  execFileSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/generate-dockets.ts', '--count', String(DOCKETS), '--seed', '7', '--out', dir],
    { cwd: ROOT },
  );
  return docketDocuments([dir]);
}

function sentDocuments(): LoadableDocument[] {
  return Array.from({ length: SENT }, (_, i) => loadableSent(sentDocument(`concurrent-sent-${i}`)));
}

/**
 * Another version of `doc` (the same document id, stating `other`'s content): a loader
 * that sends it sends `doc` itself later, which must withdraw all of it again.
 */
function earlierVersion(doc: LoadableDocument, other: LoadableDocument): LoadableDocument {
  const document = other.checked.doc;
  const renamed = { ...document, document: { ...document.document, id: doc.id } };
  return {
    id: doc.id,
    checked: checkDocumentData(other.checked.file, renamed, other.checked.sourceTexts),
    document: renamed,
    sources: other.sources,
  };
}

/**
 * Every document to two of the loaders (the last one is the mutation), each loader's
 * list shuffled; before about one document in five, its loader first sends an earlier
 * version of it. Any serial order of these lists gives the graph of the documents alone.
 */
function assignments(docs: LoadableDocument[], round: number): LoadableDocument[][] {
  const random = mulberry32(1000 + round);
  const lists: LoadableDocument[][] = Array.from({ length: LOADERS + 1 }, () => []);
  for (const doc of docs) {
    const first = Math.floor(random() * lists.length);
    const second = (first + 1 + Math.floor(random() * (lists.length - 1))) % lists.length;
    lists[first]!.push(doc);
    lists[second]!.push(doc);
  }
  return lists.map((list) => {
    const out = shuffled(list, random);
    for (let i = out.length - 1; i >= 0; i -= 1) {
      if (random() >= 0.2) continue;
      const other = docs[Math.floor(random() * docs.length)]!;
      if (other.id === out[i]!.id) continue;
      out.splice(Math.floor(random() * (i + 1)), 0, earlierVersion(out[i]!, other));
    }
    return out;
  });
}

let h: Harness;
let docs: LoadableDocument[] = [];

/** Removes every document, `workers` at a time. */
async function removeAll(workers: number): Promise<void> {
  const queue = docs.map((d) => d.id);
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      await removeDocument(h.executor, id).catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes(NO_SUCH_DOCUMENT))) throw error;
      });
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

beforeAll(async () => {
  h = await startHarness({ apiToken: TOKEN });
  docs = [...generatedDockets(), ...sentDocuments()];
}, 120_000);

afterAll(async () => {
  try {
    await removeAll(1);
  } finally {
    await h.close();
  }
}, 600_000);

async function loadAtOnce(lists: LoadableDocument[][]): Promise<string[]> {
  const inProcess = lists.slice(0, LOADERS).map(async (list) => {
    for (const doc of list) await loadChecked(h.executor, doc.checked);
  });
  const mutation = (async () => {
    for (const doc of lists[LOADERS]!) {
      const answer = await postGraphQL(
        h.server.port,
        { query: LOAD, variables: { document: doc.document, sources: doc.sources } },
        { authorization: `Bearer ${TOKEN}` },
      );
      if (answer.body.errors) throw new Error(`${doc.id}: ${JSON.stringify(answer.body.errors)}`);
    }
  })();
  const settled = await Promise.allSettled([...inProcess, mutation]);
  return settled.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
}

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;

describe('loaders at once', () => {
  it(`${LOADERS} loaders and the loadDocument mutation over overlapping documents give the sequential graph; removers at once give the graph before`, async () => {
    const before = await fingerprint(h.executor);
    let started = Date.now();
    for (const doc of docs) await loadChecked(h.executor, doc.checked);
    const sequential = await fingerprint(h.executor);
    const sequentialStated = await statedBy(h.executor);
    const sequentialSeconds = seconds(started);
    started = Date.now();
    await removeAll(1);
    process.stdout.write(
      `concurrent loading: ${docs.length} documents, sequential load ${sequentialSeconds} s, sequential removal ${seconds(started)} s\n`,
    );
    expect(await fingerprint(h.executor)).toEqual(before);

    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      started = Date.now();
      const lists = assignments(docs, round);
      const errors = await loadAtOnce(lists);
      const loadSeconds = seconds(started);
      const loaded = await fingerprint(h.executor);
      const stated = await statedBy(h.executor);
      const missing = missingStatements(sequentialStated, stated);
      const extra = missingStatements(stated, sequentialStated);
      started = Date.now();
      // Removers at once, too: each withdraws its share of entities the others also change.
      const removal = await removeAll(LOADERS).then(
        () => null,
        (error: unknown) => String(error),
      );
      const removed = await fingerprint(h.executor);
      rounds.push({
        round,
        loads: lists.reduce((n, l) => n + l.length, 0),
        loadSeconds,
        removeSeconds: seconds(started),
        errors,
        nodes: loaded.nodes - sequential.nodes,
        rels: loaded.rels - sequential.rels,
        missingEntries: missing.entries,
        onEntities: missing.entities,
        extraEntries: extra.entries,
        sameGraph: loaded.hash === sequential.hash,
        removal,
        removedToBefore: removed.hash === before.hash,
        examples: missing.examples,
      });
      process.stdout.write(`concurrent loading, round ${round}: ${JSON.stringify(rounds.at(-1))}\n`);
      // A failed round leaves what it could not remove; the next would only repeat it.
      if (!removed.hash || removed.hash !== before.hash) break;
    }
    expect(
      rounds.map((r) => ({
        errors: r.errors,
        nodes: r.nodes,
        rels: r.rels,
        missingEntries: r.missingEntries,
        extraEntries: r.extraEntries,
        sameGraph: r.sameGraph,
        removal: r.removal,
        removedToBefore: r.removedToBefore,
      })),
    ).toEqual(
      Array.from({ length: ROUNDS }, () => ({
        errors: [],
        nodes: 0,
        rels: 0,
        missingEntries: 0,
        extraEntries: 0,
        sameGraph: true,
        removal: null,
        removedToBefore: true,
      })),
    );
  }, 900_000);

  it('loaders waiting for a node that another transaction deletes (its last document removed) still merge every share', async () => {
    // X alone states the person; Y, Z and W state it too. X's removal holds the person's
    // lock while they wait for it, then deletes it: each must find (or make) the new one.
    const person = (doc: string): LoadableDocument => {
      const source = `source:${doc}`;
      const document = {
        format: 'litigation-graph',
        formatVersion: 1,
        document: { id: doc, title: `Race ${doc}` },
        sources: [{ id: source, kind: 'ARTICLE', title: `Report ${doc}`, identifier: doc, file: 'x.txt' }],
        parties: [
          {
            id: 'person:race-shared',
            kind: 'PERSON',
            name: 'Rae Shared',
            aliases: [doc],
            evidence: [{ source, quote: `Rae Shared (${doc})` }],
          },
        ],
      };
      const texts = new Map([[source, `Rae Shared (${doc}) was there.`]]);
      return { id: doc, checked: checkDocumentData('document', document, texts), document, sources: [] };
    };
    const [x, ...others] = ['race-x', 'race-y', 'race-z', 'race-w'].map(person);
    const before = await fingerprint(h.executor);
    for (const doc of others) await loadChecked(h.executor, doc.checked);
    const sequential = await fingerprint(h.executor);
    for (const doc of others) await removeDocument(h.executor, doc.id);

    await loadChecked(h.executor, x!.checked);
    const session = h.driver.session({ database: process.env[TEST_ENV.database] });
    const removal = await session.beginTransaction();
    try {
      // What removeDocument does for a document that alone states a node: lock, then delete
      // (the nodes, the document's records of them, its record).
      await removal.run(
        `MATCH (d:LoadedDocument {id: $doc}) SET d.__lock = true REMOVE d.__lock
         WITH d MATCH (n:Node) WHERE n.id IN $ids SET n.__lock = true REMOVE n.__lock
         WITH d, collect(n) AS nodes FOREACH (n IN nodes | DETACH DELETE n)
         WITH d CALL (d) { MATCH (s:Share {doc: d.id}) DELETE s } DELETE d`,
        { doc: x!.id, ids: ['person:race-shared', `source:${x!.id}`] },
      );
      const waiting = Promise.allSettled(others.map((doc) => loadChecked(h.executor, doc.checked)));
      await new Promise((done) => setTimeout(done, 2000));
      await removal.commit();
      const settled = await waiting;
      expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);
    } finally {
      await session.close();
    }
    expect(await fingerprint(h.executor)).toEqual(sequential);
    for (const doc of others) await removeDocument(h.executor, doc.id);
    expect(await fingerprint(h.executor)).toEqual(before);
  }, 120_000);
});
