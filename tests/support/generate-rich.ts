import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../src/generate/random';

// A synthetic litigation in the seed format with every kind of fact the format
// holds: courts, incidents on productions, credits, involvements, family ties,
// counsel with clients, judges, charges with defendants, claims, outcomes that
// resolve and are decided, dated and undated events, related cases. Parties are
// shared across cases (a few hubs sit in dozens) so that every route to an
// entity has many starting points. Deterministic: the same options give the
// same document, byte for byte. Every quote is a line of a generated source
// text, so the loader's verbatim check holds.

export interface RichOptions {
  docId: string;
  /** Number of cases; the other counts scale with it. */
  cases: number;
  seed?: number;
}

export interface RichLitigation {
  file: string;
  docId: string;
  caseIds: string[];
}

type Evidence = { source: string; quote: string }[];
type DateInput = { value: string; wording?: string } | { wording: string; relativeTo: string };

const FIRST_NAMES = [
  ...'Ada Bram Cora Dane Edda Finn Greta Hale Ines Jory Kira Lars Mina'.split(' '),
  ...'Nils Orla Pia Quin Rhea Soren Tova Ulla Vito Wren Xavi Yara Zeno'.split(' '),
];
const ONSETS = 'Kel Dru Mar Vos Tal Bren Cas Hol Fen Gar Lun Pry Rask Sel'.split(' ');
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'il'];
const CODAS = ['vane', 'mont', 'wick', 'dell', 'ford', 'holm', 'stead', 'berg', 'ley', 'ton', 'quist', 'rud'];
const CHARGE_LABELS = [
  'involuntary manslaughter',
  'negligent use of a firearm',
  'fraud',
  'wire fraud',
  'obstruction of justice',
  'perjury',
  'assault',
  'tampering with evidence',
];
const CLAIM_LABELS = [
  'wrongful death',
  'defamation',
  'breach of contract',
  'negligence',
  'malicious abuse of process',
  'unjust enrichment',
  'violation of civil rights',
];
const STATES = ['Arlen', 'Brevia', 'Corvale'];
const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ');

/** A unique surname per index: onset × middle × coda gives 1344 distinct words. */
function surname(i: number): string {
  const onset = ONSETS[i % ONSETS.length] ?? '';
  const middle = MIDDLES[Math.floor(i / ONSETS.length) % MIDDLES.length] ?? '';
  const coda = CODAS[Math.floor(i / (ONSETS.length * MIDDLES.length)) % CODAS.length] ?? '';
  return `${onset}${middle}${coda}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function generateRichLitigation(opts: RichOptions): RichLitigation {
  const { docId } = opts;
  const rnd = mulberry32(opts.seed ?? 20240715);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const pickSome = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(int(pool.length), 1)[0] as T);
    return out;
  };

  // Source texts: one docket per case and a few registries for shared facts.
  const texts = new Map<string, string[]>();
  const sourceMeta: { id: string; kind: string; title: string; identifier: string; date?: string }[] = [];
  const addSource = (id: string, kind: string, title: string, date?: string) => {
    texts.set(id, []);
    sourceMeta.push({ id, kind, title, identifier: id.replace('source:', ''), ...(date ? { date } : {}) });
  };
  const say = (source: string, line: string): Evidence => {
    texts.get(source)?.push(line);
    return [{ source, quote: line }];
  };
  const REGISTRIES = 4;
  const registry = (i: number) => `source:${docId}-registry-${i % REGISTRIES}`;
  for (let r = 0; r < REGISTRIES; r += 1)
    addSource(registry(r), 'ARTICLE', `Generated ${docId} registry ${r}`, `2025-0${r + 1}-15`);

  // ---- parties
  interface PartyDoc {
    id: string;
    kind: 'PERSON' | 'ORGANIZATION' | 'GROUP';
    name?: string;
    aliases?: string[];
    descriptors?: { text: string; evidence: Evidence }[];
    offices?: { title: string; evidence: Evidence }[];
    evidence: Evidence;
  }
  const parties: PartyDoc[] = [];
  const person = (i: number, role: string): PartyDoc => {
    const src = registry(i);
    const last = surname(i);
    const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Ada';
    if (i % 23 === 7) {
      // Unnamed: kept by the descriptor the source uses.
      const text = `the ${role} from ${last} Street`;
      return {
        id: `person:${docId}-${i}`,
        kind: 'PERSON',
        descriptors: [{ text, evidence: say(src, `Reports mention ${text} but never a name.`) }],
        evidence: say(src, `A witness described ${text}.`),
      };
    }
    const name = `${first} ${last}`;
    return {
      id: `person:${docId}-${i}`,
      kind: 'PERSON',
      name,
      ...(i % 3 === 0 ? { aliases: [last] } : {}),
      ...(i % 5 === 0
        ? { descriptors: [{ text: `the ${role}`, evidence: say(src, `${name}, the ${role}, spoke.`) }] }
        : {}),
      ...(role === 'judge' || role === 'lawyer'
        ? {
            offices: [
              {
                title: role === 'judge' ? 'Judge' : 'attorney',
                evidence: say(src, `${role === 'judge' ? 'Judge' : 'Attorney'} ${name} took the case.`),
              },
            ],
          }
        : {}),
      evidence: say(src, `${name} is named in the ${role} register.`),
    };
  };

  const scale = Math.max(1, Math.round(opts.cases / 30));
  const peopleCount = 22 * scale;
  const judgeCount = 2 * scale;
  const lawyerCount = 3 * scale;
  const people: string[] = [];
  const judges: string[] = [];
  const lawyers: string[] = [];
  let next = 0;
  for (let i = 0; i < peopleCount; i += 1, next += 1) people.push(addParty(person(next, 'resident')));
  for (let i = 0; i < judgeCount; i += 1, next += 1) judges.push(addParty(person(next, 'judge')));
  for (let i = 0; i < lawyerCount; i += 1, next += 1) lawyers.push(addParty(person(next, 'lawyer')));
  function addParty(p: PartyDoc): string {
    parties.push(p);
    return p.id;
  }

  const states = STATES.map((s, i) =>
    addParty({
      id: `organization:${docId}-state-${s.toLowerCase()}`,
      kind: 'ORGANIZATION',
      name: `State of ${s}`,
      aliases: [s],
      evidence: say(registry(i), `The State of ${s} prosecutes crimes in ${s}.`),
    }),
  );
  const companies: string[] = [];
  for (let i = 0; i < 4 * scale; i += 1) {
    const name = `${surname(900 + i)} ${pick(['Holdings', 'Insurance Company', 'Pictures', 'Logistics'])}`;
    companies.push(
      addParty({
        id: `organization:${docId}-co-${i}`,
        kind: 'ORGANIZATION',
        name,
        evidence: say(registry(i), `${name} is a company registered in ${pick(STATES)}.`),
      }),
    );
  }
  const prosecutionOffices: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const text = `the prosecutors of ${STATES[i]} district ${i + 1}`;
    prosecutionOffices.push(
      addParty({
        id: `organization:${docId}-prosecution-${i}`,
        kind: 'ORGANIZATION',
        descriptors: [{ text, evidence: say(registry(i), `Filings came from ${text}.`) }],
        evidence: say(registry(i), `Filings came from ${text}.`),
      }),
    );
  }
  const groups: string[] = [];
  for (let i = 0; i < 2 * scale; i += 1) {
    const family = surname(i * 7 + 3);
    const text = i % 2 === 0 ? `the ${family} family` : `other ${family} defendants`;
    groups.push(
      addParty({
        id: `group:${docId}-${i}`,
        kind: 'GROUP',
        descriptors: [{ text, evidence: say(registry(i), `Papers refer to ${text} collectively.`) }],
        evidence: say(registry(i), `Papers refer to ${text} collectively.`),
      }),
    );
  }
  // Hubs: one judge, one lawyer and one company in a large share of the cases.
  const hubJudge = judges[0] as string;
  const hubLawyer = lawyers[0] as string;
  const hubCompany = companies[0] as string;
  const nameOf = (id: string) => {
    const p = parties.find((x) => x.id === id);
    return p?.name ?? p?.descriptors?.[0]?.text ?? id;
  };

  // ---- courts, productions, incidents
  const courts = Array.from({ length: 3 + scale }, (_, i) => {
    const state = STATES[i % STATES.length] as string;
    const name = `${pick(['District', 'Superior', 'County', 'Appeals'])} Court of ${surname(600 + i)}`;
    return {
      id: `court:${docId}-${i}`,
      name,
      ...(i % 4 === 3 ? {} : { jurisdiction: state }),
      evidence: say(registry(i), `The ${name} sits in ${state}.`),
    };
  });
  const productions = Array.from({ length: 2 + Math.ceil(scale / 2) }, (_, i) => {
    const title = `${surname(700 + i)} ${pick(['Ridge', 'Crossing', 'Harbor', 'Lights'])}`;
    return {
      id: `production:${docId}-${i}`,
      title,
      kind: i % 3 === 2 ? 'series' : 'film',
      evidence: say(
        registry(i),
        `The ${i % 3 === 2 ? 'series' : 'film'} ${title} was shot in ${pick(STATES)}.`,
      ),
    };
  });
  const credits = productions.flatMap((prod, i) =>
    pickSome([...people.slice(0, 40), ...companies, ...groups], 4 + int(4)).map((party, j) => {
      const role = pick(['ACTOR', 'PRODUCER', 'ARMOURER', 'CINEMATOGRAPHER', 'DIRECTOR', 'OTHER'] as const);
      const roleText = role === 'OTHER' ? 'gaffer' : role.toLowerCase();
      return {
        party,
        production: prod.id,
        role,
        ...(j % 2 === 0 ? { roleText } : {}),
        evidence: say(registry(i + j), `${nameOf(party)} worked on ${prod.title} as ${roleText}.`),
      };
    }),
  );
  const incidents = Array.from({ length: 3 + scale }, (_, i) => {
    const prod = i % 2 === 0 ? productions[i % productions.length] : undefined;
    const name = `${surname(800 + i)} ${pick(['collision', 'shooting', 'fire', 'collapse'])}`;
    const year = 2018 + (i % 5);
    const date: DateInput | undefined =
      i % 5 === 4
        ? undefined
        : i % 3 === 0
          ? { value: String(year), wording: `in ${year}` }
          : { value: `${year}-${pad(1 + (i % 12))}-${pad(1 + (i % 27))}` };
    return {
      id: `incident:${docId}-${i}`,
      name,
      description: `The ${name} ${prod ? `on the set of ${prod.title}` : 'in town'}.`,
      ...(date ? { date } : {}),
      ...(i % 3 === 1 ? {} : { place: `${surname(850 + i)} Street` }),
      ...(prod ? { production: prod.id } : {}),
      evidence: say(registry(i), `Reports described the ${name} in detail.`),
    };
  });
  const involvements = incidents.flatMap((inc, i) =>
    pickSome(people, 1 + int(3)).map((party, j) => {
      const kind = pick(['KILLED', 'INJURED', 'INVOLVED'] as const);
      return {
        party,
        incident: inc.id,
        kind,
        ...(j === 0 ? { detail: `${kind.toLowerCase()} in the ${inc.name}` } : {}),
        evidence: say(registry(i + j), `${nameOf(party)} was ${kind.toLowerCase()} in the ${inc.name}.`),
      };
    }),
  );
  const relationships: unknown[] = [];
  const related = new Set<string>();
  for (let i = 0; i < 8 * scale; i += 1) {
    const kind = i % 3 === 0 ? 'PARENT_OF' : 'SPOUSE_OF';
    const from = i % 7 === 0 && kind === 'PARENT_OF' ? pick(groups) : pick(people);
    const to = pick(people);
    const key = [from, to].sort().join('|');
    if (from === to || related.has(key)) continue;
    related.add(key);
    relationships.push({
      kind,
      from,
      to,
      ...(kind === 'SPOUSE_OF' && i % 2 === 0 ? { detail: pick(['widower', 'widow', 'former spouse']) } : {}),
      evidence: say(
        registry(i),
        `${nameOf(from)} is ${kind === 'PARENT_OF' ? 'a parent' : 'the spouse'} of ${nameOf(to)}.`,
      ),
    });
  }

  // ---- cases
  const cases: Record<string, unknown>[] = [];
  const caseIds: string[] = [];
  const DOCKET_DATE = '2025-02-05';
  for (let c = 0; c < opts.cases; c += 1) {
    const id = `case:${docId}-${c}`;
    caseIds.push(id);
    const src = `source:${docId}-docket-${c}`;
    addSource(src, c % 9 === 0 ? 'FILING' : 'DOCKET', `Generated ${docId} docket ${c}`, DOCKET_DATE);
    const kind =
      c % 10 === 9
        ? 'APPEAL'
        : c % 10 === 8
          ? pick(['ADMINISTRATIVE', 'OTHER'])
          : c % 2 === 0
            ? 'CRIMINAL'
            : 'CIVIL';
    const criminal = kind === 'CRIMINAL';
    const state = STATES[c % STATES.length] as string;
    const status = pick(['PENDING', 'DISMISSED', 'DECIDED', 'SETTLED', 'CLOSED'] as const);

    const year = 2019 + (c % 6);
    const month = 1 + int(12);
    const day = 1 + int(28);
    const precision = c % 10;
    const filed: DateInput | undefined =
      precision === 0
        ? undefined
        : precision === 1
          ? { value: String(year), wording: `in ${year}` }
          : precision === 2
            ? { value: `${year}-${pad(month)}`, wording: `in ${MONTH_NAMES[month - 1]} ${year}` }
            : precision === 3 && c % 4 === 3
              ? { wording: 'in January', relativeTo: src }
              : { value: `${year}-${pad(month)}-${pad(day)}` };
    const relativeFiling = filed !== undefined && 'relativeTo' in filed;
    const closedYear = Math.min(2025, year + 1 + int(2));
    const closed: DateInput | undefined =
      status === 'PENDING' || c % 11 === 0
        ? undefined
        : c % 13 === 0 || relativeFiling
          ? { wording: 'on Wednesday', relativeTo: src }
          : { value: closedYear === 2025 ? '2025-01' : `${closedYear}-${pad(1 + int(12))}` };

    // Parties: a main pair plus extras; hubs join often.
    const caseParties: { party: string; role: string; evidence: Evidence }[] = [];
    const seen = new Set<string>();
    const addCaseParty = (party: string, role: string) => {
      if (seen.has(`${party}|${role}`)) return;
      seen.add(`${party}|${role}`);
      caseParties.push({
        party,
        role,
        evidence: say(src, `${nameOf(party)} appears as ${role.toLowerCase()} in case ${c}.`),
      });
    };
    const defendant = pick(people);
    const plaintiff = criminal
      ? c % 6 === 0
        ? pick(prosecutionOffices)
        : states[c % states.length]!
      : pick(people);
    if (kind === 'APPEAL') {
      addCaseParty(defendant, 'PETITIONER');
      addCaseParty(plaintiff, 'RESPONDENT');
    } else {
      addCaseParty(plaintiff, criminal ? 'PROSECUTION' : 'PLAINTIFF');
      addCaseParty(defendant, 'DEFENDANT');
    }
    for (let k = int(4); k > 0; k -= 1)
      addCaseParty(
        pick([...people, ...groups, ...companies.slice(1)]),
        pick(['DEFENDANT', 'PLAINTIFF', 'OTHER']),
      );
    if (!criminal && c % 4 === 1) addCaseParty(hubCompany, 'DEFENDANT');
    if (c % 37 === 5) addCaseParty(defendant, 'OTHER'); // one party in two roles

    const counsel: unknown[] = [];
    const lawyer = c % 5 === 0 ? hubLawyer : pick(lawyers.slice(1));
    counsel.push({
      lawyer,
      ...(c % 7 === 3 ? {} : { client: defendant }),
      capacity: criminal ? pick(['PRIVATE_COUNSEL', 'PUBLIC_DEFENDER']) : pick(['PRIVATE_COUNSEL', 'OTHER']),
      evidence: say(src, `${nameOf(lawyer)} represents ${nameOf(defendant)} in case ${c}.`),
    });
    if (criminal || c % 3 === 0) {
      const prosecutor = pick(lawyers.slice(1));
      counsel.push({
        lawyer: prosecutor,
        client: plaintiff,
        capacity: criminal ? pick(['SPECIAL_PROSECUTOR', 'DISTRICT_ATTORNEY']) : 'GOVERNMENT_COUNSEL',
        evidence: say(src, `${nameOf(prosecutor)} acts for ${nameOf(plaintiff)} in case ${c}.`),
      });
    }
    if (c % 29 === 4) {
      // A party acting as its own counsel.
      counsel.push({
        lawyer: defendant,
        client: defendant,
        capacity: 'OTHER',
        evidence: say(src, `${nameOf(defendant)} argued pro se in case ${c}.`),
      });
    }

    // Hubs stay under 100 cases, so one page of a nested connection holds every case.
    const caseJudges =
      c % 9 === 8 ? [] : c % 4 === 0 ? [hubJudge] : pickSome(judges.slice(1), 1 + (c % 5 === 0 ? 1 : 0));
    const judgeEntries = caseJudges.map((judge) => ({
      judge,
      evidence: say(src, `${nameOf(judge)} presides over case ${c}.`),
    }));

    const charges = criminal
      ? Array.from({ length: 1 + int(3) }, (_, k) => {
          const label = pick(CHARGE_LABELS);
          return {
            id: `charge:${docId}-${c}-${k}`,
            label,
            ...(k === 0 ? { statute: `${state} Code § ${10 + int(90)}-${int(10)}` } : {}),
            ...(k === 2 && c % 4 === 0
              ? {}
              : { defendant: k === 1 && seen.size > 2 ? caseParties[2]!.party : defendant }),
            evidence: say(src, `Charge ${k} in case ${c}: ${label}.`),
          };
        })
      : [];
    const claims =
      kind === 'CIVIL' || kind === 'OTHER'
        ? Array.from({ length: 1 + int(3) }, (_, k) => {
            const label = pick(CLAIM_LABELS);
            return {
              id: `claim:${docId}-${c}-${k}`,
              label,
              evidence: say(src, `Claim ${k} in case ${c}: ${label}.`),
            };
          })
        : [];

    const outcomes: Record<string, unknown>[] = [];
    const decider = caseJudges.length > 0 && c % 4 !== 2 ? { decidedBy: caseJudges[0] } : {};
    const outcomeDate = closed ? { date: closed } : {};
    const disposition = (kindOf: string, resolves: string[], extra: Record<string, unknown> = {}) =>
      outcomes.push({
        id: `outcome:${docId}-${c}-${outcomes.length}`,
        kind: kindOf,
        ...extra,
        ...(resolves.length > 0 ? { resolves } : {}),
        evidence: say(src, `Outcome ${outcomes.length} of case ${c}: ${kindOf.toLowerCase()}.`),
      });
    if (status === 'DISMISSED') {
      disposition('DISMISSAL', [id, ...charges.map((x) => x.id)], {
        ...decider,
        ...outcomeDate,
        withPrejudice: c % 2 === 0,
        ...(c % 3 === 0 ? { canBeRevived: c % 2 !== 0 } : {}),
        reason: `a defect found in case ${c}`,
        stage: pick(['PRE_TRIAL', 'TRIAL']),
        ...(c % 2 === 0 ? { stageText: 'before trial' } : {}),
      });
    } else if (status === 'DECIDED' && criminal) {
      const first = charges[0]!.id;
      disposition(c % 4 === 0 ? 'ACQUITTAL' : 'CONVICTION', [first], {
        ...decider,
        ...outcomeDate,
        stage: 'TRIAL',
      });
      if (c % 4 !== 0) {
        const months = 6 + int(60);
        disposition('SENTENCE', [first], {
          ...decider,
          sentence: {
            term: `${months} months`,
            ...(c % 3 === 0 ? {} : { months }),
            custody: pick(['prison', 'jail']),
          },
        });
        if (c % 3 === 1)
          disposition('PAROLE', [], { date: { wording: 'in May this year', relativeTo: src } });
      }
    } else if (status === 'DECIDED') {
      disposition('JUDGMENT', [id, ...claims.slice(0, 1).map((x) => x.id)], { ...decider, ...outcomeDate });
    } else if (status === 'SETTLED') {
      disposition('SETTLEMENT', [id, ...claims.map((x) => x.id)], outcomeDate);
    } else if (status === 'CLOSED' && c % 2 === 0) {
      disposition('OTHER', [], { reason: 'closed administratively' });
    }
    if (claims.length > 1 && c % 5 === 1)
      disposition('DISMISSAL', [claims[1]!.id], { ...decider, withPrejudice: true });

    const events: Record<string, unknown>[] = [];
    const event = (kindOf: string, date: DateInput | undefined, description: string) =>
      events.push({
        id: `event:${docId}-${c}-${events.length}`,
        kind: kindOf,
        description,
        ...(date ? { date } : {}),
        evidence: say(src, `Step ${events.length} of case ${c}: ${description}`),
      });
    event('FILED', filed, `Case ${c} was filed.`);
    if (c % 4 === 1) event('SETTLEMENT_TALKS', undefined, `The parties of case ${c} talked settlement.`);
    if (status === 'DECIDED' || (status === 'DISMISSED' && c % 2 === 1))
      event('TRIAL_STARTED', { value: String(closedYear) }, `Trial began in case ${c}.`);
    const closingKind: Record<string, string> = {
      DISMISSED: 'DISMISSED',
      DECIDED: criminal ? 'CONVICTED' : 'OTHER',
      SETTLED: 'SETTLED',
      CLOSED: 'OTHER',
    };
    if (closingKind[status])
      event(closingKind[status]!, closed, `Case ${c} ended (${status.toLowerCase()}).`);
    if (status === 'DISMISSED' && c % 3 === 0)
      event('REFILING_ANNOUNCED', undefined, `A refiling of case ${c} was announced.`);

    const relatedCases: unknown[] = [];
    if (c > 0 && (kind === 'APPEAL' || c % 6 === 1)) {
      const target = `case:${docId}-${kind === 'APPEAL' ? c - 1 : int(c)}`;
      const relKind = kind === 'APPEAL' ? 'APPEAL_OF' : pick(['ARISES_FROM', 'REFILING_OF', 'RELATED']);
      relatedCases.push({
        case: target,
        kind: relKind,
        evidence: say(src, `Case ${c} relates to ${target} (${relKind.toLowerCase()}).`),
      });
    }
    if (c > 10 && c % 17 === 0) {
      const target = `case:${docId}-${c - 10}`;
      relatedCases.push({
        case: target,
        kind: 'RELATED',
        evidence: say(src, `Case ${c} is related to ${target}.`),
      });
    }

    const caption =
      kind === 'APPEAL'
        ? `In re appeal of ${nameOf(defendant)} no. ${c}`
        : criminal
          ? `${nameOf(plaintiff)} v. ${nameOf(defendant)} (${c})`
          : `${nameOf(plaintiff)} v. ${nameOf(defendant)} and others, no. ${c}`;
    const incident = c % 3 === 0 ? incidents[c % incidents.length] : undefined;
    const court = c % 8 === 7 ? undefined : courts[c % courts.length];
    cases.push({
      id,
      caption,
      captionKind: c % 2 === 0 ? 'OFFICIAL' : 'DESCRIPTIVE',
      kind,
      status,
      ...(court ? { court: court.id } : {}),
      ...(c % 5 === 2 ? {} : { jurisdiction: state }),
      ...(c % 3 === 1
        ? {}
        : { docketNumber: `${state.slice(0, 2).toUpperCase()}-${2019 + (c % 6)}-${1000 + c}` }),
      ...(filed ? { filed } : {}),
      ...(closed ? { closed } : {}),
      ...(incident
        ? { incident: { id: incident.id, evidence: say(src, `Case ${c} arises from the ${incident.name}.`) } }
        : {}),
      parties: caseParties,
      counsel,
      judges: judgeEntries,
      charges,
      claims,
      outcomes,
      events,
      related: relatedCases,
      evidence: say(src, `Docket of case ${c}: ${caption}.`),
    });
  }

  const dir = mkdtempSync(join(tmpdir(), `${docId}-`));
  mkdirSync(join(dir, 'sources'));
  const fileOf = (id: string) => `sources/${id.replace('source:', '')}.txt`;
  for (const [id, lines] of texts) writeFileSync(join(dir, fileOf(id)), lines.join('\n'));
  const file = join(dir, `${docId}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'litigation-graph',
      formatVersion: 1,
      document: { id: docId, title: `Generated rich litigation ${docId}` },
      sources: sourceMeta.map((s, i) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        ...(i % 3 === 0 ? { publisher: `${surname(950 + i)} Gazette` } : {}),
        ...(s.date ? { date: { value: s.date } } : {}),
        identifier: s.identifier,
        file: fileOf(s.id),
      })),
      parties,
      courts,
      productions,
      incidents,
      relationships,
      credits,
      involvements,
      cases,
    }),
  );
  return { file, docId, caseIds };
}
