// Slows password guessing: after too many failed sign-ins for one e-mail from one
// address, or from one address overall, further attempts are refused for a while.
// Kept in memory: Hemicycle runs as one process; a cluster would move this to the database.
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;

const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const list = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (list.length) failures.set(key, list);
  else failures.delete(key);
  return list;
}

/** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
export function signInRetryAfter(email: string, ip: string, now = Date.now()): number {
  const account = recent(`${ip}|${email}`, now);
  const address = recent(ip, now);
  const blocking =
    account.length >= MAX_FAILURES_PER_ACCOUNT ? account : address.length >= MAX_FAILURES_PER_ADDRESS ? address : null;
  if (!blocking) return 0;
  return Math.ceil((blocking[0]! + WINDOW_MS - now) / 1000);
}

export function recordSignInFailure(email: string, ip: string, now = Date.now()): void {
  for (const key of [`${ip}|${email}`, ip]) failures.set(key, [...recent(key, now), now]);
}

export function clearSignInFailures(email: string, ip: string): void {
  failures.delete(`${ip}|${email}`);
}

/** For tests. */
export function resetSignInThrottle(): void {
  failures.clear();
}
