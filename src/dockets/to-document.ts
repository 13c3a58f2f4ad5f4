import { docketKey } from '../domain/docket-number';
import type { CaseInput, DateInput, EvidenceInput, SourcedTextInput } from '../ingest/format';
import { courtById, courtIdFromName } from './courts';
import { DocketBuilder, type DocketDocument } from './document-builder';
import type { Evidenced } from './evidence';
import {
  attorneyIdentity,
  judgeIdentity,
  organizationIdentity,
  partyIdentity,
  repeatedListingId,
  slug,
  spelling,
} from './identity';
import type { AttorneyRoles, Charge, DocketEntry, Judge, NormalisedDocket, Party } from './model';

// A normalised docket as a document of the project's ingest format, so validation,
// idempotence, ownership and evidence rules are the seed's. Two sources: the docket
// itself (every quote located by a JSON pointer into it) and the court table shipped
// with the importer (for a court's full name). The document is a function of the
// docket alone: ids follow the rules of identity.ts, never what the graph holds.
// One step per part of the case, each over the builder (document-builder.ts).

export { COURT_TABLE_SOURCE, type DocketDocument } from './document-builder';
export { attorneyId, governmentKey, organizationKey, slug } from './identity';

type Counsel = NonNullable<CaseInput['counsel']>[number];
type CaseParty = NonNullable<CaseInput['parties']>[number];
type Outcome = NonNullable<CaseInput['outcomes']>[number];
/** The node of each listed party, by its index in the docket (none for one left out). */
type PartyIds = readonly (string | undefined)[];

export function docketDocument(n: NormalisedDocket, rawText: string): DocketDocument {
  const b = new DocketBuilder(n, rawText);
  const c = caseOf(b);
  c.judges = judgesOf(b);
  const { links, partyIds } = partiesOf(b);
  c.parties = links;
  c.counsel = counselOf(b, partyIds);
  const charged = chargesOf(b, partyIds);
  c.charges = charged.charges;
  const entries = eventsOf(b);
  c.events = entries.events;
  c.outcomes = [...charged.outcomes, ...entries.outcomes];
  const origin = originOf(b);
  if (origin) c.related = [origin.relation];
  return b.build(origin ? [c, origin.case] : [c]);
}

/** The case: caption, kind, status, court, dates and the docket's texts (nature of suit…). */
function caseOf(b: DocketBuilder): CaseInput {
  const k = b.docket.case;
  const c: CaseInput = {
    id: b.caseId,
    caption: k.caption.value,
    captionKind: 'OFFICIAL',
    kind: k.kind.value,
    status: k.dateTerminated ? 'CLOSED' : 'PENDING',
    docketNumber: k.docketNumber.value,
    evidence: [
      b.at(k.caption),
      b.at(k.docketNumber),
      ...(k.dateFiled ? [b.at(k.dateFiled)] : []),
      ...(k.dateTerminated ? [b.at(k.dateTerminated)] : []),
    ],
  };
  const court = b.court(b.courtId, k.court.id);
  if (court) c.court = court;
  if (k.court.jurisdiction) c.jurisdiction = k.court.jurisdiction;
  if (k.dateFiled) c.filed = { value: k.dateFiled.value };
  if (k.dateTerminated) c.closed = { value: k.dateTerminated.value };
  const text = (e: Evidenced<string> | null | undefined): SourcedTextInput | undefined =>
    e ? { text: e.value, evidence: [b.at(e)] } : undefined;
  const nos = k.natureOfSuit;
  if (nos) {
    c.natureOfSuit = {
      text: nos.code ? `${nos.code.value} ${nos.label.value}` : nos.label.value,
      evidence: [
        b.at(nos.label),
        ...(nos.code && nos.code.pointer !== nos.label.pointer ? [b.at(nos.code)] : []),
      ],
    };
  }
  const cause = text(k.cause?.text);
  if (cause) c.cause = cause;
  const basis = text(k.jurisdictionBasis);
  if (basis) c.jurisdictionBasis = basis;
  const jury = k.juryDemand ? text({ ...k.juryDemand, value: k.juryDemand.quote }) : undefined;
  if (jury) c.juryDemand = jury;
  const demand = text(k.demand?.text);
  if (demand) c.demand = demand;
  return c;
}

/** A judge as a person of the court (by court and name), with the title as an office. */
function judgeParty(b: DocketBuilder, j: Judge, court: string): string {
  const identity = judgeIdentity(j, court);
  return b.party({
    id: identity.id,
    kind: 'PERSON',
    name: identity.name,
    ...(j.title ? { offices: [{ title: j.title.value, evidence: [b.at(j.title)] }] } : {}),
    evidence: [b.at(j.name)],
  });
}

/** The assigned and referred judges and the panel, each once. */
function judgesOf(b: DocketBuilder): NonNullable<CaseInput['judges']> {
  const judges = b.docket.judges
    .filter((j) => j.role === 'ASSIGNED' || j.role === 'REFERRED' || j.role === 'PANEL')
    .map((j) => ({
      judge: judgeParty(b, j, b.courtId),
      assignment: j.role as 'ASSIGNED' | 'REFERRED' | 'PANEL',
      evidence: [b.at(j.name)],
    }));
  dedupe(judges, (j) => j.judge);
  return judges;
}

/**
 * Every party as listed, each with a link of its own: the node its name gives
 * (identity.ts), with its role, the type as written and the termination date. The
 * same name listed again with another role is the same party in another role; listed
 * again with the same role it is a party of its own, proposed as possibly the same.
 */
function partiesOf(b: DocketBuilder): { links: CaseParty[]; partyIds: PartyIds } {
  const links: CaseParty[] = [];
  const partyIds: (string | undefined)[] = [];
  const listings = new Map<string, Party[]>();
  for (const p of b.docket.parties) {
    const id = p.name.quote ? namedParty(b, p, listings) : unnamedParty(b, p);
    partyIds.push(id ?? undefined);
    if (!id) continue;
    links.push({
      party: id,
      role: p.role.value,
      ...(p.typeText.value ? { roleText: p.typeText.value } : {}),
      ...(p.dateTerminated ? { terminated: { value: p.dateTerminated.value } } : {}),
      evidence: [
        ...(p.name.quote ? [b.at(p.name)] : []),
        ...(p.typeText.quote ? [b.at(p.typeText)] : []),
        ...(p.dateTerminated ? [b.at(p.dateTerminated)] : []),
      ],
    });
  }
  return { links, partyIds };
}

/** A named party's node: the one its name gives, or one of its own for a repeated listing. */
function namedParty(b: DocketBuilder, p: Party, listings: Map<string, Party[]>): string {
  const identity = partyIdentity(p, b.caseSlug);
  const kind = identity.id.startsWith('organization:') ? 'ORGANIZATION' : 'PERSON';
  const linkKey = `${identity.id}|${p.role.value}`;
  const earlier = listings.get(linkKey) ?? [];
  listings.set(linkKey, [...earlier, p]);
  if (earlier.length === 0) return b.listed(identity, kind, p.name, { as: 'PARTY', type: p.typeText.value });
  const k = earlier.length + 1;
  const repeated = {
    ...identity,
    id: repeatedListingId(identity, b.caseSlug, k),
    basis: `the ${ordinal(k)} party of this case that is ${identity.id} with the role ${p.role.value}: a party of its own, in this case only`,
    caseLocal: true,
  };
  const id = b.listed(repeated, kind, p.name, { as: 'PARTY', type: p.typeText.value });
  const first = earlier[0]!;
  const listed = (x: Party) => `"${spelling(x.name.value)}" as "${x.typeText.value}"`;
  b.propose(
    identity.id,
    id,
    `${spelling(first.name.value) === spelling(p.name.value) ? 'the same name' : `the same party (${identity.name})`} listed again with the same role ${p.role.value} (${listed(first)}, then ${listed(p)}): kept as a party of its own`,
  );
  return id;
}

/**
 * A party listed without a name: a party of its own, described by its type as listed
 * ("Defendant"); left out (the normaliser warns) when it has no type either.
 */
function unnamedParty(b: DocketBuilder, p: Party): string | null {
  if (!p.typeText.quote) return null;
  return b.party({
    id: `person:unnamed--${b.caseSlug}-p${p.index}`,
    kind: 'PERSON',
    descriptors: [{ text: p.typeText.value, evidence: [b.at(p.typeText)] }],
    evidence: [b.at(p.typeText)],
  });
}

const ordinal = (k: number) => (k === 2 ? 'second' : k === 3 ? 'third' : `${k}th`);

const CAPACITY_BY_ROLE: [keyof AttorneyRoles, string][] = [
  ['governmentAttorney', 'GOVERNMENT_COUNSEL'],
  ['publicDefender', 'PUBLIC_DEFENDER'],
  ['cjaAppointment', 'COURT_APPOINTED'],
  ['retained', 'PRIVATE_COUNSEL'],
];

/** Each lawyer (a person with contact data) and firm, and one appearance per client. */
function counselOf(b: DocketBuilder, partyIds: PartyIds): Counsel[] {
  const counsel: Counsel[] = [];
  for (const a of b.docket.attorneys) {
    const contact = a.contact;
    const identity = attorneyIdentity(a, b.caseSlug);
    const lawyer = b.listed(
      identity,
      'PERSON',
      a.name,
      { as: 'LAWYER' },
      {
        contacts: [
          ...(contact.email
            ? [{ kind: 'EMAIL' as const, value: contact.email.value, evidence: [b.at(contact.email)] }]
            : []),
          ...contact.phones.map((ph) => ({ kind: 'PHONE' as const, value: ph.value, evidence: [b.at(ph)] })),
          ...(contact.fax
            ? [{ kind: 'FAX' as const, value: contact.fax.value, evidence: [b.at(contact.fax)] }]
            : []),
        ],
      },
    );
    const firm = contact.firm
      ? b.listed(organizationIdentity(contact.firm.value), 'ORGANIZATION', contact.firm, { as: 'FIRM' })
      : undefined;
    for (const client of a.clients) {
      // Each appearance is a listing of the lawyer (the first one made the node).
      if (client.name.pointer !== a.name.pointer) b.listed(identity, 'PERSON', client.name, { as: 'LAWYER' });
      const roles = client.roles;
      const clientId = partyIds[client.partyIndex];
      counsel.push({
        lawyer,
        ...(clientId ? { client: clientId } : {}),
        capacity: CAPACITY_BY_ROLE.find(([flag]) => roles[flag] !== null)?.[1] ?? 'OTHER',
        ...(firm ? { firm } : {}),
        designations: roles.raw.map((r) => r.value),
        ...(roles.terminatedOn ? { terminated: { value: roles.terminatedOn.value } } : {}),
        evidence: [b.at(client.name), ...roles.raw.map(b.at)],
      });
    }
  }
  dedupe(counsel, (k) => `${k.lawyer}|${k.capacity}|${k.client ?? ''}`);
  return counsel;
}

/** Criminal counts and complaints as charges against their party, with the outcomes their dispositions state. */
function chargesOf(
  b: DocketBuilder,
  partyIds: PartyIds,
): { charges: NonNullable<CaseInput['charges']>; outcomes: Outcome[] } {
  const charges: NonNullable<CaseInput['charges']> = [];
  const outcomes: Outcome[] = [];
  b.docket.parties.forEach((p, i) =>
    p.charges.forEach((ch, j) => {
      const id = `charge:${b.caseSlug}-p${i}-${j}`;
      charges.push(chargeInput(ch, id, partyIds[i], b.at));
      const outcome = chargeOutcome(ch, id, b.at);
      if (outcome) outcomes.push(outcome);
    }),
  );
  return { charges, outcomes };
}

const EVENT_KIND: Record<string, string> = {
  COMPLAINT: 'FILED',
  DISMISSAL: 'DISMISSED',
  SETTLEMENT: 'SETTLED',
  SENTENCING: 'SENTENCED',
};

/** Docket entries with text as events, and the outcomes that entries decide. */
function eventsOf(b: DocketBuilder): { events: NonNullable<CaseInput['events']>; outcomes: Outcome[] } {
  const entries = b.docket.entries.filter((e) => e.description);
  return {
    events: entries.map((e) => eventInput(e, b.caseSlug, b.at)),
    outcomes: entries
      .filter((e) => e.outcome)
      .map((e) => ({
        id: `outcome:${b.caseSlug}-e${e.index}`,
        kind: e.outcome!.value,
        ...(e.dateFiled ? { date: { value: e.dateFiled.value } as DateInput } : {}),
        evidence: [b.at(e.outcome!)],
      })),
  };
}

/** An appeal's originating case: a stub (court, number, judge) and the APPEAL_OF relation to it. */
function originOf(
  b: DocketBuilder,
): { case: CaseInput; relation: NonNullable<CaseInput['related']>[number] } | null {
  const origin = b.docket.case.originatingCourt;
  const originCourt =
    origin?.court?.id.value ??
    (origin?.appealFrom ? courtIdFromName(origin.appealFrom.value)?.id : undefined);
  if (!origin || !origin.docketNumber || !originCourt) return null;
  const number = origin.docketNumber;
  const courtEvidence = origin.court?.id ?? origin.appealFrom;
  const originCase: CaseInput = {
    id: `case:${originCourt}-${slug(docketKey(number.value) ?? number.value)}`,
    stub: true,
    caption: `${number.value} (${courtById(originCourt)?.name ?? originCourt})`,
    captionKind: 'DESCRIPTIVE',
    kind: caseKindOfNumber(number.value),
    status: 'UNKNOWN',
    docketNumber: number.value,
    evidence: [b.at(number), ...(courtEvidence ? [b.at(courtEvidence)] : [])],
    judges: origin.judge
      ? [
          {
            judge: judgeParty(b, origin.judge, originCourt),
            assignment: 'ORIGINATING',
            evidence: [b.at(origin.judge.name)],
          },
        ]
      : [],
  };
  const court = b.court(originCourt, courtEvidence);
  if (court) originCase.court = court;
  return { case: originCase, relation: { case: originCase.id, kind: 'APPEAL_OF', evidence: [b.at(number)] } };
}

function caseKindOfNumber(docketNumber: string): string {
  const type = /^(?:\d+:)?\d{2,4}-([a-z]+)-/i.exec(docketNumber.trim())?.[1]?.toLowerCase();
  if (type === 'cr' || type === 'mj') return 'CRIMINAL';
  if (type === 'cv') return 'CIVIL';
  if (type === 'bk' || type === 'ap') return 'BANKRUPTCY';
  return 'OTHER';
}

/** Keeps the first of each key, merging the evidence of later ones into it. */
function dedupe<T extends { evidence: EvidenceInput[] }>(items: T[], key: (item: T) => string): void {
  const seen = new Map<string, T>();
  for (let i = 0; i < items.length;) {
    const item = items[i]!;
    const k = key(item);
    const first = seen.get(k);
    if (!first) {
      seen.set(k, item);
      i += 1;
      continue;
    }
    for (const e of item.evidence) {
      if (!first.evidence.some((x) => x.locator === e.locator && x.quote === e.quote)) first.evidence.push(e);
    }
    items.splice(i, 1);
  }
}

type Locate = (e: Evidenced<unknown>) => EvidenceInput;

function chargeInput(
  ch: Charge,
  id: string,
  defendant: string | undefined,
  D: Locate,
): NonNullable<CaseInput['charges']>[number] {
  return {
    id,
    label: ch.text.value,
    ...(ch.statute ? { statute: ch.statute.value } : {}),
    ...(defendant ? { defendant } : {}),
    ...(ch.number ? { countNumber: ch.number.value } : {}),
    ...(ch.status ? { countStatus: ch.status.value } : {}),
    ...(ch.disposition ? { disposition: ch.disposition.value } : {}),
    evidence: [D(ch.text), ...(ch.disposition ? [D(ch.disposition)] : [])],
  };
}

/** A count's disposition as an outcome: a sentence when its terms were read, a dismissal when it says so. */
function chargeOutcome(ch: Charge, chargeId: string, D: Locate): Outcome | null {
  if (!ch.disposition) return null;
  const custody = ch.sentence?.custody?.value;
  if (
    ch.sentence &&
    (custody || ch.sentence.probation || ch.sentence.fineUsd || ch.sentence.specialAssessmentUsd)
  ) {
    return {
      id: `outcome:${chargeId.slice('charge:'.length)}-disposition`,
      kind: 'SENTENCE',
      sentence: {
        term: ch.disposition.value,
        ...(custody
          ? { months: Math.round(custody.months), custody: `${custody.amount} ${custody.unit.toLowerCase()}` }
          : {}),
      },
      resolves: [chargeId],
      evidence: [D(ch.disposition)],
    };
  }
  if (/\bdismiss/i.test(ch.disposition.value)) {
    return {
      id: `outcome:${chargeId.slice('charge:'.length)}-disposition`,
      kind: 'DISMISSAL',
      resolves: [chargeId],
      evidence: [D(ch.disposition)],
    };
  }
  return null;
}

function eventInput(e: DocketEntry, caseSlug: string, D: Locate): NonNullable<CaseInput['events']>[number] {
  const kind = e.kind?.value ?? 'OTHER';
  return {
    id: `event:${caseSlug}-e${e.index}`,
    kind: EVENT_KIND[kind] ?? kind,
    ...(e.dateFiled ? { date: { value: e.dateFiled.value } } : {}),
    description: e.description!.value,
    ...(e.number ? { entryNumber: e.number.value } : {}),
    evidence: [
      D(e.description!),
      ...(e.number ? [D(e.number)] : []),
      ...(e.dateFiled ? [D(e.dateFiled)] : []),
    ],
  };
}
