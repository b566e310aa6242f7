import { describe, expect, it } from 'vitest';
import { OCCASIONS } from '../data/occasions';
import { nextOccasion, type OccasionContact } from './occasions';

const person = (over: Partial<OccasionContact>): OccasionContact => ({
  name: 'Sara Rezaei', honorific: null, gender: null, locale: 'en', birthday: null, jobTitle: null, ...over,
});
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('occasion dates', () => {
  it('finds Nowruz 1405 on 2026-03-21', () => {
    expect(nextOccasion(person({}), at('2026-03-15'), 30)).toMatchObject({ key: 'nowruz', date: '2026-03-21', daysUntil: 6 });
  });

  it('finds Yalda night 1404 (30 Azar) on 2025-12-21', () => {
    expect(nextOccasion(person({}), at('2025-12-10'), 30)).toMatchObject({ key: 'yalda', date: '2025-12-21', daysUntil: 11 });
  });

  it("finds Engineers' day 1404 (5 Esfand) on 2026-02-24 for an engineer", () => {
    expect(nextOccasion(person({ honorific: 'eng' }), at('2026-02-20'), 10)).toMatchObject({ key: 'engineers_day', date: '2026-02-24', daysUntil: 4 });
  });

  it('counts today as day 0 and moves to next year once the day has passed', () => {
    expect(nextOccasion(person({}), at('2026-03-21'), 0)).toMatchObject({ key: 'nowruz', daysUntil: 0 });
    const nowruzOnly = OCCASIONS.filter((o) => o.key === 'nowruz');
    expect(nextOccasion(person({}), at('2026-03-22'), 400, nowruzOnly)).toMatchObject({ date: '2027-03-21', daysUntil: 364 });
  });

  it('finds the Gregorian occasions', () => {
    expect(nextOccasion(person({}), at('2026-02-01'), 20)).toMatchObject({ key: 'valentines_day', date: '2026-02-14' });
    expect(nextOccasion(person({}), at('2025-12-25'), 10)).toMatchObject({ key: 'new_year', date: '2026-01-01' });
  });

  it('is null when nothing falls within the window', () => {
    expect(nextOccasion(person({}), at('2026-04-01'), 30)).toBeNull();
  });
});

describe('who an occasion is for', () => {
  const before = { engineers: at('2026-02-20'), doctors: at('2026-08-20'), teachers: at('2026-04-25') };

  it("greets engineers by title or job title, in either language, and nobody else, on Engineers' day", () => {
    expect(nextOccasion(person({ jobTitle: 'Civil Engineer' }), before.engineers, 10)?.key).toBe('engineers_day');
    expect(nextOccasion(person({ jobTitle: 'مهندس ارشد عمران', locale: 'fa' }), before.engineers, 10)?.key).toBe('engineers_day');
    expect(nextOccasion(person({ jobTitle: 'Accountant' }), before.engineers, 10)).toBeNull();
  });

  it("greets physicians on Doctors' day, but not a PhD whose only sign is the title Dr.", () => {
    expect(nextOccasion(person({ jobTitle: 'پزشک عمومی', locale: 'fa' }), before.doctors, 10)).toMatchObject({ key: 'doctors_day', date: '2026-08-23' });
    expect(nextOccasion(person({ jobTitle: 'Surgeon' }), before.doctors, 10)?.key).toBe('doctors_day');
    expect(nextOccasion(person({ honorific: 'dr', jobTitle: 'مدیر پژوهش و توسعه' }), before.doctors, 10)).toBeNull();
    // Whole words only: medical-equipment sales is not medicine.
    expect(nextOccasion(person({ jobTitle: 'کارشناس فروش تجهیزات پزشکی' }), before.doctors, 10)).toBeNull();
  });

  it("greets teachers and professors on Teachers' day (12 Ordibehesht)", () => {
    expect(nextOccasion(person({ jobTitle: 'معلم ریاضی', locale: 'fa' }), before.teachers, 10)).toMatchObject({ key: 'teachers_day', date: '2026-05-02' });
    expect(nextOccasion(person({ honorific: 'prof' }), before.teachers, 10)?.key).toBe('teachers_day');
    expect(nextOccasion(person({ jobTitle: 'Sales Manager' }), before.teachers, 10)).toBeNull();
  });

  it('explains why the occasion applies', () => {
    expect(nextOccasion(person({ jobTitle: 'Civil Engineer' }), before.engineers, 10)!.explanation)
      .toContain('the job title "Civil Engineer" contains "engineer"');
  });
});

describe('birthdays', () => {
  // 1980-03-10 is 20 Esfand 1358, which in 1404 falls on 2026-03-11.
  const born = '1980-03-10';

  it('celebrates a Persian-language contact on the Solar Hijri month and day', () => {
    const next = nextOccasion(person({ locale: 'fa', birthday: born }), at('2026-03-01'), 30);
    expect(next).toMatchObject({ key: 'birthday', date: '2026-03-11', daysUntil: 10 });
    expect(next!.explanation).toContain('Esfand 20, 1358 AP');
  });

  it('celebrates others on the Gregorian date, and follows an explicit choice of calendar', () => {
    expect(nextOccasion(person({ birthday: born }), at('2026-03-01'), 30)?.date).toBe('2026-03-10');
    expect(nextOccasion(person({ locale: 'fa', birthday: born, birthdayCalendar: 'gregorian' }), at('2026-03-01'), 30)?.date).toBe('2026-03-10');
    expect(nextOccasion(person({ birthday: born, birthdayCalendar: 'persian' }), at('2026-03-01'), 30)?.date).toBe('2026-03-11');
  });

  it('greets a 29 February birthday on 28 February in common years', () => {
    expect(nextOccasion(person({ birthday: '1992-02-29' }), at('2026-02-20'), 30)).toMatchObject({ key: 'birthday', date: '2026-02-28' });
  });

  it('prefers the birthday when it falls on the same day as a holiday', () => {
    expect(nextOccasion(person({ birthday: '1990-01-01' }), at('2025-12-30'), 5)?.key).toBe('birthday');
  });
});

describe('greeting lines', () => {
  const nowruz = at('2026-03-15');
  const greet = (over: Partial<OccasionContact>) => nextOccasion(person(over), nowruz, 30)!;

  it('addresses English speakers as Dear + title + family name', () => {
    expect(greet({ honorific: 'dr' }).greeting).toBe('Dear Dr. Rezaei, happy Nowruz!');
    expect(greet({ gender: 'male', name: 'Tom Baker' }).salutation).toBe('Dear Mr. Baker');
    expect(greet({ gender: 'female' }).salutation).toBe('Dear Ms. Rezaei');
    expect(greet({ gender: 'other' }).salutation).toBe('Dear Sara Rezaei');
  });

  it('addresses Persian speakers formally: gendered words, then the title, then the family name', () => {
    expect(greet({ locale: 'fa', name: 'علی رضایی', gender: 'male', honorific: 'dr' })).toMatchObject({
      name: { en: 'Nowruz', fa: 'نوروز' }, salutation: 'جناب آقای دکتر رضایی', greeting: 'جناب آقای دکتر رضایی، نوروزتان پیروز!',
    });
    expect(greet({ locale: 'fa', name: 'مریم کریمی', gender: 'female', honorific: 'eng' }).salutation).toBe('سرکار خانم مهندس کریمی');
    expect(greet({ locale: 'fa', name: 'مریم کریمی', gender: 'female' }).salutation).toBe('سرکار خانم کریمی');
    expect(greet({ locale: 'fa', name: 'مریم کریمی', honorific: 'mrs' }).salutation).toBe('سرکار خانم کریمی');
  });

  it('drops the gendered words when the gender is unknown, ending with «گرامی»', () => {
    expect(greet({ locale: 'fa', name: 'سارا رضایی', honorific: 'dr' }).salutation).toBe('دکتر رضایی گرامی');
    expect(greet({ locale: 'fa', name: 'سارا رضایی', gender: 'other' }).salutation).toBe('سارا رضایی گرامی');
  });

  it('greets on the occasion in Persian', () => {
    const yalda = nextOccasion(person({ locale: 'fa', name: 'علی رضایی', gender: 'male' }), at('2025-12-20'), 5)!;
    expect(yalda.greeting).toBe('جناب آقای رضایی، شب یلدایتان خوش!');
  });
});
