// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decodeCloudflareEmail } from './cloudflare-email';
import { generic } from './generic';

function page(html: string) {
  document.body.innerHTML = html;
  return generic.find(document).map((p) => ({ email: p.email, name: p.name, anchor: p.anchor instanceof Text ? '#text' : p.anchor.localName, offset: p.offset }));
}

describe('generic adapter', () => {
  it('finds mailto links with their names, lower-cased, ignoring query strings', () => {
    expect(page('<a href="mailto:Sara.Rezaei@Example.com?subject=Hi">سارا رضایی</a> <a href="MAILTO:ops@example.org">ops@example.org</a>')).toEqual([
      { email: 'sara.rezaei@example.com', name: 'سارا رضایی', anchor: 'a', offset: undefined },
      { email: 'ops@example.org', name: null, anchor: 'a', offset: undefined },
    ]);
  });

  it('finds elements with an email attribute, as webmail marks senders', () => {
    expect(page('<span email="olivia@example.org" name="Olivia Bennett">Olivia</span>')).toEqual([
      { email: 'olivia@example.org', name: 'Olivia Bennett', anchor: 'span', offset: undefined },
    ]);
  });

  it('finds every address in visible text with where it ends', () => {
    expect(page('<p>Write to a@example.com or b.c@example.net.</p>')).toEqual([
      { email: 'a@example.com', name: null, anchor: '#text', offset: 22 },
      { email: 'b.c@example.net', name: null, anchor: '#text', offset: 41 },
    ]);
  });

  it('leaves alone what the user types, code, and text already inside a named element', () => {
    expect(page(`
      <textarea>draft to x@example.com</textarea><input value="y@example.com">
      <div contenteditable="true">z@example.com</div><script>var s = "w@example.com"</script>
      <a href="mailto:v@example.com">v@example.com</a><span email="u@example.com">u@example.com</span>
    `).map((p) => p.email)).toEqual(['v@example.com', 'u@example.com']);
  });

  it('finds schema.org microdata addresses, and a hidden one beside the item\'s shown name', () => {
    expect(page(`
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Olivia Bennett</span>
        <span itemprop="email">Olivia.Bennett@example.org</span></div>
      <div itemscope itemtype="https://schema.org/Person"><h3 itemprop="name">رضا کریمی</h3><meta itemprop="email" content="reza@example.com"></div>
      <div itemscope><meta itemprop="email" content="nobody-shown@example.com"></div>
      <a itemprop="email" href="mailto:link@example.com">link@example.com</a>
    `)).toEqual([
      { email: 'link@example.com', name: null, anchor: 'a', offset: undefined },
      { email: 'olivia.bennett@example.org', name: 'Olivia Bennett', anchor: 'span', offset: undefined },
      { email: 'reza@example.com', name: 'رضا کریمی', anchor: 'h3', offset: undefined },
    ]);
  });

  it('decodes Cloudflare-obfuscated addresses, once per address even when a link wraps the span', () => {
    // 0x42 XOR each byte of "sara@example.com", as Cloudflare writes it.
    const hex = (email: string, key = 0x42) => [key, ...new TextEncoder().encode(email)].map((b, i) => (i === 0 ? b : b ^ key).toString(16).padStart(2, '0')).join('');
    expect(decodeCloudflareEmail(hex('sara@example.com'))).toBe('sara@example.com');
    expect(decodeCloudflareEmail(hex('Sara@Example.com', 0x9a))).toBe('sara@example.com');
    expect(decodeCloudflareEmail('zz')).toBeNull();
    expect(decodeCloudflareEmail(hex('not an address'))).toBeNull();
    expect(page(`
      <p><a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${hex('sara@example.com')}">[email&#160;protected]</a></p>
      <p><a href="/cdn-cgi/l/email-protection#${hex('ops@example.org')}"><span class="__cf_email__" data-cfemail="${hex('ops@example.org')}">[email&#160;protected]</span></a></p>
      <p><span class="__cf_email__" data-cfemail="${hex('رضا@example.com')}">[email&#160;protected]</span></p>
    `)).toEqual([
      { email: 'sara@example.com', name: null, anchor: 'a', offset: undefined },
      { email: 'ops@example.org', name: null, anchor: 'a', offset: undefined },
    ]);
  });

  it('puts a JSON-LD person\'s badge beside the element showing their name, only when the page does not show the address', () => {
    const people = page(`
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","author":[
        {"@type":"Person","name":"James Whitfield","email":"mailto:James.Whitfield@example.com"},
        {"@type":"Person","givenName":"سارا","familyName":"رضایی","email":"sara.rezaei@example.com"},
        {"@type":"Person","name":"Nobody Shown","email":"hidden@example.com"}],
        "publisher":{"@type":"Organization","name":"Example","contactPoint":{"@type":"ContactPoint","email":"sales@example.org"}}}</script>
      <script type="application/ld+json">{ not json</script>
      <p class="byline">By <span>James Whitfield</span> and <b>سارا رضایی</b></p>
      <p>Write to sales@example.org</p>
    `);
    expect(people).toEqual([
      { email: 'james.whitfield@example.com', name: 'James Whitfield', anchor: 'span', offset: undefined },
      { email: 'sara.rezaei@example.com', name: 'سارا رضایی', anchor: 'b', offset: undefined },
      { email: 'sales@example.org', name: null, anchor: '#text', offset: 26 },
    ]);
  });

  it('ignores what only looks like an address', () => {
    expect(page('<p>@handle, user@localhost, 50@ 3.00</p><a href="mailto:">empty</a><a href="mailto:%E0%A4%A">bad</a>')).toEqual([]);
  });
});
