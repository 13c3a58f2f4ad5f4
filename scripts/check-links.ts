import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';

// Relative links in the repository's markdown: every file a link names must exist,
// and every `#anchor` must be a heading of the page it points into, as GitHub
// renders it (github-slugger's rules: lower case, punctuation dropped, spaces to
// hyphens, `-1`, `-2`… for repeated headings) or an explicit `id`/`name` anchor.
// Links in code blocks, code spans and HTML comments are text, not links; links
// with a scheme (https:, mailto:…) are not checked.
//
//   npx tsx scripts/check-links.ts      lists broken links, exit code 1 when there are any
//
// brokenLinks() is pure; tests/unit/docs-links.test.ts runs it over the repository.

const ROOT = resolve(__dirname, '..');

/** A markdown file: its path from the repository root (with `/`), and its text. */
export interface MarkdownFile {
  path: string;
  text: string;
}

export interface BrokenLink {
  file: string;
  line: number;
  link: string;
  reason: string;
}

/** Folders never searched for markdown: dependencies, build output, data. */
const SKIPPED = new Set([
  'node_modules',
  '.git',
  'coverage',
  'dist',
  'neo4j/lib',
  'neo4j/data',
  'neo4j/logs',
  'bench/results/profiles',
]);

/** Every `*.md` of the repository (folder READMEs, docs/, BENCHMARKS.md…), paths from `root`, sorted. */
export function markdownFiles(root = ROOT): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !SKIPPED.has(rel) && !entry.name.startsWith('dist.build-'))
          visit(path);
      } else if (entry.isFile() && entry.name.endsWith('.md')) {
        found.push(rel);
      }
    }
  };
  visit(root);
  return found.sort();
}

/** The same text with `[start, end)` replaced by spaces, line breaks kept (so offsets and lines stay). */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;

/** Fenced code blocks blanked (fences included); the rest unchanged. */
function withoutFencedCode(text: string): string {
  const lines = text.split('\n');
  let fence: string | null = null;
  return lines
    .map((line) => {
      if (fence !== null) {
        const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
        if (close.test(line)) fence = null;
        return ' '.repeat(line.length);
      }
      const open = FENCE_OPEN.exec(line);
      // A backtick fence's info string holds no backtick (else it is a code span).
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = open[1]!;
        return ' '.repeat(line.length);
      }
      return line;
    })
    .join('\n');
}

/** HTML comments blanked. */
function withoutComments(text: string): string {
  let out = text;
  for (const m of text.matchAll(/<!--[\s\S]*?-->/g)) out = blank(out, m.index, m.index + m[0].length);
  return out;
}

/** Code spans (`` `…` ``, ``` `` … `` ```: equal runs of backticks, within a paragraph) blanked. */
function withoutCodeSpans(text: string): string {
  let out = text;
  const span = /(?<!`)(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?(?<!`)\1(?!`)/g;
  for (const m of text.matchAll(span)) out = blank(out, m.index, m.index + m[0].length);
  return out;
}

/** The heading's text as GitHub renders it: markup gone, code spans' content kept. */
function headingText(raw: string): string {
  // Split into code spans (kept verbatim) and the rest (markup removed).
  const pieces = raw.split(/((?<!`)`+(?!`)[^`]*?(?<!`)`+(?!`))/);
  return pieces
    .map((piece, i) => {
      if (i % 2 === 1) return piece.replace(/^`+\s?|\s?`+$/g, '');
      return piece
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
        .replace(/\\(.)/g, '$1');
    })
    .join('')
    .trim();
}

/** github-slugger's slug of a heading's text (without the numbering of repeats). */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The raw text of every heading (ATX `#` and setext `===`/`---`), code blocks excluded. */
export function headings(markdown: string): string[] {
  const lines = withoutFencedCode(withoutComments(markdown)).split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) {
      found.push(atx[1] ?? '');
      return;
    }
    const previous = lines[i - 1];
    if (
      /^ {0,3}(=+|-+)[ \t]*$/.test(line) &&
      previous !== undefined &&
      previous.trim() !== '' &&
      !/^ {0,3}([#>|]|[-*+][ \t]|\d+[.)][ \t]|<)/.test(previous) &&
      !/^ {0,3}(=+|-+)[ \t]*$/.test(previous)
    ) {
      found.push(previous.trim());
    }
  });
  return found;
}

/** Every anchor a page offers: its headings' slugs (repeats numbered) and explicit `id`/`name` anchors. */
export function anchors(markdown: string): Set<string> {
  const result = new Set<string>();
  const seen = new Map<string, number>();
  for (const raw of headings(markdown)) {
    const original = githubSlug(headingText(raw));
    let slug = original;
    while (seen.has(slug)) {
      const n = seen.get(original)! + 1;
      seen.set(original, n);
      slug = `${original}-${n}`;
    }
    seen.set(slug, 0);
    result.add(slug);
  }
  for (const m of withoutFencedCode(markdown).matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*(["'])(.*?)\1/gi))
    result.add(m[2]!);
  return result;
}

/** The destination of an inline link starting at `text[at]` (just after `](`), or null. */
function destinationAt(text: string, at: number): string | null {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    return close < 0 ? null : text.slice(i + 1, close);
  }
  let depth = 0;
  const start = i;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (/\s/.test(c)) break;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return text.slice(start, i);
}

/** Every link destination in a page (inline links and images, reference definitions, HTML href/src), with its line. */
export function links(markdown: string): { link: string; line: number }[] {
  const text = withoutCodeSpans(withoutComments(withoutFencedCode(markdown)));
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const found: { link: string; line: number; index: number }[] = [];
  for (const m of text.matchAll(/(?<!\\)\]\(/g)) {
    const link = destinationAt(text, m.index + 2);
    if (link !== null) found.push({ link, line: lineOf(m.index), index: m.index });
  }
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(?:<([^>\n]*)>|(\S+))/gm)) {
    found.push({ link: m[1] ?? m[2]!, line: lineOf(m.index), index: m.index });
  }
  for (const m of text.matchAll(/<(?:a|img)\b[^>]*?\s(?:href|src)\s*=\s*(["'])(.*?)\1/gi)) {
    found.push({ link: m[2]!, line: lineOf(m.index), index: m.index });
  }
  return found.sort((a, b) => a.index - b.index).map(({ link, line }) => ({ link, line }));
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The relative links of `files` that lead nowhere: a file or folder that does not
 * exist (`exists` is asked with a path from the repository root), or an anchor that
 * is no heading of the markdown page it names. Anchors into a markdown file must
 * find it among `files`; into other files only GitHub's line anchors (`#L12`) are accepted.
 */
export function brokenLinks(files: readonly MarkdownFile[], exists: (path: string) => boolean): BrokenLink[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (f: MarkdownFile) => {
    let set = anchorCache.get(f.path);
    if (!set) anchorCache.set(f.path, (set = anchors(f.text)));
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    for (const { link, line } of links(file.text)) {
      const report = (reason: string) => broken.push({ file: file.path, line, link, reason });
      if (EXTERNAL.test(link)) continue;
      if (link.trim() === '') {
        report('empty link');
        continue;
      }
      const hash = link.indexOf('#');
      const pathPart = (hash < 0 ? link : link.slice(0, hash)).replace(/\?.*$/, '');
      const fragment = hash < 0 ? null : link.slice(hash + 1);
      let target = file.path;
      if (pathPart !== '') {
        let decoded: string;
        try {
          decoded = decodeURI(pathPart);
        } catch {
          report('not a valid URI');
          continue;
        }
        const joined = decoded.startsWith('/')
          ? posix.normalize(decoded.slice(1))
          : posix.normalize(posix.join(posix.dirname(file.path), decoded));
        target = joined.replace(/\/+$/, '') || '.';
        if (target === '..' || target.startsWith('../')) {
          report('points outside the repository');
          continue;
        }
        if (!byPath.has(target) && !exists(target)) {
          report(`no such file or folder: ${target}`);
          continue;
        }
      }
      if (fragment === null) continue;
      let anchor: string;
      try {
        anchor = decodeURIComponent(fragment);
      } catch {
        report('anchor is not valid percent-encoding');
        continue;
      }
      const page = byPath.get(target);
      if (page) {
        if (!anchorsOf(page).has(anchor)) report(`no heading or anchor #${anchor} in ${target}`);
      } else if (target.endsWith('.md')) {
        report(`anchor into ${target}, which was not checked`);
      } else if (!/^L\d+(-L\d+)?$/.test(anchor)) {
        report(`#${anchor} into ${target}, which is not a markdown page`);
      }
    }
  }
  return broken;
}

/** The repository's markdown, read. */
export function repositoryMarkdown(root = ROOT): MarkdownFile[] {
  return markdownFiles(root).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** One line per broken link: `file:line: link — reason`. */
export function describeBroken(broken: readonly BrokenLink[]): string {
  return broken.map((b) => `${b.file}:${b.line}: ${b.link} — ${b.reason}`).join('\n');
}

if (require.main === module) {
  const files = repositoryMarkdown();
  const broken = brokenLinks(files, (path) => existsSync(join(ROOT, path)));
  if (broken.length > 0) {
    process.stderr.write(`${describeBroken(broken)}\n${broken.length} broken link(s)\n`);
    process.exit(1);
  }
  process.stdout.write(`${files.length} markdown files, no broken relative link\n`);
}
