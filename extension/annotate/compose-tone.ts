/**
 * The tone to take where the user writes: above the editor of each message
 * being written (the site adapter's compositions) whose recipients include a
 * dissatisfied or angry customer, the tone banner of the one who calls for
 * the most care, unless the user hid it in that conversation.
 *
 * Who calls for care is read from what their badges already show; only that
 * person's tone guide is asked for. Checked in an animation frame once the
 * page changed or an answer came: the page's DOM is read (never its layout),
 * and written only where a banner comes, goes or changes.
 */
import type { BadgeSummary } from '../../shared/schemas/lookup';
import type { Composition, SiteAdapter } from '../sites/site-adapter';
import type { AskPerson, BadgeContext } from './badge';
import type { DismissedThreads } from './dismissed-threads';
import { createFrameQueue } from './frame-queue';
import { isWholeCard } from './person-card';
import { callsForCare, recipientNeedingCare } from './recipient-care';
import { createToneBanner, type CarefulRecipient, type ToneBannerView } from './tone-banner';

const CHECK_BUDGET_MS = 4;

export type ComposeToneOptions = BadgeContext & {
  compositions: NonNullable<SiteAdapter['compositions']>;
  adapter: Pick<SiteAdapter, 'id' | 'find'>;
  /** What a person's badges show, once the lookup answered. */
  summary: (email: string) => BadgeSummary | null;
  person: AskPerson;
  dismissed: DismissedThreads;
};

type Banner = { view: ToneBannerView; email: string; conversation: string };

export function createComposeTone({ compositions, adapter, summary, person: askPerson, dismissed, ...ctx }: ComposeToneOptions) {
  const queue = createFrameQueue(CHECK_BUDGET_MS);
  let due = false;
  const banners = new Map<HTMLElement, Banner>();
  /** The tone guide of each person asked for: null while the answer is awaited, or when they turned out to call for no care. */
  const guides = new Map<string, CarefulRecipient | null>();

  function changed() {
    if (due) return;
    due = true;
    queue.push(check);
  }

  function guideOf(email: string): CarefulRecipient | null {
    if (guides.has(email)) return guides.get(email)!;
    guides.set(email, null);
    void askPerson(email).then((answer) => {
      const known = answer.ok && answer.result.known ? answer.result : null;
      // Only what their badge shows (the API away): their tone guide is asked for again at the page's next change.
      if (known && !isWholeCard(known)) return void guides.delete(email);
      const person = known && isWholeCard(known) ? known : null;
      if (!person?.satisfaction || !callsForCare(person.satisfaction.segment)) return;
      guides.set(email, { displayName: person.displayName, satisfaction: person.satisfaction });
      changed();
      // Not answered: asked again at the page's next change.
    }, () => guides.delete(email));
    return null;
  }

  /** The site's id for the conversation, else who the message is to: the same recipients make the same conversation. */
  const conversationOf = (composition: Composition, recipients: string[]) =>
    `${adapter.id} ${composition.thread ?? `to ${[...recipients].sort().join(' ')}`}`;

  function remove(editor: HTMLElement) {
    banners.get(editor)?.view.host.remove();
    banners.delete(editor);
  }

  function check() {
    due = false;
    const editors = new Set<HTMLElement>();
    for (const composition of compositions(document)) {
      const { editor, form } = composition;
      editors.add(editor);
      const recipients = [...new Set(adapter.find(form).filter((p) => p.role === 'to' || p.role === 'cc').map((p) => p.email))];
      const conversation = conversationOf(composition, recipients);
      const email = dismissed.has(conversation) ? null : recipientNeedingCare(recipients.map(summary));
      const guide = email && guideOf(email);
      if (!email || !guide) {
        remove(editor);
        continue;
      }
      let banner = banners.get(editor);
      if (!banner) {
        const view = createToneBanner(() => {
          void dismissed.add(banner!.conversation);
          queue.push(() => remove(editor));
        });
        banner = { view, email: '', conversation };
        banners.set(editor, banner);
      }
      banner.conversation = conversation;
      if (banner.email !== email) {
        banner.email = email;
        banner.view.show(guide, ctx);
      }
      // Right before the editor, in the page's flow: it moves the editor's text down, never covers it.
      if (banner.view.host.nextSibling !== editor) editor.before(banner.view.host);
    }
    // A message sent or discarded: its editor is gone, and so is its banner.
    for (const editor of banners.keys()) if (!editors.has(editor)) remove(editor);
  }

  return {
    changed,
    /** After the settings change: the tone guides are asked for again (the server may be another), then drawn in the (maybe new) language. */
    refresh(next: BadgeContext) {
      Object.assign(ctx, next);
      guides.clear();
      changed();
    },
  };
}
