import { ConfigError, loadConfig } from '../config';
import { connectDatabase, StartError } from '../db/connect';
import { ensureSchema } from '../db/schema-setup';
import { IngestError } from '../ingest/format';
import { loadFiles, planDocument } from '../ingest/load';
import { checkDocumentFile } from '../ingest/validate';

// `npm run ingest -- FILE…`: checks every file, then loads each in one transaction.
// Against the local Neo4j the server must not be running on the same data folder.
async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run ingest -- FILE.json [FILE.json…]\n');
    return 2;
  }
  const config = loadConfig();
  // Documents are checked before any database is started or touched.
  for (const file of files) planDocument(checkDocumentFile(file));
  const db = await connectDatabase(config, (m) => process.stderr.write(`${m}\n`));
  try {
    await ensureSchema(db.executor);
    for (const r of await loadFiles(db.executor, files)) {
      process.stdout.write(
        `loaded ${r.file} (${r.docId}): ${r.nodes} nodes, ${r.relationships} relationships\n`,
      );
    }
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
