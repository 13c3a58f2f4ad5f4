import { claimLocalNeo4j } from './running';
import { startLocalNeo4j, type LocalNeo4j, type StartLocalNeo4jOptions } from './server';

// Keeps the local Neo4j running: when it dies (a crash, the OOM killer, kill -9)
// the supervisor says so, reports it down, starts it again on the same port and
// data folder, and reports it up once it answers. Stopping it on purpose is not a death.

export interface SupervisorHooks {
  /** The server died: requests should fail fast until `up`. */
  down(reason: string): void;
  /** It answers again after a restart. */
  up(): void;
  error(message: string): void;
  info(message: string): void;
}

export interface SupervisedNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The pid of the current server process (it changes on restart). */
  pid(): number;
  /** Restarts so far. */
  restarts(): number;
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

export async function superviseLocalNeo4j(
  opts: StartLocalNeo4jOptions,
  hooks: SupervisorHooks,
): Promise<SupervisedNeo4j> {
  const claim = await claimLocalNeo4j(opts.dataDir);
  let current: LocalNeo4j;
  try {
    current = await startLocalNeo4j(opts);
  } catch (error) {
    await claim.release();
    throw error;
  }
  // The driver knows the server by its address: a restart must come back on the same port.
  const port = Number(new URL(current.uri).port);
  await claim.record(port);
  let stopping = false;
  let restarts = 0;
  let restarting: Promise<void> | undefined;

  const restart = async (): Promise<void> => {
    for (let attempt = 1; !stopping; attempt += 1) {
      const started = Date.now();
      try {
        const next = await startLocalNeo4j({ ...opts, port });
        if (stopping) {
          await next.stop();
          return;
        }
        current = next;
        restarts += 1;
        watch(next);
        hooks.info(
          `local Neo4j restarted (pid ${next.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
        hooks.up();
        return;
      } catch (error) {
        const wait = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempt);
        hooks.error(
          `restarting the local Neo4j failed (attempt ${attempt}; next in ${wait / 1000} s): ${(error as Error).message.split('\n')[0] ?? ''}`,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };

  function watch(server: LocalNeo4j): void {
    void server.exited.then((exit) => {
      if (stopping || exit.requested) return;
      const how = exit.signal ? `was killed (${exit.signal})` : `exited with code ${String(exit.code)}`;
      hooks.error(`local Neo4j (pid ${server.pid}) ${how}; restarting it`);
      hooks.down(`the local Neo4j ${how}`);
      restarting = restart().finally(() => {
        restarting = undefined;
      });
    });
  }
  watch(current);

  return {
    uri: current.uri,
    user: current.user,
    password: current.password,
    pid: () => current.pid,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      await restarting;
      await current.stop();
      await claim.release();
    },
  };
}
