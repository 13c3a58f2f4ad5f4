import {
  ADMIN_MAIN_CLASS,
  COMMUNITY_MAIN_CLASS,
  DEFAULT_JVM_FLAGS,
  buildServerJavaArgs,
  buildSetInitialPasswordCommand,
  neo4jLayout,
  parseJavaMajor,
  renderNeo4jConf,
  resolveMemory,
} from '../../src/neo4j-local/config';

const HOME = '/tmp/lg-neo4j';

/** Parses rendered conf into key -> values (a key may repeat, e.g. server.jvm.additional). */
function parseConf(text: string): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    settings.set(key, [...(settings.get(key) ?? []), line.slice(eq + 1)]);
  }
  return settings;
}

function single(settings: Map<string, string[]>, key: string): string | undefined {
  const values = settings.get(key);
  expect(values?.length ?? 0).toBeLessThanOrEqual(1);
  return values?.[0];
}

describe('neo4jLayout', () => {
  it('keeps every path under the home directory', () => {
    const layout = neo4jLayout(HOME);
    expect(layout.confFile).toBe(`${HOME}/conf/neo4j.conf`);
    expect(layout.dataDir).toBe(`${HOME}/data`);
    expect(layout.pidFile).toBe(`${HOME}/run/neo4j.pid`);
    expect(layout.passwordFile).toBe(`${HOME}/password`);
    expect(layout.consoleLog).toBe(`${HOME}/logs/console.log`);
    expect(layout.systemDatabaseDir).toBe(`${HOME}/data/databases/system`);
  });
});

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf({ home: HOME, boltPort: 7799 });
  const settings = parseConf(conf);

  it('listens for Bolt on loopback only, on the given port', () => {
    expect(conf).toContain('\nserver.bolt.listen_address=127.0.0.1:7799\n');
    expect(single(settings, 'server.bolt.enabled')).toBe('true');
    expect(single(settings, 'server.bolt.advertised_address')).toBe('127.0.0.1:7799');
    expect(single(settings, 'server.default_listen_address')).toBe('127.0.0.1');
  });

  it('disables the HTTP and HTTPS connectors', () => {
    expect(single(settings, 'server.http.enabled')).toBe('false');
    expect(single(settings, 'server.https.enabled')).toBe('false');
  });

  it('puts data, logs, run and import under the home directory', () => {
    expect(single(settings, 'server.directories.data')).toBe(`${HOME}/data`);
    expect(single(settings, 'server.directories.logs')).toBe(`${HOME}/logs`);
    expect(single(settings, 'server.directories.run')).toBe(`${HOME}/run`);
    expect(single(settings, 'server.directories.import')).toBe(`${HOME}/import`);
  });

  it('enables auth and turns off usage reporting', () => {
    expect(single(settings, 'dbms.security.auth_enabled')).toBe('true');
    expect(single(settings, 'dbms.usage_report.enabled')).toBe('false');
    expect(
      parseConf(renderNeo4jConf({ home: HOME, boltPort: 1, authEnabled: false })).get(
        'dbms.security.auth_enabled',
      ),
    ).toEqual(['false']);
  });

  it('sizes memory for a small machine by default, overridable', () => {
    expect(single(settings, 'server.memory.heap.initial_size')).toBe('1g');
    expect(single(settings, 'server.memory.heap.max_size')).toBe('2g');
    expect(single(settings, 'server.memory.pagecache.size')).toBe('1g');
    const custom = parseConf(renderNeo4jConf({ home: HOME, boltPort: 1, heapMax: '3g', pageCache: '512m' }));
    expect(custom.get('server.memory.heap.max_size')).toEqual(['3g']);
    expect(custom.get('server.memory.pagecache.size')).toEqual(['512m']);
  });

  it('keeps transaction log retention small', () => {
    expect(single(settings, 'db.tx_log.rotation.retention_policy')).toBe('1 files');
    expect(single(settings, 'db.checkpoint.interval.time')).toBe('1m');
  });

  it('carries the JVM flags of the stock neo4j.conf, add-opens included', () => {
    const jvm = settings.get('server.jvm.additional') ?? [];
    expect(jvm).toEqual([...DEFAULT_JVM_FLAGS]);
    expect(jvm).toEqual(
      expect.arrayContaining([
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-XX:+UseG1GC',
      ]),
    );
  });

  it('replaces known settings in place and appends unknown ones', () => {
    const overridden = parseConf(
      renderNeo4jConf({
        home: HOME,
        boltPort: 1,
        extraSettings: { 'server.http.enabled': 'true', 'db.transaction.timeout': '60s' },
      }),
    );
    expect(overridden.get('server.http.enabled')).toEqual(['true']);
    expect(overridden.get('db.transaction.timeout')).toEqual(['60s']);
  });

  it('rejects invalid ports, sizes and multi-line values', () => {
    expect(() => renderNeo4jConf({ home: HOME, boltPort: 0 })).toThrow(/port/i);
    expect(() => renderNeo4jConf({ home: HOME, boltPort: 70000 })).toThrow(/port/i);
    expect(() => renderNeo4jConf({ home: HOME, boltPort: 1, pageCache: 'lots' })).toThrow(/pageCache/);
    expect(() => renderNeo4jConf({ home: HOME, boltPort: 1, extraSettings: { a: 'x\nb=y' } })).toThrow(
      /single line/,
    );
  });
});

describe('resolveMemory', () => {
  it('fills defaults and keeps overrides', () => {
    expect(resolveMemory()).toEqual({ heapInitial: '1g', heapMax: '2g', pageCache: '1g' });
    expect(resolveMemory({ heapInitial: '2g', heapMax: '2g' })).toEqual({
      heapInitial: '2g',
      heapMax: '2g',
      pageCache: '1g',
    });
  });
});

describe('buildServerJavaArgs', () => {
  const args = buildServerJavaArgs({ libDir: '/repo/neo4j/lib', home: HOME });

  it('passes heap and the neo4j.conf JVM flags on the command line', () => {
    expect(args.slice(0, 2)).toEqual(['-Xms1g', '-Xmx2g']);
    for (const flag of DEFAULT_JVM_FLAGS) expect(args).toContain(flag);
    expect(args).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
  });

  it('ends with classpath, Community main class and the home/conf dirs in console mode', () => {
    expect(args.slice(-6)).toEqual([
      '-cp',
      '/repo/neo4j/lib/*',
      COMMUNITY_MAIN_CLASS,
      `--home-dir=${HOME}`,
      `--config-dir=${HOME}/conf`,
      '--console-mode',
    ]);
    expect(COMMUNITY_MAIN_CLASS).toBe('org.neo4j.server.CommunityEntryPoint');
  });

  it('puts every JVM option before the main class', () => {
    const mainIndex = args.indexOf(COMMUNITY_MAIN_CLASS);
    const jvmOptions = args.filter(
      (a) => a.startsWith('-X') || a.startsWith('--add-opens') || a.startsWith('-D'),
    );
    for (const option of jvmOptions) expect(args.indexOf(option)).toBeLessThan(mainIndex);
  });

  it('honours heap overrides and extra flags', () => {
    const custom = buildServerJavaArgs({
      libDir: '/lib',
      home: HOME,
      heapInitial: '512m',
      heapMax: '512m',
      extraJvmFlags: ['-XX:+ExitOnOutOfMemoryError'],
    });
    expect(custom).toContain('-Xms512m');
    expect(custom).toContain('-Xmx512m');
    expect(custom).toContain('-XX:+ExitOnOutOfMemoryError');
  });
});

describe('buildSetInitialPasswordCommand', () => {
  it('runs AdminTool with NEO4J_HOME and NEO4J_CONF pointing at the local home', () => {
    const command = buildSetInitialPasswordCommand({ libDir: '/lib', home: HOME, password: 's3cret-pass' });
    expect(ADMIN_MAIN_CLASS).toBe('org.neo4j.cli.AdminTool');
    expect(command.args).toContain('/lib/*');
    expect(command.env).toEqual({ NEO4J_HOME: HOME, NEO4J_CONF: `${HOME}/conf` });
  });

  it('keeps the password off the command line: the main class and its arguments come from a java @file', () => {
    const command = buildSetInitialPasswordCommand({ libDir: '/lib', home: HOME, password: 's3cret-pass' });
    expect(command.args.join(' ')).not.toContain('s3cret-pass');
    expect(command.args[command.args.length - 1]).toBe(`@${HOME}/run/set-initial-password.args`);
    expect(command.argFile).toEqual({
      path: `${HOME}/run/set-initial-password.args`,
      content: `${ADMIN_MAIN_CLASS}\ndbms\nset-initial-password\n--\n"s3cret-pass"\n`,
    });
    const odd = buildSetInitialPasswordCommand({ libDir: '/lib', home: HOME, password: 'a"b\\c d' });
    expect(odd.argFile.content.split('\n')[4]).toBe('"a\\"b\\\\c d"');
  });

  it('passes a password that starts with "-" as the password, not as an option', () => {
    // base64url passwords start with '-' one time in 64: the tool refused them before `--`.
    const command = buildSetInitialPasswordCommand({ libDir: '/lib', home: HOME, password: '-Xy9' });
    expect(command.argFile.content.split('\n').slice(3, 5)).toEqual(['--', '"-Xy9"']);
  });
});

describe('parseJavaMajor', () => {
  it('reads old and new version schemes from java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});
