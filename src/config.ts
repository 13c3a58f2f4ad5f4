import { cleanEnv, num, port, str, url } from 'envalid';

// All configuration comes from the environment; bad values stop the start with
// a message naming the variable (envalid's report), before anything runs.
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  return cleanEnv(
    env,
    {
      PORT: port({ default: 4000, desc: 'HTTP port for /graphql' }),
      HOST: str({ default: '127.0.0.1', desc: 'Interface to listen on (0.0.0.0 for all)' }),
      NEO4J_URI: url({
        default: undefined,
        desc: 'Use this Neo4j (neo4j://, neo4j+s://, bolt://…) instead of the local one',
      }),
      NEO4J_USER: str({ default: 'neo4j' }),
      NEO4J_PASSWORD: str({ default: undefined, desc: 'Password for NEO4J_URI' }),
      NEO4J_DATABASE: str({ default: 'neo4j', desc: 'Database name; always passed explicitly' }),
      NEO4J_DATA_DIR: str({ default: 'neo4j/data', desc: 'Data folder of the local Neo4j' }),
      NEO4J_BOLT_PORT: port({ default: 0, desc: 'Bolt port of the local Neo4j; 0 picks a free one' }),
      NEO4J_HEAP: str({ default: '1g', desc: 'Heap of the local Neo4j' }),
      NEO4J_PAGECACHE: str({ default: '512m', desc: 'Page cache of the local Neo4j' }),
      SEED: str({
        default: 'if-empty',
        choices: ['if-empty', 'always', 'never'],
        desc: 'When to load seed/*.json at start',
      }),
      LOG_LEVEL: str({
        default: 'info',
        choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      }),
      QUERY_TIMEOUT_MS: num({ default: 15000, desc: 'Transaction timeout for reads' }),
      NEO4J_POOL_SIZE: num({ default: 50, desc: 'Most connections the server opens to Neo4j' }),
    },
    { reporter: reportAndThrow },
  );
}

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

function reportAndThrow({ errors }: { errors: Partial<Record<string, Error>> }): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  throw new ConfigError(
    `Invalid configuration:\n${entries.map(([name, e]) => `  ${name}: ${e?.message ?? 'invalid'}`).join('\n')}`,
  );
}
