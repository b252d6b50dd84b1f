import { formatBytes, formatDateTime, formatNumber, formatRelative } from './format';

describe('formatting for the viewer', () => {
  const at = '2026-03-29T00:30:00Z';

  it('shows a moment in the instance time zone, not the browser one', () => {
    expect(formatDateTime(at, { language: 'en', timeZone: 'Europe/Madrid' })).toBe('Mar 29, 2026, 1:30 AM');
    // After the spring change Madrid is two hours ahead.
    expect(formatDateTime('2026-03-29T10:30:00Z', { language: 'en', timeZone: 'Europe/Madrid' })).toBe('Mar 29, 2026, 12:30 PM');
    expect(formatDateTime(at, { language: 'en', timeZone: 'America/New_York' })).toBe('Mar 28, 2026, 8:30 PM');
  });

  it('writes dates and numbers the way each language does', () => {
    const madrid = (language: string) => ({ language, timeZone: 'Europe/Madrid' });
    expect(formatDateTime(at, madrid('de'))).toBe('29.03.2026, 01:30');
    expect(formatDateTime(at, madrid('nl'))).toBe('29 mrt 2026, 01:30');
    expect(formatDateTime(at, madrid('es'))).toBe('29 mar 2026, 1:30');
    expect(formatNumber(1234567.5, madrid('de'))).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, madrid('en'))).toBe('1,234,567.5');
    expect(formatBytes(2_500_000, madrid('en'))).toBe('2.4 MB');
    expect(formatBytes(14, madrid('en'))).toBe('14 bytes');
    expect(formatBytes(1, madrid('en'))).toBe('1 byte');
  });

  it('is empty for a missing date', () => {
    expect(formatDateTime(null, { language: 'en', timeZone: 'UTC' })).toBe('');
  });

  it('says how long ago or how soon', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const en = { language: 'en', timeZone: 'UTC' };
    expect(formatRelative('2026-05-01T09:00:00Z', en, now)).toBe('3 hours ago');
    expect(formatRelative('2026-05-03T12:00:00Z', en, now)).toBe('in 2 days');
    expect(formatRelative('2026-05-01T11:59:40Z', en, now)).toBe('this minute');
    expect(formatRelative('2026-04-30T12:00:00Z', { language: 'ca', timeZone: 'UTC' }, now)).toBe('ahir');
  });
});
