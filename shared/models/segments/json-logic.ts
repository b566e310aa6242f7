/**
 * json-logic-js as segment rules run it: its own operations, except that text
 * is ordered by code point, as SQLite orders it (its BINARY collation compares
 * UTF-8 bytes). JavaScript's `<` orders UTF-16 code units, which puts the
 * characters U+E000–U+FFFF (the ﬁ ligature, full-width letters, private use)
 * after every character beyond U+FFFF (emoji, rare CJK) — so a rule like
 * `{"<": [{"var": "profile.name"}, "😀"]}` would select other people in memory
 * than in SQL. Everything else about the comparisons is JavaScript's.
 */
import jsonLogic from 'json-logic-js';

/**
 * UTF-16 code units ranked in code point order: a surrogate (U+D800–U+DFFF,
 * half of a character beyond U+FFFF) ranks above U+E000–U+FFFF.
 */
const rank = (unit: number) => (unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800);

/** Negative, zero or positive as `a` orders before, with or after `b` by code point. */
export function compareCodePoints(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const [x, y] = [a.charCodeAt(i), b.charCodeAt(i)];
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/** A value as JavaScript's relational operators see it: objects (arrays) as their text. */
const primitive = (value: unknown) => (typeof value === 'object' && value !== null ? String(value) : value);

type Relation = (a: unknown, b: unknown) => boolean;
/**
 * `relation` on two strings by code point order; otherwise JavaScript's
 * operator on the primitives (typed as numbers here, converted by the
 * operator itself at run time, as json-logic-js leaves it to).
 */
const textByCodePoint = (relation: (order: number) => boolean, js: (a: number, b: number) => boolean): Relation => (a, b) => {
  const [x, y] = [primitive(a), primitive(b)];
  return typeof x === 'string' && typeof y === 'string' ? relation(compareCodePoints(x, y)) : js(x as number, y as number);
};

const less = textByCodePoint((o) => o < 0, (a, b) => a < b);
const lessOrEqual = textByCodePoint((o) => o <= 0, (a, b) => a <= b);
jsonLogic.add_operation('<', (a: unknown, b: unknown, c?: unknown) => (c === undefined ? less(a, b) : less(a, b) && less(b, c)));
jsonLogic.add_operation('<=', (a: unknown, b: unknown, c?: unknown) => (c === undefined ? lessOrEqual(a, b) : lessOrEqual(a, b) && lessOrEqual(b, c)));
jsonLogic.add_operation('>', textByCodePoint((o) => o > 0, (a, b) => a > b));
jsonLogic.add_operation('>=', textByCodePoint((o) => o >= 0, (a, b) => a >= b));

export { jsonLogic };
