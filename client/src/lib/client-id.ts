/**
 * A fresh id for a draft, so that resending it never stores it twice (the server
 * answers a repeated clientId with the first record). crypto.randomUUID only exists in
 * secure contexts; getRandomValues works everywhere.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID().replaceAll("-", "");
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
