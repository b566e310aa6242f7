/**
 * A tag's slug: its name in the API's paths and rules. Kept apart from the
 * zod schemas so that the content script, which makes slugs for tags created
 * from a card, does not carry zod.
 */
export const TAG_SLUG = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}_-]{0,47}$/u;

/** The slug for a new tag named `label` ("Trade show 2026" → "trade-show-2026", «مشتری ویژه» → «مشتری-ویژه»); null when the name has no letter or digit to make one from. */
export function tagSlugFor(label: string): string | null {
  const slug = label.normalize('NFKC').toLowerCase().trim()
    .replace(/[\s_]+/gu, '-')
    .replace(/[^\p{Ll}\p{Lo}\p{N}_-]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return TAG_SLUG.test(slug) ? slug : null;
}
