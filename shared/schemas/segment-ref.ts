import { z } from 'zod';

/** A segment as stored in memberships: "kind:key", e.g. rfm:champions, value:gold, segment:tehran-pricing. */
export const SegmentRef = z.string().trim().regex(/^[a-z]+:[\p{Ll}\p{Lo}\p{N}_-]+$/u, 'must be a segment as kind:key, e.g. rfm:champions').max(64)
  .meta({ examples: ['rfm:champions', 'tag:مشتری-ویژه'] });
