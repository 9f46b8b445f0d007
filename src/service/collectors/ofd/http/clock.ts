/** Time as the OFD clients see it; tests inject a manual clock so backoff and limits run without waiting. */
export interface Clock {
  /** Wall-clock time, UTC ms: for periods, checkpoints and HTTP dates. */
  now(): number;
  /** Monotonic ms with sub-millisecond resolution: for rate windows, pauses and cooldowns. */
  elapsed(): number;
  /** Resolves after ms, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  elapsed: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }

      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
