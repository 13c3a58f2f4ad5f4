// A web page reduced to its text: what a reader sees, paragraphs kept apart, scripts,
// styles and navigation dropped. Runs in the browser (DOMParser).

const DROPPED = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button';
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'SECTION',
  'ARTICLE',
  'FIGCAPTION',
  'BR',
  'DT',
  'DD',
]);

export function htmlToText(html: string): { text: string; title: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = doc.querySelector('title')?.textContent?.trim() ?? '';
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return { text: '', title };
  root.querySelectorAll(DROPPED).forEach((e) => e.remove());
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const block = BLOCKS.has((node as Element).tagName);
    if (block) parts.push('\n\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n\n');
  };
  walk(root);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title };
}
