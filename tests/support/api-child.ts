/**
 * Starts tests/support/api-process.ts, the API in a process of its own, on
 * the database at `databaseUrl`, for tests that stop it as an operator would
 * (SIGTERM) or as a crash does (SIGKILL).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '../..');

export type ApiAnswer = { status: number; json: any };

export async function startApiChild(databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(ROOT, 'tests/support/api-process.ts'), databaseUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout }), 'line'), once(child, 'exit')])) as [unknown];
  if (typeof line !== 'string' || !line.startsWith('{')) {
    child.kill();
    throw new Error('the API process did not start');
  }
  const { url, token } = JSON.parse(line) as { url: string; token: string };
  const running = () => child.exitCode === null && child.signalCode === null;
  async function stopWith(signal: NodeJS.Signals) {
    if (!running()) return;
    child.kill(signal);
    await once(child, 'exit');
  }
  return {
    url,
    token,
    async call(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : undefined };
    },
    /** Stops it as an operator does: it finishes what it is doing. */
    stop: () => stopWith('SIGTERM'),
    /** Stops it as a crash or a power cut does: at once, mid-write. */
    kill: () => stopWith('SIGKILL'),
  };
}
export type ApiChild = Awaited<ReturnType<typeof startApiChild>>;
