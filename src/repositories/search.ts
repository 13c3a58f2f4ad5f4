import Cypher from '@neo4j/cypher-builder';
import type { Executor } from '../db/executor';
import type { NodeModel, SearchHitModel, SearchResultModel } from '../domain/models';
import { fulltextQuery, words } from '../cypher/fulltext';
import { toEvidence, toNode, type Props } from '../cypher/mappers';
import { badInput, MAX_PAGE } from '../cypher/paging';
import { entitySummary, evidenceOf, statementDocument } from '../cypher/projections';
import { named, type Statement } from '../cypher/statement';
import { EVIDENCE_INDEX, FULLTEXT_INDEX, FULLTEXT_LABELS, LINK_EVIDENCE_TYPES } from '../graph/indexes';
import { NODE } from '../graph/labels';
import { matchTexts, type MatchText } from './search-matches';

// Query.search: two full-text indexes (the entities' own texts; the evidence quotes on
// the documents' records, of entities and of the links between them) merged per entity; entities whose
// own texts match come first, then those found only through a sentence, best first;
// each hit then says which of its texts hold the words.

/** Hits when `first` is not given. */
export const DEFAULT_SEARCH_HITS = 20;
/** Evidence records read per hit asked for: hub records crowd out fewer hits. */
export const EVIDENCE_CANDIDATES_PER_HIT = 8;

/** The search statement's text, built once: the query and the limits are parameters. */
function buildSearchStatement(): Statement {
  const hit = new Cypher.Node();
  const score = new Cypher.Variable();
  const link = new Cypher.Variable();
  // Tier 0: the entity's own texts matched; tier 1: only a sentence stating it did.
  // Scores of different indexes are not comparable, tiers are.
  const tier = new Cypher.Variable();
  const q = new Cypher.NamedParam('query');
  const limit = new Cypher.NamedParam('limit');
  const options = { limit };
  const byOwnText = Cypher.db.index.fulltext
    .queryNodes(new Cypher.Literal(FULLTEXT_INDEX), q, options)
    .yield(['node', hit], ['score', score])
    .return(hit, score, [Cypher.Null, link], [new Cypher.Literal(0), tier]);
  // Evidence quotes live on the records of the documents stating a fact (one index, read
  // once): a record of a node gives that node, one of a link (a relationship with evidence
  // of its own) both its ends. More records than hits are read: records of other
  // relationships repeat their fact's quotes and are dropped.
  const searchable = (v: Cypher.Node | Cypher.Variable) =>
    Cypher.or(...FULLTEXT_LABELS.map((l) => (v as Cypher.Node).hasLabel(l)));
  const sh = new Cypher.Node();
  const ofNode = new Cypher.Match(
    new Cypher.Pattern(hit, { labels: [NODE], properties: { id: sh.property('of') } }),
  )
    .where(Cypher.and(Cypher.isNull(sh.property('type')), searchable(hit)))
    .return(hit, [Cypher.Null, link]);
  // The link through its type's index on `id`, one branch per type (a type cannot be a
  // parameter): never by reading every relationship of a judge or a lawyer in thousands
  // of cases, which grows with the graph.
  const r = new Cypher.Variable();
  const linkOfRecord = new Cypher.Union(
    ...LINK_EVIDENCE_TYPES.map((type) => {
      const t = new Cypher.Relationship();
      return new Cypher.Match(
        new Cypher.Pattern(new Cypher.Node()).related(t, { type }).to(new Cypher.Node()),
      )
        .where(
          Cypher.and(
            Cypher.eq(sh.property('type'), new Cypher.Literal(type)),
            Cypher.eq(t.property('id'), sh.property('of')),
          ),
        )
        .return([t, r]);
    }),
  ).all();
  const ofLink = new Cypher.Call(linkOfRecord, [sh])
    .unwind([new Cypher.List([Cypher.startNode(r), Cypher.endNode(r)]), hit])
    .with(hit, r)
    .where(searchable(hit))
    .return(hit, [new Cypher.Map({ type: Cypher.type(r), evidence: evidenceOf(r) }), link]);
  const byEvidence = Cypher.db.index.fulltext
    .queryNodes(new Cypher.Literal(EVIDENCE_INDEX), q, {
      limit: new Cypher.NamedParam('evidenceLimit'),
    })
    .yield(['node', sh], ['score', score])
    .with(sh, score)
    .call(new Cypher.Union(ofNode, ofLink).all(), [sh])
    .return(hit, score, link, [new Cypher.Literal(1), tier]);

  const best = new Cypher.Variable();
  const links = new Cypher.Variable();
  const bestTier = new Cypher.Variable();
  return named(
    'searchEntities',
    new Cypher.Call(new Cypher.Union(byOwnText, byEvidence).all())
      .with(hit, [Cypher.min(tier), bestTier], [Cypher.max(score), best], [Cypher.collect(link), links])
      .orderBy([bestTier, 'ASC'], [best, 'DESC'], [hit.property('id'), 'ASC'])
      .limit(limit)
      .return(
        [best, 'score'],
        [Cypher.labels(hit), 'labels'],
        // A statement is answered whole (speaker, subjects): it is never shown without who said it.
        [
          new Cypher.Case()
            .when(hit.hasLabel('Statement'))
            .then(statementDocument(hit))
            .else(entitySummary(hit)),
          'doc',
        ],
        [links, 'links'],
        // A case's docket texts, which its summary does not carry (its docket number it does): for the matches.
        [
          new Cypher.Map({ natureOfSuit: hit.property('natureOfSuit'), cause: hit.property('cause') }),
          'caseTexts',
        ],
      ),
  );
}

const SEARCH = buildSearchStatement();

/** The search statement for a Lucene query and a number of hits. */
export function searchStatement(query: string, limit: number): Statement {
  return {
    cypher: SEARCH.cypher,
    params: { query, limit, evidenceLimit: limit * EVIDENCE_CANDIDATES_PER_HIT },
  };
}

const SEARCHABLE: ReadonlySet<string> = new Set(FULLTEXT_LABELS);

// The indexes cover exactly the SearchResult union's types; the guard keeps the types honest.
function isSearchResult(node: NodeModel): node is SearchResultModel {
  return SEARCHABLE.has(node.__typename);
}

/** The texts of a hit, as the stored document and its links hold them. */
function hitTexts(doc: Props, links: Props[], caseTexts: Props): MatchText[] {
  const texts: MatchText[] = [];
  const own = (field: MatchText['field'], value: unknown) => {
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text === 'string' && text) texts.push({ field, text });
    }
  };
  own('NAME', doc.name);
  own('ALIAS', doc.aliases);
  own('DESCRIPTOR', doc.descriptors);
  own('CAPTION', doc.caption);
  own('LABEL', doc.label);
  own('LABEL', doc.title);
  own('DESCRIPTION', doc.description);
  own('DESCRIPTION', doc.reason);
  own('DESCRIPTION', doc.stageText);
  own('CONTENT', doc.content);
  own('NATURE_OF_SUIT', caseTexts.natureOfSuit);
  own('CAUSE', caseTexts.cause);
  own('DOCKET_NUMBER', doc.docketNumber);
  for (const prefix of ['evidence', 'descriptors', 'offices']) {
    for (const evidence of toEvidence(doc, prefix)) {
      texts.push({ field: 'EVIDENCE', text: evidence.quote, evidence, via: null });
    }
  }
  for (const l of links) {
    for (const evidence of toEvidence(l)) {
      texts.push({ field: 'EVIDENCE', text: evidence.quote, evidence, via: String(l.type) });
    }
  }
  return texts;
}

export async function search(
  executor: Executor,
  text: string,
  first: number | null | undefined,
): Promise<SearchHitModel[]> {
  const limit = first ?? DEFAULT_SEARCH_HITS;
  if (limit < 0 || limit > MAX_PAGE)
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE}; got ${limit}`, 'first');
  const query = fulltextQuery(text);
  if (query === null || limit === 0) return [];
  const { cypher, params } = searchStatement(query, limit);
  const rows = await executor.read(cypher, params);
  const searched = words(text);
  return rows.flatMap((row) => {
    const doc = row.doc as Props;
    const node = toNode(row.labels as string[], doc);
    if (!isSearchResult(node)) return [];
    return [
      {
        score: row.score as number,
        node,
        matches: matchTexts(searched, hitTexts(doc, row.links as Props[], (row.caseTexts ?? {}) as Props)),
      },
    ];
  });
}
