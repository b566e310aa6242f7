/**
 * `npx tsx bench/recompute.ts [--large]`: the full recompute against a raw SQL
 * pass (bench/recompute.bench.ts) at 100,000 contacts and 1,000,000 events,
 * about 45 s on a 2-core machine. `--large` is 1,000,000 contacts and
 * 10,000,000 events: about 9 minutes there (3 generating, 5½ recomputing),
 * with about 6 GiB free in the temporary folder and 10 GiB of memory (much of
 * it native memory the database client keeps per statement).
 */
import { benchRecompute } from './recompute.bench';

const large = process.argv.includes('--large');
const result = await benchRecompute(large ? { contacts: 1_000_000, events: 10_000_000 } : {});
console.log('recompute', result);
console.log(JSON.stringify({ recompute: result }));
