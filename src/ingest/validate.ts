import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import schema from '../../seed/litigation.schema.json';
import { DateError, parseIsoPartial, resolveRelativeDate } from '../domain/dates';
import { IngestError, type DateInput, type Issue, type LitigationDocument } from './format';

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
  if (!validateSchema(data)) throw new IngestError(file, schemaIssues(validateSchema.errors ?? []));
  const doc = data;
  const sourceTexts = readSources(file, doc);
  const issues = [...sourceTexts.issues, ...semanticIssues(doc, sourceTexts.texts)];
  if (issues.length > 0) throw new IngestError(file, issues);
  return { file, doc, sourceTexts: sourceTexts.texts };
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

  // A declared source whose text could not be read is reported once, at its file.
  const unreadable = new Set(doc.sources.map((s) => s.id).filter((id) => !texts.has(id)));
  walk(doc, '', (value, path) => {
    if (isEvidence(value) && !unreadable.has(value.source)) checkEvidence(value, path, texts, issues);
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

function checkEvidence(
  ev: { source: string; quote: string },
  path: string,
  texts: Map<string, string>,
  issues: Issue[],
): void {
  const text = texts.get(ev.source);
  if (text === undefined) {
    issues.push({
      path: `${path}/source`,
      message: `unknown source "${ev.source}" (declare it under /sources)`,
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
