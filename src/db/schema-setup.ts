import {
  EVIDENCE_INDEX,
  EVIDENCE_QUOTE_PROPERTIES,
  FULLTEXT_INDEX,
  FULLTEXT_LABELS,
  FULLTEXT_PROPERTIES,
  KEYSET_INDEXES,
  REL_PROPERTY_INDEXES,
  PROPERTY_INDEXES,
  UNIQUE_ID_LABELS,
} from '../graph/indexes';
import { SHARE } from '../graph/labels';
import { migrateToRecords } from '../ingest/migrate-records';
import { REL_TYPES } from '../graph/relationships';
import type { Executor } from './executor';

// Constraints and indexes behind every entry point, as graph/indexes.ts defines
// them. Statements come from those fixed lists (never from input) and are idempotent.

export { FULLTEXT_INDEX };

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
    for (const property of ['id']) {
      statements.push(
        `// createRelIndex${type}_${property}\nCREATE INDEX rel_${type.toLowerCase()}_${property} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
      );
    }
  }
  for (const [type, property] of REL_PROPERTY_INDEXES) {
    statements.push(
      `// createRelIndex${type}_${property}\nCREATE INDEX rel_${type.toLowerCase()}_${property} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
    );
  }
  statements.push(
    `// createFulltextIndex\nCREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${FULLTEXT_LABELS.join('|')}) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
  );
  statements.push(
    `// createEvidenceFulltextIndex\nCREATE FULLTEXT INDEX ${EVIDENCE_INDEX} IF NOT EXISTS FOR (s:${SHARE}) ON EACH [${EVIDENCE_QUOTE_PROPERTIES.map((p) => `s.${p}`).join(', ')}]`,
  );
  return statements;
}

const CURRENT_FULLTEXT: ReadonlySet<string> = new Set([FULLTEXT_INDEX, EVIDENCE_INDEX]);

export async function ensureSchema(executor: Executor): Promise<void> {
  for (const statement of schemaStatements()) await executor.write(statement);
  // Earlier versions of the search indexes would still be written on every load.
  const existing = await executor.read(
    '// listFulltextIndexes\nSHOW FULLTEXT INDEXES YIELD name RETURN name',
  );
  for (const { name } of existing) {
    if (typeof name === 'string' && /^search_[a-z0-9_]+$/.test(name) && !CURRENT_FULLTEXT.has(name)) {
      await executor.write(`// dropOldFulltextIndex\nDROP INDEX ${name} IF EXISTS`);
    }
  }
  await executor.write('// awaitIndexes\nCALL db.awaitIndexes(300)');
  // A graph loaded before evidence became records is rewritten once.
  await migrateToRecords(executor);
}
