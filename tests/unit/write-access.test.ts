import { writeAccess, writeAccessError } from '../../src/api/write-access';

const TOKEN = 'a-long-enough-token-123';

describe('writeAccess', () => {
  it('is disabled without API_TOKEN, whatever the request sends', () => {
    expect(writeAccess(undefined, `Bearer ${TOKEN}`)).toBe('disabled');
    expect(writeAccess('', `Bearer ${TOKEN}`)).toBe('disabled');
  });

  it('grants the exact token only, given as a bearer token', () => {
    expect(writeAccess(TOKEN, `Bearer ${TOKEN}`)).toBe('granted');
    expect(writeAccess(TOKEN, `bearer  ${TOKEN} `)).toBe('granted');
    expect(writeAccess(TOKEN, undefined)).toBe('missing');
    expect(writeAccess(TOKEN, TOKEN)).toBe('missing');
    expect(writeAccess(TOKEN, `Basic ${TOKEN}`)).toBe('missing');
    expect(writeAccess(TOKEN, `Bearer ${TOKEN} extra`)).toBe('missing');
    expect(writeAccess(TOKEN, `Bearer ${TOKEN}x`)).toBe('wrong');
    expect(writeAccess(TOKEN, `Bearer ${TOKEN.slice(0, -1)}`)).toBe('wrong');
    expect(writeAccess(TOKEN, `Bearer ${TOKEN.toUpperCase()}`)).toBe('wrong');
  });

  it('refuses with a stable code and the HTTP status', () => {
    expect(writeAccessError('granted')).toBeUndefined();
    expect(writeAccessError('disabled')?.extensions).toMatchObject({
      code: 'MUTATIONS_DISABLED',
      http: { status: 403 },
    });
    for (const access of ['missing', 'wrong'] as const) {
      expect(writeAccessError(access)?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        http: { status: 401 },
      });
    }
  });
});
