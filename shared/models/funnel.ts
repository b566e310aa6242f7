/** Where an open deal stands: its stage, how long it has been there, and the milestone that calls for action. */
import type { FunnelRules } from '../schemas/config';
import type { DealStage } from '../schemas/enums';

export type Milestone =
  | { key: 'trial_ending'; days: number }
  | { key: 'trial_ended'; days: number }
  | { key: 'proposal_unanswered'; days: number }
  | { key: 'negotiation_stalled'; days: number };

export type FunnelPosition = { stage: DealStage; deal: string; since: string; daysInStage: number; milestone: Milestone | null };

export function funnelPosition(deal: { title: string; stage: DealStage; stageChangedAt: string } | null, rules: FunnelRules, now: Date): FunnelPosition | null {
  if (!deal) return null;
  const daysInStage = Math.max(0, Math.floor((now.getTime() - Date.parse(deal.stageChangedAt)) / 86_400_000));
  return { stage: deal.stage, deal: deal.title, since: deal.stageChangedAt, daysInStage, milestone: milestone(deal.stage, daysInStage, rules) };
}

function milestone(stage: DealStage, days: number, rules: FunnelRules): Milestone | null {
  switch (stage) {
    case 'free_trial': {
      const left = rules.trialDays - days;
      if (left < 0) return { key: 'trial_ended', days: -left };
      return left <= rules.trialEndingWithinDays ? { key: 'trial_ending', days: left } : null;
    }
    case 'formal_proposal':
      return days >= rules.proposalUnansweredDays ? { key: 'proposal_unanswered', days } : null;
    case 'negotiation':
      return days >= rules.negotiationStalledDays ? { key: 'negotiation_stalled', days } : null;
    default:
      return null;
  }
}
