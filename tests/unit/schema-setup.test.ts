import { queryName } from '../../src/db/executor';
import { FULLTEXT_INDEX, schemaStatements } from '../../src/db/schema-setup';
import { NODE_LABELS } from '../../src/graph/labels';
import { REL_TYPES } from '../../src/graph/relationships';

const statements = schemaStatements();
const body = (s: string) => s.split('\n').slice(1).join('\n');

describe('schemaStatements', () => {
  it('names every statement with a leading // comment', () => {
    for (const s of statements) {
      expect(s).toMatch(/^\/\/ [A-Za-z][\w.]*\n/);
      expect(queryName(s)).toBe(s.slice(3, s.indexOf('\n')));
    }
  });

  it('gives every statement a distinct name and a distinct schema object name', () => {
    const names = statements.map(queryName);
    expect(new Set(names).size).toBe(names.length);
    const objects = statements.map(
      (s) => /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+) /.exec(body(s))?.[1],
    );
    for (const o of objects) expect(o).toBeDefined();
    expect(new Set(objects).size).toBe(objects.length);
  });

  it('is idempotent: every statement is IF NOT EXISTS', () => {
    for (const s of statements) {
      expect(body(s)).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS FOR /);
      expect(body(s)).not.toContain('\n');
    }
  });

  it('has a unique id constraint for Node, Party, every node label, the document records and the bookkeeping nodes', () => {
    const labels = [
      'Node',
      'Party',
      ...NODE_LABELS,
      'LoadedDocument',
      'Share',
      'GraphVersion',
      'StatsSnapshot',
      'StorageFormat',
    ];
    for (const label of labels) {
      expect(statements).toContain(
        `// createUniqueId${label}\nCREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      );
    }
    const constraints = statements.filter((s) => s.includes('CREATE CONSTRAINT'));
    expect(constraints).toHaveLength(labels.length);
    expect(constraints).toHaveLength(20);
  });

  it('indexes id on every relationship type', () => {
    for (const type of REL_TYPES) {
      for (const property of ['id']) {
        expect(statements).toContain(
          `// createRelIndex${type}_${property}\nCREATE INDEX rel_${type.toLowerCase()}_${property} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
        );
      }
    }
  });

  it('indexes the properties list filters and orderings start from', () => {
    for (const [label, property] of [
      ['Party', 'displayName'],
      ['Case', 'status'],
      ['Case', 'kind'],
      ['Case', 'caption'],
      ['Case', 'filedEarliest'],
      ['Case', 'closedEarliest'],
    ]) {
      expect(statements).toContain(
        `// createIndex${label}_${property}\nCREATE INDEX ${label?.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
      );
    }
  });

  it('indexes the documents’ records by the entity they are of and by document', () => {
    for (const property of ['of', 'doc'])
      expect(statements).toContain(
        `// createIndexShare_${property}\nCREATE INDEX share_${property} IF NOT EXISTS FOR (n:Share) ON (n.${property})`,
      );
  });

  it('creates the fulltext indexes the searches query, last: own texts, the records’ evidence quotes', () => {
    expect(FULLTEXT_INDEX).toBe('search_text_v4');
    const fulltext = statements.filter((s) => s.includes('FULLTEXT'));
    expect(fulltext).toHaveLength(2);
    expect(statements.slice(-2)).toEqual(fulltext);
    const labels =
      'Person|Organization|Group|Case|Charge|Claim|Incident|Production|Court|Statement|Event|Outcome';
    expect(fulltext).toEqual([
      `// createFulltextIndex\nCREATE FULLTEXT INDEX search_text_v4 IF NOT EXISTS FOR (n:${labels}) ON EACH [n.name, n.aliases, n.descriptors, n.caption, n.label, n.title, n.chargeLabels, n.claimLabels, n.content, n.description, n.reason, n.stageText, n.natureOfSuit, n.cause, n.docketNumber]`,
      `// createEvidenceFulltextIndex\nCREATE FULLTEXT INDEX search_evidence_v2 IF NOT EXISTS FOR (s:Share) ON EACH [s.evidenceQuotes, s.descriptorsQuotes, s.officesQuotes]`,
    ]);
  });

  it('has the expected number of statements', () => {
    // 20 constraints + 15 property indexes + 1 relationship property index + 6 keyset composites + 1 per relationship type + 2 fulltext indexes
    expect(statements).toHaveLength(20 + 15 + 6 + REL_TYPES.length + 1 + 2);
    expect(REL_TYPES).toHaveLength(21);
  });

  it('is stable between calls', () => {
    expect(schemaStatements()).toEqual(statements);
  });
});
