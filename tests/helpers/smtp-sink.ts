// An SMTP server on a loopback port that keeps every message it receives: where the
// server's e-mails go in tests (no TLS, no authentication, nothing leaves the machine).
import { SMTPServer } from "smtp-server";
import { freePort } from "../../bench/lib/processes.ts";

export type SunkMail = { from: string; to: string[]; raw: string };

/** Starts the sink; every message received is pushed onto `mails`. */
export async function startSmtpSink(mails: SunkMail[] = []) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        mails.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
