// A tRPC subscription read over HTTP as a browser's EventSource reads it: server-sent
// events one by one, tRPC's pings skipped. For tests of live feeds through a real server.

export type StreamEvent = { event: string; data: string };

/** Opens `url` as an event stream with `cookie`; `next()` gives the next event that is not a ping, or "ended". */
export async function openEventStream(url: string, cookie: string) {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  async function next(): Promise<StreamEvent | "ended"> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = { event: "message", data: "" };
        for (const line of block.split("\n")) {
          if (line.startsWith("event: ")) event.event = line.slice(7);
          else if (line.startsWith("data: ")) event.data += line.slice(6);
        }
        if (event.event === "ping") continue;
        return event;
      }
      // A stream cut by the server's end (or the test's abort) reads as ended.
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return "ended";
      buffer += chunk.value;
    }
  }
  /** The next data message's value (superjson's `json`), skipping tRPC's connected event. */
  async function nextData(): Promise<unknown> {
    for (;;) {
      const event = await next();
      if (event === "ended") return "ended";
      if (event.event === "message" && event.data) return (JSON.parse(event.data) as { json: unknown }).json;
    }
  }
  return { response, next, nextData, close: () => abort.abort() };
}

/** `promise`'s value, or "timeout" after `ms`. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  return Promise.race([promise, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms))]);
}
