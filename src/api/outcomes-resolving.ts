import type { OutcomeModel } from '../domain/models';
import type { GraphQLContext } from './context';
import { required } from './documents';

/** The outcomes of a charge's or claim's case that resolve it, from the case's one document. */
export async function outcomesResolving(
  x: { id: string; caseId: string; outcomes?: OutcomeModel[] },
  ctx: GraphQLContext,
): Promise<OutcomeModel[]> {
  if (x.outcomes) return x.outcomes;
  // With their evidence: the selection below the outcomes is not known here.
  const owner = await ctx.loaders.casesWith(new Set(['outcomes', 'nestedEvidence'])).load(x.caseId);
  const outcomes = required(owner?.details?.outcomes, `Case ${x.caseId}`);
  return outcomes.filter((o) => o.resolves?.some((r) => r.id === x.id));
}
