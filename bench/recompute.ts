/**
 * `npx tsx bench/recompute.ts [--large]`: the full recompute against a raw SQL
 * pass (bench/recompute.bench.ts) at 100,000 contacts and 1,000,000 events,
 * about 35 s on a 2-core machine. `--large` is 1,000,000 contacts and
 * 10,000,000 events: about 6 minutes there (almost 4 generating, 1½
 * recomputing), with about 6 GiB free in the temporary folder.
 */
import { benchRecompute } from './recompute.bench';

const large = process.argv.includes('--large');
const result = await benchRecompute(large ? { contacts: 1_000_000, events: 10_000_000 } : {});
console.log('recompute', result);
console.log(JSON.stringify({ recompute: result }));
