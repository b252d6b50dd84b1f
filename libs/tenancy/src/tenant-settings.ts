// Languages the product ships (UI and system mails) and the time zones the runtime knows.
export const LANGUAGES = ['en', 'ca', 'es', 'de', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

const zones = new Set<string>([...Intl.supportedValuesOf('timeZone'), 'UTC']);

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function isTimeZone(value: string): boolean {
  return zones.has(value);
}
