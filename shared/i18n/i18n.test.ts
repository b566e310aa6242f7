import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fa } from './fa';
import { formatDate, translator } from '.';

describe('translations', () => {
  it('has a Persian text for every English key, and no extra', () => {
    expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(fa)) expect(text.trim(), key).not.toBe('');
  });

  it('fills placeholders and falls back for unknown keys', () => {
    expect(translator('en')('conn.ok', { name: 'Reza', role: 'sales' })).toBe('Connected as Reza (sales).');
    expect(translator('fa')('tag.vip', {}, 'VIP')).toBe('VIP');
  });

  it('writes dates in the Solar Hijri calendar in Persian', () => {
    expect(formatDate('2026-03-21T12:00:00Z', 'fa')).toBe('۱ فروردین ۱۴۰۵');
    expect(formatDate('2026-03-21T12:00:00Z', 'en')).toBe('21 Mar 2026');
  });
});
