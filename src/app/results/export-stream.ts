import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Writes a chunk and waits while the reader is behind, so a slow reader never makes us buffer a whole file. */
export async function writeChunk(output: Writable, chunk: string | Buffer): Promise<void> {
  if (!output.write(chunk)) await waitForDrain(output);
}

/** Waits until the stream has room again (at once when it has); fails when the stream fails. */
export async function waitForDrain(output: Writable): Promise<void> {
  if (!output.writableNeedDrain) return;
  const listening = new AbortController();
  const closed = once(output, 'close', { signal: listening.signal }).then(() => {
    throw new Error('the output closed before the file was written');
  });
  try {
    await Promise.race([once(output, 'drain', { signal: listening.signal }), closed]);
  } finally {
    // Whichever came first, the other listener goes: a long file must not pile them up.
    listening.abort();
    closed.catch(() => {});
  }
}

/** Ends the stream and waits until everything is written (and a file closed). */
export async function endOutput(output: Writable): Promise<void> {
  output.end();
  await finished(output);
}
