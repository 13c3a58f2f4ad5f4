import { GraphQLJSONObject } from 'graphql-scalars';
import { checkSentDocument, loadSentDocument, removeSentDocument } from '../document-writes';
import type { Resolvers } from '../generated/resolvers-types';
import { requireWriteAccess } from '../write-access';

export const loadDocumentResolvers: Resolvers = {
  JSONObject: GraphQLJSONObject,
  Query: {
    // A dry run: reads only, so it needs no token.
    checkDocument: (_root, { document, sources }, ctx) => checkSentDocument(ctx.executor, document, sources),
  },
  Mutation: {
    async loadDocument(_root, { document, sources }, ctx) {
      requireWriteAccess(ctx.writeAccess);
      const report = await loadSentDocument(ctx.executor, document, sources);
      return { documentId: report.docId, nodes: report.nodes, relationships: report.relationships };
    },
    async removeDocument(_root, { id }, ctx) {
      requireWriteAccess(ctx.writeAccess);
      const report = await removeSentDocument(ctx.executor, id);
      return {
        documentId: report.docId,
        deletedNodes: report.deleted.nodes,
        deletedRelationships: report.deleted.relationships,
      };
    },
  },
};
