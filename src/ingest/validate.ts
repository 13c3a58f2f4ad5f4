import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import schema from '../../seed/litigation.schema.json';
import { DateError, parseIsoPartial, resolveRelativeDate } from '../domain/dates';
import { resolvePointer } from '../domain/json-pointer';
import {
  IngestError,
  type DateInput,
  type Issue,
  type LitigationDocument,
  type StatementInput,
} from './format';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateSchema = ajv.compile<LitigationDocument>(schema);

/** A document that passed every check, with its sources' full texts. */
export interface CheckedDocument {
  file: string;
  doc: LitigationDocument;
  sourceTexts: Map<string, string>;
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.join(', ');
    return `must be one of ${allowed}`;
  }
  if (error.keyword === 'additionalProperties') {
    return `unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (error.keyword === 'required') {
    return `missing required field "${(error.params as { missingProperty: string }).missingProperty}"`;
  }
  return error.message ?? 'is not valid';
}

function schemaIssues(errors: ErrorObject[]): Issue[] {
  // oneOf/anyOf report every branch; the leaf errors say what is actually wrong.
  const leaves = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const e of leaves.length > 0 ? leaves : errors) {
    const issue = { path: e.instancePath, message: describe(e) };
    const key = `${issue.path}|${issue.message}`;
    if (!seen.has(key)) issues.push(issue);
    seen.add(key);
  }
  return issues;
}

/** Parses and checks a document: JSON Schema, ids, references, dates and verbatim quotes. */
export function checkDocumentText(file: string, text: string): CheckedDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new IngestError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return checkDocumentData(file, data);
}

/**
 * Checks a parsed document. Its sources' texts are read from their files, or, for a
 * document made in memory (an imported docket, a document sent to the API), given
 * by source id: then every source must have one.
 */
export function checkDocumentData(file: string, data: unknown, texts?: Map<string, string>): CheckedDocument {
  if (!validateSchema(data)) throw new IngestError(file, schemaIssues(validateSchema.errors ?? []));
  const doc = data;
  const sourceTexts = texts ? givenSources(doc, texts) : readSources(file, doc);
  const issues = [...sourceTexts.issues, ...semanticIssues(doc, sourceTexts.texts)];
  if (issues.length > 0) throw new IngestError(file, issues);
  return { file, doc, sourceTexts: sourceTexts.texts };
}

function givenSources(doc: LitigationDocument, given: Map<string, string>) {
  const texts = new Map<string, string>();
  const issues: Issue[] = [];
  doc.sources.forEach((source, i) => {
    const text = given.get(source.id);
    if (text === undefined)
      issues.push({ path: `/sources/${i}`, message: `no text was given for ${source.id}` });
    else texts.set(source.id, text);
  });
  return { texts, issues };
}

export function checkDocumentFile(file: string): CheckedDocument {
  let text: string;
  try {
    text = readUtf8(file);
  } catch (error) {
    throw new IngestError(file, [{ path: '', message: `cannot read file: ${(error as Error).message}` }]);
  }
  return checkDocumentText(file, text);
}

// Inputs are UTF-8; anything else would be stored as mojibake, so it is refused.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function readUtf8(file: string): string {
  const bytes = readFileSync(file);
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    throw new Error(`not valid UTF-8 (invalid byte sequence at offset ${at}); save it as UTF-8`);
  }
}

function firstInvalidUtf8Byte(bytes: Buffer): number {
  const decodes = (end: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // The longest prefix that decodes while streaming (a cut inside a character is no error)…
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodes(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  // …ends inside the bad sequence at most 3 bytes after it starts.
  for (let start = lo; start > lo - 4 && start > 0; start -= 1) if (decodes(start, false)) return start;
  return 0;
}

/**
 * A source's text must lie inside the document's own folder, symbolic links
 * resolved: a document cannot make any other file on the machine quotable.
 */
function sourcePath(file: string, sourceFile: string): string {
  const folder = realpathSync(dirname(resolve(file)));
  const target = realpathSync(resolve(folder, sourceFile));
  const inside = relative(folder, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new Error(`"${sourceFile}" resolves to ${target}, outside the document's folder ${folder}`);
  }
  return target;
}

function readSources(file: string, doc: LitigationDocument): { texts: Map<string, string>; issues: Issue[] } {
  const texts = new Map<string, string>();
  const issues: Issue[] = [];
  doc.sources.forEach((source, i) => {
    try {
      texts.set(source.id, readUtf8(sourcePath(file, source.file)));
    } catch (error) {
      issues.push({
        path: `/sources/${i}/file`,
        message: `cannot read source text: ${(error as Error).message}`,
      });
    }
  });
  return { texts, issues };
}

const PREFIX_OF_KIND: Record<string, string> = {
  PERSON: 'person:',
  ORGANIZATION: 'organization:',
  GROUP: 'group:',
};

function semanticIssues(doc: LitigationDocument, texts: Map<string, string>): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, string>();
  const define = (id: string, path: string) => {
    const previous = ids.get(id);
    if (previous) issues.push({ path: `${path}/id`, message: `id "${id}" is already used at ${previous}` });
    else ids.set(id, path);
  };
  const sourceDates = new Map(doc.sources.map((s) => [s.id, s.date?.value]));

  doc.sources.forEach((s, i) => define(s.id, `/sources/${i}`));
  doc.parties?.forEach((p, i) => {
    define(p.id, `/parties/${i}`);
    if (!p.id.startsWith(PREFIX_OF_KIND[p.kind] ?? '?')) {
      issues.push({
        path: `/parties/${i}/id`,
        message: `a ${p.kind} id must start with "${PREFIX_OF_KIND[p.kind]}"`,
      });
    }
  });
  doc.courts?.forEach((c, i) => define(c.id, `/courts/${i}`));
  doc.productions?.forEach((p, i) => define(p.id, `/productions/${i}`));
  doc.incidents?.forEach((x, i) => define(x.id, `/incidents/${i}`));
  doc.cases?.forEach((c, i) => {
    define(c.id, `/cases/${i}`);
    for (const key of ['charges', 'claims', 'outcomes', 'events'] as const) {
      c[key]?.forEach((x, j) => define(x.id, `/cases/${i}/${key}/${j}`));
    }
  });

  doc.statements?.forEach((s, i) => {
    define(s.id, `/statements/${i}`);
    issues.push(...statementWordingIssues(s, `/statements/${i}`));
  });

  issues.push(...chainedDateIssues(doc));

  // A declared source whose text could not be read is reported once, at its file.
  const unreadable = new Set(doc.sources.map((s) => s.id).filter((id) => !texts.has(id)));
  const structured = new StructuredSources(doc, texts);
  walk(doc, '', (value, path) => {
    if (isEvidence(value) && !unreadable.has(value.source))
      checkEvidence(value, path, texts, structured, issues);
    if (isDate(value)) checkDate(value, path, sourceDates, issues);
  });

  doc.cases?.forEach((c, i) => {
    const own = new Set([c.id, ...(c.charges ?? []).map((x) => x.id), ...(c.claims ?? []).map((x) => x.id)]);
    c.outcomes?.forEach((o, j) =>
      o.resolves?.forEach((r, k) => {
        if (!own.has(r)) {
          issues.push({
            path: `/cases/${i}/outcomes/${j}/resolves/${k}`,
            message: `"${r}" is neither this case nor one of its charges or claims`,
          });
        }
      }),
    );
  });
  return issues;
}

/**
 * A statement's `content` and `attribution` are the source's own words: each must
 * be verbatim within one of the statement's evidence quotes, so what a speaker
 * asserts can never be paraphrased into something stronger.
 */
function statementWordingIssues(s: StatementInput, path: string): Issue[] {
  const inQuotes = (text: string) => s.evidence.some((e) => e.quote.includes(text));
  const issues: Issue[] = [];
  if (!inQuotes(s.content))
    issues.push({
      path: `${path}/content`,
      message: "is not verbatim within any of the statement's evidence quotes",
    });
  if (s.attribution !== undefined && !inQuotes(s.attribution))
    issues.push({
      path: `${path}/attribution`,
      message: "is not verbatim within any of the statement's evidence quotes",
    });
  if (s.onBehalfOf === s.speaker)
    issues.push({
      path: `${path}/onBehalfOf`,
      message: 'names the speaker; leave it out when speakers speak for themselves',
    });
  return issues;
}

/** A date counted from another event must name a dated event of this document, without a cycle. */
function chainedDateIssues(doc: LitigationDocument): Issue[] {
  const issues: Issue[] = [];
  const events = new Map<string, DateInput | undefined>();
  doc.cases?.forEach((c) => c.events?.forEach((e) => events.set(e.id, e.date)));
  const check = (date: DateInput | undefined, path: string) => {
    if (!date || !('after' in date)) return;
    const seen = new Set<string>();
    let current: DateInput | undefined = date;
    while (current && 'after' in current) {
      if (seen.has(current.after)) {
        issues.push({
          path: `${path}/after`,
          message: `dates counted from "${current.after}" go round in a cycle`,
        });
        return;
      }
      seen.add(current.after);
      if (!events.has(current.after)) {
        issues.push({
          path: `${path}/after`,
          message: `"${current.after}" is not an event of this document`,
        });
        return;
      }
      current = events.get(current.after);
      if (!current) {
        issues.push({ path: `${path}/after`, message: `the event it counts from has no date` });
        return;
      }
    }
  };
  walk(doc, '', (value, path) => {
    if (value && typeof value === 'object' && 'after' in value && 'offsetDays' in value)
      check(value as DateInput, path);
  });
  return issues;
}

/**
 * Sources whose text is JSON (dockets, tables): quotes from them are checked
 * against the value their `locator` points at, parsed once per source.
 */
class StructuredSources {
  private readonly parsed = new Map<string, unknown>();
  private readonly kinds: Map<string, string>;
  constructor(
    doc: LitigationDocument,
    private readonly texts: Map<string, string>,
  ) {
    this.kinds = new Map(doc.sources.map((s) => [s.id, s.kind]));
  }

  /** A locator is required for DOCKET sources (their text is JSON). */
  needsLocator(source: string): boolean {
    return this.kinds.get(source) === 'DOCKET';
  }

  /** The value at `locator`; a problem in words when there is none. */
  valueAt(source: string, locator: string): { value: unknown } | { problem: string } {
    if (!this.parsed.has(source)) {
      try {
        this.parsed.set(source, JSON.parse(this.texts.get(source) ?? ''));
      } catch {
        return { problem: `source ${source} is not JSON, so a locator cannot point into it` };
      }
    }
    const value = resolvePointer(this.parsed.get(source), locator);
    return value === undefined
      ? { problem: `locator ${locator} leads to nothing in source ${source}` }
      : { value };
  }
}

function checkEvidence(
  ev: { source: string; quote: string; locator?: string },
  path: string,
  texts: Map<string, string>,
  structured: StructuredSources,
  issues: Issue[],
): void {
  const text = texts.get(ev.source);
  if (text === undefined) {
    issues.push({
      path: `${path}/source`,
      message: `unknown source "${ev.source}" (declare it under /sources)`,
    });
  } else if (ev.locator !== undefined) {
    const found = structured.valueAt(ev.source, ev.locator);
    if ('problem' in found) issues.push({ path: `${path}/locator`, message: found.problem });
    else if (
      !(typeof found.value === 'string' || typeof found.value === 'number') ||
      !String(found.value).includes(ev.quote)
    ) {
      issues.push({
        path: `${path}/quote`,
        message: `quote is not verbatim in the value at ${ev.locator} of source ${ev.source}: "${ev.quote}"`,
      });
    }
  } else if (structured.needsLocator(ev.source)) {
    issues.push({
      path: `${path}/locator`,
      message: `evidence from the DOCKET source ${ev.source} needs a locator (the JSON pointer of the value quoted)`,
    });
  } else if (!text.includes(ev.quote)) {
    issues.push({
      path: `${path}/quote`,
      message: `quote is not verbatim in source ${ev.source}: "${ev.quote}"`,
    });
  }
}

function checkDate(
  date: DateInput,
  path: string,
  sourceDates: Map<string, string | undefined>,
  issues: Issue[],
): void {
  if ('after' in date) return; // checked with the events it refers to (chainedDateIssues)
  try {
    if ('relativeTo' in date) {
      const anchor = sourceDates.get(date.relativeTo);
      if (!anchor) {
        issues.push({
          path: `${path}/relativeTo`,
          message: `source "${date.relativeTo}" is unknown or has no date`,
        });
        return;
      }
      resolveRelativeDate(date.wording, anchor, date.relativeTo);
    } else {
      parseIsoPartial(date.value);
    }
  } catch (error) {
    if (!(error instanceof DateError)) throw error;
    issues.push({ path, message: error.message });
  }
}

function isEvidence(value: unknown): value is { source: string; quote: string } {
  return typeof value === 'object' && value !== null && 'quote' in value && 'source' in value;
}

function isDate(value: unknown): value is DateInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    // A fact with a `value` (a contact point) carries evidence; a date never does.
    !('evidence' in value) &&
    ('relativeTo' in value || ('value' in value && typeof (value as { value: unknown }).value === 'string'))
  );
}

function walk(value: unknown, path: string, visit: (value: unknown, path: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`, visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`, visit);
  }
}
