// Slows password guessing. Every attempt counts as a failure the moment it starts (so
// attempts sent at once, or batched in one request, cannot all slip past the check)
// and is forgiven when it succeeds. Limits within a 15-minute window:
//   - 5 failures for one e-mail from one address,
//   - 20 failures for one e-mail from anywhere (guessing from many addresses),
//   - 30 failures from one address (trying many accounts).
// Kept in memory: Hemicycle runs as one process; a cluster would move this to the database.
const WINDOW_MS = 15 * 60 * 1000;
const LIMITS = { accountFromAddress: 5, account: 20, address: 30 } as const;

const attempts = new Map<string, number[]>();

const keysFor = (email: string, ip: string) =>
  [
    [`acct-ip|${ip}|${email}`, LIMITS.accountFromAddress],
    [`acct|${email}`, LIMITS.account],
    [`ip|${ip}`, LIMITS.address],
  ] as const;

function recent(key: string, now: number): number[] {
  const list = (attempts.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (list.length) attempts.set(key, list);
  else attempts.delete(key);
  return list;
}

/**
 * Counts a sign-in attempt before the password is checked. Returns `{ retryAfter }`
 * (seconds) when a limit is reached, else a `forgive` to call once the attempt succeeded.
 */
export function beginSignInAttempt(
  email: string,
  ip: string,
  now = Date.now(),
): { retryAfter: number } | { forgive: () => void } {
  const keys = keysFor(email, ip);
  for (const [key, limit] of keys) {
    const list = recent(key, now);
    if (list.length >= limit) return { retryAfter: Math.max(1, Math.ceil((list[0]! + WINDOW_MS - now) / 1000)) };
  }
  for (const [key] of keys) attempts.set(key, [...recent(key, now), now]);
  return {
    forgive: () => {
      // A success clears this account's failures, and only this attempt from the address.
      attempts.delete(keys[0][0]);
      attempts.delete(keys[1][0]);
      const address = keys[2][0];
      const list = attempts.get(address) ?? [];
      const at = list.lastIndexOf(now);
      if (at >= 0) list.splice(at, 1);
      if (list.length) attempts.set(address, list);
      else attempts.delete(address);
    },
  };
}

/** For tests. */
export function resetSignInThrottle(): void {
  attempts.clear();
}
