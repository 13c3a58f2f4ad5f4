import pino from 'pino';

// Human-readable lines (pino-pretty) when stdout is a terminal, JSON lines
// otherwise (files, pipes, log collectors); LOG_FORMAT=pretty|json overrides.
// An invalid LOG_LEVEL falls back to info here; the config check then names it.

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const level = LEVELS.has(process.env.LOG_LEVEL ?? '') ? (process.env.LOG_LEVEL as string) : 'info';
const format = process.env.LOG_FORMAT ?? 'auto';
const pretty = format === 'pretty' || (format !== 'json' && process.stdout.isTTY === true);

export const logger = pino({
  level,
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  ...(pretty
    ? {
        transport: {
          target: 'pino-pretty',
          options: { translateTime: 'SYS:HH:MM:ss.l', singleLine: true },
        },
      }
    : {}),
});
