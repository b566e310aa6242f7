import { describe, expect, it } from 'vitest';
import { TAG_SLUG, tagSlugFor } from './tag-slug';

describe('the slug of a new tag', () => {
  it('is the name in lower case, words joined by hyphens', () => {
    expect(tagSlugFor('Trade show 2026')).toBe('trade-show-2026');
    expect(tagSlugFor('  VIP — renewal!  ')).toBe('vip-renewal');
    expect(tagSlugFor('follow_up')).toBe('follow-up');
  });

  it('keeps Persian letters and digits', () => {
    expect(tagSlugFor('مشتری ویژه ۱۴۰۵')).toBe('مشتری-ویژه-۱۴۰۵');
  });

  it('is cut to 48 characters, never ending in a hyphen', () => {
    const slug = tagSlugFor(`${'a'.repeat(47)} b`)!;
    expect(slug).toBe('a'.repeat(47));
    expect(TAG_SLUG.test(slug)).toBe(true);
  });

  it('is none for a name with no letter or digit', () => {
    expect(tagSlugFor('!!! ---')).toBeNull();
    expect(tagSlugFor('')).toBeNull();
  });
});
