import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docketKey } from '../domain/docket-number';
import { foldAccents } from '../domain/names';
import type {
  CaseInput,
  DateInput,
  EvidenceInput,
  LitigationDocument,
  PartyInput,
  SourcedTextInput,
} from '../ingest/format';
import { courtById, courtIdFromName } from './courts';
import type { Evidenced } from './evidence';
import type { Attorney, AttorneyRoles, Charge, DocketEntry, Judge, NormalisedDocket, Party } from './model';

// A normalised docket as a document of the project's ingest format, so validation,
// idempotence, ownership and evidence rules are the seed's. Two sources: the docket
// itself (every quote located by a JSON pointer into it) and the court table shipped
// with the importer (for a court's full name). Ids are built so that the same case,
// court, judge, government body, organization or lawyer meets itself across dockets
// (see docs in the README, "Dockets"); a person who is only a party is never merged
// across dockets on a name alone.

const COURT_TABLE_FILE = join(__dirname, 'federal-courts.json');
export const COURT_TABLE_SOURCE = 'source:courts-db-federal-courts';

let courtTable: { text: string; index: Map<string, number> } | null = null;
function courtTableText(): { text: string; index: Map<string, number> } {
  if (!courtTable) {
    const text = readFileSync(COURT_TABLE_FILE, 'utf8');
    const parsed = JSON.parse(text) as { courts: { id: string }[] };
    courtTable = { text, index: new Map(parsed.courts.map((c, i) => [c.id, i])) };
  }
  return courtTable;
}

export interface DocketDocument {
  doc: LitigationDocument;
  /** Source id → its full text, for the checks (the docket's JSON as read, the court table). */
  texts: Map<string, string>;
  caseId: string;
}

/** Lower-case words joined by hyphens: the readable part of an id. */
export function slug(text: string): string {
  return (
    foldAccents(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}

const SUFFIXES: [RegExp, string][] = [
  [/\bincorporated\b/g, 'inc'],
  [/\bcorporation\b/g, 'corp'],
  [/\bcompany\b/g, 'co'],
  [/\blimited\b/g, 'ltd'],
  [/\bl l c\b/g, 'llc'],
  [/\bl l p\b/g, 'llp'],
  [/\bl p\b/g, 'lp'],
  [/\bp c\b/g, 'pc'],
  [/\bp a\b/g, 'pa'],
];

/**
 * An organization's name folded for identity: case, punctuation and the spelling of
 * legal-form suffixes (Inc./Incorporated, Corp./Corporation, L.L.C./LLC) do not matter;
 * "the" in front does not either. Different words stay different organizations.
 */
export function organizationKey(name: string): string {
  let key = foldAccents(name)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
  for (const [re, short] of SUFFIXES) key = key.replace(re, short);
  return key.replace(/\s+/g, ' ');
}

const GOVERNMENT_ALIASES: [RegExp, string][] = [
  [
    /^(usa|united states|united states of america|the united states of america|us|u s a)$/,
    'united states of america',
  ],
];

/** Government bodies by normalised name: "USA" and "United States of America" are one. */
export function governmentKey(name: string): string {
  const key = organizationKey(name);
  for (const [re, canonical] of GOVERNMENT_ALIASES) if (re.test(key)) return canonical;
  return key;
}

const sha8 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

const ev = (source: string, e: Evidenced<unknown>): EvidenceInput => ({
  source,
  quote: e.quote,
  locator: e.pointer,
});

const CAPACITY_BY_ROLE: [keyof AttorneyRoles, string][] = [
  ['governmentAttorney', 'GOVERNMENT_COUNSEL'],
  ['publicDefender', 'PUBLIC_DEFENDER'],
  ['cjaAppointment', 'COURT_APPOINTED'],
  ['retained', 'PRIVATE_COUNSEL'],
];

const EVENT_KIND: Record<string, string> = {
  COMPLAINT: 'FILED',
  DISMISSAL: 'DISMISSED',
  SETTLEMENT: 'SETTLED',
  SENTENCING: 'SENTENCED',
};

export interface ResolvedIds {
  /** A lawyer's id decided by entity resolution against the graph, by attorney key. */
  attorneys?: Map<string, string>;
}

/** The id a lawyer gets from the docket alone: name with firm, else with email, else docket-local. */
export function attorneyId(a: Attorney, caseSlug: string): string {
  const name = slug(a.name.value);
  if (a.contact.firm) return `person:attorney-${name}--${slug(organizationKey(a.contact.firm.value))}`;
  if (a.contact.email) return `person:attorney-${name}--${slug(a.contact.email.value)}`;
  return `person:attorney-${name}--${caseSlug}`;
}

export function docketDocument(
  n: NormalisedDocket,
  rawText: string,
  resolved: ResolvedIds = {},
): DocketDocument {
  const hash = sha8(rawText);
  const courtId = n.case.court.id.value;
  const key = docketKey(n.case.docketNumber.value) ?? n.case.docketNumber.value;
  const caseSlug = `${courtId}-${slug(key)}`;
  const caseId = `case:${caseSlug}`;
  const docketSource = `source:docket-${caseSlug}-${hash}`;
  const D = (e: Evidenced<unknown>) => ev(docketSource, e);
  const table = courtTableText();

  const parties = new Map<string, PartyInput>();
  /** Adds a party, or more evidence (and contacts, offices) to one this document has already. */
  const party = (p: PartyInput) => {
    const known = parties.get(p.id);
    if (!known) {
      parties.set(p.id, p);
      return p.id;
    }
    const keyOf = (e: EvidenceInput) => `${e.locator}|${e.quote}`;
    const have = new Set(known.evidence.map(keyOf));
    known.evidence.push(...p.evidence.filter((e) => !have.has(keyOf(e))));
    for (const c of p.contacts ?? []) {
      if (!(known.contacts ?? []).some((k) => k.kind === c.kind && k.value === c.value)) {
        known.contacts = [...(known.contacts ?? []), c];
      }
    }
    for (const o of p.offices ?? []) {
      if (!(known.offices ?? []).some((k) => k.title === o.title))
        known.offices = [...(known.offices ?? []), o];
    }
    return known.id;
  };

  const courts = new Map<string, NonNullable<LitigationDocument['courts']>[number]>();
  const court = (id: string, fromDocket: Evidenced<string> | null): string => {
    const nodeId = `court:${id}`;
    if (courts.has(nodeId)) return nodeId;
    const known = courtById(id);
    const at = table.index.get(id);
    if (known && at !== undefined) {
      courts.set(nodeId, {
        id: nodeId,
        name: known.name,
        jurisdiction: known.jurisdiction,
        evidence: [
          { source: COURT_TABLE_SOURCE, quote: known.name, locator: `/courts/${at}/name` },
          ...(fromDocket ? [D(fromDocket)] : []),
        ],
      });
    } else if (fromDocket) {
      // A court the table does not know keeps its id as its name: the docket states nothing more.
      courts.set(nodeId, { id: nodeId, name: id, evidence: [D(fromDocket)] });
    }
    return nodeId;
  };

  const judgeParty = (j: Judge, courtOf: string): string =>
    party({
      id: `person:judge-${courtOf}-${slug(j.name.value)}`,
      kind: 'PERSON',
      name: j.name.value,
      ...(j.title ? { offices: [{ title: j.title.value, evidence: [D(j.title)] }] } : {}),
      evidence: [D(j.name)],
    });

  const partyId = (p: Party): string => {
    if (p.government || p.kind.value === 'ORGANIZATION') {
      const k = p.government ? governmentKey(p.name.value) : organizationKey(p.name.value);
      return `organization:${slug(k)}`;
    }
    return `person:${slug(p.name.value)}--${caseSlug}`;
  };

  const c: CaseInput = {
    id: caseId,
    caption: n.case.caption.value,
    captionKind: 'OFFICIAL',
    kind: n.case.kind.value,
    status: n.case.dateTerminated ? 'CLOSED' : 'PENDING',
    court: court(courtId, n.case.court.id),
    docketNumber: n.case.docketNumber.value,
    evidence: [
      D(n.case.caption),
      D(n.case.docketNumber),
      ...(n.case.dateFiled ? [D(n.case.dateFiled)] : []),
      ...(n.case.dateTerminated ? [D(n.case.dateTerminated)] : []),
    ],
  };
  if (c.court === `court:${courtId}` && !courts.has(c.court)) delete c.court;
  if (n.case.court.jurisdiction) c.jurisdiction = n.case.court.jurisdiction;
  if (n.case.dateFiled) c.filed = { value: n.case.dateFiled.value };
  if (n.case.dateTerminated) c.closed = { value: n.case.dateTerminated.value };
  const text = (e: Evidenced<string> | null | undefined, value?: string): SourcedTextInput | undefined =>
    e ? { text: value ?? e.value, evidence: [D(e)] } : undefined;
  const nos = n.case.natureOfSuit;
  if (nos) {
    c.natureOfSuit = {
      text: nos.code ? `${nos.code.value} ${nos.label.value}` : nos.label.value,
      evidence: [D(nos.label), ...(nos.code && nos.code.pointer !== nos.label.pointer ? [D(nos.code)] : [])],
    };
  }
  const cause = text(n.case.cause?.text);
  if (cause) c.cause = cause;
  const basis = text(n.case.jurisdictionBasis);
  if (basis) c.jurisdictionBasis = basis;
  const jury = n.case.juryDemand ? text({ ...n.case.juryDemand, value: n.case.juryDemand.quote }) : undefined;
  if (jury) c.juryDemand = jury;
  const demand = text(n.case.demand?.text);
  if (demand) c.demand = demand;

  c.judges = n.judges
    .filter((j) => j.role === 'ASSIGNED' || j.role === 'REFERRED' || j.role === 'PANEL')
    .map((j) => ({
      judge: judgeParty(j, courtId),
      assignment: j.role as 'ASSIGNED' | 'REFERRED' | 'PANEL',
      evidence: [D(j.name)],
    }));
  dedupe(c.judges, (j) => j.judge);

  const partyIds = n.parties.map((p) =>
    party({
      id: partyId(p),
      kind: p.government || p.kind.value === 'ORGANIZATION' ? 'ORGANIZATION' : 'PERSON',
      name: p.name.value,
      evidence: [D(p.name)],
    }),
  );
  c.parties = n.parties.map((p, i) => ({
    party: partyIds[i]!,
    role: p.role.value,
    roleText: p.typeText.value,
    ...(p.dateTerminated ? { terminated: { value: p.dateTerminated.value } } : {}),
    evidence: [D(p.name), D(p.typeText), ...(p.dateTerminated ? [D(p.dateTerminated)] : [])],
  }));
  dedupe(c.parties, (p) => `${p.party}|${p.role}`);

  c.counsel = [];
  for (const a of n.attorneys) {
    const lawyer = party({
      id: resolved.attorneys?.get(a.key) ?? attorneyId(a, caseSlug),
      kind: 'PERSON',
      name: a.name.value,
      contacts: [
        ...(a.contact.email
          ? [{ kind: 'EMAIL' as const, value: a.contact.email.value, evidence: [D(a.contact.email)] }]
          : []),
        ...a.contact.phones.map((ph) => ({ kind: 'PHONE' as const, value: ph.value, evidence: [D(ph)] })),
        ...(a.contact.fax
          ? [{ kind: 'FAX' as const, value: a.contact.fax.value, evidence: [D(a.contact.fax)] }]
          : []),
      ],
      evidence: [D(a.name)],
    });
    const firm = a.contact.firm
      ? party({
          id: `organization:${slug(organizationKey(a.contact.firm.value))}`,
          kind: 'ORGANIZATION',
          name: a.contact.firm.value,
          evidence: [D(a.contact.firm)],
        })
      : undefined;
    for (const client of a.clients) {
      const roles = client.roles;
      const capacity = CAPACITY_BY_ROLE.find(([flag]) => roles[flag] !== null)?.[1] ?? 'OTHER';
      c.counsel.push({
        lawyer,
        client: partyIds[client.partyIndex]!,
        capacity,
        ...(firm ? { firm } : {}),
        designations: roles.raw.map((r) => r.value),
        ...(roles.terminatedOn ? { terminated: { value: roles.terminatedOn.value } } : {}),
        evidence: [D(a.name), ...roles.raw.map(D)],
      });
    }
  }
  dedupe(c.counsel, (k) => `${k.lawyer}|${k.capacity}|${k.client ?? ''}`);

  c.charges = [];
  c.outcomes = [];
  n.parties.forEach((p, i) =>
    p.charges.forEach((ch, j) => {
      const id = `charge:${caseSlug}-p${i}-${j}`;
      c.charges!.push(chargeInput(ch, id, partyIds[i]!, D));
      const outcome = chargeOutcome(ch, id, D);
      if (outcome) c.outcomes!.push(outcome);
    }),
  );

  c.events = n.entries.filter((e) => e.description).map((e) => eventInput(e, caseSlug, D));
  for (const e of n.entries) {
    if (!e.outcome || !e.description) continue;
    c.outcomes.push({
      id: `outcome:${caseSlug}-e${e.index}`,
      kind: e.outcome.value === 'VERDICT' ? 'VERDICT' : e.outcome.value,
      ...(e.dateFiled ? { date: { value: e.dateFiled.value } as DateInput } : {}),
      evidence: [D(e.outcome)],
    });
  }

  const cases: CaseInput[] = [c];
  const origin = n.case.originatingCourt;
  const originCourt =
    origin?.court?.id.value ??
    (origin?.appealFrom ? courtIdFromName(origin.appealFrom.value)?.id : undefined);
  if (origin && origin.docketNumber && originCourt) {
    const originKey = docketKey(origin.docketNumber.value) ?? origin.docketNumber.value;
    const originSlug = `${originCourt}-${slug(originKey)}`;
    const courtEvidence = origin.court?.id ?? origin.appealFrom;
    const originCase: CaseInput = {
      id: `case:${originSlug}`,
      stub: true,
      caption: `${origin.docketNumber.value} (${courtById(originCourt)?.name ?? originCourt})`,
      captionKind: 'DESCRIPTIVE',
      kind: caseKindOfNumber(origin.docketNumber.value),
      status: 'UNKNOWN',
      court: court(originCourt, courtEvidence),
      docketNumber: origin.docketNumber.value,
      evidence: [D(origin.docketNumber), ...(courtEvidence ? [D(courtEvidence)] : [])],
      judges: origin.judge
        ? [
            {
              judge: judgeParty(origin.judge, originCourt),
              assignment: 'ORIGINATING',
              evidence: [D(origin.judge.name)],
            },
          ]
        : [],
    };
    if (!courts.has(originCase.court!)) delete originCase.court;
    cases.push(originCase);
    c.related = [{ case: originCase.id, kind: 'APPEAL_OF', evidence: [D(origin.docketNumber)] }];
  }

  const sources: LitigationDocument['sources'] = [
    {
      id: docketSource,
      kind: 'DOCKET',
      title: `${n.case.caption.value}, ${n.case.docketNumber.value} (${n.case.court.name ?? courtId})`,
      identifier: `${courtId} ${n.case.docketNumber.value} (${n.file}, sha256 ${hash}…)`,
      file: n.file,
    },
  ];
  const texts = new Map([[docketSource, rawText]]);
  if ([...courts.values()].some((x) => x.evidence.some((e) => e.source === COURT_TABLE_SOURCE))) {
    sources.push({
      id: COURT_TABLE_SOURCE,
      kind: 'OTHER',
      title: 'Federal courts, from courts-db (Free Law Project)',
      identifier: 'courts-db courts.json, federal courts (src/dockets/federal-courts.json)',
      file: 'federal-courts.json',
    });
    texts.set(COURT_TABLE_SOURCE, table.text);
  }

  return {
    caseId,
    texts,
    doc: {
      format: 'litigation-graph',
      formatVersion: 1,
      document: {
        id: `docket-${caseSlug}-${hash}`,
        title: `Docket ${n.case.docketNumber.value} (${courtId}), ${n.report === 'APPELLATE' ? 'appellate' : 'district'} report`,
      },
      sources,
      parties: [...parties.values()],
      courts: [...courts.values()],
      cases,
    },
  };
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
  defendant: string,
  D: Locate,
): NonNullable<CaseInput['charges']>[number] {
  return {
    id,
    label: ch.text.value,
    ...(ch.statute ? { statute: ch.statute.value } : {}),
    defendant,
    ...(ch.number ? { countNumber: ch.number.value } : {}),
    ...(ch.status ? { countStatus: ch.status.value } : {}),
    ...(ch.disposition ? { disposition: ch.disposition.value } : {}),
    evidence: [D(ch.text), ...(ch.disposition ? [D(ch.disposition)] : [])],
  };
}

/** A count's disposition as an outcome: a sentence when its terms were read, a dismissal when it says so. */
function chargeOutcome(
  ch: Charge,
  chargeId: string,
  D: Locate,
): NonNullable<CaseInput['outcomes']>[number] | null {
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
