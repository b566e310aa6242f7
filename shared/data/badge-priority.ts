/**
 * Which badges come first beside a name: what changes how you talk to the
 * person (anger, at-risk value) before what describes them. Lower is earlier.
 */
export const BADGE_PRIORITY: Readonly<Record<string, number>> = {
  'satisfaction:angry': 0,
  'rfm:cant_lose': 1,
  'rfm:champions': 2,
  'value:gold': 3,
  'rfm:at_risk': 4,
  'satisfaction:dissatisfied': 5,
  'lead:hot': 6,
};
/** Badges not listed above keep this order of kinds (custom segments rank by their own priority). */
export const BADGE_KIND_ORDER = ['satisfaction', 'rfm', 'value', 'lifecycle', 'lead', 'funnel', 'tag', 'segment'] as const;
