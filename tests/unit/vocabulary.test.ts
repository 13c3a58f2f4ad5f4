import schema from '../../seed/litigation.schema.json';
import * as Generated from '../../src/generated/graphql';
import {
  ID_PREFIX_LABELS,
  labelOfId,
  NODE_KIND_LABELS,
  NODE_LABELS,
  PARTY_KIND_LABELS,
} from '../../src/graph/labels';
import { REL_TYPES, RELATIONSHIPS } from '../../src/graph/relationships';
import { partyLink, ROLE_ORDER } from '../../src/graph/roles';

// The graph's vocabulary is defined once (src/graph, enums from codegen); the
// ingest format's JSON Schema is a published contract of its own, so it is
// checked here never to name a value the schema's enums do not have.

function enumsIn(value: unknown, path = ''): [string, string[]][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => enumsIn(v, `${path}/${i}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    k === 'enum' && Array.isArray(v) ? [[path, v as string[]]] : enumsIn(v, `${path}/${k}`),
  );
}

/** Each generated enum as its name and its values. */
const GRAPHQL_ENUMS: [string, string[]][] = Object.entries(Generated as Record<string, unknown>)
  .filter(([, v]) => typeof v === 'object' && v !== null)
  .map(([name, e]) => [name, Object.values(e as Record<string, string>)]);
const allGeneratedValues = new Set(GRAPHQL_ENUMS.flatMap(([, values]) => values));

describe('the ingest format against the GraphQL enums', () => {
  const enums = enumsIn(schema);

  it('finds the format enums', () => {
    expect(enums.length).toBe(17);
  });

  it.each(enums)('%s names only values of a GraphQL enum', (_path, values) => {
    const owner = GRAPHQL_ENUMS.find(([, e]) => values.every((v) => e.includes(v)));
    // Source kinds are stored, not exposed as an enum yet; every other format enum is a subset of one.
    if (!owner) expect(values).toEqual(['ARTICLE', 'DOCKET', 'FILING', 'OTHER']);
    else expect(values.filter((v) => !allGeneratedValues.has(v))).toEqual([]);
  });
});

describe('graph vocabulary', () => {
  it('has exactly the relationship types the schema calls EdgeKind', () => {
    expect([...REL_TYPES].sort()).toEqual(Object.values(Generated.EdgeKind).sort());
    expect(RELATIONSHIPS.PARTY_TO).toEqual({ from: 'Party', to: 'Case' });
  });

  it('labels every node kind and party kind with a node label', () => {
    expect(Object.keys(NODE_KIND_LABELS).sort()).toEqual(Object.values(Generated.NodeKind).sort());
    for (const label of [...Object.values(NODE_KIND_LABELS), ...Object.values(PARTY_KIND_LABELS)]) {
      expect(NODE_LABELS).toContain(label);
    }
  });

  it('reads an id prefix only as a label, never as an inherited property', () => {
    expect(labelOfId('person:alec-baldwin')).toBe('Person');
    expect(labelOfId('case:x')).toBe('Case');
    for (const id of ['__proto__:x', 'constructor:x', 'toString:x', 'hasOwnProperty:x', 'nope:x', 'x']) {
      expect(labelOfId(id)).toBeNull();
    }
    expect(Object.getPrototypeOf(ID_PREFIX_LABELS)).toBeNull();
  });

  it('orders roles as the SDL declares them and maps them onto relationships', () => {
    expect(ROLE_ORDER[0]).toBe('PLAINTIFF');
    expect(ROLE_ORDER.at(-1)).toBe('OTHER');
    expect(partyLink('COUNSEL')).toEqual({ types: ['COUNSEL_IN'], roleProperty: null });
    expect(partyLink('JUDGE')).toEqual({ types: ['JUDGE_IN'], roleProperty: null });
    expect(partyLink('DEFENDANT')).toEqual({ types: ['PARTY_TO'], roleProperty: 'DEFENDANT' });
    expect(partyLink(null).types).toEqual(['PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN']);
  });
});
