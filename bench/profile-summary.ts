import { readFileSync } from 'node:fs';

// `npx tsx bench/profile-summary.ts <file.cpuprofile>`: where a server's CPU time
// went, by phase (the innermost known frame of each sample decides) and by
// function (self time), from a `node --cpu-prof` profile (PROFILE=1 npm run bench).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Phases, checked from the sampled frame outwards; the first that matches takes the sample. */
const PHASES: [string, RegExp][] = [
  ['logging (pino)', /node_modules\/(pino|pino-http|pino-std-serializers|sonic-boom|thread-stream)\//],
  ['cost analysis (graphql-query-complexity)', /graphql-query-complexity/],
  ['Cypher building (@neo4j/cypher-builder)', /@neo4j\/cypher-builder/],
  ['neo4j-driver (Bolt, records)', /neo4j-driver/],
  ['conversion (db/convert, cypher/mappers)', /src\/(db\/convert|cypher\/mappers|graph\/codecs)/],
  ['GraphQL parse', /graphql\/language\//],
  ['GraphQL validate', /graphql\/validation\/|graphql-armor/],
  ['GraphQL execute (resolvers, completion)', /graphql\/execution\/|src\/api\//],
  ['project (repositories, cypher, server)', /src\/(repositories|cypher|server|db)\//],
  ['Apollo Server', /@apollo\//],
  [
    'Express, HTTP',
    /node_modules\/(express|body-parser|router|raw-body|iconv-lite|@as-integrations)|node:_http|node:net|node:internal\/(http|stream)/,
  ],
  ['metrics (prom-client)', /prom-client/],
];

export function summarise(file: string, top = 25): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const phase = new Map<string, number>();
  const fn = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
      phase.set(name, (phase.get(name) ?? 0) + micros);
      if (name !== '(idle)') busy += micros;
      continue;
    }
    busy += micros;
    const where = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/src\//, 'src/');
    const key = `${name || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + micros);
    let label = 'other (V8 builtins, JSON, Node internals)';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const url = byId.get(cur)!.callFrame.url;
      const hit = PHASES.find(([, re]) => re.test(url));
      if (hit) {
        label = hit[0];
        break;
      }
    }
    phase.set(label, (phase.get(label) ?? 0) + micros);
  }
  const pct = (x: number) => `${((100 * x) / busy).toFixed(1)}%`;
  const ms = (x: number) => `${(x / 1000).toFixed(0)} ms`;
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return [
    `busy (not idle) ${ms(busy)}; idle ${ms(phase.get('(idle)') ?? 0)}`,
    'by phase (innermost known frame), share of busy time:',
    ...sorted(phase)
      .filter(([k]) => k !== '(idle)')
      .map(([k, v]) => `  ${pct(v).padStart(6)} ${ms(v).padStart(8)}  ${k}`),
    `top ${top} functions by self time:`,
    ...sorted(fn)
      .slice(0, top)
      .map(([k, v]) => `  ${pct(v).padStart(6)} ${ms(v).padStart(8)}  ${k}`),
  ].join('\n');
}

if (require.main === module) {
  for (const file of process.argv.slice(2)) process.stdout.write(`${file}\n${summarise(file)}\n\n`);
}
