/**
 * Guessing tokens is slowed per client address: after 20 failed
 * authentications within a minute, that address waits (429, Retry-After)
 * until its oldest failure is a minute old. Other addresses are not
 * affected, nor a token this server has already verified.
 */
const WINDOW_MS = 60_000;
const MAX_FAILURES = 20;
/** Addresses remembered at most; past this, those whose failures aged out are forgotten. */
const MAX_ADDRESSES = 10_000;

export function createAuthThrottle(now: () => number = Date.now) {
  const failures = new Map<string, number[]>();

  function recent(address: string): number[] {
    const times = (failures.get(address) ?? []).filter((at) => at > now() - WINDOW_MS);
    if (times.length > 0) failures.set(address, times);
    else failures.delete(address);
    return times;
  }

  return {
    /** Seconds this address must wait before a token of its is checked again; 0 when it need not. */
    waitSeconds(address: string): number {
      const times = recent(address);
      return times.length < MAX_FAILURES ? 0 : Math.max(1, Math.ceil((times[0]! + WINDOW_MS - now()) / 1000));
    },
    failed(address: string) {
      if (failures.size >= MAX_ADDRESSES) for (const known of [...failures.keys()]) recent(known);
      failures.set(address, [...recent(address), now()].slice(-MAX_FAILURES));
    },
  };
}
