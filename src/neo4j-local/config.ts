import { join } from 'node:path';

/**
 * Pure helpers that describe a local Neo4j Community 5.26 server: where its files live,
 * the neo4j.conf it reads, and the java command lines that start it / set its password.
 * Nothing here touches the file system or spawns anything, so it can be unit tested.
 */

/** Main class the `neo4j console` script ends up running for Community edition. */
export const COMMUNITY_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** `neo4j-admin` runs Neo4jAdminCommand, which re-launches java with this class; we call it directly. */
export const ADMIN_MAIN_CLASS = 'org.neo4j.cli.AdminTool';

export const DEFAULT_HEAP_INITIAL = '1g';
export const DEFAULT_HEAP_MAX = '2g';
export const DEFAULT_PAGE_CACHE = '1g';
/** Keeps only the newest rotated log next to the current one: a dev database needs no history. */
export const DEFAULT_TX_LOG_RETENTION = '1 files';
export const DEFAULT_TX_LOG_ROTATION_SIZE = '64M';

/**
 * The `server.jvm.additional` flags of the default conf/neo4j.conf shipped with Neo4j 5.26.
 * The `neo4j` launcher script turns them into JVM options; we start java ourselves, so
 * they must also be passed on the command line (see buildServerJavaArgs).
 */
export const DEFAULT_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
];

/** Every path of one local server; all of them sit under the caller's dataDir (= NEO4J_HOME). */
export interface Neo4jLayout {
  home: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  importDir: string;
  pluginsDir: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
  /** Exists once the server has started at least once (and then owns the users). */
  systemDatabaseDir: string;
}

export function neo4jLayout(home: string): Neo4jLayout {
  const dataDir = join(home, 'data');
  const runDir = join(home, 'run');
  const logsDir = join(home, 'logs');
  return {
    home,
    confDir: join(home, 'conf'),
    confFile: join(home, 'conf', 'neo4j.conf'),
    dataDir,
    logsDir,
    runDir,
    importDir: join(home, 'import'),
    pluginsDir: join(home, 'plugins'),
    pidFile: join(runDir, 'neo4j.pid'),
    passwordFile: join(home, 'password'),
    consoleLog: join(logsDir, 'console.log'),
    systemDatabaseDir: join(dataDir, 'databases', 'system'),
  };
}

export interface MemoryOptions {
  heapInitial?: string | undefined;
  heapMax?: string | undefined;
  pageCache?: string | undefined;
}

export interface ResolvedMemory {
  heapInitial: string;
  heapMax: string;
  pageCache: string;
}

/** Defaults fit a 2-core / 24 GB machine that also runs the API and tests. */
export function resolveMemory(opts: MemoryOptions = {}): ResolvedMemory {
  const resolved = {
    heapInitial: opts.heapInitial ?? DEFAULT_HEAP_INITIAL,
    heapMax: opts.heapMax ?? DEFAULT_HEAP_MAX,
    pageCache: opts.pageCache ?? DEFAULT_PAGE_CACHE,
  };
  for (const [name, value] of Object.entries(resolved)) assertMemorySize(name, value);
  return resolved;
}

// Same syntax for neo4j.conf and -Xmx, so one check protects both.
function assertMemorySize(name: string, value: string): void {
  if (!/^\d+[kmgKMG]?$/.test(value)) {
    throw new Error(`Invalid ${name} "${value}": use a size such as 512m or 2g`);
  }
}

export interface Neo4jConfOptions extends MemoryOptions {
  /** Absolute NEO4J_HOME; data, logs, run, import live below it. */
  home: string;
  boltPort: number;
  authEnabled?: boolean | undefined;
  txLogRetention?: string | undefined;
  txLogRotationSize?: string | undefined;
  /** Extra or replacement settings (a known key is replaced in place, not repeated). */
  extraSettings?: Readonly<Record<string, string>> | undefined;
}

type Setting = [key: string, value: string];
type Section = [title: string, settings: Setting[]];

/** Renders neo4j.conf; settings are `key=value`, repeated keys only for server.jvm.additional. */
export function renderNeo4jConf(opts: Neo4jConfOptions): string {
  assertPort(opts.boltPort);
  const layout = neo4jLayout(opts.home);
  const memory = resolveMemory(opts);
  const bolt = `127.0.0.1:${opts.boltPort}`;
  const sections: Section[] = [
    [
      'Directories (everything under the local home)',
      [
        ['server.directories.data', layout.dataDir],
        ['server.directories.logs', layout.logsDir],
        ['server.directories.run', layout.runDir],
        ['server.directories.import', layout.importDir],
        ['server.directories.plugins', layout.pluginsDir],
      ],
    ],
    [
      'Network: Bolt on loopback only, no HTTP(S)',
      [
        ['server.default_listen_address', '127.0.0.1'],
        ['server.default_advertised_address', '127.0.0.1'],
        ['server.bolt.enabled', 'true'],
        ['server.bolt.listen_address', bolt],
        // Routing tables (neo4j:// URIs) hand out this address, so it must carry our port.
        ['server.bolt.advertised_address', bolt],
        ['server.bolt.tls_level', 'DISABLED'],
        ['server.http.enabled', 'false'],
        ['server.https.enabled', 'false'],
      ],
    ],
    ['Security', [['dbms.security.auth_enabled', String(opts.authEnabled ?? true)]]],
    [
      'Memory',
      [
        ['server.memory.heap.initial_size', memory.heapInitial],
        ['server.memory.heap.max_size', memory.heapMax],
        ['server.memory.pagecache.size', memory.pageCache],
      ],
    ],
    [
      'Transaction logs: keep little, this is a local development database',
      [
        ['db.tx_log.rotation.retention_policy', opts.txLogRetention ?? DEFAULT_TX_LOG_RETENTION],
        ['db.tx_log.rotation.size', opts.txLogRotationSize ?? DEFAULT_TX_LOG_ROTATION_SIZE],
        // Logs are pruned only at a checkpoint, by default every 15 minutes: a long import
        // filled 58 GB of logs in 8 minutes before the first one.
        ['db.checkpoint.interval.time', '1m'],
      ],
    ],
    [
      // Netty's default 5 s quiet period, paid twice, made every stop take ~10 s.
      'Shutdown',
      [['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0']],
    ],
    ['Misc', [['dbms.usage_report.enabled', 'false']]],
    [
      // Only informative here: the launcher reads these, but we pass them to java ourselves.
      'JVM (mirrors the java command line built by buildServerJavaArgs)',
      DEFAULT_JVM_FLAGS.map((flag): Setting => ['server.jvm.additional', flag]),
    ],
  ];
  sections.push(['Overrides', applyOverrides(sections, opts.extraSettings ?? {})]);
  const lines = ['# Generated by src/neo4j-local/config.ts; rewritten on every start.'];
  for (const [title, settings] of sections) {
    if (settings.length === 0) continue;
    lines.push('', `# ${title}`, ...settings.map(([key, value]) => renderSetting(key, value)));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Overrides replace a rendered setting in place (Neo4j rejects or warns about repeated
 * keys); only unknown keys are returned, to be appended.
 */
function applyOverrides(sections: Section[], overrides: Readonly<Record<string, string>>): Setting[] {
  const appended: Setting[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const existing = sections.flatMap(([, settings]) => settings).find(([k]) => k === key);
    if (existing !== undefined && key !== 'server.jvm.additional') existing[1] = value;
    else appended.push([key, value]);
  }
  return appended;
}

function renderSetting(key: string, value: string): string {
  if (/[\r\n]/.test(key) || /[\r\n]/.test(value)) {
    throw new Error(`neo4j.conf setting ${key} must be a single line`);
  }
  return `${key}=${value}`;
}

function assertPort(port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Invalid Bolt port ${String(port)}`);
  }
}

/** Major version from `java -version` output: "1.8.0_392" -> 8, "17.0.15" -> 17, "21" -> 21. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export interface ServerJavaArgsOptions extends MemoryOptions {
  libDir: string;
  home: string;
  extraJvmFlags?: readonly string[] | undefined;
}

/** Arguments after the `java` executable that start the server in the foreground. */
export function buildServerJavaArgs(opts: ServerJavaArgsOptions): string[] {
  const memory = resolveMemory(opts);
  const layout = neo4jLayout(opts.home);
  return [
    `-Xms${memory.heapInitial}`,
    `-Xmx${memory.heapMax}`,
    ...DEFAULT_JVM_FLAGS,
    ...(opts.extraJvmFlags ?? []),
    // The launcher script adds this too; keeps string handling independent of the locale.
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath(opts.libDir),
    COMMUNITY_MAIN_CLASS,
    `--home-dir=${layout.home}`,
    `--config-dir=${layout.confDir}`,
    '--console-mode',
  ];
}

export interface AdminCommand {
  args: string[];
  env: Record<string, string>;
  /** A java argument file (`@file`) to write (mode 0600) before running and delete after. */
  argFile: { path: string; content: string };
}

/** Quoted for a java `@argfile`: inside double quotes, `\\` and `"` are escaped. */
function argFileQuote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * `neo4j-admin dbms set-initial-password`, run in-process by AdminTool. The tool finds
 * neo4j.conf through NEO4J_HOME / NEO4J_CONF, exactly like the neo4j-admin script sets them.
 * The password goes in a java argument file, never on the command line (`ps` shows
 * command lines to every user of the machine).
 */
export function buildSetInitialPasswordCommand(opts: {
  libDir: string;
  home: string;
  password: string;
}): AdminCommand {
  const layout = neo4jLayout(opts.home);
  const argFile = join(layout.runDir, 'set-initial-password.args');
  return {
    // The launcher reads the main class and its arguments from the file.
    args: ['-Xmx256m', '-Dfile.encoding=UTF-8', '-cp', classpath(opts.libDir), `@${argFile}`],
    env: { NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir },
    argFile: {
      path: argFile,
      // `--` ends the options: a generated password starts with '-' one time in 64, and the
      // tool then read it as an unknown option ("Missing required parameter: '<password>'").
      content: `${[ADMIN_MAIN_CLASS, 'dbms', 'set-initial-password', '--', argFileQuote(opts.password)].join('\n')}\n`,
    },
  };
}

/** Database names Neo4j accepts (and nothing a command line could misread). */
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{0,62}$/;

/**
 * An offline `neo4j-admin database …` command (dump, load), run in-process by
 * AdminTool like the neo4j-admin script would, on the home's neo4j.conf.
 */
export function buildAdminDatabaseCommand(opts: {
  libDir: string;
  home: string;
  /** Max heap of the tool's JVM, e.g. "1g". */
  heap: string;
  /** `dump` or `load`. */
  action: 'dump' | 'load';
  database: string;
  /** After the database name: `--to-stdout`, `--from-stdin`, `--info`… */
  options: readonly string[];
}): { args: string[]; env: Record<string, string> } {
  if (!DATABASE_NAME.test(opts.database)) throw new Error(`Invalid database name "${opts.database}"`);
  resolveMemory({ heapMax: opts.heap });
  const layout = neo4jLayout(opts.home);
  return {
    args: [
      `-Xmx${opts.heap}`,
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath(opts.libDir),
      ADMIN_MAIN_CLASS,
      'database',
      opts.action,
      ...opts.options,
      opts.database,
    ],
    env: { NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir },
  };
}

// Java expands a trailing `*` itself, so no shell is involved.
function classpath(libDir: string): string {
  return join(libDir, '*');
}
