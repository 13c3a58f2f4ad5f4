import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import { type Problem, type ReportKind } from './model';

// juriscraper's docket JSON (pacer/docket_report.py and pacer/appellate_docket.py),
// as it serialises it: dates as `YYYY-MM-DD` strings, absent values as null or "".
// Fields juriscraper may add later are allowed; the ones read here are checked.

export interface JAttachment {
  attachment_number?: number | null;
  description?: string | null;
  page_count?: number | null;
  file_size_str?: string | null;
  file_size_bytes?: number | null;
  pacer_doc_id?: string | string[] | null;
  pacer_seq_no?: string | null;
}

export interface JDocketEntry {
  date_filed?: string | null;
  date_entered?: string | null;
  document_number?: string | number | null;
  pacer_doc_id?: string | null;
  pacer_seq_no?: string | null;
  description?: string | null;
  short_description?: string | null;
  attachments?: JAttachment[];
  file_size_bytes?: number | null;
  file_size_str?: string | null;
  page_count?: number | null;
}

export interface JAttorney {
  name: string;
  contact?: string | null;
  roles?: string[];
}

export interface JCriminalCount {
  name: string;
  disposition?: string | null;
  status?: string | null;
}

export interface JCriminalComplaint {
  name: string;
  disposition?: string | null;
}

export interface JCriminalData {
  counts?: JCriminalCount[];
  complaints?: JCriminalComplaint[];
  highest_offense_level_opening?: string | null;
  highest_offense_level_terminated?: string | null;
}

export interface JParty {
  name: string;
  type?: string | null;
  extra_info?: string | null;
  date_terminated?: string | null;
  attorneys?: JAttorney[];
  criminal_data?: JCriminalData;
  /** Appellate: lines of the party cell juriscraper could not label. */
  unparsed?: string[];
  /** Appellate: other bold-labelled fields are kept under their label. */
  [label: string]: unknown;
}

interface JCommon {
  court_id: string;
  docket_number: string;
  case_name?: string | null;
  date_filed?: string | null;
  date_terminated?: string | null;
  nature_of_suit?: string | null;
  parties?: JParty[];
  docket_entries?: JDocketEntry[];
}

export interface JDistrictDocket extends JCommon {
  assigned_to_str?: string | null;
  referred_to_str?: string | null;
  cause?: string | null;
  jury_demand?: string | null;
  demand?: string | null;
  jurisdiction?: string | null;
  mdl_status?: string | null;
  date_converted?: string | null;
  date_discharged?: string | null;
  ordered_by?: string | null;
  federal_dn_case_type?: string | null;
  federal_dn_office_code?: string | null;
  federal_dn_judge_initials_assigned?: string | null;
  federal_dn_judge_initials_referred?: string | null;
  federal_defendant_number?: string | null;
}

export interface JOriginatingCourt {
  court_id?: string | null;
  docket_number?: string | null;
  RESTRICTED_ALIEN_NUMBER?: string | null;
  assigned_to?: string | null;
  ordering_judge?: string | null;
  court_reporter?: string | null;
  date_filed?: string | null;
  date_disposed?: string | null;
  disposition?: string | null;
  date_judgment?: string | null;
  date_judgment_eod?: string | null;
  date_filed_noa?: string | null;
  date_received_coa?: string | null;
}

export interface JAppellateDocket extends JCommon {
  panel?: string[];
  appeal_from?: string | null;
  fee_status?: string | null;
  case_type_information?: string | null;
  originating_court_information?: JOriginatingCourt;
}

export type ReadDocket =
  { report: 'DISTRICT'; docket: JDistrictDocket } | { report: 'APPELLATE'; docket: JAppellateDocket };

const str = { type: 'string' };
const optStr = { type: ['string', 'null'] };
const date = { type: ['string', 'null'], pattern: '^(\\d{4}-\\d{2}-\\d{2}([T ].*)?)?$' };
const strList = { type: 'array', items: str };

const attorney = {
  type: 'object',
  required: ['name'],
  properties: { name: str, contact: optStr, roles: strList },
};
const criminal = {
  type: 'object',
  properties: {
    counts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: str, disposition: optStr, status: optStr },
      },
    },
    complaints: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: str, disposition: optStr } },
    },
    highest_offense_level_opening: optStr,
    highest_offense_level_terminated: optStr,
  },
};
const party = {
  type: 'object',
  required: ['name'],
  properties: {
    name: str,
    type: optStr,
    extra_info: optStr,
    date_terminated: date,
    attorneys: { type: 'array', items: attorney },
    criminal_data: criminal,
    unparsed: strList,
  },
};
const entry = {
  type: 'object',
  properties: {
    date_filed: date,
    date_entered: date,
    document_number: { type: ['string', 'integer', 'null'] },
    description: optStr,
    short_description: optStr,
    attachments: { type: 'array', items: { type: 'object' } },
  },
};
const common = {
  court_id: { type: 'string', minLength: 1 },
  docket_number: { type: 'string', minLength: 1 },
  case_name: optStr,
  date_filed: date,
  date_terminated: date,
  nature_of_suit: optStr,
  parties: { type: 'array', items: party },
  docket_entries: { type: 'array', items: entry },
};
const districtSchema = {
  type: 'object',
  required: ['court_id', 'docket_number', 'parties', 'docket_entries'],
  properties: {
    ...common,
    assigned_to_str: optStr,
    referred_to_str: optStr,
    cause: optStr,
    jury_demand: optStr,
    demand: optStr,
    jurisdiction: optStr,
    mdl_status: optStr,
    date_converted: date,
    date_discharged: date,
    federal_dn_case_type: optStr,
  },
};
const appellateSchema = {
  type: 'object',
  required: ['court_id', 'docket_number', 'parties', 'docket_entries'],
  properties: {
    ...common,
    panel: strList,
    appeal_from: optStr,
    fee_status: optStr,
    case_type_information: optStr,
    originating_court_information: {
      type: 'object',
      properties: {
        court_id: optStr,
        docket_number: optStr,
        assigned_to: optStr,
        ordering_judge: optStr,
        court_reporter: optStr,
        date_filed: date,
        date_disposed: date,
        disposition: optStr,
        date_judgment: date,
        date_judgment_eod: date,
        date_filed_noa: date,
        date_received_coa: date,
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
const checkDistrict = ajv.compile(districtSchema);
const checkAppellate = ajv.compile(appellateSchema);

const APPELLATE_FIELDS = [
  'originating_court_information',
  'case_type_information',
  'appeal_from',
  'panel',
  'fee_status',
];
const DISTRICT_FIELDS = [
  'assigned_to_str',
  'referred_to_str',
  'cause',
  'jury_demand',
  'federal_dn_case_type',
];

function problemOf(e: ErrorObject): Problem {
  if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty?: unknown }).missingProperty);
    return { pointer: `${e.instancePath}/${missing}`, message: `required field "${missing}" is missing` };
  }
  return { pointer: e.instancePath, message: e.message ?? e.keyword };
}

/** Which report this is: appellate reports have their own fields. */
export function reportKindOf(json: Record<string, unknown>): ReportKind | null {
  if (APPELLATE_FIELDS.some((f) => f in json)) return 'APPELLATE';
  if (DISTRICT_FIELDS.some((f) => f in json)) return 'DISTRICT';
  return null;
}

/** Checks the shape of a juriscraper docket; never throws on bad input. */
export function readDocket(json: unknown): ReadDocket | { problems: Problem[] } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { problems: [{ pointer: '', message: 'a docket report must be a JSON object' }] };
  }
  const obj = json as Record<string, unknown>;
  const kind = reportKindOf(obj);
  if (kind === null) {
    return {
      problems: [
        {
          pointer: '',
          message: `not a juriscraper district or appellate docket report: none of ${[...DISTRICT_FIELDS, ...APPELLATE_FIELDS].join(', ')}`,
        },
      ],
    };
  }
  const check = kind === 'APPELLATE' ? checkAppellate : checkDistrict;
  if (!check(obj)) return { problems: (check.errors ?? []).map(problemOf) };
  return kind === 'APPELLATE'
    ? { report: kind, docket: obj as unknown as JAppellateDocket }
    : { report: kind, docket: obj as unknown as JDistrictDocket };
}

/** The one I/O helper: parse a file as JSON; a parse error is a problem, not a throw. */
export function readDocketFile(path: string): { json: unknown } | { problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { problems: [{ pointer: '', message: `cannot read ${path}: ${(e as Error).message}` }] };
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (e) {
    return { problems: [{ pointer: '', message: `${path} is not JSON: ${(e as Error).message}` }] };
  }
}
