/** `npm run bench`: every benchmark, each as a ratio against its own baseline run in the same process. */
import { benchAnnotate } from './annotate.bench';
import { benchClv } from './clv.bench';
import { benchContentScriptSize } from './content-script-size.bench';
import { benchLookup } from './lookup.bench';
import { benchRecompute } from './recompute.bench';

const results: Record<string, unknown> = {};
for (const [name, run] of Object.entries({ lookup: benchLookup, annotate: benchAnnotate, contentScript: benchContentScriptSize, clv: benchClv, recompute: () => benchRecompute() })) {
  results[name] = await run();
  console.log(name, results[name]);
}
console.log(JSON.stringify(results));
