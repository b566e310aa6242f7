/**
 * `npm run bench`: every benchmark, each against its baseline run in the same
 * run (named in its result as `baseline`), with its target and whether it is
 * `met`.
 */
import { benchAnnotate } from './annotate.bench';
import { benchClv } from './clv.bench';
import { benchContentScriptSize } from './content-script-size.bench';
import { benchLookup } from './lookup.bench';
import { benchRecompute } from './recompute.bench';

const results: Record<string, unknown> = {};
for (const [name, run] of Object.entries({ lookup: benchLookup, annotate: benchAnnotate, contentScript: benchContentScriptSize, clv: benchClv, recompute: () => benchRecompute() })) {
  results[name] = await run();
  console.log(name);
  console.dir(results[name], { depth: null });
}
console.log(JSON.stringify(results));
