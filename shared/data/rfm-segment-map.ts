import type { RfmSegmentMap } from '../schemas/config';

/**
 * The common 10-segment map over recency × frequency scores (1–5), covering
 * each of the 25 cells once.
 */
export const RFM_SEGMENT_MAP: RfmSegmentMap = [
  { segment: 'champions', r: [5, 5], f: [4, 5] },
  { segment: 'loyal', r: [3, 4], f: [4, 5] },
  { segment: 'potential_loyalists', r: [4, 5], f: [2, 3] },
  { segment: 'new', r: [5, 5], f: [1, 1] },
  { segment: 'promising', r: [4, 4], f: [1, 1] },
  { segment: 'need_attention', r: [3, 3], f: [3, 3] },
  { segment: 'about_to_sleep', r: [3, 3], f: [1, 2] },
  { segment: 'cant_lose', r: [1, 2], f: [5, 5] },
  { segment: 'at_risk', r: [1, 2], f: [3, 4] },
  { segment: 'hibernating', r: [1, 2], f: [1, 2] },
];
