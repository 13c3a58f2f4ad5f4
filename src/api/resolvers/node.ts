import { badInput } from '../../domain/errors';
import type { NodeModel } from '../../domain/models';
import type { NodeLabel } from '../../graph/labels';
import { labelOfId } from '../../graph/labels';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityKind } from '../../repositories/entities';
import { caseForSelection, partyById } from '../documents';
import { casePartsOf } from '../parts';
import { fieldNodesBelow } from '../selection';

// Global ids are typed by their prefix, so `node(id)` needs no extra query to find the type.
// Cases and parties are loaded with the parts the selection needs.
const LOADER_OF_LABEL: Record<NodeLabel, EntityKind | 'case' | 'party'> = {
  Person: 'party',
  Organization: 'party',
  Group: 'party',
  Case: 'case',
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

async function nodeById(
  ctx: GraphQLContext,
  id: string,
  info: GraphQLResolveInfo,
): Promise<NodeModel | null> {
  const label = labelOfId(id);
  // An id whose prefix names no type is a mistake, not an entity that is missing.
  if (!label) throw badInput(`\`id\` must be <kind>:<slug> with a kind among ${PREFIXES}`, 'id');
  const kind = LOADER_OF_LABEL[label];
  if (kind === 'case') return caseForSelection(id, ctx, info);
  if (kind === 'party') return partyById(id, ctx, info);
  if (kind === 'incidents')
    return ctx.loaders
      .incidentsWith(casePartsOf(info, fieldNodesBelow(info, info.fieldNodes, ['cases'])))
      .load(id);
  return ctx.loaders[kind].load(id);
}

export const nodeResolvers: Resolvers = {
  Query: { node: (_r, { id }, ctx, info) => nodeById(ctx, id, info) },
};
