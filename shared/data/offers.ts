/**
 * Offers as data, best first: the first whose `when` names one of the person's
 * segments is suggested. Titles and reasons are in shared/i18n under offer.<key>.
 */
export const OFFERS: ReadonlyArray<{ key: string; code: string | null; when: readonly string[] }> = [
  { key: 'service_recovery', code: null, when: ['satisfaction:angry'] },
  { key: 'vip_care', code: 'VIP-CARE', when: ['value:gold', 'rfm:champions'] },
  { key: 'win_back', code: 'COMEBACK15', when: ['rfm:cant_lose', 'rfm:at_risk', 'lifecycle:at_risk'] },
  { key: 'trial_conversion', code: 'TRIAL20', when: ['funnel:free_trial'] },
  { key: 'closing_incentive', code: 'CLOSE10', when: ['funnel:negotiation', 'funnel:formal_proposal'] },
  { key: 'find_the_cause', code: null, when: ['satisfaction:dissatisfied'] },
  { key: 'loyalty_reward', code: 'LOYAL10', when: ['rfm:loyal', 'lifecycle:loyal'] },
  { key: 'welcome_gift', code: 'WELCOME', when: ['rfm:new', 'lifecycle:first_purchase'] },
  { key: 'book_a_demo', code: null, when: ['lead:hot'] },
  { key: 'reactivation', code: 'MISSYOU20', when: ['lifecycle:lost', 'rfm:hibernating'] },
  { key: 'nurture', code: null, when: ['lead:warm'] },
];
