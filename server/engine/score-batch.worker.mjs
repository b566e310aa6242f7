// A thread of the scoring pool (scoring-pool.ts, which types these tasks): it
// runs the engine's TypeScript as the server does, through tsx.
import { register } from 'tsx/esm/api';

register();
const { discoverPatterns } = await import('../../shared/models/population.ts');
const { scoreBatch } = await import('./score-batch.ts');

export const discover = ({ people, baskets }) => discoverPatterns(people, baskets);

export const score = ({ raw, context: { stats, config, now } }) => scoreBatch(raw, stats, config, new Date(now));

export const ready = () => true;
