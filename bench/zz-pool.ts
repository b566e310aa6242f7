import { createScoringPool } from '../server/engine/scoring-pool';
const mib = () => Math.round(process.memoryUsage.rss() / 1048576);
console.log('before', mib());
const pool = createScoringPool(1);
await pool.discover([], []);
console.log('warm idle', mib());
await pool.close();
await new Promise((r) => setTimeout(r, 500));
console.log('closed', mib());
