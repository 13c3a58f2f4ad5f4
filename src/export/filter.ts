import {
  buildSchema,
  coerceInputValue,
  GraphQLError,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import { DateScalar } from '../api/resolvers/scalars';
import { loadTypeDefs } from '../api/type-defs';
import { ErrorCodes } from '../domain/errors';
import { caseFilterPlan, type CaseFilterInput } from '../repositories/case-filter';

// The `filter` of an export: a CaseFilter (schema/case.graphql) written as JSON, read
// exactly as the `cases(filter:)` argument is, by the schema's own input type: an
// unknown field, a value of the wrong type or enum, a bad date or a filter the case
// list refuses (`transitive` without `incidentId`) is refused with what is wrong.

/** A filter that cannot be used; nothing was read. */
export class ExportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportInputError';
  }
}

const DATE_FIELDS = ['filedFrom', 'filedTo', 'closedFrom', 'closedTo', 'pendingOn'] as const;

let schema: GraphQLSchema | undefined;

/** The schema's CaseFilter input type, from the SDL the server publishes. */
function caseFilterType(): GraphQLInputObjectType {
  if (!schema) {
    schema = buildSchema(loadTypeDefs().join('\n'));
  }
  return schema.getType('CaseFilter') as GraphQLInputObjectType;
}

/**
 * `text` (JSON of a CaseFilter) as the filter the case list would use; null for no
 * text, an empty text or `{}` (every case). Throws ExportInputError naming what is wrong.
 */
export function parseCaseFilter(text: string | undefined | null): CaseFilterInput | null {
  if (text === undefined || text === null || text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ExportInputError(`filter is not JSON: ${(error as Error).message}`);
  }
  return checkCaseFilter(value);
}

/** A parsed value as a CaseFilter (see parseCaseFilter). */
export function checkCaseFilter(value: unknown): CaseFilterInput | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ExportInputError(
      'filter must be a JSON object of CaseFilter fields, e.g. {"court":"nyed","kind":["CIVIL"]}',
    );
  }
  const problems: string[] = [];
  const coerced = coerceInputValue(value, caseFilterType(), (path, _invalid, error) => {
    const at = path.length > 0 ? `filter.${path.join('.')}` : 'filter';
    // graphql-js names the type as "CaseFilter" and, unless told, suggests field names.
    problems.push(`${at}: ${error.message.replace(/ Did you mean [^?]*\?$/, '')}`);
  }) as CaseFilterInput;
  if (problems.length > 0) throw new ExportInputError(problems.join('; '));
  for (const field of DATE_FIELDS) {
    const day = coerced[field];
    if (day === undefined || day === null) continue;
    try {
      DateScalar.parseValue(day);
    } catch (error) {
      throw new ExportInputError(`filter.${field}: ${(error as Error).message}`);
    }
  }
  try {
    caseFilterPlan(coerced);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCodes.BAD_USER_INPUT)
      throw new ExportInputError(`filter: ${error.message}`);
    throw error;
  }
  return Object.keys(value).length === 0 ? null : coerced;
}
