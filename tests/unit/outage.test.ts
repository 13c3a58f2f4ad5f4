import { Availability } from '../../src/db/availability';
import { driverConfig } from '../../src/db/connect';
import { DEADLINE_MARGIN_MS } from '../../src/db/executor';
import { classifyNeo4jError, DeadlineError, toGraphQLError, UnavailableError } from '../../src/db/errors';
import { outageStatus } from '../../src/server/outage';

describe('availability', () => {
  it('tells listeners once when the database goes down, and logs both transitions', () => {
    const log: string[] = [];
    const a = new Availability((level, m) => log.push(`${level}: ${m}`));
    const lost: string[] = [];
    const unsubscribe = a.onLost((r) => lost.push(r));
    const gone = a.onLost(() => lost.push('unsubscribed listener'));
    gone();
    expect(a.up).toBe(true);
    a.markDown('the local Neo4j was killed (SIGKILL)');
    a.markDown('a second report changes nothing');
    expect(a.up).toBe(false);
    expect(a.reason).toBe('the local Neo4j was killed (SIGKILL)');
    expect(lost).toEqual(['the local Neo4j was killed (SIGKILL)']);
    a.markUp();
    expect(a.up).toBe(true);
    unsubscribe();
    a.markDown('again');
    expect(lost).toHaveLength(1);
    expect(log[0]).toBe(
      'warn: database unavailable: the local Neo4j was killed (SIGKILL); answering DATABASE_UNAVAILABLE until it is back',
    );
    expect(log[1]).toMatch(/^info: database available again after \d+\.\d s$/);
  });
});

describe('outage errors', () => {
  it('give stable codes: deadline → DATABASE_TIMEOUT, down → DATABASE_UNAVAILABLE, full pool → DATABASE_BUSY', () => {
    expect(toGraphQLError(new DeadlineError(5000), 'q').extensions).toEqual({
      code: 'DATABASE_TIMEOUT',
      query: 'q',
    });
    expect(toGraphQLError(new DeadlineError(5000), 'q').message).toBe(
      'The database did not answer within 5 s; try again later.',
    );
    expect(toGraphQLError(new UnavailableError('down'), 'q').extensions?.code).toBe('DATABASE_UNAVAILABLE');
    const pool = new Error(
      'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50',
    );
    expect(toGraphQLError(pool, 'q').extensions?.code).toBe('DATABASE_BUSY');
    expect(classifyNeo4jError('ServiceUnavailable').code).toBe('DATABASE_UNAVAILABLE');
  });

  it('map to HTTP 503 (unavailable, busy) and 504 (timeout); 503 wins', () => {
    expect(outageStatus(['DATABASE_UNAVAILABLE'])).toBe(503);
    expect(outageStatus(['DATABASE_BUSY'])).toBe(503);
    expect(outageStatus(['DATABASE_TIMEOUT'])).toBe(504);
    expect(outageStatus(['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE'])).toBe(503);
    expect(outageStatus(['BAD_USER_INPUT', undefined])).toBeUndefined();
    expect(outageStatus([])).toBeUndefined();
  });
});

describe('driver settings', () => {
  it('bound the pool, and no wait for a connection or retry outlasts a statement deadline', () => {
    const config = driverConfig({ QUERY_TIMEOUT_MS: 15_000, NEO4J_POOL_SIZE: 50 });
    expect(config).toMatchObject({
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 15_000 + DEADLINE_MARGIN_MS,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
    });
    const short = driverConfig({ QUERY_TIMEOUT_MS: 2_000, NEO4J_POOL_SIZE: 5 });
    expect(short.connectionTimeout).toBe(2_000);
    expect(short.maxTransactionRetryTime).toBe(2_000);
  });
});
