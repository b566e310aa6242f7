import { describe, expect, it } from 'vitest';
import { Email } from '../../shared/schemas/contact';
import { asEmail } from './site-adapter';

describe('asEmail', () => {
  it('accepts exactly the addresses the API accepts, so one odd address cannot fail a lookup batch', () => {
    const samples = [
      'Sara.Rezaei@Example.com', "o'brien@example.ie", 'first+tag@mail.example.co.uk', 'a_b-c@sub-domain.example.org',
      'سارا@example.com', 'user@localhost', 'user@example', '.lead@example.com', 'two..dots@example.com', 'trail.@example.com',
      'user@-bad.example.com', 'user@example.c', 'percent%sign@example.com', 'has space@example.com', `${'x'.repeat(250)}@example.com`,
      'quote"d@example.com', 'user@exa_mple.com', 'dash-@example.com',
    ];
    for (const text of samples) {
      expect(asEmail(text) !== null, text).toBe(Email.safeParse(text).success);
    }
    expect(asEmail('  Sara.Rezaei@Example.com ')).toBe('sara.rezaei@example.com');
  });
});
