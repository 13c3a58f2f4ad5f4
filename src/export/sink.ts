import { once } from 'node:events';
import type { Writable } from 'node:stream';

// Writing to a stream that may be slower than Neo4j (a client on a slow link, a disk):
// each write waits for the stream to drain when its buffer is full, so what waits in
// memory is one buffer, not the export. An abort (the client went away) ends the wait.

/** Writes `chunk`; when the stream's buffer is full, waits until it drains (or `signal` aborts). */
export async function put(out: Writable, chunk: string, signal?: AbortSignal): Promise<void> {
  if (out.write(chunk)) return;
  await once(out, 'drain', signal ? { signal } : {});
}

/** The export was stopped (the client closed the connection, Ctrl-C). */
export class ExportAborted extends Error {
  constructor() {
    super('export stopped');
    this.name = 'ExportAborted';
  }
}

export function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ExportAborted();
}
