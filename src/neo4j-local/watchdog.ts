import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';

// A Neo4j must not outlive the process that started it, even one killed with
// SIGKILL (no handler runs then). Linux's PR_SET_PDEATHSIG is out of Node's reach,
// so a tiny shell process keeps watch instead: its stdin is a pipe from this
// process, and the kernel closes that pipe however this process ends. At end of
// file it stops the Neo4j (SIGTERM, SIGKILL a minute later), having checked that
// the pid still runs a Neo4j on the same home. It ignores the terminal's signals
// (Ctrl-C reaches the whole process group) so that it is still there to do its job.
// If the watchdog is killed too, the next start takes the folder over (ownership.ts).

const SCRIPT = `
trap '' INT HUP TERM QUIT
pid=$1
home=$2
ours() {
  kill -0 "$pid" 2>/dev/null || return 1
  [ -r "/proc/$pid/cmdline" ] || return 0
  tr '\\000' '\\n' < "/proc/$pid/cmdline" | grep -qxF -- "--home-dir=$home"
}
read -r _ || true
ours || exit 0
kill -TERM "$pid" 2>/dev/null
i=0
while [ "$i" -lt 60 ] && ours; do sleep 1; i=$((i + 1)); done
ours && kill -KILL "$pid" 2>/dev/null
exit 0
`;

/** The `argv[0]` the watchdog shows in `ps`. */
export const WATCHDOG_NAME = 'neo4j-watchdog';

export interface Watchdog {
  pid: number | undefined;
  /** Ends the watch (the Neo4j stopped, or is being stopped here). Idempotent. */
  dismiss(): void;
}

/** Starts watching `neo4jPid` (a Neo4j whose `--home-dir` is `home`) on behalf of this process. */
export function startWatchdog(neo4jPid: number, home: string): Watchdog {
  let child: ChildProcess | undefined;
  try {
    child = spawn('sh', ['-c', SCRIPT, WATCHDOG_NAME, String(neo4jPid), home], {
      stdio: ['pipe', 'ignore', 'ignore'],
      detached: false,
    });
  } catch {
    return { pid: undefined, dismiss: () => undefined };
  }
  // No shell, or a failed spawn: the takeover at the next start still applies.
  child.on('error', () => undefined);
  child.stdin?.on('error', () => undefined);
  // Neither the watchdog nor its pipe may keep this process alive.
  child.unref();
  (child.stdin as Socket | null)?.unref();
  let dismissed = false;
  return {
    pid: child.pid,
    dismiss() {
      if (dismissed) return;
      dismissed = true;
      // SIGKILL: it ignores the others on purpose.
      child?.kill('SIGKILL');
      child?.stdin?.destroy();
    },
  };
}
