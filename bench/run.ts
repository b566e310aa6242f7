/**
 * `npm run bench`: every benchmark, each against its baseline run in the same
 * run (named in its result as `baseline`), with its target and whether it is
 * `met`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { benchAnnotate } from './annotate.bench';
import { benchClv } from './clv.bench';
import { benchContentScriptSize } from './content-script-size.bench';
import { benchLoad } from './load.bench';
import { benchLookup } from './lookup.bench';
import { benchRoundcube } from './roundcube.bench';

/** The recompute benchmark in a process of its own (bench/recompute.ts), so the peak memory it reports is the recompute's, not the earlier benchmarks'. */
async function benchRecomputeAlone(): Promise<unknown> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, 'recompute.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  let last = '';
  for await (const line of createInterface({ input: child.stdout })) last = line;
  const code = child.exitCode ?? (await once(child, 'exit'))[0];
  if (code !== 0) throw new Error(`bench/recompute.ts failed (exit code ${code})`);
  return (JSON.parse(last) as { recompute: unknown }).recompute;
}

const results: Record<string, unknown> = {};
for (const [name, run] of Object.entries({ lookup: benchLookup, load: benchLoad, annotate: benchAnnotate, roundcube: benchRoundcube, contentScript: benchContentScriptSize, clv: benchClv, recompute: benchRecomputeAlone })) {
  results[name] = await run();
  console.log(name);
  console.dir(results[name], { depth: null });
}
console.log(JSON.stringify(results));
