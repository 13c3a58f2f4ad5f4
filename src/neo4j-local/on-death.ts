import { constants } from 'node:os';

// A process that started the local Neo4j stops it however it ends: a normal
// exit (server.ts sends SIGTERM on 'exit'), SIGINT, SIGTERM, SIGHUP (its terminal
// closed), an uncaught exception or an unhandled rejection. Without a handler Node
// dies of these signals at once, without even an 'exit' event, and the Neo4j was
// left running on the data folder. SIGKILL cannot be caught: the watchdog
// (watchdog.ts) and the next start's takeover (ownership.ts) cover it.

export const DEATH_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type DeathSignal = (typeof DEATH_SIGNALS)[number];

export interface StopOnDeathOptions {
  /** Stops what must not outlive the process; undefined while there is nothing to stop yet. */
  stop: () => Promise<void> | undefined;
  /** Where to say what happens (stderr for the CLIs). */
  say: (message: string) => void;
  /** What `stop` stops, for the message; default "the local Neo4j this command started". */
  what?: string;
  /** Longest wait for `stop` before exiting anyway; default 45 s (Neo4j's own stop takes < 30 s). */
  timeoutMs?: number;
  /** For tests; default process.exit. */
  exit?: (code: number) => void;
}

/** The conventional status of a death by signal: 128 + its number (SIGINT 130, SIGTERM 143, SIGHUP 129). */
export function signalExitCode(signal: DeathSignal): number {
  return 128 + constants.signals[signal];
}

/**
 * Installs the handlers; returns a function that removes them (once the process
 * stopped what it started itself). A second signal while stopping exits at once.
 */
export function stopOnDeath(opts: StopOnDeathOptions): () => void {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let dying = false;
  const die = (why: string, code: number, quiet: boolean): void => {
    if (dying) {
      // Impatient: exit now; the 'exit' handler still sends Neo4j SIGTERM.
      exit(code);
      return;
    }
    dying = true;
    const stopping = opts.stop();
    if (stopping === undefined) {
      exit(code);
      return;
    }
    if (!quiet) opts.say(`${why}: stopping ${opts.what ?? 'the local Neo4j this command started'}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((done) => {
      timer = setTimeout(done, opts.timeoutMs ?? 45_000);
    });
    void Promise.race([stopping.catch(() => undefined), timeout]).then(() => {
      clearTimeout(timer);
      exit(code);
    });
  };
  const onSignal = (signal: DeathSignal) => (): void => {
    // The command's own handler (e.g. import's) also runs and says what it does.
    die(signal, signalExitCode(signal), process.listenerCount(signal) > 1);
  };
  const signalHandlers = DEATH_SIGNALS.map((signal) => [signal, onSignal(signal)] as const);
  const onError = (error: unknown): void => {
    opts.say(String(error instanceof Error ? (error.stack ?? error.message) : error));
    die('unexpected error', 1, false);
  };
  for (const [signal, handler] of signalHandlers) process.on(signal, handler);
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return () => {
    for (const [signal, handler] of signalHandlers) process.removeListener(signal, handler);
    process.removeListener('uncaughtException', onError);
    process.removeListener('unhandledRejection', onError);
  };
}
