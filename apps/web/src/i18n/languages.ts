// The languages of the interface; each is named in its own language in the switcher.
export const LANGUAGES = ['en', 'ca', 'es', 'de', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ca: 'Català',
  es: 'Español',
  de: 'Deutsch',
  nl: 'Nederlands',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// The person's choice (kept in this browser, and on their account when signed in), else their
// account's language, else the instance's default, else English.
export function pickLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
