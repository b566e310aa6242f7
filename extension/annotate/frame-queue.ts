/**
 * The overlay's DOM writes, run in animation frames. A frame's callbacks run
 * before its style and layout, so rows the page has just inserted and the
 * badges beside them are laid out together, once, and first painted together:
 * nothing the user has seen moves. No layout is read between the writes.
 *
 * A frame runs jobs for at most `budgetMs`; the rest wait for the next frame,
 * so no task of ours keeps the page from answering the user.
 */
export function createFrameQueue(budgetMs: number, afterFrame: () => void = () => {}) {
  let jobs: Array<() => void> = [];
  let next = 0;
  let requested = false;

  function run() {
    requested = false;
    const until = performance.now() + budgetMs;
    try {
      while (next < jobs.length && performance.now() < until) jobs[next++]!();
    } finally {
      if (next < jobs.length) request();
      else {
        jobs = [];
        next = 0;
      }
      afterFrame();
    }
  }

  function request() {
    if (requested) return;
    requested = true;
    // A hidden page draws no frames until it is shown; its badges are put in place meanwhile all the same.
    if (document.visibilityState === 'hidden') setTimeout(run, 0);
    else requestAnimationFrame(run);
  }

  return {
    push(job: () => void) {
      jobs.push(job);
      request();
    },
  };
}
