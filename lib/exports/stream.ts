// A streamed response body made of a head, chunks produced lazily one batch at a time, and a tail: large exports
// never sit whole in memory, and each batch is read only when the client is ready for it.
export function streamText(head: string, chunks: Iterator<string>, tail: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        if (head) controller.enqueue(encoder.encode(head));
        return;
      }
      const next = chunks.next();
      if (next.done) {
        if (tail) controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      if (next.value) controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      chunks.return?.();
    },
  });
}

/** Content-Disposition for a download called `filename`. */
export const attachment = (filename: string) => `attachment; filename="${filename}"`;
