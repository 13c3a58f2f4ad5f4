import { GraphQLError } from 'graphql';
import { toGraphQLError } from '../db/errors';
import type { Executor } from '../db/executor';
import { badInput, ErrorCodes } from '../domain/errors';
import { IngestError } from '../ingest/format';
import {
  checkPlanAgainstGraph,
  loadChecked,
  NO_SUCH_DOCUMENT,
  planDocument,
  RemovalError,
  removeDocument,
  type LoadReport,
  type RemovalReport,
} from '../ingest/load';
import { checkDocumentData } from '../ingest/validate';
import { scheduleOutcomeStatsRefresh } from '../repositories/stats-snapshot';

// Documents sent through the API go through the CLI's own path: the same checks
// (validate.ts, with the sources' texts given in memory), one write transaction
// (load.ts), the same idempotence. Refusals become coded GraphQL errors carrying
// the issues, each a JSON pointer into the document and what is wrong there.

/** Names the document in messages, as a file name does for the CLI. */
const SENT = 'document';

export interface SourceText {
  id: string;
  text: string;
}

function sourceTexts(document: unknown, sources: readonly SourceText[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { id, text } of sources) {
    if (texts.has(id)) throw badInput(`sources gives the text of ${id} twice`, 'sources');
    texts.set(id, text);
  }
  const declared = (document as { sources?: unknown }).sources;
  if (Array.isArray(declared)) {
    const ids = new Set(declared.map((s) => (s as { id?: unknown } | null)?.id));
    const extra = [...texts.keys()].filter((id) => !ids.has(id));
    if (extra.length > 0) {
      throw badInput(`sources gives texts the document does not declare: ${extra.join(', ')}`, 'sources');
    }
  }
  return texts;
}

function documentError(error: IngestError, code: string): GraphQLError {
  return new GraphQLError(error.message.split('\n')[0] ?? error.message, {
    originalError: error,
    extensions: { code, issues: error.issues.map(({ path, message }) => ({ path, message })) },
  });
}

export async function loadSentDocument(
  executor: Executor,
  document: unknown,
  sources: readonly SourceText[],
): Promise<LoadReport> {
  try {
    const checked = checkDocumentData(SENT, document, sourceTexts(document, sources));
    const report = await loadChecked(executor, checked);
    scheduleOutcomeStatsRefresh(executor);
    return report;
  } catch (error) {
    if (error instanceof IngestError) throw documentError(error, ErrorCodes.BAD_DOCUMENT);
    throw toGraphQLError(error, 'loadDocument');
  }
}

/**
 * The dry run of `loadSentDocument`: every check it makes, the graph only read. Answers the
 * issues it would refuse the document with (empty when it would load).
 */
export async function checkSentDocument(
  executor: Executor,
  document: unknown,
  sources: readonly SourceText[],
): Promise<{ path: string; message: string }[]> {
  try {
    const checked = checkDocumentData(SENT, document, sourceTexts(document, sources));
    await checkPlanAgainstGraph(executor, SENT, planDocument(checked));
    return [];
  } catch (error) {
    if (error instanceof IngestError) return error.issues.map(({ path, message }) => ({ path, message }));
    throw toGraphQLError(error, 'checkDocument');
  }
}

export async function removeSentDocument(executor: Executor, id: string): Promise<RemovalReport> {
  try {
    const report = await removeDocument(executor, id);
    scheduleOutcomeStatsRefresh(executor);
    return report;
  } catch (error) {
    if (error instanceof RemovalError) {
      if (error.issues.some((i) => i.message === NO_SUCH_DOCUMENT)) {
        throw badInput(`No document ${JSON.stringify(id)} in the graph`, 'id');
      }
      throw documentError(error, ErrorCodes.CONFLICT);
    }
    throw toGraphQLError(error, 'removeDocument');
  }
}
