import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

// The adversarial corpus: requests an attacker or a careless client sends.
// Hand-written ones cover the HTTP edge and known traps; the generated ones give
// every argument of every field reachable from the root wrong types, extremes
// and hostile strings, as variables and as literals.

export interface CorpusRequest {
  name: string;
  /** Raw HTTP: body as sent, with these headers (content-type defaults to JSON). */
  body: string;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST' | 'PUT';
  /** Query string for GET. */
  search?: string;
}

/** Strings that must never reach Cypher, Lucene or a prototype as anything but data. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '__proto__:x',
  'constructor:x',
  'toString:x',
  'hasOwnProperty',
  'case:__proto__',
  'person:../../../../etc/passwd',
  "' OR 1=1 --",
  'x}) MATCH (n) DETACH DELETE n //',
  'CALL dbms.components() YIELD name RETURN name',
  '*',
  '?',
  'a AND OR NOT b',
  '+(-) ~ ^ ! [ ] { } : \\ /',
  '\\',
  '\u0000',
  '\uD800',
  '💥🔥 ‮rtl',
  'Ǆ ﬁ ＡＢＣ',
  'x'.repeat(201),
  'y'.repeat(5000),
  '2024-13-45',
  '9999-99-99',
  '0000-00-00',
  'null',
];

const HOSTILE_INTS: readonly unknown[] = [
  -1,
  0,
  1,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  1.5,
  '1',
  true,
  null,
  1e308,
];
const HOSTILE_OTHERS: readonly unknown[] = [
  null,
  0,
  true,
  'NOPE',
  [],
  {},
  ['a', 'b'],
  JSON.parse('{"__proto__": {"x": 1}}'),
];

/** Sample ids of the seed, one per type that has fields with arguments. */
export const SAMPLE_IDS: Readonly<Record<string, string>> = {
  Person: 'person:alec-baldwin',
  Case: 'case:baldwin-criminal',
  Incident: 'incident:rust-shooting',
  Organization: 'organization:baldwin-prosecution',
  Group: 'group:baldwin-suit-other-defendants',
};

const VALID_STRING: Record<string, unknown> = {
  id: 'case:baldwin-criminal',
  from: 'person:alec-baldwin',
  to: 'person:halyna-hutchins',
  caseId: 'case:baldwin-criminal',
  partyId: 'person:alec-baldwin',
  incidentId: 'incident:rust-shooting',
  text: 'baldwin',
};

/** A value the argument accepts, so that only the argument under test is wrong. */
function validValue(type: GraphQLInputType, name: string): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [validValue(inner.ofType as GraphQLInputType, name)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, validValue(f.type, f.name)]),
    );
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'Date':
        return '2024-01-01';
      default:
        return VALID_STRING[name] ?? 'baldwin';
    }
  }
  return null;
}

function hostileValues(type: GraphQLInputType): unknown[] {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    return [
      [],
      [null],
      'not a list',
      Array.from({ length: 200 }, () => validValue(item, '')),
      ...hostileValues(item).map((v) => [v]),
    ].slice(0, 8);
  }
  if (isInputObjectType(inner)) {
    const values: unknown[] = [{}, { bogus: 1 }, 'not an object'];
    for (const field of Object.values(inner.getFields())) {
      for (const v of hostileValues(field.type).slice(0, 4)) {
        values.push({ ...(validValue(inner, '') as object), [field.name]: v });
      }
    }
    return values;
  }
  if (isScalarType(inner) && (inner.name === 'Int' || inner.name === 'Float')) return [...HOSTILE_INTS];
  if (isScalarType(inner) && (inner.name === 'String' || inner.name === 'ID' || inner.name === 'Date')) {
    return [...HOSTILE_STRINGS, 42, null];
  }
  return [...HOSTILE_OTHERS];
}

/** The smallest selection a field's type allows. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

function typeText(type: GraphQLInputType): string {
  return String(type);
}

/** GraphQL literal of a JSON-like value (enums for strings where the type is an enum). */
function literal(value: unknown, type: GraphQLInputType | null): string {
  const inner = type ? getNullableType(type) : null;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? (inner.ofType as GraphQLInputType) : null;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? null)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && inner && isEnumType(inner) && /^[A-Z_]+$/.test(value)) return value;
  return JSON.stringify(value);
}

interface Target {
  /** Wraps a field call in an operation: root fields as they are, others through `node(id)`. */
  wrap(call: string): string;
  field: GraphQLField<unknown, unknown>;
}

function targets(schema: GraphQLSchema): Target[] {
  const found: Target[] = [];
  const query = schema.getQueryType();
  if (query) {
    for (const field of Object.values(query.getFields())) found.push({ wrap: (call) => call, field });
  }
  for (const [typeName, id] of Object.entries(SAMPLE_IDS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      found.push({
        wrap: (call) => `node(id: ${JSON.stringify(id)}) { ... on ${typeName} { ${call} } }`,
        field,
      });
    }
  }
  return found;
}

/** Every argument of every reachable field, given each hostile value once as a variable; literals for a sample. */
export function generatedCorpus(schema: GraphQLSchema): CorpusRequest[] {
  const requests: CorpusRequest[] = [];
  for (const { wrap, field } of targets(schema)) {
    const valid = (arg: GraphQLArgument) => validValue(arg.type, arg.name);
    for (const arg of field.args) {
      const values = hostileValues(arg.type);
      values.forEach((value, index) => {
        const others = field.args.filter((a) => a !== arg && isNonNullType(a.type));
        const declared = [arg, ...others].map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
        const call = `${field.name}(${[arg, ...others].map((a) => `${a.name}: $${a.name}`).join(', ')})${selectionOf(field)}`;
        const variables = Object.fromEntries([[arg.name, value], ...others.map((a) => [a.name, valid(a)])]);
        requests.push({
          name: `${field.name}(${arg.name}) variable #${index}`,
          body: JSON.stringify({ query: `query Adversarial(${declared}) { ${wrap(call)} }`, variables }),
        });
        // The same value as a literal, for the first few values (validation rather than coercion).
        if (index < 2) {
          const args = [
            `${arg.name}: ${literal(value, arg.type)}`,
            ...others.map((a) => `${a.name}: ${literal(valid(a), a.type)}`),
          ].join(', ');
          requests.push({
            name: `${field.name}(${arg.name}) literal #${index}`,
            body: JSON.stringify({ query: `{ ${wrap(`${field.name}(${args})${selectionOf(field)}`)} }` }),
          });
        }
      });
    }
  }
  return requests;
}

const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

/** Requests written by hand: the HTTP edge, parser and validator traps, known problem cases. */
export const HAND_WRITTEN: readonly CorpusRequest[] = [
  { name: 'malformed JSON', body: '{"query": ' },
  { name: 'null body', body: 'null' },
  { name: 'JSON string body', body: '"{ __typename }"' },
  { name: 'JSON number body', body: '42' },
  { name: 'empty array (batch)', body: '[]' },
  { name: 'batch of two', body: `[${q('{ __typename }')}, ${q('{ __typename }')}]` },
  { name: 'empty object', body: '{}' },
  { name: 'query null', body: '{"query": null}' },
  { name: 'query number', body: '{"query": 42}' },
  { name: 'query object', body: '{"query": {"a": 1}}' },
  { name: 'variables string', body: '{"query": "{ __typename }", "variables": "x"}' },
  { name: 'variables array', body: '{"query": "{ __typename }", "variables": [1]}' },
  { name: 'operationName number', body: '{"query": "{ __typename }", "operationName": 3}' },
  { name: 'unknown operationName', body: '{"query": "query A { __typename }", "operationName": "B"}' },
  { name: 'two operations, no name', body: q('query A { __typename } query B { __typename }') },
  { name: 'extensions string', body: '{"query": "{ __typename }", "extensions": "x"}' },
  {
    name: 'persisted query miss',
    body: '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
  },
  { name: 'duplicate keys', body: '{"query": "{ __typename }", "query": "{ nope }"}' },
  { name: '__proto__ key in body', body: '{"query": "{ __typename }", "__proto__": {"polluted": true}}' },
  {
    name: '__proto__ in variables',
    body: '{"query": "query($id: ID!) { node(id: $id) { id } }", "variables": {"__proto__": {"id": "case:x"}}}',
  },
  {
    name: 'charset latin1',
    body: q('{ __typename }'),
    headers: { 'content-type': 'application/json; charset=latin1' },
  },
  {
    name: 'charset utf-16',
    body: q('{ __typename }'),
    headers: { 'content-type': 'application/json; charset=utf-16' },
  },
  { name: 'content-encoding unknown', body: q('{ __typename }'), headers: { 'content-encoding': 'zstdx' } },
  {
    name: 'content-encoding gzip, not gzip',
    body: q('{ __typename }'),
    headers: { 'content-encoding': 'gzip' },
  },
  {
    name: 'content-encoding deflate, not deflate',
    body: q('{ __typename }'),
    headers: { 'content-encoding': 'deflate' },
  },
  { name: 'content-type text/plain', body: q('{ __typename }'), headers: { 'content-type': 'text/plain' } },
  {
    name: 'content-type form',
    body: 'query=%7B__typename%7D',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  },
  {
    name: 'content-type multipart',
    body: '--x--',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
  },
  {
    name: 'content-type graphql',
    body: '{ __typename }',
    headers: { 'content-type': 'application/graphql' },
  },
  { name: 'content-type missing', body: q('{ __typename }'), headers: { 'content-type': '' } },
  { name: 'body of 2 MB', body: q(`{ __typename } #${'a'.repeat(2 * 1024 * 1024)}`) },
  { name: 'body of 10 MB', body: `{"query":"${'a'.repeat(10 * 1024 * 1024)}"}` },
  { name: 'deeply nested JSON', body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { name: 'PUT', body: q('{ __typename }'), method: 'PUT' },
  { name: 'GET without query', body: '', method: 'GET', search: '' },
  { name: 'GET with query, no preflight header', body: '', method: 'GET', search: '?query=%7B__typename%7D' },
  {
    name: 'GET with query',
    body: '',
    method: 'GET',
    search: '?query=%7B__typename%7D',
    headers: { 'apollo-require-preflight': '1' },
  },
  {
    name: 'GET mutation',
    body: '',
    method: 'GET',
    search: '?query=mutation%7B__typename%7D',
    headers: { 'apollo-require-preflight': '1' },
  },
  {
    name: 'GET bad variables',
    body: '',
    method: 'GET',
    search: '?query=%7B__typename%7D&variables=%7B',
    headers: { 'apollo-require-preflight': '1' },
  },
  {
    name: 'accept graphql-response+json only',
    body: q('{ nope }'),
    headers: { accept: 'application/graphql-response+json' },
  },
  { name: 'accept nothing acceptable', body: q('{ __typename }'), headers: { accept: 'image/png' } },
  { name: 'empty query', body: q('') },
  { name: 'whitespace query', body: q('   ') },
  { name: 'syntax error', body: q('{ case(id: ) }') },
  { name: 'unterminated string', body: q('{ search(text: "abc) { score } }') },
  { name: 'unknown field', body: q('{ nope }') },
  { name: 'unknown argument', body: q('{ case(id: "case:x", bogus: 1) { id } }') },
  { name: 'missing required argument', body: q('{ case { id } }') },
  { name: 'missing selection', body: q('{ case(id: "case:baldwin-criminal") }') },
  { name: 'selection on a scalar', body: q('{ __typename { x } }') },
  { name: 'mutation __typename', body: q('mutation { __typename }') },
  { name: 'subscription __typename', body: q('subscription { __typename }') },
  { name: 'undefined fragment', body: q('{ ...F }') },
  { name: 'fragment cycle', body: q('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }') },
  { name: 'fragment on wrong type', body: q('{ ...F } fragment F on Case { id }') },
  { name: 'unknown directive', body: q('{ __typename @nope }') },
  { name: 'skip without if', body: q('{ __typename @skip }') },
  { name: 'include with a string', body: q('{ __typename @include(if: "yes") }') },
  { name: 'undeclared variable', body: q('{ case(id: $x) { id } }') },
  { name: 'variable of the wrong type', body: q('query($x: Int) { case(id: $x) { id } }', { x: 1 }) },
  { name: 'variable of an unknown type', body: q('query($x: Nope) { __typename }', { x: 1 }) },
  {
    name: 'depth 21',
    body: q(`{ ${'__schema { types { fields { type { ofType { '.repeat(4)}name${' } } } } }'.repeat(4)} }`),
  },
  {
    name: '31 aliases',
    body: q(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
  },
  {
    name: '40,000 __typename aliases',
    body: q(`{ ${Array.from({ length: 40_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
  },
  { name: '6,000 tokens of __typename', body: q(`{ ${'__typename '.repeat(6000)} }`) },
  {
    name: 'cost: 20 neighborhoods depth 3',
    body: q(
      `{ ${Array.from({ length: 20 }, (_, i) => `n${i}: neighborhood(id: "case:baldwin-criminal", depth: 3, limit: 500) { truncated }`).join(' ')} }`,
    ),
  },
  {
    name: 'cost: nested pages',
    body: q(
      '{ cases(first: 100) { edges { node { parties(first: 100) { edges { node { party { cases(first: 100) { edges { node { id } } } } } } } } } } }',
    ),
  },
  { name: 'introspection', body: q('{ __schema { queryType { name } } }') },
  { name: 'node __proto__', body: q('{ node(id: "__proto__:x") { id } }') },
  { name: 'node constructor', body: q('{ node(id: "constructor:x") { id } }') },
  { name: 'node toString', body: q('{ node(id: "toString:x") { id } }') },
  { name: 'case of a person id', body: q('{ case(id: "person:alec-baldwin") { id } }') },
  { name: 'party of a case id', body: q('{ party(id: "case:baldwin-criminal") { id } }') },
  {
    name: 'forged cursor, bad date',
    body: q('query($c: String) { cases(orderBy: { field: FILED }, after: $c) { totalCount } }', {
      c: Buffer.from(JSON.stringify(['cases:FILED:ASC', '2024-13-45', 'case:x'])).toString('base64url'),
    }),
  },
  {
    name: 'forged cursor, number on a date key',
    body: q(
      'query($c: String) { cases(orderBy: { field: CLOSED, direction: DESC }, before: $c) { totalCount } }',
      { c: Buffer.from(JSON.stringify(['cases:CLOSED:DESC', 7, 'case:x'])).toString('base64url') },
    ),
  },
  {
    name: 'forged cursor, other ordering',
    body: q('query($c: String) { cases(after: $c) { totalCount } }', {
      c: Buffer.from(JSON.stringify(['parties', 'x', 'person:x'])).toString('base64url'),
    }),
  },
  {
    name: 'forged cursor, object key',
    body: q('query($c: String) { cases(after: $c) { totalCount } }', {
      c: Buffer.from(JSON.stringify(['cases:CAPTION:ASC', { a: 1 }, 'case:x'])).toString('base64url'),
    }),
  },
  { name: 'cursor not base64', body: q('{ cases(after: "%%%") { totalCount } }') },
  { name: 'first and last together', body: q('{ cases(first: 1, last: 1) { totalCount } }') },
  { name: 'search 1,000 characters', body: q(`{ search(text: "${'a'.repeat(1000)}") { score } }`) },
  {
    name: 'search Lucene syntax',
    body: q('{ search(text: "title:(a OR b)~2 AND c^3 /re/ \\"quoted\\"") { score } }'),
  },
  {
    name: 'paths from = to',
    body: q('{ paths(from: "person:alec-baldwin", to: "person:alec-baldwin") { length } }'),
  },
  {
    name: 'timeline with two anchors',
    body: q('{ timeline(partyId: "person:alec-baldwin", caseId: "case:baldwin-criminal") { __typename } }'),
  },
  { name: 'timeline with none', body: q('{ timeline { __typename } }') },
  {
    name: 'asOf impossible date',
    body: q('{ case(id: "case:baldwin-criminal") { asOf(date: "2024-02-30") { __typename } } }'),
  },
  {
    name: 'pendingOn impossible date',
    body: q('{ cases(filter: { pendingOn: "2024-02-30" }) { totalCount } }'),
  },
  { name: 'x-cypher-stats on an error', body: q('{ nope }'), headers: { 'x-cypher-stats': '1' } },
  {
    name: 'hostile request id',
    body: q('{ __typename }'),
    headers: { 'x-request-id': '<script>alert(1)</script>' },
  },
];
