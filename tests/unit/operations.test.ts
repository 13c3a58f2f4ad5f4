import { loadConfig, productionSettings } from '../../src/config';
import { buildAdminDatabaseCommand } from '../../src/neo4j-local/config';
import { defaultDumpFile } from '../../src/neo4j-local/dump';
import { signalExitCode, stopOnDeath } from '../../src/neo4j-local/on-death';
import { withoutSuggestions } from '../../src/server/server';

// The pure parts of the operations settings: production defaults, suggestion
// stripping, neo4j-admin command lines, dump names, exit codes, death handlers.

describe('productionSettings', () => {
  const settings = (env: Record<string, string>) => productionSettings(loadConfig(env));

  it('production: /metrics needs a token (the API_TOKEN unless METRICS_TOKEN), no suggestions', () => {
    expect(settings({ NODE_ENV: 'production' })).toEqual({
      metrics: 'token',
      metricsToken: undefined,
      errorSuggestions: false,
    });
    const api = 'a'.repeat(32);
    const scraper = 'b'.repeat(32);
    expect(settings({ NODE_ENV: 'production', API_TOKEN: api }).metricsToken).toBe(api);
    expect(settings({ NODE_ENV: 'production', API_TOKEN: api, METRICS_TOKEN: scraper }).metricsToken).toBe(
      scraper,
    );
  });

  it('development: public metrics and suggestions; explicit settings win either way', () => {
    expect(settings({})).toEqual({ metrics: 'on', metricsToken: undefined, errorSuggestions: true });
    expect(settings({ NODE_ENV: 'production', METRICS: 'on', ERROR_SUGGESTIONS: 'true' })).toMatchObject({
      metrics: 'on',
      errorSuggestions: true,
    });
    expect(settings({ METRICS: 'off', ERROR_SUGGESTIONS: 'false' })).toMatchObject({
      metrics: 'off',
      errorSuggestions: false,
    });
  });

  it('refuses bad values with the variable named', () => {
    expect(() => loadConfig({ METRICS: 'public' })).toThrow(/METRICS/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16/);
  });
});

describe('withoutSuggestions', () => {
  it('drops the "Did you mean …?" ending of validation and coercion messages only', () => {
    const strip = (message: string) => withoutSuggestions({ message }).message;
    expect(strip('Cannot query field "captio" on type "Case". Did you mean "caption"?')).toBe(
      'Cannot query field "captio" on type "Case".',
    );
    expect(
      strip(
        'Variable "$role" got invalid value "PLAINTIF"; Value "PLAINTIF" does not exist in "PartyRole" enum. Did you mean the enum value "PLAINTIFF"?',
      ),
    ).toBe(
      'Variable "$role" got invalid value "PLAINTIF"; Value "PLAINTIF" does not exist in "PartyRole" enum.',
    );
    expect(strip('Unknown argument "fist". Did you mean "first", "last", or "after"?')).toBe(
      'Unknown argument "fist".',
    );
    const untouched = { message: 'Did you mean this? No suggestion at the end.', path: ['x'] };
    expect(withoutSuggestions(untouched)).toBe(untouched);
  });
});

describe('buildAdminDatabaseCommand', () => {
  it('runs AdminTool on the home’s conf, database name last', () => {
    const command = buildAdminDatabaseCommand({
      libDir: '/repo/neo4j/lib',
      home: '/data',
      heap: '256m',
      action: 'dump',
      database: 'neo4j',
      options: ['--to-stdout'],
    });
    expect(command.args).toEqual([
      '-Xmx256m',
      '-Dfile.encoding=UTF-8',
      '-cp',
      '/repo/neo4j/lib/*',
      'org.neo4j.cli.AdminTool',
      'database',
      'dump',
      '--to-stdout',
      'neo4j',
    ]);
    expect(command.env).toEqual({ NEO4J_HOME: '/data', NEO4J_CONF: '/data/conf' });
  });

  it('refuses a database name or heap that is not one', () => {
    const base = { libDir: '/l', home: '/h', heap: '1g', action: 'load' as const, options: [] };
    expect(() => buildAdminDatabaseCommand({ ...base, database: '--overwrite-destination' })).toThrow(
      /Invalid database name/,
    );
    expect(() => buildAdminDatabaseCommand({ ...base, database: 'neo4j', heap: '1 g' })).toThrow(/size/);
  });
});

describe('defaultDumpFile', () => {
  it('names the dump by database and UTC time, without colons', () => {
    expect(defaultDumpFile('neo4j', new Date('2025-01-31T09:05:07.123Z'))).toBe(
      'backups/neo4j-2025-01-31T09-05-07Z.dump',
    );
  });
});

describe('stopOnDeath', () => {
  it('exits 128 + the signal number once the stop finished; a second signal exits at once', async () => {
    expect([signalExitCode('SIGHUP'), signalExitCode('SIGINT'), signalExitCode('SIGTERM')]).toEqual([
      129, 130, 143,
    ]);
    const listeners = process.listenerCount('SIGHUP');
    const exits: number[] = [];
    let finish: () => void = () => undefined;
    const stopped = new Promise<void>((done) => (finish = done));
    const said: string[] = [];
    const dispose = stopOnDeath({
      stop: () => stopped,
      say: (m) => said.push(m),
      exit: (code) => exits.push(code),
    });
    try {
      process.emit('SIGHUP', 'SIGHUP');
      await new Promise((done) => setImmediate(done));
      expect(exits).toEqual([]);
      expect(said).toEqual(['SIGHUP: stopping the local Neo4j this command started']);
      finish();
      await new Promise((done) => setImmediate(done));
      expect(exits).toEqual([129]);
      process.emit('SIGTERM', 'SIGTERM');
      expect(exits).toEqual([129, 143]);
    } finally {
      dispose();
    }
    expect(process.listenerCount('SIGHUP')).toBe(listeners);
  });

  it('exits at once when nothing is started yet; uncaught errors exit 1', async () => {
    const exits: number[] = [];
    const dispose = stopOnDeath({ stop: () => undefined, say: () => undefined, exit: (c) => exits.push(c) });
    try {
      process.emit('SIGINT', 'SIGINT');
      expect(exits).toEqual([130]);
    } finally {
      dispose();
    }
    const errors: number[] = [];
    const said: string[] = [];
    const dispose2 = stopOnDeath({
      stop: () => Promise.resolve(),
      say: (m) => said.push(m),
      exit: (c) => errors.push(c),
    });
    try {
      (process.emit as (event: string, ...args: unknown[]) => boolean)(
        'uncaughtException',
        new Error('boom'),
      );
      await new Promise((done) => setImmediate(done));
      expect(errors).toEqual([1]);
      expect(said[0]).toMatch(/^Error: boom/);
    } finally {
      dispose2();
    }
  });
});
