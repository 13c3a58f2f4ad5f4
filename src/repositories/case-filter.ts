import Cypher from '@neo4j/cypher-builder';
import { CalendarDate } from '../db/convert';
import type { Params } from '../db/executor';
import type { DateMatch, PartyRole } from '../domain/models';
import { fulltextAnchor, fulltextQuery } from '../cypher/fulltext';
import { docketKey } from '../domain/docket-number';
import { badInput } from '../domain/errors';
import { PARTY } from '../graph/labels';
import { linkParams, linkShape, namedRoleCondition, partyLink, type LinkShape } from '../graph/roles';

// CaseFilter as Cypher: the most selective indexed entry point, then every other
// condition. Shared by the case list and the statistics. A filter is planned per
// request (its shape and parameters, no Cypher) and built as Cypher once per shape.

export interface CaseFilterInput {
  kind?: string[] | null;
  status?: string[] | null;
  courtId?: string | null;
  /** A court's short id as dockets give it (`nyed`): the same as `courtId: court:nyed`. */
  court?: string | null;
  docketNumber?: string | null;
  natureOfSuit?: string | null;
  counselId?: string | null;
  firmId?: string | null;
  judgeId?: string | null;
  partyId?: string | null;
  role?: PartyRole | null;
  filedFrom?: string | null;
  filedTo?: string | null;
  outcomeKind?: string | null;
  incidentId?: string | null;
  /** With `incidentId`: also the cases related to those arising from it. */
  transitive?: boolean | null;
  text?: string | null;
  closedFrom?: string | null;
  closedTo?: string | null;
  /** How a partial date (an interval) meets `…From`/`…To`: POSSIBLY (default) or CERTAINLY. */
  dateMatch?: DateMatch | null;
  pendingOn?: string | null;
}

/** Which entry point binds the cases: the most selective indexed one the filter allows. */
type Anchor = 'case' | 'text' | 'party' | 'judge' | 'incident' | 'docket' | 'court';

/**
 * What a filter's Cypher text depends on, and nothing else: which conditions exist,
 * the anchor, and the branches a value chooses (the role's relationship types, a
 * `text` with no word, a numeric nature of suit, a blank docket number, a transitive
 * incident, how dates match). Every value is a named parameter (`CaseFilterPlan.params`).
 */
export interface CaseFilterShape {
  /** `noWords`: a `text` with no searchable word, which matches nothing. */
  text: 'none' | 'words' | 'noWords';
  anchor: Anchor;
  /** The participation `partyId` or `role` asks for. */
  link: LinkShape | null;
  partyId: boolean;
  judgeId: boolean;
  /** `blank`: a docket number that is only spaces, whose key is null (written `NULL`). */
  docketNumber: 'none' | 'key' | 'blank';
  courtId: boolean;
  /** A suit code (`440`) matches the start of a nature of suit; words match anywhere in it. */
  natureOfSuit: 'none' | 'code' | 'words';
  counselId: boolean;
  firmId: boolean;
  incident: 'none' | 'direct' | 'transitive';
  kind: boolean;
  status: boolean;
  filedFrom: boolean;
  filedTo: boolean;
  outcomeKind: boolean;
  closedFrom: boolean;
  closedTo: boolean;
  certainly: boolean;
  pendingOn: boolean;
}

/** A filter as a request gives it: its shape, the shape as a key, and its parameters. */
export interface CaseFilterPlan {
  shape: CaseFilterShape;
  key: string;
  params: Params;
}

/** `court: "nyed"` is `courtId: "court:nyed"`; both at once must agree. */
function withCourtId(filter: CaseFilterInput): CaseFilterInput {
  if (!filter.court) return filter;
  const courtId = `court:${filter.court.trim().toLowerCase()}`;
  if (filter.courtId && filter.courtId !== courtId) {
    throw badInput(
      `\`court\` (${filter.court}) and \`courtId\` (${filter.courtId}) name different courts`,
      'filter',
    );
  }
  return { ...filter, courtId };
}

/** The entry point: full-text words first, then the ids in order of selectivity. */
function anchorOf(filter: CaseFilterInput, text: CaseFilterShape['text']): Anchor {
  if (text === 'words') return 'text';
  if (text === 'noWords') return 'case';
  if (filter.partyId) return 'party';
  if (filter.judgeId) return 'judge';
  if (filter.incidentId && !filter.transitive) return 'incident';
  if (filter.docketNumber) return 'docket';
  if (filter.courtId) return 'court';
  return 'case';
}

/** How `natureOfSuit` matches, and the value it matches with. */
function suitMatch(natureOfSuit: string | null | undefined): {
  match: CaseFilterShape['natureOfSuit'];
  value?: string;
} {
  if (!natureOfSuit) return { match: 'none' };
  const wanted = natureOfSuit.trim().toLowerCase();
  // A code is followed by its title (`440 Civil Rights: Other`): the code and a space start it.
  return /^\d+$/.test(wanted) ? { match: 'code', value: `${wanted} ` } : { match: 'words', value: wanted };
}

/**
 * The filter's shape and parameters, checked (BAD_USER_INPUT for a bad filter), with
 * no Cypher built: the statement of this shape may be built already.
 */
export function caseFilterPlan(input: CaseFilterInput): CaseFilterPlan {
  const filter = withCourtId(input);
  const params: Params = {};
  /** Records `value` as `$name` when it is given (truthy, as the conditions test). */
  const given = (name: keyof CaseFilterInput | 'docketKey', value: unknown) => {
    if (!value) return false;
    params[name] = value;
    return true;
  };
  const day = (name: 'filedFrom' | 'filedTo' | 'closedFrom' | 'closedTo' | 'pendingOn') =>
    given(name, filter[name] && new CalendarDate(filter[name]));

  const query = filter.text != null ? fulltextQuery(filter.text, 'filter.text') : undefined;
  const text = query === undefined ? 'none' : query === null ? 'noWords' : 'words';
  given('text', query);
  if (filter.transitive && !filter.incidentId) throw badInput('`transitive` needs `incidentId`', 'filter');
  const withLink = !!(filter.partyId || filter.role);
  const link = partyLink(filter.role);
  if (withLink) Object.assign(params, linkParams(link));
  const docket = filter.docketNumber ? docketKey(filter.docketNumber) : null;
  given('docketKey', docket);
  const suit = suitMatch(filter.natureOfSuit);
  if (suit.value !== undefined) params.natureOfSuit = suit.value;
  const dates = {
    filedFrom: day('filedFrom'),
    filedTo: day('filedTo'),
    closedFrom: day('closedFrom'),
    closedTo: day('closedTo'),
  };
  const shape: CaseFilterShape = {
    text,
    anchor: anchorOf(filter, text),
    link: withLink ? linkShape(link) : null,
    partyId: given('partyId', filter.partyId),
    judgeId: given('judgeId', filter.judgeId),
    docketNumber: !filter.docketNumber ? 'none' : docket === null ? 'blank' : 'key',
    courtId: given('courtId', filter.courtId),
    natureOfSuit: suit.match,
    counselId: given('counselId', filter.counselId),
    firmId: given('firmId', filter.firmId),
    incident: !given('incidentId', filter.incidentId) ? 'none' : filter.transitive ? 'transitive' : 'direct',
    kind: given('kind', filter.kind?.length && filter.kind),
    status: given('status', filter.status?.length && filter.status),
    ...dates,
    outcomeKind: given('outcomeKind', filter.outcomeKind),
    // Without a date range, how dates match changes nothing.
    certainly: filter.dateMatch === 'CERTAINLY' && Object.values(dates).some(Boolean),
    pendingOn: day('pendingOn'),
  };
  return { shape, key: JSON.stringify(shape), params };
}

export interface CaseFilterClause {
  /** The case variable the anchor binds. */
  node: Cypher.Node;
  /** The entry clause binding `node`, keeping the rows where `where` holds; a new clause per call. */
  anchor: (where: Cypher.Predicate | undefined) => Cypher.Clause;
  /** Whether the anchor can bind the same case twice (a party with several roles in it). */
  anchorMayRepeat: boolean;
  conditions: Cypher.Predicate[];
  /** Every case: the anchor is the label's and no condition narrows it (modifiers alone, `{}`). */
  selectsAll: boolean;
}

/** The filter's parameter `$name` (see `caseFilterPlan`). */
const param = (name: keyof CaseFilterInput | 'docketKey') => new Cypher.NamedParam(name);

/**
 * A date range on a partial date, whose stored bounds are `<prefix>Earliest` and
 * `<prefix>Latest`: POSSIBLY keeps a date whose interval meets the range (a filing
 * "in January" for `filedFrom: 15 January`), CERTAINLY one whose interval lies inside it.
 */
function dateRange(
  c: Cypher.Node,
  prefix: 'filed' | 'closed',
  from: boolean,
  to: boolean,
  certainly: boolean,
): Cypher.Predicate[] {
  const earliest = c.property(`${prefix}Earliest`);
  const latest = c.property(`${prefix}Latest`);
  const conditions: Cypher.Predicate[] = [];
  if (from) conditions.push(Cypher.gte(certainly ? earliest : latest, param(`${prefix}From`)));
  if (to) conditions.push(Cypher.lte(certainly ? latest : earliest, param(`${prefix}To`)));
  return conditions;
}

const matchWhere = (pattern: Cypher.Pattern) => (where: Cypher.Predicate | undefined) => {
  const match = new Cypher.Match(pattern);
  return where ? match.where(where) : match;
};

/** The filter of `shape` as Cypher: its values are the named parameters `caseFilterPlan` gives. */
export function caseFilterClause(shape: CaseFilterShape): CaseFilterClause {
  const c = new Cypher.Node();
  const conditions: Cypher.Predicate[] = [];
  /** (party)-[r:role]->(c), with the role condition on `r` when the role is a property. */
  const participation = (link: LinkShape, partyProps: Record<string, Cypher.Param>, anchored = false) => {
    const r = new Cypher.Relationship();
    const pattern = new Cypher.Pattern(new Cypher.Node(), { labels: [PARTY], properties: partyProps })
      .related(r, { type: Cypher.labelExpr.or(...link.types) })
      .to(c, anchored ? { labels: ['Case'] } : {});
    const role = namedRoleCondition(link, r);
    return { pattern, role };
  };
  const inCourt = (from: Cypher.Pattern) =>
    from
      .related({ type: 'IN_COURT' })
      .to(new Cypher.Node(), { labels: ['Court'], properties: { id: param('courtId') } });
  const docketKeyValue = () => (shape.docketNumber === 'blank' ? Cypher.Null : param('docketKey'));

  let anchor: CaseFilterClause['anchor'] = matchWhere(new Cypher.Pattern(c, { labels: ['Case'] }));
  if (shape.text === 'noWords') conditions.push(Cypher.false);
  switch (shape.anchor) {
    case 'text':
      anchor = fulltextAnchor(param('text'), c, 'Case');
      break;
    case 'party': {
      const { pattern, role } = participation(shape.link!, { id: param('partyId') }, true);
      anchor = (where) => matchWhere(pattern)(Cypher.and(role, where));
      break;
    }
    case 'judge':
      anchor = matchWhere(
        new Cypher.Pattern(new Cypher.Node(), { labels: [PARTY], properties: { id: param('judgeId') } })
          .related({ type: 'JUDGE_IN' })
          .to(c, { labels: ['Case'] }),
      );
      break;
    case 'incident':
      anchor = matchWhere(
        new Cypher.Pattern(c, { labels: ['Case'] })
          .related({ type: 'ARISES_FROM' })
          .to(new Cypher.Node(), { labels: ['Incident'], properties: { id: param('incidentId') } }),
      );
      break;
    case 'docket':
      anchor = matchWhere(
        new Cypher.Pattern(c, { labels: ['Case'], properties: { docketKey: docketKeyValue() } }),
      );
      break;
    case 'court':
      anchor = matchWhere(inCourt(new Cypher.Pattern(c, { labels: ['Case'] })));
      break;
    case 'case':
      break;
  }

  const exists = (pattern: Cypher.Pattern, where?: Cypher.Predicate) => {
    const match = new Cypher.Match(pattern);
    return new Cypher.Exists(where ? match.where(where) : match);
  };
  if (shape.partyId && shape.anchor !== 'party') {
    const { pattern, role } = participation(shape.link!, { id: param('partyId') });
    conditions.push(exists(pattern, role));
  } else if (!shape.partyId && shape.link) {
    const { pattern, role } = participation(shape.link, {});
    conditions.push(exists(pattern, role));
  }
  if (shape.judgeId && shape.anchor !== 'judge') {
    conditions.push(
      exists(
        new Cypher.Pattern(new Cypher.Node(), { labels: [PARTY], properties: { id: param('judgeId') } })
          .related({ type: 'JUDGE_IN' })
          .to(c),
      ),
    );
  }
  if (shape.docketNumber !== 'none' && shape.anchor !== 'docket') {
    conditions.push(Cypher.eq(c.property('docketKey'), docketKeyValue()));
  }
  if (shape.docketNumber !== 'none' && shape.courtId && shape.anchor === 'docket') {
    conditions.push(exists(inCourt(new Cypher.Pattern(c))));
  }
  if (shape.natureOfSuit !== 'none') {
    const t = new Cypher.Variable();
    conditions.push(
      Cypher.any(
        t,
        Cypher.coalesce(c.property('natureOfSuit'), new Cypher.List([])),
        shape.natureOfSuit === 'code'
          ? Cypher.startsWith(t, param('natureOfSuit'))
          : Cypher.contains(Cypher.toLower(t), param('natureOfSuit')),
      ),
    );
  }
  if (shape.counselId) {
    conditions.push(
      exists(
        new Cypher.Pattern(new Cypher.Node(), {
          labels: [PARTY],
          properties: { id: param('counselId') },
        })
          .related({ type: 'COUNSEL_IN' })
          .to(c),
      ),
    );
  }
  if (shape.firmId) {
    conditions.push(
      exists(
        new Cypher.Pattern(new Cypher.Node(), { labels: [PARTY] })
          .related({ type: 'COUNSEL_IN', properties: { firmId: param('firmId') } })
          .to(c),
      ),
    );
  }
  if (shape.incident !== 'none' && shape.anchor !== 'incident') {
    const incident = () => ({ labels: ['Incident'], properties: { id: param('incidentId') } });
    const direct = exists(
      new Cypher.Pattern(c).related({ type: 'ARISES_FROM' }).to(new Cypher.Node(), incident()),
    );
    conditions.push(
      shape.incident === 'transitive'
        ? // The cases of Incident.cases(transitive: true): arising from it, or related to a case that does.
          Cypher.or(
            direct,
            exists(
              new Cypher.Pattern(c)
                .related({ type: 'RELATED_TO', direction: 'undirected' })
                .to(new Cypher.Node(), { labels: ['Case'] })
                .related({ type: 'ARISES_FROM' })
                .to(new Cypher.Node(), incident()),
            ),
          )!
        : direct,
    );
  }
  if (shape.courtId && shape.anchor !== 'court') conditions.push(exists(inCourt(new Cypher.Pattern(c))));
  if (shape.kind) conditions.push(Cypher.in(c.property('kind'), param('kind')));
  if (shape.status) conditions.push(Cypher.in(c.property('status'), param('status')));
  conditions.push(...dateRange(c, 'filed', shape.filedFrom, shape.filedTo, shape.certainly));
  if (shape.outcomeKind) {
    const o = new Cypher.Node();
    conditions.push(
      exists(
        new Cypher.Pattern(c).related({ type: 'HAS_OUTCOME' }).to(o, { labels: ['Outcome'] }),
        Cypher.eq(o.property('kind'), param('outcomeKind')),
      ),
    );
  }
  conditions.push(...dateRange(c, 'closed', shape.closedFrom, shape.closedTo, shape.certainly));
  if (shape.pendingOn) conditions.push(pendingOn(c, param('pendingOn')));
  const selectsAll = shape.text === 'none' && shape.anchor === 'case' && conditions.length === 0;
  return { node: c, anchor, anchorMayRepeat: shape.anchor === 'party', conditions, selectsAll };
}

/**
 * Pending on a day (see CaseFilter.pendingOn): not filed after it, not closed on
 * or before it, and not before the incident it arises from. Partial dates count
 * from their first possible day; `closesOn` is precomputed at load (domain/as-of.ts).
 */
function pendingOn(c: Cypher.Node, dayParam: Cypher.Param): Cypher.Predicate {
  const incident = new Cypher.Node();
  return Cypher.and(
    Cypher.or(Cypher.isNull(c.property('filedEarliest')), Cypher.lte(c.property('filedEarliest'), dayParam)),
    Cypher.or(Cypher.isNull(c.property('closesOn')), Cypher.gt(c.property('closesOn'), dayParam)),
    Cypher.not(
      new Cypher.Exists(
        new Cypher.Match(
          new Cypher.Pattern(c).related({ type: 'ARISES_FROM' }).to(incident, { labels: ['Incident'] }),
        ).where(Cypher.gt(incident.property('dateEarliest'), dayParam)),
      ),
    ),
  )!;
}
