import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadExamples } from '../src/server/playground/examples';

// Writes each example operation and its real answer into README.md, between the
// `<!-- examples:start -->` and `<!-- examples:end -->` markers:
//   npm start   (in another shell)   then   npm run docs:examples [-- URL]
/** JSON with every value that fits in `width` characters on one line, so answers stay readable. */
function compact(value: unknown, indent = '', width = 110): string {
  const flat = JSON.stringify(value);
  if (
    flat === undefined ||
    flat.length + indent.length <= width ||
    value === null ||
    typeof value !== 'object'
  ) {
    return flat ?? 'null';
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compact(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner, width)}`).join(',\n')}\n${indent}}`;
}

async function main(url: string): Promise<void> {
  const parts: string[] = [];
  for (const ex of loadExamples(resolve(__dirname, '../examples'))) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cypher-stats': '1' },
      body: JSON.stringify({ query: ex.query, variables: ex.variables ?? {} }),
    });
    const body = (await res.json()) as { extensions?: { cypher?: { roundTrips: number } } };
    const trips = body.extensions?.cypher?.roundTrips;
    delete body.extensions;
    parts.push(`#### ${ex.title}\n\n\`examples/${ex.name}.graphql\``);
    if (ex.variables) parts.push(`, variables \`${JSON.stringify(ex.variables)}\``);
    parts.push(` — ${trips} Cypher round trip${trips === 1 ? '' : 's'}\n\n`);
    parts.push('```graphql\n' + ex.query.trim() + '\n```\n\n');
    parts.push('```json\n' + compact(body) + '\n```\n\n');
  }
  const readme = resolve(__dirname, '../README.md');
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  writeFileSync(readme, `${text.slice(0, start + START.length)}\n\n${parts.join('')}${text.slice(end)}`);
}

const START = '<!-- examples:start -->';
const END = '<!-- examples:end -->';

void main(process.argv[2] ?? 'http://localhost:4000/graphql');
