/**
 * What a page's renderer main thread did, read from a Chromium trace (CDP
 * Tracing): every task (RunTask) on the page's CrRendererMain — the page's
 * scripts, an extension's content script in its isolated world, style, layout
 * and paint alike. A PerformanceObserver for long tasks misses tasks that run
 * only content-script code; the trace does not.
 *
 * The page marks moments with `console.timeStamp(label)`, which the trace
 * records inside the task that made the call.
 */
import type { CDPSession, Page } from 'playwright-core';

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string; data?: { message?: string; url?: string } } };

/** A task over 50 ms is a long task; what it runs past 50 ms is blocking time. */
const LONG_TASK_MS = 50;

export type MainThreadWork = {
  /** Sum of the tasks' durations. */
  busyMs: number;
  /** Durations of the tasks over 50 ms, in order. */
  longTasksMs: number[];
  totalBlockingMs: number;
  /** From the start of the first task counted to the end of the last. */
  spanMs: number;
  /**
   * The page's own two tasks: the one that inserted the content (holding the
   * start mark) and the first after it that laid the page out (its frame).
   */
  insertionMs: number;
  firstFrameMs: number;
  /** Durations of the tasks over 50 ms other than those two. */
  otherLongTasksMs: number[];
  /** Script run from `scriptUrl` (an extension's content script), in all and in the task that ran most of it. */
  script: { totalMs: number; mostInOneTaskMs: number };
};

/** Starts recording the browser's trace through the page's DevTools session; `stop` returns its events. */
export async function startTrace(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async function stop(): Promise<TraceEvent[]> {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return events;
  };
}

/**
 * The work on the main thread of the renderer that recorded `startMark`, from
 * the task holding the first such mark to the start of the last task holding
 * `endMark`. Tasks holding `endMark` are the observer's own (it checks whether
 * the page is done) and are left out.
 */
export function mainThreadWork(events: TraceEvent[], startMark: string, endMark: string, scriptUrl = '\u0000'): MainThreadWork {
  const marks = (label: string) => events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === label);
  const start = marks(startMark)[0];
  if (!start) throw new Error(`the trace holds no "${startMark}" mark`);
  const onThread = (e: TraceEvent) => e.pid === start.pid && e.tid === start.tid;
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && onThread(e));
  if (thread?.args?.name !== 'CrRendererMain') throw new Error(`"${startMark}" was not marked on a renderer's main thread`);

  // Top-level tasks only: a task run inside another (a nested loop) is part of it already.
  const tasks: Array<{ start: number; end: number }> = [];
  for (const e of events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onThread(e)).sort((a, b) => a.ts - b.ts)) {
    if (tasks.length && e.ts < tasks.at(-1)!.end) continue;
    tasks.push({ start: e.ts, end: e.ts + (e.dur ?? 0) });
  }
  const holds = (task: { start: number; end: number }, mark: TraceEvent) => onThread(mark) && mark.ts >= task.start && mark.ts <= task.end;
  const ends = marks(endMark);
  const first = tasks.findIndex((t) => holds(t, start));
  const last = tasks.findLastIndex((t) => ends.some((m) => holds(t, m)));
  if (first < 0 || last <= first) throw new Error(`no task holds "${startMark}" before one holding "${endMark}"`);
  const counted = tasks.slice(first, last).filter((t) => !ends.some((m) => holds(t, m)));
  const durations = counted.map((t) => (t.end - t.start) / 1000);
  const longTasksMs = durations.filter((d) => d > LONG_TASK_MS);
  const within = (task: { start: number; end: number }, name: string) =>
    events.filter((e) => e.name === name && e.ph === 'X' && onThread(e) && e.ts >= task.start && e.ts <= task.end);
  const frame = counted.findIndex((t, i) => i > 0 && within(t, 'Layout').length > 0);
  // A script's calls nest (a callback calling back into it): only the outermost are summed.
  const scriptMs = counted.map((t) => {
    let end = 0;
    let ms = 0;
    for (const call of within(t, 'FunctionCall').sort((a, b) => a.ts - b.ts)) {
      if (call.ts < end || !call.args?.data?.url?.startsWith(scriptUrl)) continue;
      end = call.ts + (call.dur ?? 0);
      ms += (call.dur ?? 0) / 1000;
    }
    return ms;
  });
  return {
    busyMs: Math.round(durations.reduce((sum, d) => sum + d, 0)),
    longTasksMs: longTasksMs.map(Math.round),
    totalBlockingMs: Math.round(longTasksMs.reduce((sum, d) => sum + d - LONG_TASK_MS, 0)),
    spanMs: Math.round((counted.at(-1)!.end - counted[0]!.start) / 1000),
    insertionMs: Math.round(durations[0]!),
    firstFrameMs: frame < 0 ? 0 : Math.round(durations[frame]!),
    otherLongTasksMs: durations.filter((d, i) => i !== 0 && i !== frame && d > LONG_TASK_MS).map(Math.round),
    script: { totalMs: Math.round(scriptMs.reduce((sum, ms) => sum + ms, 0)), mostInOneTaskMs: Math.round(Math.max(0, ...scriptMs)) },
  };
}
