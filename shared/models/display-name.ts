import type { Honorific } from '../schemas/enums';

const TITLES: Record<'en' | 'fa', Record<Honorific, string>> = {
  en: { dr: 'Dr.', eng: 'Eng.', prof: 'Prof.', mr: 'Mr.', mrs: 'Mrs.', ms: 'Ms.' },
  fa: { dr: 'دکتر', eng: 'مهندس', prof: 'استاد', mr: 'آقای', mrs: 'خانم', ms: 'خانم' },
};

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** The name with its title, in the script the name is written in: "Dr. Sara Rezaei", «دکتر سارا رضایی». */
export function displayName(name: string, honorific: Honorific | null): string {
  if (!honorific) return name;
  return `${TITLES[ARABIC_SCRIPT.test(name) ? 'fa' : 'en'][honorific]} ${name}`;
}
