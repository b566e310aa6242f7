/**
 * Starts one of bench/lookup-servers.ts's servers in a child process of its
 * own, so the load generator does not share its event loop; resolves once it
 * listens.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export async function startServerProcess(which: 'product' | 'bare', databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, 'lookup-servers.ts'), which, databaseUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout! }), 'line'), once(child, 'exit')])) as [unknown];
  if (typeof line !== 'string' || !line.startsWith('http')) throw new Error(`the ${which} server did not start`);
  return {
    url: line,
    /** The most memory the process has held so far (its peak resident set), in MiB. */
    peakRssMiB() {
      const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return peak ? Math.round(Number(peak[1]) / 1024) : null;
    },
    async stop() {
      child.kill();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}
export type ServerProcess = Awaited<ReturnType<typeof startServerProcess>>;

/** The value of a settled start, or its failure thrown (after every start has settled, so none is left running unseen). */
export function fulfilled<T>(settled: PromiseSettledResult<T>): T {
  if (settled.status === 'rejected') throw settled.reason;
  return settled.value;
}
