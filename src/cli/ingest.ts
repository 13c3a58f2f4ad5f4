import { ConfigError, loadConfig } from '../config';
import { StartError } from '../db/connect';
import { connectForCli } from '../db/connect-cli';
import { ensureSchema } from '../db/schema-setup';
import { precomputeOutcomeStats } from '../repositories/stats-snapshot';
import { IngestError } from '../ingest/format';
import { loadFiles, planDocument, removeDocument } from '../ingest/load';
import { checkDocumentFile } from '../ingest/validate';

// `npm run ingest -- FILE…`: checks every file, then loads each in one transaction.
// `npm run ingest -- --remove DOC_ID`: removes a document in one transaction.
// When `npm start` runs on the same data folder, its Neo4j is used (connectForCli) and
// the running server answers the loaded facts at once.
const USAGE = 'usage: npm run ingest -- FILE.json [FILE.json…] | npm run ingest -- --remove DOCUMENT_ID\n';

const say = (m: string): void => {
  process.stderr.write(`${m}\n`);
};

async function remove(docId: string): Promise<number> {
  const db = await connectForCli(loadConfig(), say);
  say(`using ${db.description}`);
  try {
    await ensureSchema(db.executor);
    const r = await removeDocument(db.executor, docId);
    process.stdout.write(
      `removed ${r.docId}: deleted ${r.deleted.nodes} nodes and ${r.deleted.relationships} relationships no other document states\n`,
    );
    await precomputeOutcomeStats(db.executor, say);
    return 0;
  } finally {
    await db.close();
  }
}

async function main(args: string[]): Promise<number> {
  if (args[0] === '--remove') {
    const docId = args[1];
    if (docId === undefined || args.length !== 2) {
      process.stderr.write(USAGE);
      return 2;
    }
    return remove(docId);
  }
  const files = args;
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  // Documents are checked before any database is started or touched.
  for (const file of files) planDocument(checkDocumentFile(file));
  const db = await connectForCli(config, say);
  say(`using ${db.description}`);
  try {
    await ensureSchema(db.executor);
    for (const r of await loadFiles(db.executor, files)) {
      process.stdout.write(
        `loaded ${r.file} (${r.docId}): ${r.nodes} nodes, ${r.relationships} relationships\n`,
      );
    }
    await precomputeOutcomeStats(db.executor, say);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof IngestError || error instanceof ConfigError || error instanceof StartError;
    process.stderr.write(`${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
