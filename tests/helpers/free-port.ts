// A port free on 127.0.0.1 at the time of asking, for a server a test starts (the app, an
// SMTP sink, nginx). Another process could take it before the test does; on a test machine
// that is rare enough.
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
