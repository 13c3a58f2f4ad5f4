import { NODE_LABELS, REL_TYPES } from '../ingest/plan';
import type { Executor } from './executor';

// Constraints and indexes behind every entry point. Statements are generated
// from the fixed label and type lists (never from input) and are idempotent.

const UNIQUE_ID_LABELS = ['Node', 'Party', ...NODE_LABELS];

const PROPERTY_INDEXES: [label: string, property: string][] = [
  ['Node', 'doc'],
  ['Party', 'displayName'],
  ['Party', 'kind'],
  ['Case', 'status'],
  ['Case', 'kind'],
  ['Case', 'caption'],
  ['Case', 'filedEarliest'],
  ['Case', 'closedEarliest'],
  ['Outcome', 'kind'],
  ['Event', 'dateEarliest'],
];

// (sort key, id) composites: keyset pages read in index order and seek to the cursor.
const KEYSET_INDEXES: [label: string, property: string][] = [
  ['Case', 'caption'],
  ['Case', 'filedSortAsc'],
  ['Case', 'filedSortDesc'],
  ['Case', 'closedSortAsc'],
  ['Case', 'closedSortDesc'],
  ['Party', 'displayName'],
];

export const FULLTEXT_INDEX = 'search_text';
export const FULLTEXT_LABELS = [
  'Person',
  'Organization',
  'Group',
  'Case',
  'Charge',
  'Claim',
  'Incident',
  'Production',
  'Court',
];
const FULLTEXT_PROPERTIES = [
  'name',
  'aliases',
  'descriptors',
  'caption',
  'label',
  'title',
  'chargeLabels',
  'claimLabels',
];

export function schemaStatements(): string[] {
  const statements: string[] = [];
  for (const label of UNIQUE_ID_LABELS) {
    statements.push(
      `// createUniqueId${label}\nCREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    );
  }
  for (const [label, property] of PROPERTY_INDEXES) {
    statements.push(
      `// createIndex${label}_${property}\nCREATE INDEX ${label.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
    );
  }
  for (const [label, property] of KEYSET_INDEXES) {
    statements.push(
      `// createKeysetIndex${label}_${property}\nCREATE INDEX ${label.toLowerCase()}_${property}_id IF NOT EXISTS FOR (n:${label}) ON (n.${property}, n.id)`,
    );
  }
  for (const type of REL_TYPES) {
    for (const property of ['id', 'doc']) {
      statements.push(
        `// createRelIndex${type}_${property}\nCREATE INDEX rel_${type.toLowerCase()}_${property} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
      );
    }
  }
  statements.push(
    `// createFulltextIndex\nCREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${FULLTEXT_LABELS.join('|')}) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
  );
  return statements;
}

export async function ensureSchema(executor: Executor): Promise<void> {
  for (const statement of schemaStatements()) await executor.write(statement);
  await executor.write('// awaitIndexes\nCALL db.awaitIndexes(300)');
}
