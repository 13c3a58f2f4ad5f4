import { badInput } from '../../domain/errors';
import type { NodeModel } from '../../domain/models';
import type { NodeLabel } from '../../graph/labels';
import { labelOfId } from '../../graph/labels';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { Loaders } from '../loaders';

// Global ids are typed by their prefix, so `node(id)` needs no extra query to find the type.
const LOADER_OF_LABEL: Record<NodeLabel, keyof Loaders> = {
  Person: 'parties',
  Organization: 'parties',
  Group: 'parties',
  Case: 'cases',
  Charge: 'charges',
  Claim: 'claims',
  Outcome: 'outcomes',
  Event: 'events',
  Incident: 'incidents',
  Production: 'productions',
  Court: 'courts',
  Source: 'sources',
  Statement: 'statements',
};

const PREFIXES = Object.keys(LOADER_OF_LABEL)
  .map((label) => label.toLowerCase())
  .join(', ');

async function nodeById(ctx: GraphQLContext, id: string): Promise<NodeModel | null> {
  const label = labelOfId(id);
  // An id whose prefix names no type is a mistake, not an entity that is missing.
  if (!label) throw badInput(`\`id\` must be <kind>:<slug> with a kind among ${PREFIXES}`, 'id');
  return ctx.loaders[LOADER_OF_LABEL[label]].load(id);
}

export const nodeResolvers: Resolvers = {
  Query: { node: (_r, { id }, ctx) => nodeById(ctx, id) },
};
