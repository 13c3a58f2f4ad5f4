import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  getNamedType,
  OperationTypeNode,
  type ASTVisitor,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { COST_LIMIT_EXCEEDED, ErrorCodes } from '../domain/errors';
import { checkText } from '../cypher/fulltext';
import { DEFAULT_PAGE, MAX_PAGE, parseCursor } from '../cypher/paging';
import { MAX_DEPTH as MAX_HOPS, MAX_NODES, MAX_PATH_LENGTH, MAX_PATHS } from '../repositories/explore';
import { MAX_TOP_PARTIES } from '../repositories/stats';

// What an operation may cost, checked before any Cypher runs: tokens at parse,
// depth, aliases and operation type at validation, then the cost and the
// arguments' ranges once the variables are known. Refusals are request errors
// (HTTP 400, no `data`) with a code and a message naming the limit.

/** Deep enough for every example (the deepest nests 11 fields), far from abusive nesting. */
export const MAX_DEPTH = 20;
/** Every alias counts, `__typename` included (40,000 `__typename` aliases are a 3 MB answer). */
export const MAX_ALIASES = 30;
/** Lexical tokens in the document, `__typename` and punctuation included. */
export const MAX_TOKENS = 5000;
/** Estimated rows an operation may touch; see `estimateCost`. */
export const DEFAULT_MAX_COST = 20_000;

/** graphql-js stops lexing past this many tokens, so a huge document is never parsed whole. */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: MAX_TOKENS };

// Thrown, the rules' errors would surface as internal errors; reported to the
// validation context they are ordinary GRAPHQL_VALIDATION_FAILED errors.
const REPORT_AS_VALIDATION_ERROR = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * graphql 16 executes `mutation { __typename }` against a schema without a
 * Mutation type and fails inside execution; refuse it as a validation error.
 */
export const knownOperationTypeRule: ValidationRule = (context): ASTVisitor => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    if (!schema.getRootType(node.operation)) {
      const served = Object.values(OperationTypeNode).filter((op) => schema.getRootType(op));
      context.reportError(
        new GraphQLError(
          `This API has no ${node.operation} operations; it serves ${served.join(' and ')} operations.`,
          { nodes: node },
        ),
      );
    }
  },
});

export const validationRules: ValidationRule[] = [
  knownOperationTypeRule,
  maxDepthRule({ n: MAX_DEPTH, ...REPORT_AS_VALIDATION_ERROR, ignoreIntrospection: true }),
  maxAliasesRule({ n: MAX_ALIASES, allowList: [], ...REPORT_AS_VALIDATION_ERROR }),
];

/** Integer ranges checked before execution, so an out-of-range argument is a request error. */
const RANGES: Record<string, Record<string, readonly [number, number]>> = {
  'Query.neighborhood': { depth: [1, MAX_HOPS], limit: [1, MAX_NODES] },
  'Query.paths': { maxLength: [1, MAX_PATH_LENGTH], first: [1, MAX_PATHS] },
  'Query.outcomeStats': { topParties: [0, MAX_TOP_PARTIES] },
};
const PAGE_RANGE = [0, MAX_PAGE] as const;

function checkedInt(coordinate: string, args: Record<string, unknown>, name: string): number | undefined {
  const value = args[name];
  if (typeof value !== 'number') return undefined;
  const [min, max] = RANGES[coordinate]?.[name] ?? (name === 'first' || name === 'last' ? PAGE_RANGE : []);
  if (min !== undefined && max !== undefined && (value < min || value > max)) {
    throw new GraphQLError(`\`${name}\` must be between ${min} and ${max}; got ${value}`, {
      extensions: { code: ErrorCodes.BAD_USER_INPUT, argument: name, http: { status: 400 } },
    });
  }
  return value;
}

/** Search text over the limit and malformed cursors, refused before execution (resolvers check them too). */
function checkTextsAndCursors(args: Record<string, unknown>): void {
  const asRequestError = (check: () => void) => {
    try {
      check();
    } catch (error) {
      if (error instanceof GraphQLError) {
        throw new GraphQLError(error.message, {
          extensions: { ...error.extensions, http: { status: 400 } },
        });
      }
      throw error;
    }
  };
  if (typeof args.text === 'string') asRequestError(() => checkText(args.text as string, 'text'));
  for (const name of ['after', 'before']) {
    const cursor = args[name];
    if (typeof cursor === 'string') asRequestError(() => parseCursor(cursor, name));
  }
  const filterText = (args.filter as { text?: unknown } | null | undefined)?.text;
  if (typeof filterText === 'string') asRequestError(() => checkText(filterText, 'filter.text'));
}

/**
 * Cost ≈ rows an operation can touch: 1 per field, a list field's selection
 * times its page size (`first`/`last`, or the default page of a connection),
 * `neighborhood` by limit × depth² (each level expands the last), `paths` by
 * first × maxLength. Also checks the integer arguments' ranges.
 */
export const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const coordinate = `${type.name}.${field.name}`;
  for (const name of Object.keys(args)) checkedInt(coordinate, args, name);
  checkTextsAndCursors(args);
  const child = Math.max(1, childComplexity);
  if (coordinate === 'Query.neighborhood') {
    const depth = (args.depth as number | undefined) ?? 1;
    const limit = (args.limit as number | undefined) ?? 200;
    return limit * depth * depth + childComplexity;
  }
  if (coordinate === 'Query.paths') {
    return ((args.first as number | undefined) ?? 5) * ((args.maxLength as number | undefined) ?? 4) * child;
  }
  const page = (args.first ?? args.last) as number | undefined;
  if (page !== undefined) return 1 + page * child;
  if (getNamedType(field.type).name.endsWith('Connection')) return 1 + DEFAULT_PAGE * child;
  return 1 + childComplexity;
};

/** Refuses operations whose estimated cost passes `maxCost`, before execution. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [estimateCost],
            });
          } catch (error) {
            // The estimator's own refusals are request errors; anything else (variables
            // that do not coerce) is left to execution, which reports it with its code.
            if (error instanceof GraphQLError && error.extensions.http) throw error;
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Operation cost ${cost} exceeds the cost limit of ${maxCost} (MAX_QUERY_COST); ask for smaller pages or fewer fields.`,
              {
                extensions: {
                  code: COST_LIMIT_EXCEEDED,
                  cost,
                  limit: maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
