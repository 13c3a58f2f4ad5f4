import { chargesOf, offenceLevel } from './criminal';
import { parseContact, parseRoles } from './attorneys';
import { classifyEntry, outcomeOf } from './classify';
import { courtById, courtIdFromName } from './courts';
import { type Evidenced, cleanSpaces, isoDate, pointer } from './evidence';
import { spelling } from './identity';
import { judgeOf } from './judges';
import {
  type JAppellateDocket,
  type JDistrictDocket,
  type JDocketEntry,
  type JParty,
  readDocket,
} from './juriscraper';
import {
  type Attorney,
  type CaseInfo,
  type CaseKind,
  type CourtRef,
  type DocketEntry,
  type Judge,
  type NormalisedDocket,
  type OriginatingCourt,
  type Party,
  type Problem,
  type ReportKind,
} from './model';
import { governmentOf, kindOf, roleOf } from './parties';

// juriscraper docket JSON → NormalisedDocket. Pure: the caller reads the file.

type Doc = JDistrictDocket & JAppellateDocket;

/** A non-empty string field as evidence of itself (value with spaces normalised). */
function text(raw: unknown, ptr: string): Evidenced<string> | null {
  if (typeof raw !== 'string' || cleanSpaces(raw) === '') return null;
  return { value: cleanSpaces(raw), pointer: ptr, quote: raw.trim() };
}

function date(raw: unknown, ptr: string): Evidenced<string> | null {
  if (typeof raw !== 'string') return null;
  const iso = isoDate(raw);
  return iso ? { value: iso, pointer: ptr, quote: raw.trim() } : null;
}

function courtRef(id: Evidenced<string>, warnings: Problem[]): CourtRef {
  const court = courtById(id.value);
  if (!court)
    warnings.push({ pointer: id.pointer, message: `court id "${id.value}" is not a known federal court` });
  return { id, name: court?.name ?? null, jurisdiction: court ? 'federal' : null, type: court?.type ?? null };
}

const CASE_TYPES: Record<string, CaseKind> = {
  cv: 'CIVIL',
  cr: 'CRIMINAL',
  mj: 'CRIMINAL',
  po: 'CRIMINAL',
  pt: 'CRIMINAL',
  bk: 'BANKRUPTCY',
  ap: 'BANKRUPTCY',
};

/** The case type in a district docket number: `1:14-cv-07564` → cv. */
export function caseTypeOf(docketNumber: string): string | null {
  const m = /^\s*(?:\d+:)?\d{2}-([a-z]{1,4})-\d+/i.exec(docketNumber);
  return m ? m[1]! : null;
}

export function caseKindOf(docketNumber: string): CaseKind | null {
  const t = caseTypeOf(docketNumber);
  return t === null ? null : (CASE_TYPES[t.toLowerCase()] ?? 'OTHER');
}

function kindOfCase(doc: Doc, report: ReportKind, courtType: string | null): Evidenced<CaseKind> {
  if (report === 'APPELLATE') {
    return (
      withValue(text(doc.case_type_information, '/case_type_information'), 'APPEAL' as CaseKind) ?? {
        value: 'APPEAL',
        pointer: '/docket_number',
        quote: doc.docket_number.trim(),
      }
    );
  }
  const t = caseTypeOf(doc.docket_number);
  if (t !== null)
    return { value: CASE_TYPES[t.toLowerCase()] ?? 'OTHER', pointer: '/docket_number', quote: t };
  const dnType = text(doc.federal_dn_case_type, '/federal_dn_case_type');
  if (dnType) return { ...dnType, value: CASE_TYPES[dnType.value.toLowerCase()] ?? 'OTHER' };
  if (courtType === 'bankruptcy')
    return { value: 'BANKRUPTCY', pointer: '/court_id', quote: doc.court_id.trim() };
  return { value: 'OTHER', pointer: '/docket_number', quote: doc.docket_number.trim() };
}

function withValue<T>(e: Evidenced<unknown> | null, value: T): Evidenced<T> | null {
  return e ? { value, pointer: e.pointer, quote: e.quote } : null;
}

function natureOfSuit(raw: unknown): CaseInfo['natureOfSuit'] {
  const t = text(raw, '/nature_of_suit');
  if (!t) return null;
  const m = /^(\d{2,4})\s+(.+)$/.exec(t.quote);
  if (!m) return { code: null, label: t };
  return {
    code: { value: m[1]!, pointer: t.pointer, quote: m[1]! },
    label: { value: cleanSpaces(m[2]!), pointer: t.pointer, quote: m[2]! },
  };
}

function cause(raw: unknown): CaseInfo['cause'] {
  const t = text(raw, '/cause');
  if (!t) return null;
  const m = /^(\d+:\d+[A-Za-z0-9()]*(?:\.\d+)?)\s*(.*)$/.exec(t.quote);
  return {
    text: t,
    statute: m ? { value: m[1]!, pointer: t.pointer, quote: m[1]! } : null,
    label: m && m[2]!.trim() ? { value: cleanSpaces(m[2]!), pointer: t.pointer, quote: m[2]!.trim() } : null,
  };
}

function juryDemand(raw: unknown): CaseInfo['juryDemand'] {
  const t = text(raw, '/jury_demand');
  if (!t) return null;
  const known: Record<string, 'NONE' | 'PLAINTIFF' | 'DEFENDANT' | 'BOTH'> = {
    none: 'NONE',
    plaintiff: 'PLAINTIFF',
    defendant: 'DEFENDANT',
    both: 'BOTH',
  };
  return { ...t, value: known[t.value.toLowerCase()] ?? 'OTHER' };
}

function demand(raw: unknown): CaseInfo['demand'] {
  const t = text(raw, '/demand');
  if (!t) return null;
  const m = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?/.exec(t.quote);
  return {
    text: t,
    amountUsd: m ? { value: Number(m[1]!.replace(/,/g, '')), pointer: t.pointer, quote: m[0] } : null,
  };
}

function originatingCourt(doc: Doc, warnings: Problem[]): OriginatingCourt | null {
  const oci = doc.originating_court_information ?? {};
  const appealFrom = text(doc.appeal_from, '/appeal_from');
  const base = '/originating_court_information';
  const p = (k: string): string => base + pointer(k);
  if (Object.keys(oci).length === 0 && !appealFrom) return null;
  let court: CourtRef | null = null;
  const ociCourt = text(oci.court_id, p('court_id'));
  if (ociCourt) court = courtRef(ociCourt, warnings);
  else if (appealFrom) {
    const found = courtIdFromName(appealFrom.quote);
    if (found)
      court = {
        id: { ...appealFrom, value: found.id },
        name: found.name,
        jurisdiction: 'federal',
        type: found.type,
      };
    else
      warnings.push({
        pointer: appealFrom.pointer,
        message: `no federal court matches "${appealFrom.value}"`,
      });
  }
  return {
    court,
    appealFrom,
    docketNumber: text(oci.docket_number, p('docket_number')),
    judge: judgeOf(oci.assigned_to, p('assigned_to'), 'ORIGINATING'),
    orderingJudge: judgeOf(oci.ordering_judge, p('ordering_judge'), 'ORDERING'),
    courtReporter: text(oci.court_reporter, p('court_reporter')),
    dateFiled: date(oci.date_filed, p('date_filed')),
    dateDisposed: date(oci.date_disposed, p('date_disposed')),
    disposition: text(oci.disposition, p('disposition')),
    dateJudgment: date(oci.date_judgment, p('date_judgment')),
    dateJudgmentEntered: date(oci.date_judgment_eod, p('date_judgment_eod')),
    dateNoticeOfAppealFiled: date(oci.date_filed_noa, p('date_filed_noa')),
    dateReceivedByCourtOfAppeals: date(oci.date_received_coa, p('date_received_coa')),
  };
}

const KNOWN_PARTY_FIELDS = new Set([
  'name',
  'type',
  'extra_info',
  'date_terminated',
  'attorneys',
  'criminal_data',
]);

function party(p: JParty, i: number, report: ReportKind, warnings: Problem[]): Party {
  const base = pointer('parties', i);
  const at = (k: string): string => base + pointer(k);
  const name: Evidenced<string> = { value: cleanSpaces(p.name), pointer: at('name'), quote: p.name.trim() };
  if (name.value === '') warnings.push({ pointer: at('name'), message: 'party without a name' });
  const typeRaw = typeof p.type === 'string' ? p.type : '';
  const typeText: Evidenced<string> = {
    value: cleanSpaces(typeRaw),
    pointer: at('type'),
    quote: typeRaw.trim(),
  };
  const role = roleOf(typeRaw, report);
  if (role.value === 'OTHER') {
    warnings.push({
      pointer: at('type'),
      message: `party type "${typeText.value}" has no role: kept as OTHER`,
    });
  }
  const kind = kindOf(p.name);
  const gov = governmentOf(p.name);
  const otherFields: Evidenced<string>[] = [];
  for (const [k, v] of Object.entries(p)) {
    if (KNOWN_PARTY_FIELDS.has(k)) continue;
    if (typeof v === 'string' && v.trim())
      otherFields.push({ value: `${k}: ${cleanSpaces(v)}`, pointer: at(k), quote: v.trim() });
    if (Array.isArray(v)) {
      v.forEach((s, j) => {
        if (typeof s === 'string' && s.trim()) {
          otherFields.push({
            value: `${k}: ${cleanSpaces(s)}`,
            pointer: at(k) + pointer(j),
            quote: s.trim(),
          });
        }
      });
    }
  }
  const cd = p.criminal_data;
  return {
    index: i,
    name,
    typeText,
    role: { value: role.value, pointer: at('type'), quote: role.quote.trim() },
    kind: { value: kind.value, pointer: at('name'), quote: kind.quote.trim() },
    government: gov ? { value: true, pointer: at('name'), quote: gov } : null,
    dateTerminated: date(p.date_terminated, at('date_terminated')),
    extraInfo: text(p.extra_info, at('extra_info')),
    otherFields,
    charges: chargesOf(cd, base),
    highestOffenseLevelOpening: offenceLevel(
      cd?.highest_offense_level_opening,
      base + pointer('criminal_data', 'highest_offense_level_opening'),
    ),
    highestOffenseLevelTerminated: offenceLevel(
      cd?.highest_offense_level_terminated,
      base + pointer('criminal_data', 'highest_offense_level_terminated'),
    ),
  };
}

/**
 * One attorney across the parties of a docket: the name exactly as listed (spaces
 * collapsed). Names that differ otherwise ("Jane Roe", "JANE ROE") are two attorneys,
 * proposed as possibly the same when the docket is mapped (identity.ts); empty when
 * the name has no letter or digit.
 */
export function attorneyKey(name: string): string {
  return /[\p{L}\p{N}]/u.test(name) ? spelling(name) : '';
}

function attorneys(parties: readonly JParty[], warnings: Problem[]): Attorney[] {
  const byKey = new Map<string, Attorney>();
  parties.forEach((p, i) => {
    (p.attorneys ?? []).forEach((a, j) => {
      const ptr = pointer('parties', i, 'attorneys', j);
      const key = attorneyKey(a.name);
      if (key === '') {
        warnings.push({ pointer: ptr + '/name', message: 'attorney without a name: skipped' });
        return;
      }
      const roles = a.roles ?? [];
      const proSe = roles.some((r) => /\bPRO SE\b/i.test(r));
      const contactText = typeof a.contact === 'string' ? a.contact : '';
      const contact = parseContact(contactText, a.name, ptr + '/contact', proSe);
      const name: Evidenced<string> = {
        value: cleanSpaces(a.name),
        pointer: ptr + '/name',
        quote: a.name.trim(),
      };
      const client = {
        partyIndex: i,
        pointer: ptr,
        name,
        roles: parseRoles(roles, ptr + '/roles', contact.firm),
      };
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, { key, name, contact, clients: [client] });
        return;
      }
      known.clients.push(client);
      const empty = !known.contact.firm && !known.contact.email && known.contact.phones.length === 0;
      if (empty && contactText.trim()) known.contact = contact;
    });
  });
  return [...byKey.values()];
}

function entry(e: JDocketEntry, i: number, report: ReportKind, warnings: Problem[]): DocketEntry {
  const base = pointer('docket_entries', i);
  const at = (k: string): string => base + pointer(k);
  const description = text(e.description, at('description'));
  const kind = description ? classifyEntry(e.description!) : null;
  const outcome = description && kind ? outcomeOf(e.description!, kind.value) : null;
  const dateFiled = date(e.date_filed, at('date_filed'));
  if (!dateFiled) warnings.push({ pointer: at('date_filed'), message: 'docket entry without a date filed' });
  if (!description)
    warnings.push({ pointer: at('description'), message: 'docket entry without a description' });
  const rawNumber = e.document_number;
  let number: Evidenced<string> | null = null;
  const numberText =
    typeof rawNumber === 'number' ? String(rawNumber) : typeof rawNumber === 'string' ? rawNumber.trim() : '';
  // Appellate reports put the PACER document id where an entry has no number.
  const isDocId = report === 'APPELLATE' && numberText !== '' && numberText === String(e.pacer_doc_id ?? '');
  if (numberText !== '' && !isDocId)
    number = { value: numberText, pointer: at('document_number'), quote: numberText };
  return {
    index: i,
    dateFiled,
    dateEntered: date(e.date_entered, at('date_entered')),
    number,
    pacerDocumentId: text(e.pacer_doc_id, at('pacer_doc_id')),
    description,
    kind: kind && description ? { value: kind.value, pointer: description.pointer, quote: kind.quote } : null,
    outcome:
      outcome && description
        ? { value: outcome.value, pointer: description.pointer, quote: outcome.quote }
        : null,
  };
}

/** Reads a juriscraper docket; bad input gives problems naming the pointer, never a throw. */
export function normaliseDocket(json: unknown, file: string): NormalisedDocket | { problems: Problem[] } {
  const read = readDocket(json);
  if ('problems' in read) return read;
  const report = read.report;
  const doc = read.docket as Doc;
  const warnings: Problem[] = [];

  const court = courtRef(
    { value: doc.court_id.trim().toLowerCase(), pointer: '/court_id', quote: doc.court_id.trim() },
    warnings,
  );
  const dateTerminated = date(doc.date_terminated, '/date_terminated');
  const caseInfo: CaseInfo = {
    court,
    docketNumber: {
      value: cleanSpaces(doc.docket_number),
      pointer: '/docket_number',
      quote: doc.docket_number.trim(),
    },
    caption: text(doc.case_name, '/case_name') ?? {
      value: cleanSpaces(doc.docket_number),
      pointer: '/docket_number',
      quote: doc.docket_number.trim(),
    },
    kind: kindOfCase(doc, report, court.type),
    natureOfSuit: natureOfSuit(doc.nature_of_suit),
    cause: cause(doc.cause),
    jurisdictionBasis: text(doc.jurisdiction, '/jurisdiction'),
    juryDemand: juryDemand(doc.jury_demand),
    demand: demand(doc.demand),
    dateFiled: date(doc.date_filed, '/date_filed'),
    dateTerminated,
    status: dateTerminated
      ? { ...dateTerminated, value: 'CLOSED' }
      : { value: 'PENDING', inferredFrom: 'the report gives no date terminated' },
    caseTypeInformation: text(doc.case_type_information, '/case_type_information'),
    feeStatus: text(doc.fee_status, '/fee_status'),
    originatingCourt: report === 'APPELLATE' ? originatingCourt(doc, warnings) : null,
  };
  if (!text(doc.case_name, '/case_name'))
    warnings.push({ pointer: '/case_name', message: 'no case name: the docket number stands as caption' });

  const judges: Judge[] = [
    judgeOf(doc.assigned_to_str, '/assigned_to_str', 'ASSIGNED'),
    judgeOf(doc.referred_to_str, '/referred_to_str', 'REFERRED'),
    ...(doc.panel ?? []).map((j, k) => judgeOf(j, pointer('panel', k), 'PANEL')),
  ].filter((j): j is Judge => j !== null);

  const parties = (doc.parties ?? []).map((p, i) => party(p, i, report, warnings));
  return {
    file,
    report,
    case: caseInfo,
    judges,
    parties,
    attorneys: attorneys(doc.parties ?? [], warnings),
    entries: (doc.docket_entries ?? []).map((e, i) => entry(e, i, report, warnings)),
    warnings,
  };
}
