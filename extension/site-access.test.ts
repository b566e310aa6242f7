import { describe, expect, it } from 'vitest';
import { isEnabled, siteOf, sitesOf } from './site-access';

describe('site access', () => {
  it('names a built-in site by its product, with every host it serves from', () => {
    expect(siteOf('https://mail.google.com/mail/u/0/#inbox')).toEqual({ builtIn: 'gmail', name: 'Gmail', patterns: ['https://mail.google.com/*'] });
    expect(siteOf('https://outlook.live.com/mail/0/')?.builtIn).toBe('outlook');
    expect(siteOf('https://outlook.office.com/mail/')?.patterns).toEqual(siteOf('https://outlook.live.com/')?.patterns);
  });

  it('enables any other page by its scheme and host alone, on every port', () => {
    expect(siteOf('http://127.0.0.1:8787/demo?x=1')).toEqual({ builtIn: null, name: 'http://127.0.0.1', patterns: ['http://127.0.0.1/*'] });
    expect(siteOf('https://mail.example.com/roundcube/?_task=mail')?.patterns).toEqual(['https://mail.example.com/*']);
    // Gmail's host over plain http is not Gmail.
    expect(siteOf('http://mail.google.com/')?.builtIn).toBeNull();
  });

  it('offers nothing where no extension may run', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/a.html', 'not a url', undefined]) expect(siteOf(url)).toBeNull();
  });

  it('lists the enabled sites once each, a built-in one only when all its hosts are enabled', () => {
    const outlook = siteOf('https://outlook.live.com/')!;
    const enabled = [...outlook.patterns, 'http://127.0.0.1/*'];
    expect(sitesOf(enabled).map((s) => s.name)).toEqual(['Outlook', 'http://127.0.0.1']);
    expect(isEnabled(outlook, enabled)).toBe(true);
    expect(isEnabled(outlook, enabled.slice(1))).toBe(false);
  });
});
