import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sentenceCoverage, splitSentences } from '../../src/ingest/coverage';

// Whole-sentence coverage of the seed: every source split into sentences, and
// per source the sentences (and the runs of words) that no quote in the graph
// draws from. Every sentence about people, cases, events or statements must be
// drawn on in full; what is left out is listed below, with the reason.

const SEED_DIR = join(__dirname, '../../seed');

/**
 * Words of a source deliberately left out of the graph, per source id. Each is a
 * run of words no quote spans; anything else uncovered fails the test.
 */
const LEFT_OUT: Record<string, { words: string; why: string }[]> = {
  'source:000_5585b8dd8960c38c': [
    {
      words: 'date 2025-01-01',
      why: "the file's header, not the article's words: it is stored as the Source's date, not as a fact any quote states",
    },
  ],
};

interface Doc {
  sources: { id: string; file: string }[];
}

function quotesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => quotesIn(v, out));
  else if (value && typeof value === 'object') {
    const quote = (value as { quote?: unknown }).quote;
    if (typeof quote === 'string') out.push(quote);
    Object.values(value).forEach((v) => quotesIn(v, out));
  }
  return out;
}

const files = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'litigation.schema.json')
  .map((f) => join(SEED_DIR, f));
const docs = files.map((file) => ({ file, doc: JSON.parse(readFileSync(file, 'utf8')) as Doc }));
// Quotes from every document: a sentence may be drawn on by any document that cites its source.
const allQuotes = docs.flatMap(({ doc }) => quotesIn(doc));
const sources = docs.flatMap(({ file, doc }) =>
  doc.sources.map((s) => ({ id: s.id, text: readFileSync(resolve(dirname(file), s.file), 'utf8') })),
);

describe('splitting a source into sentences', () => {
  it('ends sentences at . ! ? before a capital, keeps quoted commas inside, and breaks at lines', () => {
    const text = 'He said "we will, if need be," in court. Then: nothing!\n"Quoted." Next one? Yes 2021.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'He said "we will, if need be," in court.',
      'Then: nothing!',
      '"Quoted."',
      'Next one?',
      'Yes 2021.',
    ]);
  });

  it('reports the words no quote spans', () => {
    const [s] = sentenceCoverage('Alpha beta, gamma delta.', ['beta, gamma']);
    expect(s).toMatchObject({ covered: true, uncovered: ['Alpha', 'delta'], chars: 19, coveredChars: 9 });
    const [t] = sentenceCoverage('Nothing here.', ['absent']);
    expect(t).toMatchObject({ covered: false, uncovered: ['Nothing here'], coveredChars: 0 });
  });
});

describe.each(sources)('sentence coverage of $id', ({ id, text }) => {
  const coverage = sentenceCoverage(text, allQuotes);
  const leftOut = LEFT_OUT[id] ?? [];

  it('prints the figures', () => {
    const covered = coverage.filter((s) => s.covered).length;
    const full = coverage.filter((s) => s.uncovered.every((w) => leftOut.some((l) => l.words === w))).length;
    const chars = coverage.reduce((n, s) => n + s.chars, 0);
    const drawn = coverage.reduce((n, s) => n + s.coveredChars, 0);
    // Printed for the report; the assertions below are what CI enforces.
    console.log(
      `${id}: ${covered}/${coverage.length} sentences drawn on by some quote; ` +
        `${full}/${coverage.length} drawn on in full (allow-list aside); ${drawn}/${chars} letters and digits`,
    );
    expect(coverage.length).toBeGreaterThan(0);
  });

  it('has every sentence drawn on by some quote', () => {
    expect(coverage.filter((s) => !s.covered).map((s) => s.text)).toEqual([]);
  });

  it('leaves out no words but the listed ones', () => {
    const uncovered = coverage.flatMap((s) => s.uncovered);
    expect(uncovered).toEqual(leftOut.map((l) => l.words));
  });
});
