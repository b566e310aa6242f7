import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fa } from './fa';
import { formatDate, translator } from '.';
import { profileTranslator } from './profile';
import { profileEn } from './profile-en';
import { profileFa } from './profile-fa';

describe('translations', () => {
  it('has a Persian text for every English key, and no extra', () => {
    expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(fa)) expect(text.trim(), key).not.toBe('');
  });

  it('fills placeholders and falls back for unknown keys', () => {
    expect(translator('en')('conn.ok', { name: 'Reza', role: 'sales' })).toBe('Connected as Reza (sales).');
    expect(translator('fa')('tag.vip', {}, 'VIP')).toBe('VIP');
  });

  it('writes numbers in the reader\'s digits and picks the plural form by count', () => {
    const en = translator('en');
    const fa = translator('fa');
    expect(en('card.orders', { count: 1 })).toBe('1 order');
    expect(en('card.orders', { count: 1200 })).toBe('1,200 orders');
    expect(en('card.inDays', { count: 1 })).toBe('tomorrow');
    expect(en('card.inDays', { count: 14 })).toBe('in 14 days');
    expect(fa('card.inDays', { count: 14 })).toBe('۱۴ روز دیگر');
    expect(fa('card.orders', { count: 1 })).toBe('۱ سفارش');
  });

  it('writes dates in the Solar Hijri calendar in Persian', () => {
    expect(formatDate('2026-03-21T12:00:00Z', 'fa')).toBe('۱ فروردین ۱۴۰۵');
    expect(formatDate('2026-03-21T12:00:00Z', 'en')).toBe('21 Mar 2026');
  });
});

describe('the side panel\'s texts', () => {
  it('have a Persian text for every English key, and fall back to the shared texts', () => {
    expect(Object.keys(profileFa).sort()).toEqual(Object.keys(profileEn).sort());
    for (const [key, text] of Object.entries(profileFa)) expect(text.trim(), key).not.toBe('');
    expect(profileTranslator('fa')('panel.unknown', { email: 'a@b.co' })).toBe('a@b.co هنوز در سگ‌لنز نیست.');
    expect(profileTranslator('en')('lifecycle.loyal')).toBe('Loyal');
    expect(profileTranslator('en')('event.custom_thing', {}, 'custom_thing')).toBe('custom_thing');
    expect(profileTranslator('en')('panel.recencyDays', { count: 1 })).toBe('last order 1 day ago');
    expect(profileTranslator('fa')('panel.recencyDays', { count: 12 })).toBe('آخرین سفارش ۱۲ روز پیش');
  });
});
