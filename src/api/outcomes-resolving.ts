import type { OutcomeModel } from '../domain/models';
import type { GraphQLContext } from './context';
import { caseById, caseDetails } from './documents';

/** The outcomes of a charge's or claim's case that resolve it, from the case's one document. */
export async function outcomesResolving(
  x: { id: string; caseId: string },
  ctx: GraphQLContext,
): Promise<OutcomeModel[]> {
  const { outcomes } = await caseDetails(await caseById(x.caseId, ctx), ctx);
  return outcomes.filter((o) => o.resolves?.some((r) => r.id === x.id));
}
