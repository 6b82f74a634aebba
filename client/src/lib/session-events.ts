// The session ended (UNAUTHORIZED from any call): the app registers what to do, so that
// lib/trpc.ts does not depend on the router.
let handler: (() => void) | null = null;

export function setUnauthorizedHandler(next: () => void): void {
  handler = next;
}

export function onUnauthorized(): void {
  handler?.();
}
