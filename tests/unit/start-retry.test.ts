import { GraphQLError } from 'graphql';
import { Availability, retryWhileUnavailable } from '../../src/db/availability';

const unavailable = () => new GraphQLError('down', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
const quiet = () => new Availability(() => undefined);

describe('retryWhileUnavailable', () => {
  it('runs the step again once the database is back', async () => {
    const availability = quiet();
    availability.markDown('no answer to a probe within 3000 ms');
    const reasons: string[] = [];
    let calls = 0;
    setTimeout(() => availability.markUp(), 300);
    const result = await retryWhileUnavailable(
      availability,
      async () => {
        calls += 1;
        if (calls === 1) throw unavailable();
        return 'done';
      },
      { withinMs: 5_000, onRetry: (r) => reasons.push(r) },
    );
    expect(result).toBe('done');
    expect(calls).toBe(2);
    expect(reasons).toEqual(['no answer to a probe within 3000 ms']);
  });

  it('does not retry any other error', async () => {
    let calls = 0;
    const step = async () => {
      calls += 1;
      throw new Error('constraint violated');
    };
    await expect(
      retryWhileUnavailable(quiet(), step, { withinMs: 5_000, onRetry: () => undefined }),
    ).rejects.toThrow('constraint violated');
    expect(calls).toBe(1);
  });

  it('gives up after the time it is given', async () => {
    const availability = quiet();
    availability.markDown('probe failed');
    const step = async () => {
      throw unavailable();
    };
    await expect(
      retryWhileUnavailable(availability, step, { withinMs: 400, onRetry: () => undefined }),
    ).rejects.toThrow('down');
  });
});
