import { describe, expect, it } from 'vitest';
import { isExampleAddress } from './example-address';

describe('example addresses', () => {
  it('are those under the domains reserved for examples, and no others', () => {
    for (const email of ['sara@example.com', 'a@mail.example.org', 'b@northwind.example.com', 'c@shop.example', 'd@x.test', 'E@EXAMPLE.NET']) {
      expect(isExampleAddress(email), email).toBe(true);
    }
    for (const email of ['sara@gmail.com', 'a@example.co', 'b@notexample.com', 'c@example.com.evil.io', 'd@testing.io', 'example.com', '@example.com']) {
      expect(isExampleAddress(email), email).toBe(false);
    }
  });
});
