// The time zones the runtime knows (the languages the product ships are those of @tessera/errors).
export { LANGUAGES, Language, isLanguage } from '@tessera/errors';

const zones = new Set<string>([...Intl.supportedValuesOf('timeZone'), 'UTC']);

export function isTimeZone(value: string): boolean {
  return zones.has(value);
}
