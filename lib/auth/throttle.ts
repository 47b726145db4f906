// Slows down guessing: after a few failed sign-ins for one email (or from one address), further attempts are
// refused for a while that doubles with each failure. Kept in memory: the app is one server process.
const FREE_FAILURES = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

interface Failures {
  count: number;
  last: number;
}

const store = globalThis as unknown as { __parallaxSignInFailures?: Map<string, Failures> };
const failures = () => (store.__parallaxSignInFailures ??= new Map());

function lockMs(count: number): number {
  if (count < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (count - FREE_FAILURES));
}

/** Milliseconds until `keys` may try again (0 when they may now). */
export function signInWait(keys: string[], now = Date.now()): number {
  let wait = 0;
  for (const key of keys) {
    const entry = failures().get(key);
    if (!entry) continue;
    if (now - entry.last > FORGET_AFTER_MS) {
      failures().delete(key);
      continue;
    }
    wait = Math.max(wait, entry.last + lockMs(entry.count) - now);
  }
  return Math.max(0, wait);
}

export function recordSignInFailure(keys: string[], now = Date.now()): void {
  for (const key of keys) {
    const entry = failures().get(key);
    failures().set(key, { count: (entry && now - entry.last <= FORGET_AFTER_MS ? entry.count : 0) + 1, last: now });
  }
}

export function clearSignInFailures(keys: string[]): void {
  for (const key of keys) failures().delete(key);
}
