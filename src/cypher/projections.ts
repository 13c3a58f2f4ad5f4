import Cypher from '@neo4j/cypher-builder';
import { ANNOTATED_PREFIXES, CASE_DETAIL_TEXTS, evidenceKeys, isDateProperty } from '../graph/codecs';
import { NODE, PARTY, SHARE } from '../graph/labels';
import { CASE_OWNS, type RelType } from '../graph/relationships';
import { partyLink, PROSECUTOR_CAPACITIES, roleCondition, roleOf } from '../graph/roles';
import { PRECISION_RANK } from '../domain/dates';
import type { PartyRole } from '../generated/graphql';
import { orderedPageRows } from './ordered-page';
import { DEFAULT_PAGE } from './paging';
import { FULL, readingOf, Selected, type Reading } from './reading';
import { anyNodeKeys, shownKeys, type Shown } from './shown';

// The one projection of each entity, built with @neo4j/cypher-builder: every
// variable is a fresh object the builder names itself, so a projection nested in
// another can never capture the outer one's variables. Every route to an entity
// uses the same builder, so it answers with the same fields.
// Each document nests COLLECT subqueries, so one statement answers a root field.

export type Ref = Cypher.Node | Cypher.Relationship | Cypher.Variable;
type Extra = Record<string, Cypher.Expr>;

const ZERO = new Cypher.Literal(0);
const ONE = new Cypher.Literal(1);

/**
 * A projection returned under a name of its own: `RETURN v {…} ORDER BY v.seq` names
 * its column `v`, and ORDER BY then reads `seq` from the projected map, not the node.
 * Projections read only the properties they show (`shown.ts`), so a sort key they do
 * not show would sort as null.
 */
export function apart(projection: Cypher.Expr): [Cypher.Expr, Cypher.Variable] {
  return [projection, new Cypher.Variable()];
}

/** `COLLECT { … }[0]`: the first row of a subquery, or null. */
export function firstOf(subquery: Cypher.Clause): Cypher.Expr {
  return Cypher.listIndex(new Cypher.Collect(subquery), 0);
}

const pattern = (node: Cypher.Node, labels?: string[]) => new Cypher.Pattern(node, labels ? { labels } : {});
const rels = (...types: RelType[]) => ({ type: Cypher.labelExpr.or(...types) });

/**
 * A source's fields; its whole `text` only when asked (the source looked up by id):
 * evidence resolves sources inline everywhere and must not carry every document's text.
 */
export function sourceDocument(s: Cypher.Node | Cypher.Variable, opts: { text?: boolean } = {}): Cypher.Expr {
  const shown = shownKeys('Source');
  const days = shown.filter(isDateProperty).map((k) => [k, Cypher.toString(s.property(k))]);
  const plain = shown.filter((k) => !isDateProperty(k));
  return new Cypher.MapProjection(s, opts.text ? [...plain, 'text'] : plain, Object.fromEntries(days));
}

/**
 * Evidence with its sources resolved in the same statement (an index seek per
 * quote), so answering "how do we know?" costs no extra round trip. It is read from
 * the records of the documents stating `v` (an index seek on `of`), by document id and
 * each document's entries in its own order, so the order never depends on load order.
 * `prefix` picks the arrays (`evidence`, `descriptors`, `offices`…); entries of
 * annotated lists carry their `text`. Without `sources` (no source is selected), each
 * entry carries its source's id, from which `Evidence.source` would load it.
 */
export function evidenceOf(v: Ref, prefix = 'evidence', sources = true): Cypher.Expr {
  const keys = evidenceKeys(prefix);
  const record = new Cypher.Node();
  const i = new Cypher.Variable();
  const s = new Cypher.Node();
  const ids = record.property(keys.sources);
  const source = firstOf(
    new Cypher.Match(
      new Cypher.Pattern(s, { labels: ['Source'], properties: { id: ids.property(i) } }),
    ).return(sourceDocument(s)),
  );
  const annotated = (ANNOTATED_PREFIXES as readonly string[]).includes(prefix);
  return new Cypher.Collect(
    new Cypher.Match(new Cypher.Pattern(record, { labels: [SHARE], properties: { of: v.property('id') } }))
      .where(Cypher.isNotNull(ids))
      .unwind([Cypher.range(ZERO, Cypher.minus(Cypher.size(ids), ONE)), i])
      .return(
        new Cypher.Map({
          quote: record.property(keys.quotes).property(i),
          locator: record.property(keys.locators).property(i),
          ...(annotated ? { text: record.property(prefix).property(i) } : {}),
          ...(sources ? { source } : { sourceId: ids.property(i) }),
        }),
      )
      .orderBy([record.property('doc'), 'ASC'], [i, 'ASC']),
  );
}

/**
 * What a projection of a `shown` entity reads (`any`: what any node shows, when its
 * label is known only at run time): its plain properties, and its days as ISO text made
 * by Neo4j, which the driver passes through instead of building a date object per day.
 */
function shownProperties(v: Ref, shown: Shown | 'any', reading: Reading): { keys: string[]; days: Extra } {
  const all = shown === 'any' ? anyNodeKeys(reading) : shownKeys(shown, reading);
  return {
    keys: all.filter((k) => !isDateProperty(k)),
    days: Object.fromEntries(all.filter(isDateProperty).map((k) => [k, Cypher.toString(v.property(k))])),
  };
}

/**
 * `v` with the properties it shows and, when the reading has evidence, its evidence:
 * any node or relationship without nested documents.
 */
export function withEvidence(
  v: Ref,
  extra: Extra,
  mode: Reading,
  shown: Shown | 'any',
): Cypher.MapProjection {
  const { keys, days } = shownProperties(v, shown, mode);
  return new Cypher.MapProjection(
    v,
    keys,
    mode.evidence
      ? { ...days, evidence: evidenceOf(v, 'evidence', mode.sources), ...extra }
      : { ...days, ...extra },
  );
}

/**
 * An annotated list's texts in the order its evidence gives them (by document id,
 * then each document's own order), without the evidence: what `lean` reads.
 */
export function textsOf(v: Ref, prefix: string): Cypher.Expr {
  const keys = evidenceKeys(prefix);
  const record = new Cypher.Node();
  const i = new Cypher.Variable();
  return new Cypher.Collect(
    new Cypher.Match(new Cypher.Pattern(record, { labels: [SHARE], properties: { of: v.property('id') } }))
      .where(Cypher.isNotNull(record.property(keys.sources)))
      .unwind([Cypher.range(ZERO, Cypher.minus(Cypher.size(record.property(prefix)), ONE)), i])
      .return(record.property(prefix).property(i))
      .orderBy([record.property('doc'), 'ASC'], [i, 'ASC']),
  );
}

/**
 * A party's own properties, with its descriptors and offices when selected (with their
 * evidence when the reading has evidence, else their texts alone).
 */
export function partySummary(
  p: Ref,
  extra: Extra = {},
  mode: Reading = FULL,
  shown: 'Party' | 'any' = 'Party',
): Cypher.MapProjection {
  const lists = (['descriptors', 'offices'] as const).filter((prefix) => mode.selects(prefix));
  const read = (prefix: string): Extra =>
    mode.evidence
      ? { [`${prefix}Evidence`]: evidenceOf(p, prefix, mode.sources) }
      : { [`${prefix}Texts`]: textsOf(p, prefix) };
  return withEvidence(p, Object.assign({}, ...lists.map(read), extra) as Extra, mode, shown);
}

/** The id of the case that owns a charge, claim, outcome or event. */
export function ownerCaseId(x: Ref): Cypher.Expr {
  const owner = new Cypher.Node();
  return firstOf(
    new Cypher.Match(
      pattern(owner, ['Case'])
        .related(rels(...CASE_OWNS))
        .to(x as Cypher.Node),
    ).return(owner.property('id')),
  );
}

/**
 * Any entity as a summary, when the label is known only at run time (search hits,
 * graph views): its properties, all its evidence (absent arrays give empty lists)
 * and, for facts a case owns, that case's id.
 */
export function entitySummary(v: Ref, mode: Reading = FULL): Cypher.Expr {
  return partySummary(v, { caseId: ownerCaseId(v) }, mode, 'any');
}

export function courtDocument(x: Ref, mode: Reading = FULL): Cypher.Expr {
  return withEvidence(x, {}, mode, 'Court');
}

/*
 * A charge, claim, event or outcome carries the id of the case that owns it: found by a
 * subquery (`ownerCaseId`) when it is reached alone, given (`caseId`) when the case
 * that owns it is the one being projected.
 */

export function chargeDocument(x: Cypher.Node, mode: Reading = FULL, caseId = ownerCaseId(x)): Cypher.Expr {
  const d = new Cypher.Node();
  return withEvidence(
    x,
    {
      caseId,
      defendant: firstOf(
        new Cypher.Match(
          pattern(x)
            .related(rels('CHARGED'))
            .to(d, { labels: [PARTY] }),
        ).return(partySummary(d, {}, mode)),
      ),
    },
    mode,
    'Charge',
  );
}

export function claimDocument(x: Cypher.Node, mode: Reading = FULL, caseId = ownerCaseId(x)): Cypher.Expr {
  return withEvidence(x, { caseId }, mode, 'Claim');
}

export function eventDocument(x: Cypher.Node, mode: Reading = FULL, caseId = ownerCaseId(x)): Cypher.Expr {
  return withEvidence(x, { caseId }, mode, 'Event');
}

export function outcomeDocument(o: Cypher.Node, mode: Reading = FULL, caseId = ownerCaseId(o)): Cypher.Expr {
  const j = new Cypher.Node();
  const x = new Cypher.Node();
  return withEvidence(
    o,
    {
      caseId,
      decidedBy: firstOf(
        new Cypher.Match(
          pattern(o)
            .related(rels('DECIDED_BY'))
            .to(j, { labels: [PARTY] }),
        ).return(partySummary(j, {}, mode)),
      ),
      resolves: new Cypher.Collect(
        new Cypher.Match(
          pattern(o)
            .related(rels('RESOLVES'))
            .to(x, { labels: [NODE] }),
        )
          .return(apart(withEvidence(x, { labels: Cypher.labels(x), caseId: ownerCaseId(x) }, mode, 'any')))
          .orderBy([x.property('id'), 'ASC']),
      ),
    },
    mode,
    'Outcome',
  );
}

/**
 * What a statement is about, with its labels: the entity's own properties and all its
 * evidence, a party's descriptors and offices included (and the owning case of a claim,
 * charge, event or outcome).
 */
export function subjectSummary(x: Cypher.Node, mode: Reading = FULL): Cypher.Expr {
  return new Cypher.Map({ labels: Cypher.labels(x), doc: entitySummary(x, mode) });
}

export function statementDocument(s: Cypher.Node, mode: Reading = FULL): Cypher.Expr {
  const speaker = new Cypher.Node();
  const client = new Cypher.Node();
  const x = new Cypher.Node();
  return withEvidence(
    s,
    {
      speaker: firstOf(
        new Cypher.Match(pattern(speaker, [PARTY]).related(rels('STATED')).to(s)).return(
          partySummary(speaker, {}, mode),
        ),
      ),
      onBehalfOf: firstOf(
        new Cypher.Match(
          pattern(s)
            .related(rels('ON_BEHALF_OF'))
            .to(client, { labels: [PARTY] }),
        ).return(partySummary(client, {}, mode)),
      ),
      about: new Cypher.Collect(
        new Cypher.Match(
          pattern(s)
            .related(rels('ABOUT'))
            .to(x, { labels: [NODE] }),
        )
          .return(subjectSummary(x, mode))
          .orderBy([x.property('id'), 'ASC']),
      ),
    },
    mode,
    'Statement',
  );
}

/** Statements oldest first (undated last, as Cypher sorts nulls), then in source order. */
const statementOrder = (s: Cypher.Node): [Cypher.Expr, 'ASC'][] => [
  [s.property('dateEarliest'), 'ASC'],
  [s.property('seq'), 'ASC'],
  [s.property('id'), 'ASC'],
];

/**
 * Statements about a case or anything the case owns (claims, charges, events,
 * outcomes): zero or one step from the case, then back along ABOUT, so the
 * subquery starts from the case and never scans statements.
 */
export function caseStatements(c: Cypher.Node, mode: Reading = FULL): Cypher.Expr {
  const s = new Cypher.Node();
  const x = new Cypher.Node();
  return new Cypher.Collect(
    Cypher.utils.concat(
      new Cypher.Match(
        pattern(c)
          .related({ ...rels(...CASE_OWNS), length: { min: 0, max: 1 } })
          .to(x)
          .related({ ...rels('ABOUT'), direction: 'left' })
          .to(s, { labels: ['Statement'] }),
      ),
      new Cypher.With(s).distinct(),
      new Cypher.Return(apart(statementDocument(s, mode))).orderBy(...statementOrder(s)),
    ),
  );
}

/**
 * Every statement a party is linked to, once, with how: `by` (the party said it,
 * or its lawyer for it: STATED, ON_BEHALF_OF), `about` (ABOUT the party). One
 * subquery serves both `Party.statements` and `Party.statementsAbout`.
 */
export function statementsInvolving(p: Cypher.Node, mode: Reading = FULL): Cypher.Expr {
  const s = new Cypher.Node();
  const by = new Cypher.Exists(
    new Cypher.Match(
      pattern(p)
        .related({ ...rels('STATED', 'ON_BEHALF_OF'), direction: 'undirected' })
        .to(s),
    ),
  );
  const about = new Cypher.Exists(new Cypher.Match(pattern(s).related(rels('ABOUT')).to(p)));
  return new Cypher.Collect(
    Cypher.utils.concat(
      new Cypher.Match(
        pattern(p)
          .related({ ...rels('STATED', 'ON_BEHALF_OF', 'ABOUT'), direction: 'undirected' })
          .to(s, { labels: ['Statement'] }),
      ),
      new Cypher.With(s).distinct(),
      new Cypher.Return(new Cypher.Map({ by, about, statement: statementDocument(s, mode) })).orderBy(
        ...statementOrder(s),
      ),
    ),
  );
}

/** Rows of a subquery in stored order: `seq` (source order), then id. */
const inSourceOrder = (v: Ref): [Cypher.Expr, 'ASC'][] => [
  [v.property('seq'), 'ASC'],
  [v.property('id'), 'ASC'],
];

/** A COUNSEL_IN relationship `rc` from `lawyer`: the appearance with its client and firm. */
function counselRow(rc: Cypher.Relationship, lawyer: Cypher.Node, extra: Extra, mode: Reading): Cypher.Expr {
  const client = new Cypher.Node();
  const firm = new Cypher.Node();
  const byId = (n: Cypher.Node, key: string) =>
    firstOf(
      new Cypher.Match(
        new Cypher.Pattern(n, { labels: [PARTY], properties: { id: rc.property(key) } }),
      ).return(partySummary(n, {}, mode)),
    );
  return new Cypher.Map({
    rel: withEvidence(rc, {}, mode, 'COUNSEL_IN'),
    lawyer: partySummary(lawyer, {}, mode),
    client: byId(client, 'clientId'),
    firm: byId(firm, 'firmId'),
    ...extra,
  });
}

/** The keys of the parts asked for, built in the parts' fixed order: one set, one statement text. */
function partsOf<P extends string>(
  order: readonly P[],
  parts: ReadonlySet<P>,
  build: Record<P, () => Extra>,
): Extra {
  return Object.assign({}, ...order.filter((k) => parts.has(k)).map((k) => build[k]())) as Extra;
}

/**
 * The parts of a case document beyond its own fields: a route fetches only the
 * parts its selection needs, each built the same way whatever else is fetched,
 * so every route still answers a selection the same way.
 */
export const CASE_PARTS = [
  'texts',
  'court',
  'incident',
  'parties',
  'counsel',
  'judges',
  'charges',
  'claims',
  'outcomes',
  'events',
  'related',
  'statements',
  /** Pages of the case's parties, cut in Cypher (their arguments: CASE_PAGE_PARAMS). */
  'partyPages',
  /** Pages of the case's timeline, cut in Cypher (their arguments: CASE_PAGE_PARAMS). */
  'eventPages',
  /** The case's own evidence. */
  'evidence',
  /** Not a field: the entities the case nests carry their evidence (see reading.ts). */
  'nestedEvidence',
] as const;
export type CasePart = (typeof CASE_PARTS)[number];
/** Every part, the full lists of parties and events rather than pages of them. */
export const ALL_CASE_PARTS: ReadonlySet<CasePart> = new Set(
  CASE_PARTS.filter((p) => p !== 'partyPages' && p !== 'eventPages'),
);
/** A case with its own evidence and nothing else: the summary other documents nest. */
const CASE_SUMMARY: ReadonlySet<CasePart> = new Set(['evidence']);
const NO_CASE_PARTS: ReadonlySet<CasePart> = new Set();

/** A case with the `parts` asked for (all of them by default): what it owns, who is in it. */
export function caseDocument(c: Cypher.Node, parts: ReadonlySet<CasePart> = ALL_CASE_PARTS): Cypher.Expr {
  const mode = readingOf(parts);
  const own = mode.withEvidence(parts.has('evidence') || mode.evidence);
  const build: Record<CasePart, () => Extra> = {
    texts: () =>
      Object.fromEntries(
        CASE_DETAIL_TEXTS.map((prefix) => [`${prefix}Evidence`, evidenceOf(c, prefix, own.sources)]),
      ),
    court: () => {
      const ct = new Cypher.Node();
      return {
        court: firstOf(
          new Cypher.Match(
            pattern(c)
              .related(rels('IN_COURT'))
              .to(ct, { labels: ['Court'] }),
          ).return(courtDocument(ct, mode)),
        ),
      };
    },
    incident: () => {
      const inc = new Cypher.Node();
      return {
        incident: firstOf(
          new Cypher.Match(
            pattern(c)
              .related(rels('ARISES_FROM'))
              .to(inc, { labels: ['Incident'] }),
          ).return(withEvidence(inc, {}, mode, 'Incident')),
        ),
      };
    },
    parties: () => {
      const p = new Cypher.Node();
      const r = new Cypher.Relationship();
      return {
        parties: new Cypher.Collect(
          new Cypher.Match(pattern(p, [PARTY]).related(r, rels('PARTY_TO')).to(c))
            .return(
              new Cypher.Map({
                rel: withEvidence(r, {}, mode, 'PARTY_TO'),
                party: partySummary(p, {}, mode),
              }),
            )
            .orderBy(...inSourceOrder(r)),
        ),
      };
    },
    counsel: () => {
      const lawyer = new Cypher.Node();
      const rc = new Cypher.Relationship();
      return {
        counsel: new Cypher.Collect(
          new Cypher.Match(pattern(lawyer, [PARTY]).related(rc, rels('COUNSEL_IN')).to(c))
            .return(counselRow(rc, lawyer, {}, mode))
            .orderBy(...inSourceOrder(rc)),
        ),
      };
    },
    judges: () => {
      const judge = new Cypher.Node();
      const rj = new Cypher.Relationship();
      return {
        judges: new Cypher.Collect(
          new Cypher.Match(pattern(judge, [PARTY]).related(rj, rels('JUDGE_IN')).to(c))
            .return(
              new Cypher.Map({
                rel: withEvidence(rj, {}, mode, 'JUDGE_IN'),
                judge: partySummary(judge, {}, mode),
              }),
            )
            .orderBy(...inSourceOrder(rj)),
        ),
      };
    },
    charges: () => {
      const ch = new Cypher.Node();
      return {
        charges: new Cypher.Collect(
          new Cypher.Match(
            pattern(c)
              .related(rels('HAS_CHARGE'))
              .to(ch, { labels: ['Charge'] }),
          )
            .return(apart(chargeDocument(ch, mode, c.property('id'))))
            .orderBy(...inSourceOrder(ch)),
        ),
      };
    },
    claims: () => {
      const cl = new Cypher.Node();
      return {
        claims: new Cypher.Collect(
          new Cypher.Match(
            pattern(c)
              .related(rels('HAS_CLAIM'))
              .to(cl, { labels: ['Claim'] }),
          )
            .return(apart(claimDocument(cl, mode, c.property('id'))))
            .orderBy(...inSourceOrder(cl)),
        ),
      };
    },
    outcomes: () => {
      const o = new Cypher.Node();
      return {
        outcomes: new Cypher.Collect(
          new Cypher.Match(
            pattern(c)
              .related(rels('HAS_OUTCOME'))
              .to(o, { labels: ['Outcome'] }),
          ).return(outcomeDocument(o, mode, c.property('id'))),
        ),
      };
    },
    events: () => {
      const e = new Cypher.Node();
      return {
        events: new Cypher.Collect(
          new Cypher.Match(
            pattern(c)
              .related(rels('HAS_EVENT'))
              .to(e, { labels: ['Event'] }),
          ).return(eventDocument(e, mode, c.property('id'))),
        ),
      };
    },
    related: () => {
      const other = new Cypher.Node();
      const rr = new Cypher.Relationship();
      return {
        related: new Cypher.Collect(
          new Cypher.Match(
            pattern(c)
              .related(rr, { ...rels('RELATED_TO'), direction: 'undirected' })
              .to(other, { labels: ['Case'] }),
          )
            .return(
              new Cypher.Map({
                rel: withEvidence(rr, {}, mode, 'RELATED_TO'),
                outgoing: Cypher.eq(Cypher.startNode(rr), c),
                case: withEvidence(other, {}, mode, 'Case'),
              }),
            )
            .orderBy([other.property('caption'), 'ASC'], [other.property('id'), 'ASC']),
        ),
      };
    },
    statements: () => ({ statements: caseStatements(c, mode) }),
    partyPages: () => ({
      partyPages: eachPage(CASE_PAGE_PARAMS.parties, (spec) => casePartyPage(c, spec, mode)),
    }),
    eventPages: () => ({
      eventPages: eachPage(CASE_PAGE_PARAMS.events, (spec) => caseEventPage(c, spec, mode)),
    }),
    evidence: () => ({}),
    nestedEvidence: () => ({}),
  };
  return withEvidence(c, partsOf(CASE_PARTS, parts, build), own, 'Case');
}

/**
 * The parameters of a case's nested pages: each a list of the pages asked for (aliases
 * may ask several of one connection), the same for every case the statement projects.
 */
export const CASE_PAGE_PARAMS = { parties: 'casePartyPages', events: 'caseEventPages' } as const;

export interface PageArgsOf {
  after: string | null;
  first: number;
}
export interface PartiesPageArgs extends PageArgsOf {
  role: PartyRole | null;
}

/** The pages a case projection reads (a page part without any: the first page, of DEFAULT_PAGE). */
export interface CasePageArgs {
  parties?: PartiesPageArgs[];
  events?: PageArgsOf[];
}

/**
 * The parts of a case projection with the arguments of the pages among them: the
 * parts choose the statement's text, the arguments only its parameters.
 */
export class CaseParts extends Selected<CasePart> {
  readonly pages: CasePageArgs;
  constructor(parts: Iterable<CasePart>, pages: CasePageArgs = {}, names: ReadonlySet<string> | null = null) {
    super(parts, names);
    this.pages = pages;
  }
}

const pagesOf = (parts: ReadonlySet<CasePart>): CasePageArgs =>
  parts instanceof CaseParts ? parts.pages : {};

/** The statement parameters of the pages among `parts`. */
export function casePageParams(parts: ReadonlySet<CasePart>): Record<string, unknown> {
  const { parties, events } = pagesOf(parts);
  const firstPage = { after: null, first: DEFAULT_PAGE };
  return {
    ...(parts.has('partyPages') && {
      [CASE_PAGE_PARAMS.parties]: parties?.length ? parties : [{ ...firstPage, role: null }],
    }),
    ...(parts.has('eventPages') && { [CASE_PAGE_PARAMS.events]: events?.length ? events : [firstPage] }),
  };
}

/** What tells two reads of the same parts apart: their pages' arguments. */
export const casePagesKey = (parts: ReadonlySet<CasePart>): string => JSON.stringify(casePageParams(parts));

/** One page per entry of the list parameter `name`, each built by `page` from its entry. */
function eachPage(name: string, page: (spec: Cypher.Variable) => Cypher.Expr): Cypher.Expr {
  const spec = new Cypher.Variable();
  return new Cypher.Collect(new Cypher.Unwind([new Cypher.NamedParam(name), spec]).return(page(spec)));
}

/**
 * A page of a case's parties in their stored order (source order: `seq`, then id), with
 * the role asked for, if any. Asking for the prosecution also finds the lawyers who
 * prosecute, stored as counsel (each once, after the parties, unless already one).
 * The page names the arguments it answers (role, after, first), with the number of
 * such parties and whether `after` is one of them.
 */
function casePartyPage(c: Cypher.Node, spec: Cypher.Variable, mode: Reading): Cypher.Expr {
  const role = spec.property('role');
  const after = spec.property('after');
  const first = spec.property('first');
  const link = new Cypher.Variable();
  const who = new Cypher.Variable();
  const group = new Cypher.Variable();
  /** The links the page lists: `link`, `who`, `group` (0: parties, 1: prosecuting counsel). */
  const listed = () => {
    const p = new Cypher.Node();
    const r = new Cypher.Relationship();
    const parties = new Cypher.Match(pattern(p, [PARTY]).related(r, rels('PARTY_TO')).to(c))
      .where(Cypher.or(Cypher.isNull(role), Cypher.eq(r.property('role'), role)))
      .return([r, link], [p, who], [ZERO, group]);
    const l = new Cypher.Node();
    const k = new Cypher.Relationship();
    const x = new Cypher.Relationship();
    const alreadyParty = new Cypher.Exists(
      new Cypher.Match(pattern(l).related(x, rels('PARTY_TO')).to(c)).where(
        Cypher.eq(x.property('role'), new Cypher.Literal('PROSECUTION')),
      ),
    );
    const earlier = new Cypher.Relationship();
    const prosecutes = (rel: Cypher.Relationship) =>
      Cypher.in(rel.property('capacity'), new Cypher.Literal([...PROSECUTOR_CAPACITIES]));
    // Each lawyer once: through the first of their prosecuting appearances in source order.
    const firstAppearance = Cypher.not(
      new Cypher.Exists(
        new Cypher.Match(pattern(l).related(earlier, rels('COUNSEL_IN')).to(c)).where(
          Cypher.and(
            prosecutes(earlier),
            Cypher.or(
              Cypher.lt(earlier.property('seq'), k.property('seq')),
              Cypher.and(
                Cypher.eq(earlier.property('seq'), k.property('seq')),
                Cypher.lt(earlier.property('id'), k.property('id')),
              ),
            ),
          ),
        ),
      ),
    );
    const prosecutors = new Cypher.Match(pattern(l, [PARTY]).related(k, rels('COUNSEL_IN')).to(c))
      .where(
        Cypher.and(
          Cypher.eq(role, new Cypher.Literal('PROSECUTION')),
          prosecutes(k),
          Cypher.not(alreadyParty),
          firstAppearance,
        ),
      )
      .return([k, link], [l, who], [ONE, group]);
    return new Cypher.Call(new Cypher.Union(parties, prosecutors).all(), [c, spec]);
  };
  const ordered = new Cypher.Collect(
    Cypher.utils.concat(
      listed(),
      new Cypher.Return(new Cypher.Map({ link, who, group })).orderBy([group, 'ASC'], ...inSourceOrder(link)),
    ),
  );
  const rows = orderedPageRows(
    ordered,
    (i) => i.property('link').property('id'),
    (i, j) => {
      const r = new Cypher.Relationship();
      const p = new Cypher.Node();
      const g = new Cypher.Variable();
      return new Cypher.With([i.property('link'), r], [i.property('who'), p], [i.property('group'), g], j)
        .return(
          new Cypher.Map({
            rel: withEvidence(r, {}, mode, 'PARTY_TO'),
            party: partySummary(p, {}, mode),
            prosecutingCounsel: Cypher.eq(g, ONE),
          }),
        )
        .orderBy([j, 'ASC']);
    },
    { after, first },
  );
  const counted = Cypher.utils.concat(listed(), new Cypher.Return(link));
  const known = Cypher.utils.concat(
    listed(),
    new Cypher.With(link).where(Cypher.eq(link.property('id'), after)),
    new Cypher.Return(link),
  );
  return new Cypher.Map({
    rows,
    total: new Cypher.Count(counted),
    afterKnown: Cypher.or(Cypher.isNull(after), new Cypher.Exists(known)),
    role,
    after,
    first,
  });
}

/** `precision` as its rank in the chronological order (domain/dates.ts: coarser first). */
function precisionRankOf(precision: Cypher.Expr): Cypher.Expr {
  const rank = new Cypher.Case(precision);
  for (const [name, value] of Object.entries(PRECISION_RANK))
    rank.when(new Cypher.Literal(name)).then(new Cypher.Literal(value));
  return rank;
}

/**
 * A page of a case's timeline in chronological order, the rule of `chronological` in
 * domain/dates.ts: in source order (`seq`, id), an undated event takes the date of the
 * last dated event told before it; by that date's first day, coarser before finer, then
 * source order; events with no date before them last. Computed over the events'
 * references in one pass, then only the page's events are projected.
 */
function caseEventPage(c: Cypher.Node, spec: Cypher.Variable, mode: Reading): Cypher.Expr {
  const after = spec.property('after');
  const first = spec.property('first');
  const e = new Cypher.Node();
  const es = new Cypher.Variable();
  const i = new Cypher.Variable();
  const dated = new Cypher.Variable();
  const k = new Cypher.Variable();
  const anchor = new Cypher.Variable();
  const from = new Cypher.Variable();
  const to = new Cypher.Variable();
  const events = (x: Cypher.Node) =>
    new Cypher.Match(
      pattern(c)
        .related(rels('HAS_EVENT'))
        .to(x, { labels: ['Event'] }),
    );
  const n = new Cypher.Variable();
  const datedIndexes = new Cypher.ListComprehension(n)
    .in(Cypher.range(ZERO, Cypher.minus(Cypher.size(es), ONE)))
    .where(Cypher.isNotNull(es.property(n).property('dateEarliest')));
  const inSource = new Cypher.Collect(
    events(e)
      .return(e)
      .orderBy(...inSourceOrder(e)),
  );
  const ordered = Cypher.utils.concat(
    new Cypher.With([inSource, es]),
    new Cypher.With(es, [datedIndexes, dated]),
    // k = -1: the events told before any dated one.
    new Cypher.Unwind([Cypher.range(new Cypher.Literal(-1), Cypher.minus(Cypher.size(dated), ONE)), k]),
    new Cypher.With(
      es,
      [
        new Cypher.Case()
          .when(Cypher.lt(k, ZERO))
          .then(Cypher.Null)
          .else(es.property(dated.property(k))),
        anchor,
      ],
      [new Cypher.Case().when(Cypher.lt(k, ZERO)).then(ZERO).else(dated.property(k)), from],
      [Cypher.coalesce(dated.property(Cypher.plus(k, ONE)), Cypher.size(es)), to],
    ),
    new Cypher.Unwind([Cypher.range(from, Cypher.minus(to, ONE)), i]),
    new Cypher.Return(es.property(i)).orderBy(
      [anchor.property('dateEarliest'), 'ASC'],
      [precisionRankOf(anchor.property('datePrecision')), 'ASC'],
      [i, 'ASC'],
    ),
  );
  const rows = orderedPageRows(
    new Cypher.Collect(ordered),
    (x) => x.property('id'),
    (x, j) => {
      const v = new Cypher.Node();
      return new Cypher.With([x, v], j).return(eventDocument(v, mode, c.property('id'))).orderBy([j, 'ASC']);
    },
    { after, first },
  );
  const known = new Cypher.Node();
  return new Cypher.Map({
    rows,
    total: new Cypher.Count(events(new Cypher.Node())),
    afterKnown: Cypher.or(
      Cypher.isNull(after),
      new Cypher.Exists(
        new Cypher.Match(
          pattern(c)
            .related(rels('HAS_EVENT'))
            .to(known, { labels: ['Event'], properties: { id: after } }),
        ),
      ),
    ),
    after,
    first,
  });
}

/** The parts of a party document beyond its own fields (see CASE_PARTS). */
export const PARTY_PARTS = [
  'relationships',
  'credits',
  'incidents',
  'statementLinks',
  'contacts',
  'counselAppearances',
  'possibleSameAs',
  /** The party's own evidence, and its descriptors' and offices'. */
  'evidence',
  /** Not a field: the entities the party nests carry their evidence (see reading.ts). */
  'nestedEvidence',
] as const;
export type PartyPart = (typeof PARTY_PARTS)[number];
export const ALL_PARTY_PARTS: ReadonlySet<PartyPart> = new Set(PARTY_PARTS);

/**
 * The page of a party's cases a selection shows, fetched with the party: the
 * role asked for, what the page's cases select, and, as parameters
 * `$casePageAfter` (a case id or null) and `$casePageFirst`, where it starts and how long it is.
 */
export interface CasePageSpec {
  role: PartyRole | null;
  caseParts: ReadonlySet<CasePart>;
}

/**
 * One page of a party's cases, paged in Cypher: the cases it has the role asked
 * for, in caption order after `$casePageAfter` (a case id, or null), at most
 * `$casePageFirst` + 1 (the extra row says a next page exists), each with every
 * role the party has in it and the case's document with `spec.caseParts`; the
 * number of such cases; and whether the `after` case is one of them. A party in
 * ten thousand cases reads its links to count them and sorts them by caption,
 * but ships one page.
 */
function casePage(p: Cypher.Node, spec: CasePageSpec): Cypher.Expr {
  const link = partyLink(spec.role);
  const after = new Cypher.NamedParam('casePageAfter');
  const held = (c: Cypher.Node) => {
    const rc = new Cypher.Relationship();
    return new Cypher.Match(
      pattern(p)
        .related(rc, rels(...link.types))
        .to(c, { labels: ['Case'] }),
    ).where(roleCondition(link, rc));
  };
  const a = new Cypher.Node();
  const afterCaption = firstOf(
    new Cypher.Match(new Cypher.Pattern(a, { labels: ['Case'], properties: { id: after } })).return(
      a.property('caption'),
    ),
  );
  const c = new Cypher.Node();
  const afterIt = Cypher.or(
    Cypher.isNull(after),
    Cypher.gt(c.property('caption'), afterCaption),
    Cypher.and(Cypher.eq(c.property('caption'), afterCaption), Cypher.gt(c.property('id'), after)),
  );
  const rAll = new Cypher.Relationship();
  const roles = new Cypher.Collect(
    new Cypher.Match(
      pattern(p)
        .related(rAll, rels('PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN'))
        .to(c),
    ).return(new Cypher.Map({ role: roleOf(rAll), capacity: rAll.property('capacity') })),
  );
  const counted = new Cypher.Node();
  const known = new Cypher.Node();
  const matchHeld = held(c);
  return new Cypher.Map({
    rows: new Cypher.Collect(
      Cypher.utils.concat(
        matchHeld.and(afterIt),
        new Cypher.With(c)
          .distinct()
          .orderBy([c.property('caption'), 'ASC'], [c.property('id'), 'ASC'])
          .limit(Cypher.plus(new Cypher.NamedParam('casePageFirst'), ONE)),
        new Cypher.Return(new Cypher.Map({ links: roles, case: caseDocument(c, spec.caseParts) })),
      ),
    ),
    total: new Cypher.Count(Cypher.utils.concat(held(counted), new Cypher.Return(counted).distinct())),
    afterKnown: Cypher.or(
      Cypher.isNull(after),
      new Cypher.Exists(held(known).and(Cypher.eq(known.property('id'), after))),
    ),
  });
}

/**
 * A party with the `parts` asked for. Its case list is lean (case id, role,
 * capacity, in caption order); `page` adds the documents of the cases one page shows.
 */
export function partyDocument(
  p: Cypher.Node,
  parts: ReadonlySet<PartyPart> = ALL_PARTY_PARTS,
  page?: CasePageSpec,
): Cypher.Expr {
  const mode = readingOf(parts);
  const own = mode.withEvidence(parts.has('evidence') || mode.evidence);
  const build: Record<PartyPart, () => Extra> = {
    relationships: () => {
      const r = new Cypher.Relationship();
      const other = new Cypher.Node();
      return {
        relationships: new Cypher.Collect(
          new Cypher.Match(
            pattern(p)
              .related(r, { ...rels('SPOUSE_OF', 'PARENT_OF'), direction: 'undirected' })
              .to(other, { labels: [PARTY] }),
          )
            .return(
              new Cypher.Map({
                rel: withEvidence(r, {}, mode, 'FAMILY'),
                type: Cypher.type(r),
                outgoing: Cypher.eq(Cypher.startNode(r), p),
                other: partySummary(other, {}, mode),
              }),
            )
            .orderBy([r.property('id'), 'ASC']),
        ),
      };
    },
    credits: () => {
      const rw = new Cypher.Relationship();
      const production = new Cypher.Node();
      return {
        credits: new Cypher.Collect(
          new Cypher.Match(
            pattern(p)
              .related(rw, rels('WORKED_ON'))
              .to(production, { labels: ['Production'] }),
          )
            .return(
              new Cypher.Map({
                rel: withEvidence(rw, {}, mode, 'WORKED_ON'),
                production: withEvidence(production, {}, mode, 'Production'),
              }),
            )
            .orderBy([rw.property('id'), 'ASC']),
        ),
      };
    },
    incidents: () => {
      const ri = new Cypher.Relationship();
      const incident = new Cypher.Node();
      return {
        incidents: new Cypher.Collect(
          new Cypher.Match(
            pattern(p)
              .related(ri, rels('INVOLVED_IN'))
              .to(incident, { labels: ['Incident'] }),
          )
            .return(
              new Cypher.Map({
                rel: withEvidence(ri, {}, mode, 'INVOLVED_IN'),
                incident: incidentDocument(incident, mode.evidence ? CASE_SUMMARY : NO_CASE_PARTS, mode),
              }),
            )
            .orderBy([ri.property('id'), 'ASC']),
        ),
      };
    },
    statementLinks: () => ({ statementLinks: statementsInvolving(p, mode) }),
    contacts: () => ({ contactsEvidence: evidenceOf(p, 'contacts', own.sources) }),
    counselAppearances: () => ({ counselAppearances: counselAppearances(p, mode) }),
    possibleSameAs: () => {
      const other = new Cypher.Node();
      return {
        sameAsSelf: sameAsFacts(p),
        possibleSameAs: new Cypher.Collect(
          new Cypher.Match(
            new Cypher.Pattern(other, { labels: [PARTY], properties: { nameKey: p.property('nameKey') } }),
          )
            .where(Cypher.neq(other, p))
            .return(new Cypher.Map({ party: partySummary(other, {}, mode), facts: sameAsFacts(other) }))
            .orderBy([other.property('id'), 'ASC']),
        ),
      };
    },
    evidence: () => ({}),
    nestedEvidence: () => ({}),
  };
  return partySummary(
    p,
    {
      ...partsOf(PARTY_PARTS, parts, build),
      ...(page ? { casePage: casePage(p, page) } : {}),
    },
    own,
  );
}

/** A party's appearances as counsel: as the lawyer, or as the firm a lawyer acts from. */
function counselAppearances(p: Cypher.Node, mode: Reading): Cypher.Expr {
  const asLawyer = () => {
    const rc = new Cypher.Relationship();
    const c = new Cypher.Node();
    return new Cypher.Match(
      pattern(p)
        .related(rc, rels('COUNSEL_IN'))
        .to(c, { labels: ['Case'] }),
    ).return([
      counselRow(rc, p, { caseId: c.property('id'), case: withEvidence(c, {}, mode, 'Case') }, mode),
      'row',
    ]);
  };
  const asFirm = () => {
    const rc = new Cypher.Relationship();
    const c = new Cypher.Node();
    const l = new Cypher.Node();
    return new Cypher.Match(
      pattern(l, [PARTY])
        .related(rc, { ...rels('COUNSEL_IN'), properties: { firmId: p.property('id') } })
        .to(c, { labels: ['Case'] }),
    ).return([
      counselRow(rc, l, { caseId: c.property('id'), case: withEvidence(c, {}, mode, 'Case') }, mode),
      'row',
    ]);
  };
  return new Cypher.Collect(new Cypher.Union(asLawyer(), asFirm()));
}

/** What tells two same-named parties apart or together: kind, contact data, firms and courts. */
function sameAsFacts(x: Cypher.Node): Cypher.Expr {
  const rc = new Cypher.Relationship();
  const c = new Cypher.Node();
  const ct = new Cypher.Node();
  return new Cypher.Map({
    kind: x.property('kind'),
    contacts: Cypher.coalesce(x.property('contacts'), new Cypher.List([])),
    firms: new Cypher.Collect(
      new Cypher.Match(pattern(x).related(rc, rels('COUNSEL_IN')).to(new Cypher.Node()))
        .where(Cypher.isNotNull(rc.property('firmId')))
        .return(rc.property('firmId')),
    ),
    courts: new Cypher.Collect(
      new Cypher.Match(
        pattern(x)
          .related(rels('PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN'))
          .to(c, { labels: ['Case'] })
          .related(rels('IN_COURT'))
          .to(ct, { labels: ['Court'] }),
      ).return(ct.property('id')),
    ),
  });
}

/** An incident with its cases, each a case document with `caseParts` (the incident's selection of them). */
export function incidentDocument(
  i: Cypher.Node,
  caseParts: ReadonlySet<CasePart> = CASE_SUMMARY,
  mode: Reading = FULL,
): Cypher.Expr {
  const x = new Cypher.Node();
  const p = new Cypher.Node();
  const r = new Cypher.Relationship();
  const c = new Cypher.Node();
  const direct = new Cypher.Node();
  const related = new Cypher.Node();
  return withEvidence(
    i,
    {
      production: firstOf(
        new Cypher.Match(
          pattern(i)
            .related(rels('ON_PRODUCTION'))
            .to(x, { labels: ['Production'] }),
        ).return(withEvidence(x, {}, mode, 'Production')),
      ),
      involvements: new Cypher.Collect(
        new Cypher.Match(pattern(p, [PARTY]).related(r, rels('INVOLVED_IN')).to(i))
          .return(
            new Cypher.Map({
              rel: withEvidence(r, {}, mode, 'INVOLVED_IN'),
              party: partySummary(p, {}, mode),
            }),
          )
          .orderBy([r.property('id'), 'ASC']),
      ),
      cases: new Cypher.Collect(
        new Cypher.Match(pattern(c, ['Case']).related(rels('ARISES_FROM')).to(i))
          .return(apart(caseDocument(c, caseParts)))
          .orderBy([c.property('caption'), 'ASC'], [c.property('id'), 'ASC']),
      ),
      relatedCases: new Cypher.Collect(
        Cypher.utils.concat(
          new Cypher.Match(
            new Cypher.Pattern(related, { labels: ['Case'] })
              .related({ ...rels('RELATED_TO'), direction: 'undirected' })
              .to(direct, { labels: ['Case'] })
              .related(rels('ARISES_FROM'))
              .to(i),
          ).where(
            Cypher.not(
              new Cypher.Exists(new Cypher.Match(pattern(related).related(rels('ARISES_FROM')).to(i))),
            ),
          ),
          new Cypher.With(related).distinct(),
          new Cypher.Return(apart(caseDocument(related, caseParts))).orderBy(
            [related.property('caption'), 'ASC'],
            [related.property('id'), 'ASC'],
          ),
        ),
      ),
    },
    mode,
    'Incident',
  );
}

export function productionDocument(x: Cypher.Node): Cypher.Expr {
  const p = new Cypher.Node();
  const r = new Cypher.Relationship();
  const i = new Cypher.Node();
  return withEvidence(
    x,
    {
      credits: new Cypher.Collect(
        new Cypher.Match(pattern(p, [PARTY]).related(r, rels('WORKED_ON')).to(x))
          .return(new Cypher.Map({ rel: withEvidence(r, {}, FULL, 'WORKED_ON'), party: partySummary(p) }))
          .orderBy([r.property('id'), 'ASC']),
      ),
      incidents: new Cypher.Collect(
        new Cypher.Match(pattern(i, ['Incident']).related(rels('ON_PRODUCTION')).to(x))
          .return(apart(withEvidence(i, {}, FULL, 'Incident')))
          .orderBy([i.property('id'), 'ASC']),
      ),
    },
    FULL,
    'Production',
  );
}
