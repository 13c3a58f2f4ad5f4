import { ConfigError, loadConfig, MAX_API_WORKERS } from '../../src/config';

// API_WORKERS: processes serving HTTP (node:cluster above 1); 1 unless set, and a bad
// value stops the start with one line naming the setting.

describe('API_WORKERS', () => {
  it('is 1 by default, and reads a whole number', () => {
    expect(loadConfig({}).API_WORKERS).toBe(1);
    expect(loadConfig({ API_WORKERS: '2' }).API_WORKERS).toBe(2);
    expect(loadConfig({ API_WORKERS: ' 4 ' }).API_WORKERS).toBe(4);
    expect(loadConfig({ API_WORKERS: String(MAX_API_WORKERS) }).API_WORKERS).toBe(MAX_API_WORKERS);
  });

  it.each(['0', '-1', '1.5', '2x', 'two', '', String(MAX_API_WORKERS + 1)])(
    'refuses %j in one line naming API_WORKERS',
    (value) => {
      let error: unknown;
      try {
        loadConfig({ API_WORKERS: value });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(
        `Invalid configuration: API_WORKERS: must be a whole number from 1 to ${MAX_API_WORKERS} (processes serving HTTP); got "${value}"`,
      );
    },
  );
});
