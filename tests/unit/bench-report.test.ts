import { percentile, warmUp, type Figures } from '../../bench/measure';
import { FAILED, type BenchReport } from '../../bench/harness';
import { failureSummary, latestJson, markdownTable } from '../../bench/report';
import { worldCases } from '../../bench/graph-source';
import { parseSize } from '../../bench/sizes';

describe('benchmark helpers', () => {
  test('percentiles are nearest-rank over sorted latencies', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  test('warm-up repeats until a round completes a request per connection without error', async () => {
    const rounds: Figures[] = [
      { p50: Number.NaN, p99: Number.NaN, rps: 0, requests: 0, errors: 0, seconds: 0.5 },
      { p50: 5, p99: 9, rps: 1, requests: 1, errors: 0, seconds: 0.5 },
      { p50: 5, p99: 9, rps: 4, requests: 4, errors: 1, seconds: 0.5 },
      { p50: 5, p99: 9, rps: 4, requests: 4, errors: 0, seconds: 0.5 },
    ];
    let calls = 0;
    const run = (seconds: number) => {
      expect(seconds).toBe(0.5);
      return Promise.resolve(rounds[calls++]!);
    };
    await expect(warmUp(run, 0.5, 2)).resolves.toBe(4);
    const never = () => Promise.resolve(rounds[0]!);
    await expect(warmUp(never, 0.5, 2, 0)).rejects.toThrow(
      'still not answering after 1 warm-up rounds (0 s): last round 0 requests, 0 errors',
    );
  });

  // The table names the status and error codes; latest.json keeps the whole text.
  const LONG_FAILURE =
    'http://127.0.0.1:46281/graphql answered 504: [{"message":"The database did not answer within 17 s; try again later.","locations":[{"line":2,"column":3}],"path":["outcomeStats"],"extensions":{"code":"DATABASE_TIMEOUT","query":"outcomeStats"}}]';

  test('a cell that failed says why in both result files', () => {
    const report = {
      machine: { cpus: 2, cpuModel: 'x', memoryGb: 24, node: 'v20', loadAverage: [] },
      date: '2026-11-24T00:00:00.000Z',
      graphs: [],
      options: {},
      results: [
        {
          op: 'outcomeStats',
          size: 1_000_000,
          nodes: 1_006_087,
          relationships: 2,
          concurrency: 1,
          wholeGraph: true,
          ours: FAILED,
          raw: FAILED,
          neo4jGraphql: null,
          failure: LONG_FAILURE,
        },
      ],
    } as unknown as BenchReport;
    const row = markdownTable(report).split('\n')[2]!;
    expect(row).toBe(`| outcomeStats | 1006087 | 1 | failed: 504 DATABASE_TIMEOUT |${' – |'.repeat(10)}`);
    expect(row.split('|').length).toBe(markdownTable(report).split('\n')[0]!.split('|').length);
    const json = latestJson(report) as { results: { failure?: string; ours: { p50: number } }[] };
    expect(json.results[0]!.failure).toBe(LONG_FAILURE);
    expect(JSON.parse(JSON.stringify(json)).results[0].ours.p50).toBeNull();
  });

  test('a failure without error codes is shortened in the table', () => {
    expect(failureSummary('answered 502: Bad Gateway')).toBe('502 Bad Gateway');
    expect(failureSummary(`socket hang up ${'x'.repeat(200)}`)).toBe(`socket hang up ${'x'.repeat(65)}…`);
    expect(failureSummary('a | b')).toBe('a / b');
  });

  // A rerun over the same database (NEO4J_URI) must generate the same worlds, so that
  // the bulk loader skips them; a world sized from the database's node count changed
  // world 0's registry on a rerun, and loading it was refused.
  test('each world adds the cases between its size and the one before, from the sizes alone', () => {
    const sizes = [10_000, 100_000, 1_000_000];
    expect(sizes.map((_, k) => worldCases(sizes, k))).toEqual([1053, 9474, 94737]);
    expect(worldCases([1_000_000], 0)).toBe(105_264);
    expect(worldCases([100], 0)).toBe(11);
    expect(worldCases([100, 120], 1)).toBe(10);
  });

  test('sizes are node counts with an optional k or m', () => {
    expect(['10k', '100k', '1m', '2500', '1.5k'].map(parseSize)).toEqual([
      10_000, 100_000, 1_000_000, 2500, 1500,
    ]);
    expect(() => parseSize('ten')).toThrow('BENCH_SIZES: "ten" is not a node count');
  });
});
