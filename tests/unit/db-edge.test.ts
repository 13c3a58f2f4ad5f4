import { GraphQLError } from 'graphql';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { CalendarDate, toNeo4jParam, toPlain } from '../../src/db/convert';
import { classifyNeo4jError, ErrorCodes, toGraphQLError } from '../../src/db/errors';
import { Executor, queryName } from '../../src/db/executor';
import { logger } from '../../src/logger';

function neo4jError(code: string, message = 'boom'): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'general processing exception');
}

describe('toPlain', () => {
  it('passes JSON scalars through and turns undefined into null', () => {
    expect(toPlain(null)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(true)).toBe(true);
    expect(toPlain('text')).toBe('text');
    expect(toPlain(2.5)).toBe(2.5);
  });

  it('turns Neo4j integers into numbers', () => {
    expect(toPlain(neo4j.int(5))).toBe(5);
    expect(toPlain(neo4j.int(-42))).toBe(-42);
    expect(toPlain(neo4j.int(0))).toBe(0);
    expect(toPlain(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toPlain(neo4j.int(Number.MIN_SAFE_INTEGER))).toBe(Number.MIN_SAFE_INTEGER);
    expect(toPlain(BigInt(7))).toBe(7);
  });

  it('refuses integers outside the safe range rather than losing precision', () => {
    expect(() => toPlain(neo4j.int('9007199254740992'))).toThrow(RangeError);
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow(
      "Integer 9007199254740993 from Neo4j is outside JavaScript's safe range",
    );
    expect(() => toPlain(neo4j.int('-9007199254740992'))).toThrow(RangeError);
    expect(() => toPlain(BigInt('9223372036854775807'))).toThrow(RangeError);
  });

  it('turns temporals into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2024, 3, 1))).toBe('2024-03-01');
    expect(toPlain(new neo4j.types.Date(neo4j.int(2025), neo4j.int(12), neo4j.int(31)))).toBe('2025-12-31');
    expect(toPlain(new neo4j.types.DateTime(2024, 3, 1, 10, 5, 0, 0, 0))).toBe('2024-03-01T10:05:00Z');
    expect(toPlain(new neo4j.types.LocalDateTime(2024, 3, 1, 10, 5, 0, 0))).toBe('2024-03-01T10:05:00');
    expect(toPlain(new neo4j.types.Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
  });

  it('converts inside nested arrays and maps', () => {
    expect(
      toPlain({
        page: [
          {
            sortKey: new neo4j.types.Date(2024, 7, 1),
            doc: { id: 'case:a', seq: neo4j.int(3), tags: ['x', null] },
          },
          { sortKey: null, doc: { nested: [[neo4j.int(1), neo4j.int(2)], []] } },
        ],
        total: neo4j.int(2),
      }),
    ).toEqual({
      page: [
        { sortKey: '2024-07-01', doc: { id: 'case:a', seq: 3, tags: ['x', null] } },
        { sortKey: null, doc: { nested: [[1, 2], []] } },
      ],
      total: 2,
    });
  });

  it('turns a node into its (converted) properties', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Node', 'Case'],
      { id: 'case:a', seq: neo4j.int(4), filedEarliest: new neo4j.types.Date(2025, 1, 1) },
      'element-1',
    );
    expect(toPlain(node)).toEqual({ id: 'case:a', seq: 4, filedEarliest: '2025-01-01' });
    expect(toPlain([node])).toEqual([{ id: 'case:a', seq: 4, filedEarliest: '2025-01-01' }]);
  });

  it('turns a relationship into its properties', () => {
    const rel = new neo4j.types.Relationship(
      neo4j.int(9),
      neo4j.int(1),
      neo4j.int(2),
      'PARTY_TO',
      { id: 'PARTY_TO:a->b', seq: neo4j.int(0) },
      'r1',
      's1',
      'e1',
    );
    expect(toPlain(rel)).toEqual({ id: 'PARTY_TO:a->b', seq: 0 });
  });

  it('refuses values it cannot represent', () => {
    expect(() => toPlain(Symbol('s'))).toThrow(TypeError);
    expect(() => toPlain(() => 1)).toThrow('Unsupported value from Neo4j: function');
  });
});

describe('toNeo4jParam', () => {
  it('sends whole numbers as Neo4j integers and keeps fractions as floats', () => {
    const five = toNeo4jParam(5);
    expect(neo4j.isInt(five)).toBe(true);
    expect((five as ReturnType<typeof neo4j.int>).toNumber()).toBe(5);
    expect(neo4j.isInt(toNeo4jParam(0))).toBe(true);
    expect((toNeo4jParam(-3) as ReturnType<typeof neo4j.int>).toNumber()).toBe(-3);
    expect(toNeo4jParam(2.5)).toBe(2.5);
    expect(toNeo4jParam(Number.NaN)).toBeNaN();
  });

  it('sends calendar dates as Neo4j dates', () => {
    const date = toNeo4jParam(new CalendarDate('2024-03-01'));
    expect(neo4j.isDate(date as never)).toBe(true);
    expect(date).toEqual(new neo4j.types.Date(2024, 3, 1));
    expect(String(date)).toBe('2024-03-01');
    expect(toPlain(toNeo4jParam(new CalendarDate('2025-12-31')))).toBe('2025-12-31');
  });

  it('leaves strings, booleans and null alone', () => {
    expect(toNeo4jParam('5')).toBe('5');
    expect(toNeo4jParam(true)).toBe(true);
    expect(toNeo4jParam(null)).toBeNull();
    expect(toNeo4jParam(undefined)).toBeUndefined();
  });

  it('converts inside arrays and plain objects', () => {
    const out = toNeo4jParam({
      limit: 21,
      kinds: ['CIVIL'],
      after: { key: new CalendarDate('2024-07-01'), ids: [1, 2.5] },
    }) as any;
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(out.limit.toNumber()).toBe(21);
    expect(out.kinds).toEqual(['CIVIL']);
    expect(neo4j.isDate(out.after.key)).toBe(true);
    expect(String(out.after.key)).toBe('2024-07-01');
    expect(neo4j.isInt(out.after.ids[0])).toBe(true);
    expect(out.after.ids[1]).toBe(2.5);
  });

  it('does not rebuild values that are not plain objects', () => {
    const already = neo4j.int(3);
    expect(toNeo4jParam(already)).toBe(already);
    const date = new neo4j.types.Date(2024, 1, 1);
    expect(toNeo4jParam(date)).toBe(date);
  });

  it('does not mutate its input', () => {
    const params = { limit: 3, list: [1] };
    toNeo4jParam(params);
    expect(params).toEqual({ limit: 3, list: [1] });
  });
});

describe('classifyNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE'],
    ['SessionExpired', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Cluster.NotALeader', 'DATABASE_UNAVAILABLE'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'DATABASE_BUSY'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'DATABASE_BUSY'],
    ['Neo.TransientError.Transaction.LockClientStopped', 'DATABASE_BUSY'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'DATABASE_TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'DATABASE_TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Statement.ArgumentError', 'BAD_USER_INPUT'],
    ['Neo.ClientError.Procedure.ProcedureCallFailed.InvalidArgument', 'BAD_USER_INPUT'],
    ['Neo.ClientError.Statement.SyntaxError', 'DATABASE_ERROR'],
    ['Neo.DatabaseError.General.UnknownError', 'DATABASE_ERROR'],
    ['SomethingNew', 'DATABASE_ERROR'],
  ])('%s → %s', (code, expected) => {
    expect(classifyNeo4jError(code).code).toBe(expected);
  });

  it('treats a missing code as a database error', () => {
    expect(classifyNeo4jError(undefined)).toEqual({
      code: 'DATABASE_ERROR',
      message: 'The database failed to answer the query.',
    });
    expect(classifyNeo4jError('').code).toBe('DATABASE_ERROR');
  });

  it('never echoes the Neo4j code in the message', () => {
    for (const code of [
      'ServiceUnavailable',
      'Neo.TransientError.Transaction.DeadlockDetected',
      'Neo.ClientError.Schema.ConstraintValidationFailed',
      'Neo.ClientError.Statement.SyntaxError',
    ]) {
      const { message } = classifyNeo4jError(code);
      expect(message).not.toContain(code);
      expect(message).not.toMatch(/Neo\./);
    }
    expect(classifyNeo4jError('ServiceUnavailable').message).toBe(
      'The database is unavailable; try again shortly.',
    );
    expect(classifyNeo4jError('Neo.TransientError.X').message).toBe('The database is busy; try again.');
  });

  it('uses only the published codes', () => {
    expect(Object.values(ErrorCodes).sort()).toEqual([
      'BAD_DOCUMENT',
      'BAD_USER_INPUT',
      'CONFLICT',
      'DATABASE_BUSY',
      'DATABASE_ERROR',
      'DATABASE_TIMEOUT',
      'DATABASE_UNAVAILABLE',
      'DATA_INTEGRITY',
      'INTERNAL_SERVER_ERROR',
      'MUTATIONS_DISABLED',
      'UNAUTHENTICATED',
    ]);
  });
});

describe('toGraphQLError', () => {
  it('keeps the code and the query name, hiding the driver message', () => {
    const original = neo4jError('Neo.TransientError.Transaction.DeadlockDetected', 'deadlock on node 17');
    const error = toGraphQLError(original, 'listCases');
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('The database is busy; try again.');
    expect(error.message).not.toContain('deadlock');
    expect(error.extensions).toEqual({ code: 'DATABASE_BUSY', query: 'listCases' });
    expect(error.originalError).toBe(original);
  });

  it('classifies unavailable and conflict errors', () => {
    expect(toGraphQLError(neo4jError('ServiceUnavailable'), 'q').extensions.code).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(
      toGraphQLError(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'), 'upsertCaseNodes')
        .extensions,
    ).toEqual({ code: 'CONFLICT', query: 'upsertCaseNodes' });
  });

  it('treats anything that is not a Neo4j error as a database error', () => {
    const plain = new Error('socket hang up');
    const error = toGraphQLError(plain, 'getCase');
    expect(error.extensions).toEqual({ code: 'DATABASE_ERROR', query: 'getCase' });
    expect(error.originalError).toBe(plain);
    expect(toGraphQLError('a string', 'getCase').extensions).toEqual({
      code: 'DATABASE_ERROR',
      query: 'getCase',
    });
  });

  it('passes a GraphQLError through unchanged', () => {
    const already = new GraphQLError('bad cursor', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    expect(toGraphQLError(already, 'listCases')).toBe(already);
  });
});

describe('queryName', () => {
  it.each([
    ['// listCases\nMATCH (c) RETURN c', 'listCases'],
    ['//getCase\nMATCH (c)', 'getCase'],
    ['  \n  //   upsertPersonNodes  \nUNWIND $rows AS row', 'upsertPersonNodes'],
    ['// createIndexParty_displayName\nCREATE INDEX', 'createIndexParty_displayName'],
    ['// loader.deleteStale extra words\nMATCH', 'loader.deleteStale'],
  ])('reads the name of %j', (cypher, name) => {
    expect(queryName(cypher)).toBe(name);
  });

  it.each([
    'MATCH (n) RETURN n',
    '',
    '/* listCases */ MATCH (n)',
    '// 1st\nMATCH (n)',
    'MATCH (n) // trailing\nRETURN n',
  ])('throws without a leading name comment: %j', (cypher) => {
    expect(() => queryName(cypher)).toThrow('Cypher without a leading "// queryName" comment');
  });

  it('quotes the start of the offending statement', () => {
    const cypher = `MATCH (n) WHERE n.id = $id ${'x'.repeat(100)}`;
    expect(() => queryName(cypher)).toThrow(`comment: ${cypher.slice(0, 60)}`);
  });
});

describe('Executor (fake driver)', () => {
  type Call = { cypher: string; params: Record<string, unknown> };

  function fakeDriver(records: Record<string, unknown>[], failure?: Error) {
    const calls: Call[] = [];
    const sessions: { config: any; closed: boolean; mode?: string; txConfig?: any }[] = [];
    const tx = {
      run: async (cypher: string, params: Record<string, unknown>) => {
        calls.push({ cypher, params });
        if (failure) throw failure;
        return { records: records.map((r) => ({ toObject: () => r })) };
      },
    };
    const driver = {
      session(config: any) {
        const entry: (typeof sessions)[number] = { config, closed: false };
        sessions.push(entry);
        const run = (mode: string) => async (work: (t: typeof tx) => Promise<unknown>, txConfig?: any) => {
          entry.mode = mode;
          entry.txConfig = txConfig;
          return work(tx);
        };
        return {
          executeRead: run('read'),
          executeWrite: run('write'),
          close: async () => {
            entry.closed = true;
          },
        };
      },
    };
    return { driver: driver as any, calls, sessions };
  }

  let logSpy: jest.SpyInstance;
  beforeEach(() => {
    logSpy = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logSpy.mockRestore());

  it('converts parameters in and rows out, and counts round trips by name', async () => {
    const { driver, calls, sessions } = fakeDriver([
      { total: neo4j.int(3), day: new neo4j.types.Date(2024, 1, 2) },
    ]);
    const executor = new Executor(driver, 'litigation', undefined, 1234);
    const rows = await executor.read('// countThings\nRETURN 1', {
      limit: 4,
      from: new CalendarDate('2024-01-01'),
    });
    expect(rows).toEqual([{ total: 3, day: '2024-01-02' }]);
    expect(neo4j.isInt(calls[0]?.params.limit)).toBe(true);
    expect(neo4j.isDate(calls[0]?.params.from as never)).toBe(true);
    expect(executor.stats).toEqual({ roundTrips: 1, queries: ['countThings'] });
    expect(sessions[0]).toMatchObject({
      config: { database: 'litigation', defaultAccessMode: neo4j.session.READ },
      closed: true,
      mode: 'read',
      txConfig: { timeout: 1234 },
    });
  });

  it('writes in write transactions', async () => {
    const { driver, sessions } = fakeDriver([]);
    const executor = new Executor(driver, 'neo4j');
    expect(await executor.write('// touch\nRETURN 1')).toEqual([]);
    expect(sessions[0]).toMatchObject({ config: { defaultAccessMode: neo4j.session.WRITE }, mode: 'write' });
  });

  it('refuses an unnamed statement before touching the database', async () => {
    const { driver, calls, sessions } = fakeDriver([]);
    const executor = new Executor(driver, 'neo4j');
    await expect(executor.read('MATCH (n) RETURN n')).rejects.toThrow('Cypher without a leading');
    expect(calls).toEqual([]);
    expect(sessions).toEqual([]);
    expect(executor.stats.roundTrips).toBe(0);
  });

  it('maps driver errors to GraphQL errors naming the query, and closes the session', async () => {
    const { driver, sessions } = fakeDriver([], neo4jError('ServiceUnavailable', 'connection refused'));
    const executor = new Executor(driver, 'neo4j');
    const error = await executor.read('// getCase\nMATCH (c)').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', query: 'getCase' });
    expect(sessions[0]?.closed).toBe(true);
    expect(logSpy).toHaveBeenCalledTimes(1);
  });

  it('gives each operation its own counter', async () => {
    const { driver } = fakeDriver([]);
    const root = new Executor(driver, 'neo4j');
    const op = root.forOperation();
    await op.read('// a\nRETURN 1');
    await op.read('// b\nRETURN 1');
    expect(op.stats).toEqual({ roundTrips: 2, queries: ['a', 'b'] });
    expect(root.stats).toEqual({ roundTrips: 0, queries: [] });
  });

  it('runs several statements in one write transaction, counting each', async () => {
    const { driver, calls, sessions } = fakeDriver([{ n: neo4j.int(1) }]);
    const executor = new Executor(driver, 'neo4j');
    const result = await executor.writeTransaction(async (tx) => {
      const first = await tx.run('// one\nRETURN 1', { x: 1 });
      const second = await tx.run('// two\nRETURN 1');
      return [first, second];
    });
    expect(result).toEqual([[{ n: 1 }], [{ n: 1 }]]);
    expect(calls.map((c) => c.cypher.split('\n')[0])).toEqual(['// one', '// two']);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ mode: 'write', closed: true });
    expect(executor.stats.queries).toEqual(['one', 'two']);
  });
});
