import type { OutcomeModel } from '../domain/models';
import type { GraphQLContext } from './context';
import { required } from './documents';

/** The outcomes of a charge's or claim's case that resolve it, from the case's one document. */
export async function outcomesResolving(
  x: { id: string; caseId: string },
  ctx: GraphQLContext,
): Promise<OutcomeModel[]> {
  const owner = await ctx.loaders.casesWith(new Set(['outcomes'])).load(x.caseId);
  const outcomes = required(owner?.details?.outcomes, `Case ${x.caseId}`);
  return outcomes.filter((o) => o.resolves?.some((r) => r.id === x.id));
}
