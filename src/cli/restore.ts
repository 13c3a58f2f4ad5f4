import { ConfigError, loadConfig } from '../config';
import { REMOTE_BACKUP_MESSAGE, restoreLocalNeo4j } from '../neo4j-local/dump';
import { parseCommand } from './args';
import { exitWith, runInterruptible } from './interruptible';

// `npm run restore -- [--force] FILE`: loads a dump made by `npm run backup`.

const HELP = `usage: npm run restore -- [--force] FILE

Loads FILE, a dump made by npm run backup (neo4j-admin database dump), as the
database of the local Neo4j (NEO4J_DATABASE, default neo4j, in NEO4J_DATA_DIR,
default neo4j/data), with neo4j-admin database load.

Neo4j Community loads offline: the local Neo4j must not be running. If npm start
(or a command such as npm run import) runs it, stop that first; the command says
which process it is. A Neo4j left running by a killed process is stopped.

A data folder that already holds the database is not replaced without --force
(back it up first). The database is set aside until the load has succeeded: a
failed or interrupted restore leaves it as it was. The folder's password file
and users are kept; start the server afterwards with npm start.

  --force  replace the database the folder holds
  --help   this text

With NEO4J_URI set there is no local Neo4j: restore that server with its own
tools (neo4j-admin on it, or Aura's import).
`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    {
      args: argv,
      allowPositionals: true,
      options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    process.stderr.write(`${file === undefined ? 'FILE is required' : 'one FILE only'}\n\n${HELP}`);
    return 2;
  }
  const config = loadConfig();
  if (config.NEO4J_URI) {
    process.stderr.write(`${REMOTE_BACKUP_MESSAGE(config.NEO4J_URI, 'restore')}\n`);
    return 1;
  }
  const say = (m: string) => process.stderr.write(`${m}\n`);
  const result = await runInterruptible(
    (signal) =>
      restoreLocalNeo4j({
        dataDir: config.NEO4J_DATA_DIR,
        database: config.NEO4J_DATABASE,
        heap: config.NEO4J_HEAP,
        file,
        force: parsed.values.force === true,
        log: say,
        signal,
      }),
    { what: 'neo4j-admin; the database is put back as it was', say },
  );
  process.stdout.write(
    `restored ${result.file} as database "${config.NEO4J_DATABASE}" of ${config.NEO4J_DATA_DIR}` +
      `${result.replaced ? ' (the previous one replaced)' : ''} in ${result.seconds.toFixed(1)} s; start the server with npm start\n`,
  );
  return 0;
}

exitWith(main(process.argv.slice(2)), (error) => error instanceof ConfigError);
