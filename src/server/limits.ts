import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ASTVisitor,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { COST_LIMIT_EXCEEDED, ErrorCodes } from '../domain/errors';
import { checkText } from '../cypher/fulltext';
import { FIELD_MODELS, fieldCost, type ShapeView } from '../api/fields';
import { fieldsThrough } from '../api/selection';
import { MAX_PAGE, parseCursor } from '../cypher/paging';
import { MAX_DEPTH as MAX_HOPS, MAX_NODES, MAX_PATH_LENGTH, MAX_PATHS } from '../repositories/explore';
import { MAX_TOP_PARTIES } from '../repositories/stats';
import { MAX_FACET_VALUES } from '../repositories/case-facets';
import { shapeView } from './shape';

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
/** Rows an operation may make the database touch, as `costEstimator` estimates them (GitHub allows 500,000 nodes a call). */
export const DEFAULT_MAX_COST = 500_000;

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
  'Query.caseFacets': { limit: [1, MAX_FACET_VALUES] },
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

/** What the estimate found for one field of the operation (for the refusal's message). */
interface Weighed {
  name: string;
  cost: number;
  /** Rows per row of its parent: a page's size, a list's degree. */
  times: number;
}

/**
 * The estimate of what an operation makes the database touch, in rows (nodes,
 * relationships, evidence records): each field's model entry says how
 * (`src/api/fields/cost.ts`), the graph's shape gives degrees and records.
 * Also checks the integer arguments' ranges, search texts and cursors.
 */
export function costEstimator(shape: ShapeView, weighed?: Map<FieldNode, Weighed>): ComplexityEstimator {
  return ({ type, field, args, childComplexity, node }) => {
    const coordinate = `${type.name}.${field.name}`;
    for (const name of Object.keys(args)) checkedInt(coordinate, args, name);
    checkTextsAndCursors(args);
    const spec = FIELD_MODELS[type.name]?.[field.name];
    // `__typename` has no model entry (every schema field has one): it counts as a row.
    const { rows, times } = spec
      ? fieldCost(spec, args, childComplexity, shape)
      : { rows: 1 + childComplexity, times: 1 };
    weighed?.set(node, { name: field.name, cost: rows, times });
    return rows;
  };
}

/** The estimate with the shape unknown (`UNKNOWN_SHAPE`): for tests and tools without a graph. */
export const estimateCost: ComplexityEstimator = costEstimator(shapeView(null));

/** The costliest field at each level, from the root down: what makes the operation expensive. */
export function costliestPath(
  document: DocumentNode,
  operationName: string | undefined,
  weighed: ReadonlyMap<FieldNode, Weighed>,
): Weighed[] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const path: Weighed[] = [];
  let level = operation?.selectionSet.selections ?? [];
  while (level.length > 0) {
    const ranked = fieldsThrough(level, fragments)
      .map((f) => ({ f, w: weighed.get(f) }))
      .filter((x): x is { f: FieldNode; w: Weighed } => x.w !== undefined)
      .sort((a, b) => b.w.cost - a.w.cost);
    const top = ranked[0];
    if (!top || top.w.cost === 0) break;
    path.push(top.w);
    level = top.f.selectionSet?.selections ?? [];
  }
  return path;
}

/** `cases ×100 › parties ×100 › cases ×100`: the multiplying fields of the costliest path. */
export function describeCostliest(path: readonly Weighed[]): string {
  const multiplying = path.filter((w) => w.times > 1);
  return (multiplying.length ? multiplying : path.slice(0, 1))
    .map((w) => (w.times > 1 ? `${w.name} ×${w.times}` : w.name))
    .join(' › ');
}

/** Refuses operations whose estimated cost passes `maxCost`, before execution. */
export function costLimitPlugin(
  maxCost: number,
  shape: () => ShapeView = () => shapeView(null),
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const weighed = new Map<FieldNode, Weighed>();
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [costEstimator(shape(), weighed)],
            });
          } catch (error) {
            // The estimator's own refusals are request errors; anything else (variables
            // that do not coerce) is left to execution, which reports it with its code.
            if (error instanceof GraphQLError && error.extensions.http) throw error;
            return;
          }
          if (cost > maxCost) {
            const path = costliestPath(document, operationName ?? undefined, weighed);
            throw new GraphQLError(
              `Operation cost ${cost} exceeds the cost limit of ${maxCost} (MAX_QUERY_COST): it could read about ${cost} rows, most through ${describeCostliest(path)}. Ask for smaller pages (\`first\`), fewer nested lists or less evidence.`,
              {
                extensions: {
                  code: COST_LIMIT_EXCEEDED,
                  cost,
                  limit: maxCost,
                  costliest: path.map((w) => ({ field: w.name, rows: w.cost, times: w.times })),
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
