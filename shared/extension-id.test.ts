import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, EXTENSION_PUBLIC_KEY } from './extension-id';

describe('extension id', () => {
  it('is the one Chrome derives from the manifest key (first 128 bits of its SHA-256, as letters a–p)', () => {
    const hash = createHash('sha256').update(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hash].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('')).toBe(CHROME_EXTENSION_ID);
  });
});
