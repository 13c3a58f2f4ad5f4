import { GraphQLJSONObject } from 'graphql-scalars';
import { loadSentDocument, removeSentDocument } from '../document-writes';
import type { Resolvers } from '../generated/resolvers-types';
import { requireWriteAccess } from '../write-access';

export const loadDocumentResolvers: Resolvers = {
  JSONObject: GraphQLJSONObject,
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
