import { BackupError } from '../neo4j-local/dump';
import { stopOnDeath } from '../neo4j-local/on-death';

// The backup and restore commands' shared frame: a task that Ctrl-C, SIGTERM or a crash
// aborts through its signal and lets clean up before the process exits, and the exit code.

/** Runs `task`; on a signal it is aborted, awaited, and the process exits with the signal's status. */
export async function runInterruptible<T>(
  task: (signal: AbortSignal) => Promise<T>,
  opts: { what: string; say: (m: string) => void },
): Promise<T> {
  const aborter = new AbortController();
  let running: Promise<T> | undefined;
  const dispose = stopOnDeath({
    stop: () => {
      if (running === undefined) return undefined;
      aborter.abort();
      return running.then(
        () => undefined,
        () => undefined,
      );
    },
    say: opts.say,
    what: opts.what,
  });
  try {
    running = task(aborter.signal);
    return await running;
  } catch (error) {
    // Interrupted: stopOnDeath exits with the signal's status once the clean-up is done.
    if (aborter.signal.aborted) return new Promise<T>(() => undefined);
    throw error;
  } finally {
    dispose();
  }
}

/** The process's end: the command's code, or 1 with the message of an error it expects. */
export function exitWith(done: Promise<number>, expected: (error: unknown) => boolean): void {
  done.then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known = expected(error) || error instanceof BackupError;
      process.stderr.write(`${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
      process.exit(1);
    },
  );
}
