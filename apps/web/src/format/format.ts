// Dates, times and numbers in the viewer's language and the instance's time zone. Pure: the
// language and zone are passed in, so these are tested without a browser.

export interface Locale {
  language: string;
  timeZone: string;
}

export function formatDateTime(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: locale.timeZone }).format(new Date(value));
}

export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale.language, { dateStyle: 'medium', timeZone: locale.timeZone }).format(new Date(value));
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale.language).format(value);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// "3 hours ago", "in 2 days": for due dates and activity in lists.
export function formatRelative(value: string | Date, locale: Locale, now: Date = new Date()): string {
  const seconds = Math.round((new Date(value).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale.language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // Plain bytes written out ("14 bytes": the short form reads "14 byte" in English), the rest short.
  return new Intl.NumberFormat(locale.language, { style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
