/**
 * Addresses Cloudflare's "email address obfuscation" hides from scrapers: the
 * page shows "[email protected]" and carries the address XOR-encoded in hex, in
 * `data-cfemail` or after `/cdn-cgi/l/email-protection#`. The first byte is the
 * key; every next byte XOR the key is one byte of the address in UTF-8.
 */
import { asEmail } from './site-adapter';

export const CLOUDFLARE_EMAIL = '[data-cfemail], a[href*="/cdn-cgi/l/email-protection#"]';

export function decodeCloudflareEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return null;
  const bytes = hex.match(/../g)!.map((pair) => parseInt(pair, 16));
  const key = bytes[0]!;
  try {
    return asEmail(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes.slice(1), (b) => b ^ key)));
  } catch {
    return null;
  }
}

/** The address an obfuscated element stands for, or null. */
export function cloudflareEmail(el: Element): string | null {
  const hex = el.getAttribute('data-cfemail') ?? el.getAttribute('href')?.split('/cdn-cgi/l/email-protection#')[1] ?? '';
  return decodeCloudflareEmail(hex);
}
