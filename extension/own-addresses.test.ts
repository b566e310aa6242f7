import { describe, expect, it } from 'vitest';
import { ownAddressMatcher, ownEntry } from './own-addresses';

describe('own addresses', () => {
  it('keeps addresses and domains as entered, normalised, and refuses anything else', () => {
    expect(['Me@Acme.com ', '@Acme.com', 'acme.co.uk', 'not a domain', 'acme', 'x@y', ''].map(ownEntry))
      .toEqual(['me@acme.com', 'acme.com', 'acme.co.uk', null, null, null, null]);
  });

  it('matches a listed address, and every address at a listed domain or below it', () => {
    const isOwn = ownAddressMatcher(['me@example.org', 'acme.com', null]);
    expect(['me@example.org', 'sara@acme.com', 'ops@eu.acme.com'].filter(isOwn)).toHaveLength(3);
    expect(['you@example.org', 'sara@notacme.com', 'sara@acme.com.evil.net', 'x@com'].filter(isOwn)).toEqual([]);
  });
});
