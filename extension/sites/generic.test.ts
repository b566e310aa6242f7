// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
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

  it('ignores what only looks like an address', () => {
    expect(page('<p>@handle, user@localhost, 50@ 3.00</p><a href="mailto:">empty</a><a href="mailto:%E0%A4%A">bad</a>')).toEqual([]);
  });
});
