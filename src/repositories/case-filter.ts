import Cypher from '@neo4j/cypher-builder';
import { CalendarDate } from '../db/convert';
import type { DateMatch, PartyRole } from '../domain/models';
import { fulltextAnchor } from '../cypher/fulltext';
import { docketKey } from '../domain/docket-number';
import { badInput } from '../domain/errors';
import { PARTY } from '../graph/labels';
import { partyLink, roleCondition } from '../graph/roles';

// CaseFilter as Cypher: the most selective indexed entry point, then every other
// condition. Shared by the case list and the statistics.

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

/**
 * A date range on a partial date, whose stored bounds are `<prefix>Earliest` and
 * `<prefix>Latest`: POSSIBLY keeps a date whose interval meets the range (a filing
 * "in January" for `filedFrom: 15 January`), CERTAINLY one whose interval lies inside it.
 */
function dateRange(
  c: Cypher.Node,
  prefix: 'filed' | 'closed',
  from: string | null | undefined,
  to: string | null | undefined,
  match: DateMatch | null | undefined,
): Cypher.Predicate[] {
  const certainly = match === 'CERTAINLY';
  const earliest = c.property(`${prefix}Earliest`);
  const latest = c.property(`${prefix}Latest`);
  const conditions: Cypher.Predicate[] = [];
  if (from) conditions.push(Cypher.gte(certainly ? earliest : latest, day(from)));
  if (to) conditions.push(Cypher.lte(certainly ? latest : earliest, day(to)));
  return conditions;
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

const param = (value: unknown) => new Cypher.Param(value);

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
const day = (iso: string) => param(new CalendarDate(iso));
const matchWhere = (pattern: Cypher.Pattern) => (where: Cypher.Predicate | undefined) => {
  const match = new Cypher.Match(pattern);
  return where ? match.where(where) : match;
};

export function caseFilterClause(input: CaseFilterInput): CaseFilterClause {
  const filter = withCourtId(input);
  const c = new Cypher.Node();
  const conditions: Cypher.Predicate[] = [];
  const link = partyLink(filter.role);
  /** (party)-[r:role]->(c), with the role condition on `r` when the role is a property. */
  const participation = (party: Cypher.Node, partyProps: Record<string, Cypher.Param>, anchored = false) => {
    const r = new Cypher.Relationship();
    const pattern = new Cypher.Pattern(party, { labels: [PARTY], properties: partyProps })
      .related(r, { type: Cypher.labelExpr.or(...link.types) })
      .to(c, anchored ? { labels: ['Case'] } : {});
    const role = roleCondition(link, r);
    return { pattern, role };
  };

  const text = filter.text != null ? fulltextAnchor(filter.text, c, 'Case') : undefined;
  let anchor: CaseFilterClause['anchor'] = matchWhere(new Cypher.Pattern(c, { labels: ['Case'] }));
  let anchorMayRepeat = false;
  const consumed = new Set<keyof CaseFilterInput>();
  if (text === null) conditions.push(Cypher.false);
  else if (text) anchor = text;
  else if (filter.partyId) {
    const { pattern, role } = participation(new Cypher.Node(), { id: param(filter.partyId) }, true);
    anchor = (where) => matchWhere(pattern)(Cypher.and(role, where));
    anchorMayRepeat = true;
    consumed.add('partyId');
  } else if (filter.judgeId) {
    anchor = matchWhere(
      new Cypher.Pattern(new Cypher.Node(), { labels: [PARTY], properties: { id: param(filter.judgeId) } })
        .related({ type: 'JUDGE_IN' })
        .to(c, { labels: ['Case'] }),
    );
    consumed.add('judgeId');
  } else if (filter.incidentId && !filter.transitive) {
    anchor = matchWhere(
      new Cypher.Pattern(c, { labels: ['Case'] })
        .related({ type: 'ARISES_FROM' })
        .to(new Cypher.Node(), { labels: ['Incident'], properties: { id: param(filter.incidentId) } }),
    );
    consumed.add('incidentId');
  } else if (filter.docketNumber) {
    anchor = matchWhere(
      new Cypher.Pattern(c, {
        labels: ['Case'],
        properties: { docketKey: param(docketKey(filter.docketNumber)) },
      }),
    );
    consumed.add('docketNumber');
  } else if (filter.courtId) {
    anchor = matchWhere(
      new Cypher.Pattern(c, { labels: ['Case'] })
        .related({ type: 'IN_COURT' })
        .to(new Cypher.Node(), { labels: ['Court'], properties: { id: param(filter.courtId) } }),
    );
    consumed.add('courtId');
  }

  const exists = (pattern: Cypher.Pattern, where?: Cypher.Predicate) => {
    const match = new Cypher.Match(pattern);
    return new Cypher.Exists(where ? match.where(where) : match);
  };
  if (filter.partyId && !consumed.has('partyId')) {
    const { pattern, role } = participation(new Cypher.Node(), { id: param(filter.partyId) });
    conditions.push(exists(pattern, role));
  } else if (!filter.partyId && filter.role) {
    const { pattern, role } = participation(new Cypher.Node(), {});
    conditions.push(exists(pattern, role));
  }
  if (filter.judgeId && !consumed.has('judgeId')) {
    conditions.push(
      exists(
        new Cypher.Pattern(new Cypher.Node(), { labels: [PARTY], properties: { id: param(filter.judgeId) } })
          .related({ type: 'JUDGE_IN' })
          .to(c),
      ),
    );
  }
  if (filter.docketNumber && !consumed.has('docketNumber')) {
    conditions.push(Cypher.eq(c.property('docketKey'), param(docketKey(filter.docketNumber))));
  }
  if (filter.docketNumber && filter.courtId && consumed.has('docketNumber')) {
    conditions.push(
      exists(
        new Cypher.Pattern(c)
          .related({ type: 'IN_COURT' })
          .to(new Cypher.Node(), { labels: ['Court'], properties: { id: param(filter.courtId) } }),
      ),
    );
  }
  if (filter.natureOfSuit) {
    const t = new Cypher.Variable();
    const wanted = filter.natureOfSuit.trim().toLowerCase();
    conditions.push(
      Cypher.any(
        t,
        Cypher.coalesce(c.property('natureOfSuit'), new Cypher.List([])),
        /^\d+$/.test(wanted)
          ? Cypher.startsWith(t, param(`${wanted} `))
          : Cypher.contains(Cypher.toLower(t), param(wanted)),
      ),
    );
  }
  if (filter.counselId) {
    conditions.push(
      exists(
        new Cypher.Pattern(new Cypher.Node(), {
          labels: [PARTY],
          properties: { id: param(filter.counselId) },
        })
          .related({ type: 'COUNSEL_IN' })
          .to(c),
      ),
    );
  }
  if (filter.firmId) {
    conditions.push(
      exists(
        new Cypher.Pattern(new Cypher.Node(), { labels: [PARTY] })
          .related({ type: 'COUNSEL_IN', properties: { firmId: param(filter.firmId) } })
          .to(c),
      ),
    );
  }
  if (filter.transitive && !filter.incidentId) throw badInput('`transitive` needs `incidentId`', 'filter');
  if (filter.incidentId && !consumed.has('incidentId')) {
    const incident = () => ({ labels: ['Incident'], properties: { id: param(filter.incidentId) } });
    const direct = exists(
      new Cypher.Pattern(c).related({ type: 'ARISES_FROM' }).to(new Cypher.Node(), incident()),
    );
    conditions.push(
      filter.transitive
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
  if (filter.courtId && !consumed.has('courtId')) {
    conditions.push(
      exists(
        new Cypher.Pattern(c)
          .related({ type: 'IN_COURT' })
          .to(new Cypher.Node(), { labels: ['Court'], properties: { id: param(filter.courtId) } }),
      ),
    );
  }
  if (filter.kind?.length) conditions.push(Cypher.in(c.property('kind'), param(filter.kind)));
  if (filter.status?.length) conditions.push(Cypher.in(c.property('status'), param(filter.status)));
  conditions.push(...dateRange(c, 'filed', filter.filedFrom, filter.filedTo, filter.dateMatch));
  if (filter.outcomeKind) {
    const o = new Cypher.Node();
    conditions.push(
      exists(
        new Cypher.Pattern(c).related({ type: 'HAS_OUTCOME' }).to(o, { labels: ['Outcome'] }),
        Cypher.eq(o.property('kind'), param(filter.outcomeKind)),
      ),
    );
  }
  conditions.push(...dateRange(c, 'closed', filter.closedFrom, filter.closedTo, filter.dateMatch));
  if (filter.pendingOn) conditions.push(pendingOn(c, day(filter.pendingOn)));
  const selectsAll = text === undefined && consumed.size === 0 && conditions.length === 0;
  return { node: c, anchor, anchorMayRepeat, conditions, selectsAll };
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
