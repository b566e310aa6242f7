/** RFM: recency, frequency and monetary scores 1–5 against the base's quintiles, and the segment of the R×F cell. */
import { RFM_SEGMENT_MAP } from '../data/rfm-segment-map';
import type { RfmSegmentMap } from '../schemas/config';
import type { RfmSegment } from '../schemas/enums';
import type { CustomerAggregate, PopulationStats } from './population';
import { scoreByCuts } from './quantiles';

export type RfmResult = { r: number; f: number; m: number; segment: RfmSegment };

export function rfm(customer: Pick<CustomerAggregate, 'recencyDays' | 'frequency' | 'monetary'>, stats: PopulationStats, segmentMap: RfmSegmentMap = RFM_SEGMENT_MAP): RfmResult {
  const cuts = stats.rfmCuts;
  // Fewer days since the last order is better, so recency counts cut points from the top.
  const r = 1 + cuts.recencyDays.length - (scoreByCuts(customer.recencyDays, cuts.recencyDays) - 1);
  const f = scoreByCuts(customer.frequency, cuts.frequency);
  const m = scoreByCuts(customer.monetary, cuts.monetary);
  const cell = segmentMap.find((s) => r >= s.r[0] && r <= s.r[1] && f >= s.f[0] && f <= s.f[1]);
  if (!cell) throw new Error(`RFM segment map has no cell for R${r} F${f}`);
  return { r, f, m, segment: cell.segment };
}
