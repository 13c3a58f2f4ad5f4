import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  anchors,
  brokenLinks,
  describeBroken,
  githubSlug,
  links,
  repositoryMarkdown,
  type MarkdownFile,
} from '../../scripts/check-links';

// Every relative link in the repository's markdown (README, BENCHMARKS.md, docs/,
// every folder README) leads to a file or folder that exists, and every `#anchor`
// to a heading of the page it names. The synthetic pages below show the checker
// finds what it must, so an empty list over the repository means something.

const ROOT = resolve(__dirname, '../..');

describe("the repository's markdown", () => {
  const files = repositoryMarkdown(ROOT);

  it('is found: the README, BENCHMARKS.md, docs/ and the folder READMEs', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'README.md',
        'BENCHMARKS.md',
        'docs/api.md',
        'docs/architecture.md',
        'docs/development.md',
        'docs/examples.md',
        'docs/loading.md',
        'docs/operations.md',
        'src/README.md',
        'src/api/README.md',
        'seed/README.md',
        'bench/README.md',
        'web/README.md',
      ]),
    );
    expect(paths.some((p) => p.startsWith('node_modules/'))).toBe(false);
  });

  it('has no broken relative link or anchor', () => {
    const broken = brokenLinks(files, (path) => existsSync(join(ROOT, path)));
    if (broken.length > 0) throw new Error(`Broken links:\n${describeBroken(broken)}`);
  });
});

/** The broken links of pages given as `path → text`, with these other files existing. */
function check(pages: Record<string, string>, existing: string[] = []): string[] {
  const files: MarkdownFile[] = Object.entries(pages).map(([path, text]) => ({ path, text }));
  return brokenLinks(files, (path) => existing.includes(path)).map((b) => `${b.file}:${b.line} ${b.link}`);
}

describe('githubSlug', () => {
  it.each([
    ['Quick start', 'quick-start'],
    ['The schema at a glance', 'the-schema-at-a-glance'],
    ['Loading while serving', 'loading-while-serving'],
    ['How to add a field: `Case.venue`', 'how-to-add-a-field-casevenue'],
    ['`NEO4J_URI` and `neo4j://`', 'neo4j_uri-and-neo4j'],
    [
      'Who did Alec Baldwin sue, and what office does each defendant hold?',
      'who-did-alec-baldwin-sue-and-what-office-does-each-defendant-hold',
    ],
    ['Full-text search: "gutierrez", "Rust", "Fitch"', 'full-text-search-gutierrez-rust-fitch'],
    ['Ownership — facts belong to documents', 'ownership--facts-belong-to-documents'],
    ['Émile’s café', 'émiles-café'],
  ])('%j → %s', (heading, slug) => {
    expect([...anchors(`# ${heading}\n`)]).toEqual([slug]);
    expect(githubSlug(heading.replace(/`/g, ''))).toBe(slug);
  });

  it('numbers repeated headings as GitHub does', () => {
    expect([...anchors('# Notes\n## Notes\n### Notes\n## Notes 1\n')]).toEqual([
      'notes',
      'notes-1',
      'notes-2',
      'notes-1-1',
    ]);
  });

  it('reads setext headings, link text and emphasis, and explicit anchors', () => {
    const page =
      'Setext title\n============\n\n## A [linked](x.md) _word_ and **bold**\n\n<a id="custom"></a>\n';
    expect([...anchors(page)]).toEqual(['setext-title', 'a-linked-word-and-bold', 'custom']);
  });
});

describe('links', () => {
  it('finds inline links, images, reference definitions and HTML links, with their lines', () => {
    const page = [
      'A [link](a.md) and an ![image](img/b.png "title").',
      '[![badge](c.svg)](d.md#part)',
      '',
      '[ref]: e.md',
      '<a href="f.md">f</a> <img src="g.png">',
      '[spaces](<h i.md>)',
    ].join('\n');
    expect(links(page)).toEqual([
      { link: 'a.md', line: 1 },
      { link: 'img/b.png', line: 1 },
      { link: 'c.svg', line: 2 },
      { link: 'd.md#part', line: 2 },
      { link: 'e.md', line: 4 },
      { link: 'f.md', line: 5 },
      { link: 'g.png', line: 5 },
      { link: 'h i.md', line: 6 },
    ]);
  });

  it('ignores code blocks, code spans and HTML comments', () => {
    const page = [
      '```md',
      '[in a fence](nowhere.md)',
      '```',
      '~~~',
      '[in a tilde fence](nowhere.md)',
      '~~~',
      'Text with `[a code span](nowhere.md)` and ``[double](nowhere.md)``.',
      '<!-- [a comment](nowhere.md) -->',
      '[real](here.md)',
    ].join('\n');
    expect(links(page)).toEqual([{ link: 'here.md', line: 9 }]);
  });
});

describe('brokenLinks', () => {
  it('passes links to existing files, folders, headings and external addresses', () => {
    expect(
      check(
        {
          'README.md':
            '# Top\n[api](docs/api.md#limits) [top](#top) [src](src/) [web](https://example.org/x.md)',
          'docs/api.md':
            '# API\n## Limits\n[back](../README.md#top) [img](screenshots/a.png) [code](../src/a.ts#L3)',
        },
        ['src', 'docs/screenshots/a.png', 'src/a.ts'],
      ),
    ).toEqual([]);
  });

  it('reports a missing file, a missing anchor and an anchor into a page that has no such heading', () => {
    expect(
      check({
        'README.md':
          '# Top\n\nSee [the guide](docs/guide.md) and [here](#nowhere).\n[api](docs/api.md#errors)',
        'docs/api.md': '# API\n## Limits\n',
      }),
    ).toEqual(['README.md:3 docs/guide.md', 'README.md:3 #nowhere', 'README.md:4 docs/api.md#errors']);
  });

  it('reports links that leave the repository, and anchors into non-markdown files', () => {
    expect(check({ 'docs/a.md': '[up](../../x.md) [ts](../src/a.ts#foo)' }, ['src/a.ts'])).toEqual([
      'docs/a.md:1 ../../x.md',
      'docs/a.md:1 ../src/a.ts#foo',
    ]);
  });

  it('resolves links relative to the page, and `/` from the repository root', () => {
    expect(
      check({ 'src/api/README.md': '[up](../README.md) [root](/README.md) [wrong](README.md#x)' }, [
        'src/README.md',
        'README.md',
      ]),
    ).toEqual(['src/api/README.md:1 README.md#x']);
  });
});
