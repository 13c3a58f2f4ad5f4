import { bool, cleanEnv, EnvError, makeValidator, num, port, str, url } from 'envalid';

/** A bearer token long enough not to be guessed; unset turns mutations off. */
const apiToken = makeValidator<string>((value) => {
  if (value.length < 16 || /\s/.test(value)) {
    throw new EnvError('must be at least 16 characters without spaces (e.g. openssl rand -hex 32)');
  }
  return value;
});

/** More processes than this would only share the same few cores with Neo4j. */
export const MAX_API_WORKERS = 64;

/** Processes serving HTTP: a whole number from 1; above 1 the start forks that many with node:cluster. */
const workerCount = makeValidator<number>((value) => {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > MAX_API_WORKERS) {
    throw new EnvError(
      `must be a whole number from 1 to ${MAX_API_WORKERS} (processes serving HTTP); got "${value}"`,
    );
  }
  return n;
});

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
      NODE_ENV: str({
        default: 'development',
        choices: ['development', 'production', 'test'],
        desc: 'production turns introspection and the playground off unless enabled',
      }),
      INTROSPECTION: bool({ default: undefined, desc: 'Schema introspection; default: off in production' }),
      PLAYGROUND: bool({ default: undefined, desc: 'GraphiQL on GET /graphql; default: off in production' }),
      CORS_ORIGINS: str({
        default: '',
        desc: 'Comma-separated origins allowed from browsers; empty = same origin only; * = any',
      }),
      MAX_QUERY_COST: num({
        default: 500_000,
        desc: 'Rows an operation may make the database read (estimated) before it is refused',
      }),
      REQUEST_TIMEOUT_MS: num({ default: 10000, desc: 'Time a client has to send its whole request' }),
      HEADERS_TIMEOUT_MS: num({ default: 5000, desc: 'Time a client has to send its request headers' }),
      LOG_FORMAT: str({
        default: 'auto',
        choices: ['auto', 'pretty', 'json'],
        desc: 'pretty when stdout is a terminal (auto), else JSON lines',
      }),
      NEO4J_POOL_SIZE: num({ default: 50, desc: 'Most connections the server opens to Neo4j' }),
      API_TOKEN: apiToken({
        default: undefined,
        desc: 'Bearer token that mutations (loadDocument, removeDocument) need; unset: mutations off',
      }),
      METRICS: str({
        default: undefined,
        choices: ['on', 'off', 'token'],
        desc: 'GET /metrics: on (public), off, or token (needs Authorization: Bearer <METRICS_TOKEN or API_TOKEN>); default: token in production, on otherwise',
      }),
      METRICS_TOKEN: apiToken({
        default: undefined,
        desc: 'Bearer token for /metrics when METRICS=token (a scraper need not hold the write token); default: API_TOKEN',
      }),
      ERROR_SUGGESTIONS: bool({
        default: undefined,
        desc: 'graphql-js\'s "Did you mean …?" hints (schema field and type names) in error messages; default: off in production',
      }),
      API_WORKERS: workerCount({
        default: 1,
        desc: 'Processes serving HTTP on PORT (node:cluster); 1 serves from the starting process itself',
      }),
      MAX_WRITE_BODY_BYTES: num({
        default: 16 * 1024 * 1024,
        desc: 'Body size accepted from requests carrying the API_TOKEN (documents to load); others: 1 MB',
      }),
    },
    { reporter: reportAndThrow },
  );
}

export type Config = ReturnType<typeof loadConfig>;

/** CORS_ORIGINS as a list; empty means same origin only. */
export function corsOrigins(config: Pick<Config, 'CORS_ORIGINS'>): string[] {
  return config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
}

export type MetricsAccess = 'on' | 'off' | 'token';

/** The production settings of the HTTP server, defaults applied: what the config leaves unset follows NODE_ENV. */
export function productionSettings(
  config: Pick<Config, 'METRICS' | 'METRICS_TOKEN' | 'API_TOKEN' | 'ERROR_SUGGESTIONS' | 'isProduction'>,
): { metrics: MetricsAccess; metricsToken: string | undefined; errorSuggestions: boolean } {
  return {
    metrics: (config.METRICS as MetricsAccess | undefined) ?? (config.isProduction ? 'token' : 'on'),
    metricsToken: config.METRICS_TOKEN ?? config.API_TOKEN,
    errorSuggestions: config.ERROR_SUGGESTIONS ?? !config.isProduction,
  };
}

export class ConfigError extends Error {}

function reportAndThrow({ errors }: { errors: Partial<Record<string, Error>> }): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  // One line: the variable and what is wrong with it.
  throw new ConfigError(
    `Invalid configuration: ${entries.map(([name, e]) => `${name}: ${e?.message ?? 'invalid'}`).join('; ')}`,
  );
}
