import { readFileSync } from 'node:fs';
import {
  EXAMPLES_DIR,
  EXAMPLES_DOC,
  README,
  askExamples,
  readmeExampleName,
  withExamples,
  withReadmeExample,
  withSeededServer,
  type ExampleRun,
} from '../../scripts/example-outputs';
import { loadExamples } from '../../src/server/playground/examples';

// docs/examples.md shows every operation of examples/ with the answer the server
// gives over the seed, and the README shows one of them: both must be exactly what
// `npm run docs:examples` writes today (scripts/example-outputs.ts renders them).
//
// The answers come from a Neo4j and a server of this test's own, seeded on a
// temporary folder, as `npm run docs:examples` makes them: not from the suite's
// shared database. Other test files load documents there (dockets, generated
// litigation, documents of their own) and remove them afterwards, but the full-text
// index's statistics keep counting removed entries until Lucene merges its segments,
// so the search example's scores depend on what ran before; and a file that failed
// before removing its documents would change the pending cases, the statistics and
// the search hits too.

const FIX =
  'Run `npm run docs:examples` (it seeds a Neo4j and a server of its own) and commit docs/examples.md and README.md.';

/** Where two texts first differ, with the lines around it, for a message a person can act on. */
function firstDifference(file: string, expected: string, actual: string): string {
  const want = expected.split('\n');
  const have = actual.split('\n');
  let i = 0;
  while (i < want.length && i < have.length && want[i] === have[i]) i++;
  const show = (lines: string[]) =>
    lines
      .slice(Math.max(0, i - 2), i + 3)
      .map((l, k) => `  ${Math.max(0, i - 2) + k + 1}: ${l}`)
      .join('\n');
  return `${file} is not what the server answers today. ${FIX}\nFirst difference at line ${i + 1}.\nIn ${file}:\n${show(have)}\nExpected:\n${show(want)}`;
}

function expectSame(file: string, expected: string, actual: string): void {
  if (actual !== expected) throw new Error(firstDifference(file, expected, actual));
}

describe('docs/examples.md, without a server', () => {
  it('shows every example of examples/, in order, with its title, variables and operation text', () => {
    const doc = readFileSync(EXAMPLES_DOC, 'utf8');
    const shown = [
      ...doc.matchAll(
        /^#### (.*)\n\n`examples\/([\w.-]+)\.graphql`(?:, variables `(.*?)`)? — .*\n\n```graphql\n([\s\S]*?)\n```$/gm,
      ),
    ].map((m) => ({ title: m[1], name: m[2], variables: m[3] ?? null, query: m[4] }));
    const current = loadExamples(EXAMPLES_DIR).map((e) => ({
      title: e.title,
      name: e.name,
      variables: e.variables ? JSON.stringify(e.variables) : null,
      query: e.query.trim(),
    }));
    if (JSON.stringify(shown) !== JSON.stringify(current)) {
      // The names first: a missing or extra example says more than a diff of texts.
      expect(shown.map((s) => s.name)).toEqual(current.map((c) => c.name));
      expect(shown).toEqual(current);
    }
  });
});

describe('docs/examples.md and the README, against a freshly seeded server', () => {
  let runs: ExampleRun[] = [];

  beforeAll(async () => {
    runs = await withSeededServer((url) => askExamples(url));
  }, 300_000);

  it('asks every example, and each answers with data and no error', () => {
    expect(runs.map((r) => r.example.name)).toEqual(loadExamples(EXAMPLES_DIR).map((e) => e.name));
    for (const { example, answer, roundTrips } of runs) {
      const body = answer as { data?: unknown; errors?: unknown };
      expect({ example: example.name, errors: body.errors }).toEqual({
        example: example.name,
        errors: undefined,
      });
      expect(body.data).toBeTruthy();
      expect(roundTrips).toBeGreaterThanOrEqual(1);
    }
  });

  it('docs/examples.md is exactly what npm run docs:examples writes', () => {
    const doc = readFileSync(EXAMPLES_DOC, 'utf8');
    expectSame('docs/examples.md', withExamples(doc, runs), doc);
  });

  it("the README's example is exactly what npm run docs:examples writes", () => {
    const readme = readFileSync(README, 'utf8');
    expect(readmeExampleName(readme)).not.toBeNull();
    expectSame('README.md', withReadmeExample(readme, runs), readme);
  });
});
