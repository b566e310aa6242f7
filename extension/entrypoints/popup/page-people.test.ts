import { describe, expect, it } from 'vitest';
import type { PagePeopleAnswer } from '../../messages';
import { mergeFrames } from './page-people';

const known = { email: 'sara.rezaei@example.com', known: true } as unknown as NonNullable<PagePeopleAnswer['people'][number]['result']>;

describe('the people of a tab, gathered from its frames', () => {
  it('lists each person once, with what any frame knows of them, and the site\'s health from the page itself', () => {
    const top: PagePeopleAnswer = {
      site: 'roundcube', topFrame: true, health: { site: 'roundcube', checked: 2, missing: [] },
      people: [{ email: 'sara.rezaei@example.com', name: null, result: null }],
    };
    const preview: PagePeopleAnswer = {
      site: 'generic', topFrame: false, health: { site: 'x', checked: 1, missing: ['x'] },
      people: [{ email: 'sara.rezaei@example.com', name: 'Sara', result: known }, { email: 'james.whitfield@example.com', name: null, result: null }],
    };
    expect(mergeFrames([preview, top])).toEqual({
      people: [{ email: 'sara.rezaei@example.com', name: 'Sara', result: known }, { email: 'james.whitfield@example.com', name: null, result: null }],
      health: top.health,
    });
    expect(mergeFrames([preview]).health).toBeNull();
  });
});
