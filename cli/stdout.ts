// Output of the commands: synchronous writes to file descriptor 1, so a short run never creates
// `process.stdout` (its stream modules cost ~5-9 ms of a ~60 ms run). A pipe that is full and
// non-blocking (EAGAIN) takes the rest through `process.stdout`, and the caller may wait for it
// to drain; a reader that went away (EPIPE) ends the process quietly, as main.ts does for the
// streams.
import { writeSync } from 'node:fs';

let pending = 0;

/** Whether output handed to `process.stdout` (a pipe that was full) is still on its way. */
export function isOutputPending(): boolean {
  return pending > 0;
}

/**
 * Writes text or bytes to standard output. Returns undefined when all of it was written, or a
 * promise that settles when the rest, queued on `process.stdout`, has been written.
 */
export function writeOut(data: string | Uint8Array): Promise<void> | undefined {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let done = 0;
  if (pending === 0) {
    // while earlier output waits in process.stdout, later output queues behind it (order kept)
    try {
      while (done < bytes.length) done += writeSync(1, bytes, done, bytes.length - done);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (code !== 'EAGAIN') throw err;
    }
  }
  pending++;
  return new Promise((resolve) => {
    process.stdout.write(bytes.subarray(done), () => { pending--; resolve(); });
  });
}
