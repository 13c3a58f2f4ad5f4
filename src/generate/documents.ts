import type { LitigationDocument } from '../ingest/format';
import { Draw, mulberry32, subSeed, Zipf } from './random';
import { FIRST_NAMES, registryEntities, surname, type Entity, type Registry } from './registry';

// Documents of the seed format made from the registry and a seeded draw. Every
// quote is a line the generator also writes into the source's text, so the
// loader's verbatim check holds. A case document defines its own cases, their
// sources (one docket each) and the one-off parties; it refers to the registry's
// entities by id.

type Evidence = { source: string; quote: string }[];

/** A generated document and its source texts (file path relative to the document → text). */
export interface GeneratedDocument {
  name: string;
  doc: LitigationDocument;
  texts: Map<string, string>;
  counts: { cases: number; nodes: number; relationships: number };
}

const FORMAT = { format: 'litigation-graph' as const, formatVersion: 1 as const };

class Text {
  readonly lines: string[] = [];
  constructor(readonly source: string) {}
  say(line: string): Evidence {
    this.lines.push(line);
    return [{ source: this.source, quote: line }];
  }
}

/** Registry entities per registry document, so each stays bounded whatever the case count. */
export const REGISTRY_DOC_ENTITIES = 5000;
/** Entities per registry source text, so the verbatim check stays cheap. */
const ENTITIES_PER_SOURCE = 250;

export function registryDocumentCount(r: Registry): number {
  return Math.ceil((registryEntities(r).length + r.courts.length) / REGISTRY_DOC_ENTITIES);
}

/** Registry document `part`: courts first, then the parties, REGISTRY_DOC_ENTITIES at a time. */
export function registryDocument(r: Registry, part: number): GeneratedDocument {
  const entities = registryEntities(r);
  const all: ({ court: number } | { entity: Entity })[] = [
    ...r.courts.map((_, court) => ({ court })),
    ...entities.map((entity) => ({ entity })),
  ];
  const slice = all.slice(part * REGISTRY_DOC_ENTITIES, (part + 1) * REGISTRY_DOC_ENTITIES);
  const name = `${r.prefix}-00-registry-${String(part).padStart(4, '0')}`;
  const sources: LitigationDocument['sources'] = [];
  const texts = new Map<string, string>();
  const courts: NonNullable<LitigationDocument['courts']> = [];
  const parties: NonNullable<LitigationDocument['parties']> = [];
  let text: Text | null = null;
  const flush = () => {
    if (text) texts.set(`sources/${name}/${sources.length - 1}.txt`, text.lines.join('\n'));
  };
  slice.forEach((item, i) => {
    if (i % ENTITIES_PER_SOURCE === 0) {
      flush();
      const id = `source:${name}-${sources.length}`;
      sources.push({
        id,
        kind: 'OTHER',
        title: `Register of courts, counsel and frequent litigants, part ${part}.${sources.length}`,
        publisher: 'Generated court registry',
        date: { value: '2025-01-15' },
        identifier: `${name}-${sources.length}`,
        file: `sources/${name}/${sources.length}.txt`,
      });
      text = new Text(id);
    }
    const t = text as Text;
    if ('court' in item) {
      const c = r.courts[item.court]!;
      courts.push({
        id: c.id,
        name: c.name,
        jurisdiction: c.federal ? `federal, ${c.state}` : c.state,
        evidence: t.say(`The ${c.name} hears cases in ${c.state}.`),
      });
      return;
    }
    const e = item.entity;
    const firm = e.firm !== undefined ? r.firms[e.firm] : undefined;
    const court = e.court !== undefined ? r.courts[e.court] : undefined;
    parties.push({
      id: e.id,
      kind: e.kind,
      name: e.name,
      ...(e.office
        ? {
            offices: [
              {
                title: e.office,
                evidence: t.say(
                  court
                    ? `${e.name} serves as Judge of the ${court.name}.`
                    : `${e.name} is admitted to practice as ${e.office}${firm ? ` with ${firm.name}` : ''}.`,
                ),
              },
            ],
          }
        : {}),
      evidence: t.say(`${e.name} is listed in the register (${e.id.split(':')[1]}).`),
    });
  });
  flush();
  return {
    name,
    doc: {
      ...FORMAT,
      document: { id: name, title: `Synthetic litigation: registry part ${part}` },
      sources,
      parties,
      courts,
    },
    texts,
    counts: { cases: 0, nodes: sources.length + parties.length + courts.length, relationships: 0 },
  };
}

const CHARGES: readonly (readonly [string, string])[] = [
  ['wire fraud', '18 U.S.C. § 1343'],
  ['mail fraud', '18 U.S.C. § 1341'],
  ['possession with intent to distribute', '21 U.S.C. § 841'],
  ['felon in possession of a firearm', '18 U.S.C. § 922(g)'],
  ['money laundering', '18 U.S.C. § 1956'],
  ['aggravated identity theft', '18 U.S.C. § 1028A'],
  ['assault', 'Penal Code § 240'],
  ['burglary', 'Penal Code § 459'],
  ['driving under the influence', 'Vehicle Code § 23152'],
  ['theft', 'Penal Code § 484'],
];
const CLAIMS = [
  ['breach of contract', 30],
  ['negligence', 25],
  ['bad faith denial of insurance coverage', 12],
  ['product liability', 8],
  ['employment discrimination', 8],
  ['violation of civil rights', 7],
  ['fraud', 5],
  ['defamation', 3],
  ['wrongful death', 2],
] as const;
const KINDS = [
  ['CIVIL', 55],
  ['CRIMINAL', 30],
  ['APPEAL', 6],
  ['BANKRUPTCY', 4],
  ['ADMINISTRATIVE', 3],
  ['OTHER', 2],
] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const START = Date.UTC(2005, 0, 1);
const SOURCE_DATE = Date.UTC(2025, 5, 30);

/**
 * Case document `chunk`: cases firstCase … firstCase+count-1. Seeded by chunk,
 * so a chunk is the same whatever was generated before it.
 */
export function caseDocument(
  r: Registry,
  seed: number,
  chunk: number,
  firstCase: number,
  count: number,
): GeneratedDocument {
  const draw = new Draw(mulberry32(subSeed(seed, chunk)));
  const rnd = draw.rnd;
  const z = {
    courts: new Zipf(r.courts.length, 0.8),
    lawyers: new Zipf(r.lawyers.length, 1.0),
    prosecutors: new Zipf(r.prosecutors.length, 0.7),
    states: new Zipf(r.states.length, 0.9),
    insurers: new Zipf(r.insurers.length, 1.2),
    companies: new Zipf(r.companies.length, 1.1),
  };
  const name = `${r.prefix}-01-cases-${pad(chunk, 5)}`;
  const sources: LitigationDocument['sources'] = [];
  const parties: NonNullable<LitigationDocument['parties']> = [];
  const cases: NonNullable<LitigationDocument['cases']> = [];
  const texts = new Map<string, string>();
  let nodes = 0;
  let relationships = 0;

  for (let k = 0; k < count; k += 1) {
    const n = firstCase + k;
    const id = `case:${r.prefix}-${n}`;
    const source = `source:${r.prefix}-docket-${n}`;
    const file = `sources/${name}/${n}.txt`;
    const t = new Text(source);
    const kind = draw.weighted(KINDS);
    const criminal = kind === 'CRIMINAL';
    const courtIndex = z.courts.sample(rnd);
    const court = r.courts[courtIndex]!;
    const filedMs = START + draw.int(20 * 365) * DAY;
    const year = new Date(filedMs).getUTCFullYear();
    const status = criminal
      ? draw.weighted([
          ['DECIDED', 60],
          ['DISMISSED', 18],
          ['PENDING', 17],
          ['CLOSED', 5],
        ] as const)
      : draw.weighted([
          ['SETTLED', 32],
          ['DISMISSED', 25],
          ['DECIDED', 18],
          ['PENDING', 15],
          ['CLOSED', 10],
        ] as const);
    // Durations are long-tailed: most cases close within two years, some take ten.
    const closedMs = Math.min(SOURCE_DATE - DAY, filedMs + Math.round(60 + 3000 * rnd() ** 3) * DAY);
    const pending = status === 'PENDING';

    // One-off parties are defined here; the repeat players are the registry's.
    const nameOf = new Map<string, string>();
    let oneOff = 0;
    const newParty = (org: boolean): string => {
      const pid = `${org ? 'organization' : 'person'}:${r.prefix}-${n}-${oneOff}`;
      oneOff += 1;
      const nm = org
        ? `${surname(draw.int(4800))} ${draw.pick(['Properties', 'Services', 'Trucking', 'Restaurants', 'Partners'])} LLC`
        : `${draw.pick(FIRST_NAMES)} ${surname(draw.int(4800))}`;
      parties.push({
        id: pid,
        kind: org ? 'ORGANIZATION' : 'PERSON',
        name: nm,
        evidence: t.say(`${nm} is named in the docket of case ${n}.`),
      });
      nameOf.set(pid, nm);
      nodes += 1;
      return pid;
    };
    const known = (e: Entity) => {
      nameOf.set(e.id, e.name);
      return e.id;
    };
    const repeat = (): string =>
      draw.chance(0.35)
        ? known(r.insurers[z.insurers.sample(rnd)]!)
        : known(r.companies[z.companies.sample(rnd)]!);
    const government = (): string =>
      court.federal
        ? known(r.unitedStates)
        : known(
            r.states.find((s) => s.name === `State of ${court.state}`) ?? r.states[z.states.sample(rnd)]!,
          );

    const sides: { first: string[]; second: string[]; roles: [string, string] } = {
      first: [],
      second: [],
      roles: ['PLAINTIFF', 'DEFENDANT'],
    };
    if (criminal) {
      sides.roles = ['PROSECUTION', 'DEFENDANT'];
      sides.first.push(government());
      for (let d = draw.chance(0.2) ? draw.between(2, 4) : 1; d > 0; d -= 1)
        sides.second.push(newParty(false));
    } else if (kind === 'BANKRUPTCY') {
      sides.roles = ['PETITIONER', 'INTERESTED_PARTY'];
      sides.first.push(newParty(draw.chance(0.5)));
      for (let d = draw.between(1, 3); d > 0; d -= 1) sides.second.push(repeat());
    } else if (kind === 'APPEAL') {
      sides.roles = ['APPELLANT', 'APPELLEE'];
      sides.first.push(draw.chance(0.3) ? government() : newParty(false));
      sides.second.push(draw.chance(0.5) ? repeat() : newParty(draw.chance(0.3)));
    } else if (kind === 'ADMINISTRATIVE') {
      sides.roles = ['PETITIONER', 'RESPONDENT'];
      sides.first.push(newParty(draw.chance(0.4)));
      sides.second.push(draw.chance(0.6) ? known(r.unitedStates) : government());
    } else {
      sides.first.push(draw.chance(0.25) ? repeat() : newParty(draw.chance(0.3)));
      for (let d = draw.chance(0.3) ? draw.between(2, 3) : 1; d > 0; d -= 1)
        sides.second.push(
          draw.chance(0.08) ? government() : draw.chance(0.5) ? repeat() : newParty(draw.chance(0.4)),
        );
    }
    const casePartyList: NonNullable<LitigationDocument['cases']>[number]['parties'] = [];
    const seen = new Set<string>();
    for (const [side, role] of [
      [sides.first, sides.roles[0]],
      [sides.second, sides.roles[1]],
    ] as const) {
      for (const p of side) {
        if (seen.has(p)) continue;
        seen.add(p);
        casePartyList.push({
          party: p,
          role: role as 'PLAINTIFF',
          evidence: t.say(`${nameOf.get(p)} is ${role.toLowerCase().replace('_', ' ')} in case ${n}.`),
        });
      }
    }
    relationships += casePartyList.length;
    const firstParty = casePartyList[0]!.party;
    const secondParty = casePartyList.find((p) => !sides.first.includes(p.party))?.party ?? firstParty;
    const caption = `${nameOf.get(firstParty)} v. ${nameOf.get(secondParty)}`;

    // Counsel: one lawyer per side from the registry (large firms' lawyers recur).
    const counsel: NonNullable<LitigationDocument['cases']>[number]['counsel'] = [];
    const addCounsel = (lawyer: Entity, client: string, capacity: string) => {
      const firm = lawyer.firm !== undefined ? r.firms[lawyer.firm] : undefined;
      counsel.push({
        lawyer: lawyer.id,
        client,
        capacity: capacity as 'OTHER',
        ...(firm ? { firm: firm.id } : {}),
        evidence: t.say(`${lawyer.name}${firm ? ` of ${firm.name}` : ''} appears for ${nameOf.get(client)}.`),
      });
      relationships += 1;
    };
    const government1 = sides.first[0] === r.unitedStates.id || r.states.some((s) => s.id === sides.first[0]);
    if (criminal || government1)
      addCounsel(
        r.prosecutors[z.prosecutors.sample(rnd)]!,
        firstParty,
        criminal ? (court.federal ? 'GOVERNMENT_COUNSEL' : 'DISTRICT_ATTORNEY') : 'GOVERNMENT_COUNSEL',
      );
    else if (draw.chance(0.9)) addCounsel(r.lawyers[z.lawyers.sample(rnd)]!, firstParty, 'PRIVATE_COUNSEL');
    if (secondParty !== firstParty && draw.chance(0.92))
      addCounsel(
        r.lawyers[z.lawyers.sample(rnd)]!,
        secondParty,
        criminal && draw.chance(0.55) ? 'PUBLIC_DEFENDER' : 'PRIVATE_COUNSEL',
      );

    // Judges: the court's own, a few of them hearing most of its cases.
    const judgeIds: Entity[] = [];
    const courtJudges = court.judges.map((j) => r.judges[j]!);
    const panel = kind === 'APPEAL' ? Math.min(3, courtJudges.length) : 1;
    while (judgeIds.length < panel) {
      const j = courtJudges[Math.floor(courtJudges.length * rnd() ** 2)]!;
      if (!judgeIds.includes(j)) judgeIds.push(j);
    }
    const judges = judgeIds.map((j) => ({
      judge: j.id,
      assignment: (panel > 1 ? 'PANEL' : 'ASSIGNED') as 'PANEL',
      evidence: t.say(`${panel > 1 ? 'Panel' : 'Assigned to'}: Judge ${j.name} (case ${n}).`),
    }));
    relationships += judges.length;

    const charges = criminal
      ? Array.from(
          {
            length: draw.weighted([
              [1, 50],
              [2, 25],
              [3, 15],
              [4, 10],
            ] as const),
          },
          (_, c) => {
            const [label, statute] = draw.pick(CHARGES);
            const defendant = sides.second[c % sides.second.length]!;
            return {
              id: `charge:${r.prefix}-${n}-${c}`,
              label,
              statute,
              defendant,
              countNumber: String(c + 1),
              evidence: t.say(`Count ${c + 1} (${statute}): ${label}, against ${nameOf.get(defendant)}.`),
            };
          },
        )
      : [];
    const claims =
      kind === 'CIVIL' || kind === 'OTHER'
        ? Array.from(
            {
              length: draw.weighted([
                [1, 55],
                [2, 30],
                [3, 15],
              ] as const),
            },
            (_, c) => {
              const label = draw.weighted(CLAIMS);
              return {
                id: `claim:${r.prefix}-${n}-${c}`,
                label,
                evidence: t.say(`Claim ${c + 1}: ${label}.`),
              };
            },
          )
        : [];
    nodes += charges.length + claims.length;
    relationships += charges.length * 2 + claims.length;

    // Events: filed, a few docket entries, the end.
    const events: NonNullable<LitigationDocument['cases']>[number]['events'] = [];
    const event = (eventKind: string, ms: number | null, description: string) => {
      const date = ms === null ? undefined : { value: isoDay(ms) };
      events.push({
        id: `event:${r.prefix}-${n}-${events.length}`,
        kind: eventKind as 'OTHER',
        description,
        entryNumber: String(events.length + 1),
        ...(date ? { date } : {}),
        evidence: t.say(`Entry ${events.length + 1}${date ? ` (${date.value})` : ''}: ${description}`),
      });
    };
    const end = pending ? SOURCE_DATE - DAY : closedMs;
    event(criminal ? 'INDICTMENT' : 'FILED', filedMs, criminal ? 'Indictment filed.' : 'Complaint filed.');
    const middle = draw.weighted([
      [0, 20],
      [1, 35],
      [2, 25],
      [3, 12],
      [5, 8],
    ] as const);
    const middleKinds = criminal
      ? (['ARRAIGNMENT', 'MOTION', 'HEARING'] as const)
      : (['ANSWER', 'MOTION', 'HEARING', 'ORDER'] as const);
    for (let e = 0; e < middle; e += 1) {
      const ms = filedMs + Math.round((((e + 1) / (middle + 1)) * (end - filedMs)) / DAY) * DAY;
      const what = draw.pick(middleKinds);
      event(what, ms, `${what.charAt(0)}${what.slice(1).toLowerCase()} entered.`);
    }
    const tried = status === 'DECIDED' && draw.chance(criminal ? 0.1 : 0.5);
    if (tried) event('TRIAL_STARTED', closedMs - 10 * DAY, 'Trial began.');

    const outcomes: NonNullable<LitigationDocument['cases']>[number]['outcomes'] = [];
    const judge = judgeIds[0];
    const outcome = (o: Omit<NonNullable<typeof outcomes>[number], 'id' | 'evidence'>, line: string) => {
      outcomes.push({
        id: `outcome:${r.prefix}-${n}-${outcomes.length}`,
        ...o,
        evidence: t.say(line),
      });
      relationships += 1 + (o.decidedBy ? 1 : 0) + (o.resolves?.length ?? 0);
    };
    const closedDate = { value: isoDay(closedMs) };
    const by = judge ? { decidedBy: judge.id } : {};
    if (status === 'DISMISSED') {
      const withPrejudice = draw.chance(0.4);
      outcome(
        {
          kind: 'DISMISSAL',
          withPrejudice,
          date: closedDate,
          stage: draw.chance(0.85) ? 'PRE_TRIAL' : 'TRIAL',
          ...by,
          resolves: [id, ...charges.map((c) => c.id), ...claims.map((c) => c.id)],
        },
        `Order of dismissal ${withPrejudice ? 'with' : 'without'} prejudice entered ${closedDate.value}.`,
      );
      event('DISMISSED', closedMs, 'Case dismissed.');
    } else if (status === 'SETTLED') {
      outcome(
        { kind: 'SETTLEMENT', date: closedDate, resolves: [id, ...claims.map((c) => c.id)] },
        `Stipulation of settlement filed ${closedDate.value}.`,
      );
      event('SETTLED', closedMs, 'Settlement reached.');
    } else if (status === 'DECIDED' && criminal) {
      for (const c of charges) {
        const convicted = draw.chance(0.9);
        outcome(
          {
            kind: convicted ? 'CONVICTION' : 'ACQUITTAL',
            date: closedDate,
            stage: tried ? 'TRIAL' : 'PRE_TRIAL',
            ...by,
            resolves: [c.id],
          },
          `Count ${c.countNumber}: ${convicted ? (tried ? 'guilty verdict' : 'guilty plea accepted') : 'acquitted'} ${closedDate.value}.`,
        );
      }
      if (outcomes.some((o) => o.kind === 'CONVICTION')) {
        const months = Math.round(6 + 200 * rnd() ** 3);
        const sentencedMs = Math.min(SOURCE_DATE - DAY, closedMs + 90 * DAY);
        outcome(
          {
            kind: 'SENTENCE',
            date: { value: isoDay(sentencedMs) },
            ...by,
            sentence: { term: `${months} months`, months, custody: months > 12 ? 'prison' : 'jail' },
            resolves: [id],
          },
          `Sentenced to ${months} months on ${isoDay(sentencedMs)}.`,
        );
        event('SENTENCED', sentencedMs, 'Judgment and sentence entered.');
      }
    } else if (status === 'DECIDED') {
      const forPlaintiff = draw.chance(0.55);
      outcome(
        {
          kind: tried ? 'VERDICT' : 'JUDGMENT',
          date: closedDate,
          ...by,
          resolves: [id, ...claims.map((c) => c.id)],
        },
        `${tried ? 'Verdict' : 'Judgment'} for the ${forPlaintiff ? sides.roles[0].toLowerCase() : sides.roles[1].toLowerCase()} entered ${closedDate.value}.`,
      );
      event(tried ? 'VERDICT' : 'JUDGMENT', closedMs, `${tried ? 'Verdict' : 'Judgment'} entered.`);
    } else if (status === 'CLOSED') {
      event('OTHER', closedMs, 'Case closed.');
    }
    if (!pending && status !== 'SETTLED' && draw.chance(0.08))
      event('NOTICE_OF_APPEAL', Math.min(SOURCE_DATE - DAY, closedMs + 25 * DAY), 'Notice of appeal filed.');
    nodes += outcomes.length + events.length;
    relationships += events.length;

    // An appeal arises from an earlier case of this chunk.
    const appealed = kind === 'APPEAL' && k > 0 ? firstCase + draw.int(k) : null;
    const related =
      appealed === null
        ? []
        : [
            {
              case: `case:${r.prefix}-${appealed}`,
              kind: 'APPEAL_OF' as const,
              evidence: t.say(`Appeal from the judgment in case ${appealed}.`),
            },
          ];
    relationships += related.length;

    const docket = `${1 + (courtIndex % 9)}:${pad(year % 100)}-${criminal ? 'cr' : kind === 'BANKRUPTCY' ? 'bk' : 'cv'}-${pad(n % 100000, 5)}`;
    const caseEvidence = t.say(`Case ${n}: ${caption}, No. ${docket}, ${court.name}.`);
    cases.push({
      id,
      caption,
      captionKind: 'OFFICIAL',
      kind,
      status,
      court: court.id,
      jurisdiction: court.state,
      docketNumber: docket,
      filed: { value: isoDay(filedMs) },
      ...(pending ? {} : { closed: closedDate }),
      parties: casePartyList,
      ...(counsel.length ? { counsel } : {}),
      judges,
      ...(charges.length ? { charges } : {}),
      ...(claims.length ? { claims } : {}),
      ...(outcomes.length ? { outcomes } : {}),
      events,
      ...(related.length ? { related } : {}),
      evidence: caseEvidence,
    });
    nodes += 2; // the case and its source
    relationships += 1; // IN_COURT
    sources.push({
      id: source,
      kind: 'DOCKET',
      title: `Docket of case ${n}: ${caption}`,
      publisher: court.name,
      date: { value: isoDay(SOURCE_DATE) },
      identifier: docket,
      file,
    });
    texts.set(file, t.lines.join('\n'));
  }
  return {
    name,
    doc: {
      ...FORMAT,
      document: { id: name, title: `Synthetic litigation: cases ${firstCase}–${firstCase + count - 1}` },
      sources,
      parties,
      cases,
    },
    texts,
    counts: { cases: count, nodes, relationships },
  };
}
