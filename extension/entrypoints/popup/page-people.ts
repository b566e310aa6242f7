/** What the content scripts of a tab's frames found, gathered for the popup. */
import { browser } from 'wxt/browser';
import { PAGE_PEOPLE_PORT, type PagePeopleAnswer, type PagePerson } from '../../messages';
import type { SiteHealth } from '../../sites/site-health';

export type PagePeople = { people: PagePerson[]; health: SiteHealth | null };

/** Everyone found in any frame, once each (with what SegLens knows, where a frame knows it); the site's health from the page itself. */
export function mergeFrames(answers: readonly PagePeopleAnswer[]): PagePeople {
  const people = new Map<string, PagePerson>();
  for (const answer of answers) {
    for (const person of answer.people) {
      const seen = people.get(person.email);
      if (!seen) people.set(person.email, person);
      else people.set(person.email, { email: person.email, name: seen.name ?? person.name, result: seen.result ?? person.result });
    }
  }
  return { people: [...people.values()], health: answers.find((a) => a.topFrame)?.health ?? null };
}

/**
 * Asks every frame of the tab: each frame's content script answers on the
 * port, and `onFound` gets everyone found so far after each answer. It gets
 * null when SegLens runs in none of them (the port closes unanswered).
 */
export function watchPagePeople(tabId: number, onFound: (found: PagePeople | null) => void): () => void {
  const answers: PagePeopleAnswer[] = [];
  const port = browser.tabs.connect(tabId, { name: PAGE_PEOPLE_PORT });
  port.onMessage.addListener((answer: PagePeopleAnswer) => {
    answers.push(answer);
    onFound(mergeFrames(answers));
  });
  port.onDisconnect.addListener(() => {
    // Read, so that a tab with no content script is not reported as an error.
    void browser.runtime.lastError;
    if (answers.length === 0) onFound(null);
  });
  return () => port.disconnect();
}
