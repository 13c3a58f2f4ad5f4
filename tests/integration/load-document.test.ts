import { startServer, type RunningServer } from '../../src/server/server';
import { fingerprint } from '../support/graph';
import { startHarness, type Harness } from '../support/harness';
import { LOAD, postGraphQL, REMOVE, sentDocument, type HttpAnswer } from '../support/sent-document';

// loadDocument / removeDocument through the real server: refused without the API
// token, the CLI's checks and idempotence with it, and the running server answers
// what was loaded at once (no cache in between).

const TOKEN = 'test-token-0123456789abcdef';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ apiToken: TOKEN });
});
afterAll(() => h.close());

const post = (payload: { query: string; variables?: Record<string, unknown> }, headers = {}) =>
  postGraphQL(h.server.port, payload, headers);

function expectRefused(answer: HttpAnswer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
}

const CASE = `query Case($id: ID!) {
  case(id: $id) {
    caption
    kind
    parties { edges { node { role party { id displayName } evidence { quote source { id } } } } }
  }
}`;

const CHECK = `query Check($document: JSONObject!, $sources: [SourceTextInput!]!) {
  checkDocument(document: $document, sources: $sources) { path message }
}`;

const PARTY_EVIDENCE = `query Party($id: ID!) { party(id: $id) { displayName evidence { source { id } } } }`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) { node { __typename ... on Node { id } } }
}`;

describe('loadDocument and removeDocument', () => {
  it('refuses a mutation without a token, with a wrong one, or with a malformed header; nothing is written', async () => {
    const before = await fingerprint(h.executor);
    const sent = sentDocument('refused-doc');
    const variables = { document: sent.document, sources: sent.sources };
    const none = await post({ query: LOAD, variables });
    expectRefused(none, 401, 'UNAUTHENTICATED');
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.body.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    expectRefused(await post({ query: LOAD, variables }, bearer(`${TOKEN}x`)), 401, 'UNAUTHENTICATED');
    expectRefused(await post({ query: LOAD, variables }, bearer(TOKEN.slice(1))), 401, 'UNAUTHENTICATED');
    expectRefused(await post({ query: LOAD, variables }, { authorization: TOKEN }), 401, 'UNAUTHENTICATED');
    expectRefused(await post({ query: REMOVE, variables: { id: 'seed' } }), 401, 'UNAUTHENTICATED');
    expectRefused(await post({ query: 'mutation { __typename }' }), 401, 'UNAUTHENTICATED');
    expect(await fingerprint(h.executor)).toEqual(before);
  });

  it('is disabled, with a code saying how to enable it, on a server without API_TOKEN', async () => {
    const readOnly: RunningServer = await startServer(h.executor, { port: 0, host: '127.0.0.1' });
    try {
      const sent = sentDocument('disabled-doc');
      const answer = await postGraphQL(
        readOnly.port,
        { query: LOAD, variables: { document: sent.document, sources: sent.sources } },
        bearer(TOKEN),
      );
      expectRefused(answer, 403, 'MUTATIONS_DISABLED');
      expect(answer.body.errors?.[0]?.message).toMatch(/API_TOKEN/);
      // Queries and introspection are unaffected.
      const schema = await postGraphQL(readOnly.port, { query: '{ __schema { mutationType { name } } }' });
      expect(schema.body.data?.__schema.mutationType.name).toBe('Mutation');
    } finally {
      await readOnly.stop();
    }
  });

  it('loads with the token; the running server answers the facts; loading twice gives the same graph; removing takes only its share', async () => {
    const seedOnly = await fingerprint(h.executor);
    const baldwinBefore = await h.gql(PARTY_EVIDENCE, { id: 'person:alec-baldwin' });
    const sent = sentDocument('sent-doc');
    // Asked before the load: nothing to answer (and nothing may be kept for later).
    expect((await h.gql(CASE, { id: sent.caseId })).data.case).toBeNull();

    const variables = { document: sent.document, sources: sent.sources };
    const first = await post({ query: LOAD, variables }, bearer(TOKEN));
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.loadDocument).toEqual({ documentId: 'sent-doc', nodes: 4, relationships: 2 });
    const loaded = await fingerprint(h.executor);
    expect(loaded.nodes).toBe(seedOnly.nodes + 3);

    const answer = await h.gql(CASE, { id: sent.caseId });
    expect(answer.data.case).toMatchObject({ caption: 'Roe v. Baldwin', kind: 'CIVIL' });
    expect(
      answer.data.case.parties.edges
        .map(({ node: p }: any) => [p.role, p.party.id, p.evidence[0].source.id])
        .sort(),
    ).toEqual([
      ['DEFENDANT', 'person:alec-baldwin', 'source:sent-doc'],
      ['PLAINTIFF', sent.plaintiffId, 'source:sent-doc'],
    ]);
    const hits = (await h.gql(SEARCH, { text: 'Jane Roe' })).data.search.map((hit: any) => hit.node.id);
    expect(hits).toContain(sent.plaintiffId);
    const baldwin = (await h.gql(PARTY_EVIDENCE, { id: 'person:alec-baldwin' })).data.party;
    expect(baldwin.evidence.map((e: any) => e.source.id)).toContain('source:sent-doc');

    const second = await post({ query: LOAD, variables }, bearer(TOKEN));
    expect(second.body.data.loadDocument).toEqual(first.body.data.loadDocument);
    expect(await fingerprint(h.executor)).toEqual(loaded);

    const removed = await post({ query: REMOVE, variables: { id: 'sent-doc' } }, bearer(TOKEN));
    expect(removed.body.errors).toBeUndefined();
    // The case, the new person and the source go; Alec Baldwin (stated by the seed too) stays.
    expect(removed.body.data.removeDocument).toEqual({
      documentId: 'sent-doc',
      deletedNodes: 3,
      deletedRelationships: 2,
    });
    expect(await fingerprint(h.executor)).toEqual(seedOnly);
    expect((await h.gql(CASE, { id: sent.caseId })).data.case).toBeNull();
    expect((await h.gql(PARTY_EVIDENCE, { id: 'person:alec-baldwin' })).data).toEqual(baldwinBefore.data);

    const again = await post({ query: REMOVE, variables: { id: 'sent-doc' } }, bearer(TOKEN));
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('refuses a bad document with BAD_DOCUMENT and every issue by JSON pointer; nothing is written', async () => {
    const before = await fingerprint(h.executor);
    const sent = sentDocument('bad-doc');
    const cases = sent.document.cases as Record<string, any>[];
    cases[0]!.status = 'WON';
    cases[0]!.parties[0].evidence = [{ source: 'source:bad-doc', quote: 'Jane Roe sued nobody' }];
    const schemaBad = await post(
      { query: LOAD, variables: { document: sent.document, sources: sent.sources } },
      bearer(TOKEN),
    );
    expect(schemaBad.status).toBe(200);
    expect(schemaBad.body.data).toBeNull();
    expect(schemaBad.body.errors?.[0]?.extensions?.code).toBe('BAD_DOCUMENT');
    expect(schemaBad.body.errors?.[0]?.extensions?.issues).toContainEqual({
      path: '/cases/0/status',
      message: expect.stringMatching(/must be one of/),
    });

    cases[0]!.status = 'PENDING';
    const quoteBad = await post(
      { query: LOAD, variables: { document: sent.document, sources: sent.sources } },
      bearer(TOKEN),
    );
    expect(quoteBad.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_DOCUMENT',
      issues: [
        {
          path: '/cases/0/parties/0/evidence/0/quote',
          message: 'quote is not verbatim in source source:bad-doc: "Jane Roe sued nobody"',
        },
      ],
    });

    const noText = await post(
      { query: LOAD, variables: { document: sentDocument('bad-doc').document, sources: [] } },
      bearer(TOKEN),
    );
    expect(noText.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_DOCUMENT',
      issues: [{ path: '/sources/0', message: 'no text was given for source:bad-doc' }],
    });
    const extra = await post(
      {
        query: LOAD,
        variables: {
          document: sentDocument('bad-doc').document,
          sources: [...sent.sources, { id: 'source:other', text: 'x' }],
        },
      },
      bearer(TOKEN),
    );
    expect(extra.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sources' });
    const notObject = await post(
      { query: LOAD, variables: { document: [1, 2], sources: [] } },
      bearer(TOKEN),
    );
    expect(notObject.status).toBe(400);
    expect(notObject.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await fingerprint(h.executor)).toEqual(before);
  });

  it('checkDocument: the same issues as loadDocument, without the token, and nothing written', async () => {
    const before = await fingerprint(h.executor);
    const check = async (document: unknown, sources: unknown) => {
      const answer = await post({ query: CHECK, variables: { document, sources } });
      expect(answer.status).toBe(200);
      return answer.body.data?.checkDocument as { path: string; message: string }[];
    };
    const load = async (document: unknown, sources: unknown) =>
      (await post({ query: LOAD, variables: { document, sources } }, bearer(TOKEN))).body.errors?.[0]
        ?.extensions?.issues;

    const good = sentDocument('checked-doc');
    expect(await check(good.document, good.sources)).toEqual([]);
    // One Cypher round trip (the harness refuses more than one per root field).
    const counted = await h.gql(CHECK, { document: good.document, sources: good.sources });
    expect(counted.data?.checkDocument).toEqual([]);

    const bad = sentDocument('checked-doc');
    const cases = bad.document.cases as Record<string, any>[];
    cases[0]!.parties[0].evidence = [{ source: 'source:checked-doc', quote: 'Jane Roe sued nobody' }];
    const quoteIssues = await check(bad.document, bad.sources);
    expect(quoteIssues).toEqual([
      {
        path: '/cases/0/parties/0/evidence/0/quote',
        message: 'quote is not verbatim in source source:checked-doc: "Jane Roe sued nobody"',
      },
    ]);
    expect(await load(bad.document, bad.sources)).toEqual(quoteIssues);

    // What only the graph can tell: an id no document defines.
    const dangling = sentDocument('checked-doc');
    (dangling.document.cases as Record<string, any>[])[0]!.parties[0].party = 'person:nobody-anywhere';
    const danglingIssues = await check(dangling.document, dangling.sources);
    expect(danglingIssues).toEqual([
      {
        path: expect.stringMatching(/^\/cases\/0\/parties\/0/),
        message: '"person:nobody-anywhere" is defined neither in this document nor in the graph',
      },
    ]);
    expect(await load(dangling.document, dangling.sources)).toEqual(danglingIssues);
    expect(await fingerprint(h.executor)).toEqual(before);
  });

  it('takes a document of a few MB from a request with the token; queries keep the 1 MB limit', async () => {
    const big = sentDocument('big-doc', { padding: 3 * 1024 * 1024 });
    const variables = { document: big.document, sources: big.sources };
    const refused = await post({ query: LOAD, variables });
    expect(refused.status).toBe(413);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const wrong = await post({ query: LOAD, variables }, bearer('not-the-token-at-all'));
    expect(wrong.status).toBe(413);

    const loaded = await post({ query: LOAD, variables }, bearer(TOKEN));
    expect(loaded.body.errors).toBeUndefined();
    expect(loaded.body.data.loadDocument.documentId).toBe('big-doc');
    expect((await h.gql(CASE, { id: big.caseId })).data.case.caption).toBe('Roe v. Baldwin');
    const removed = await post({ query: REMOVE, variables: { id: 'big-doc' } }, bearer(TOKEN));
    expect(removed.body.data.removeDocument.deletedNodes).toBe(3);
  });
});
