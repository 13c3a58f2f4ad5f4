import { ConfigError, loadConfig } from '../config';
import { backupLocalNeo4j, defaultDumpFile, REMOTE_BACKUP_MESSAGE } from '../neo4j-local/dump';
import { parseCommand } from './args';
import { exitWith, runInterruptible } from './interruptible';

// `npm run backup -- [FILE]`: an offline dump of the local Neo4j's database.

const HELP = `usage: npm run backup -- [FILE]

Dumps the database of the local Neo4j (NEO4J_DATABASE, default neo4j, in
NEO4J_DATA_DIR, default neo4j/data) into FILE, default
backups/<database>-<UTC time>.dump, with neo4j-admin database dump.

Neo4j Community dumps offline: the local Neo4j must not be running. If npm start
(or a command such as npm run import) runs it, stop that first; the command says
which process it is. A Neo4j left running by a killed process is stopped.
Nothing can start on the data folder while the dump runs.

The dump is readable by you alone (mode 0600; a folder the command creates is
0700). An existing FILE is never replaced; a failed dump leaves no file.
Restore it with: npm run restore -- --force FILE

  --help   this text

With NEO4J_URI set there is no local Neo4j: back up that server with its own
tools (neo4j-admin on it, or Aura's snapshots).
`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    { args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length > 1) {
    process.stderr.write(`one FILE at most\n\n${HELP}`);
    return 2;
  }
  const config = loadConfig();
  if (config.NEO4J_URI) {
    process.stderr.write(`${REMOTE_BACKUP_MESSAGE(config.NEO4J_URI, 'backup')}\n`);
    return 1;
  }
  const say = (m: string) => process.stderr.write(`${m}\n`);
  const file = parsed.positionals[0] ?? defaultDumpFile(config.NEO4J_DATABASE);
  const result = await runInterruptible(
    (signal) =>
      backupLocalNeo4j({
        dataDir: config.NEO4J_DATA_DIR,
        database: config.NEO4J_DATABASE,
        heap: config.NEO4J_HEAP,
        file,
        log: say,
        signal,
      }),
    { what: 'neo4j-admin; the partial dump is removed', say },
  );
  process.stdout.write(
    `backed up database "${config.NEO4J_DATABASE}" of ${config.NEO4J_DATA_DIR} to ${result.file} ` +
      `(${(result.bytes / 1024 / 1024).toFixed(1)} MB, mode 0600) in ${result.seconds.toFixed(1)} s\n`,
  );
  return 0;
}

exitWith(main(process.argv.slice(2)), (error) => error instanceof ConfigError);
