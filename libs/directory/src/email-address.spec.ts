import { domainOf, nameFromEmail, normalizeDomain, normalizeEmail } from './email-address';

describe('e-mail addresses', () => {
  it('trims and lower-cases valid addresses', () => {
    expect(normalizeEmail('  Anna.Puig@UPC.edu ')).toBe('anna.puig@upc.edu');
    expect(domainOf('anna.puig@upc.edu')).toBe('upc.edu');
    expect(nameFromEmail('anna.puig@upc.edu')).toBe('anna.puig');
  });

  it('takes every address RFC 5322 and SMTP accept, in one spelling', () => {
    expect(normalizeEmail('"#FAX#123"@Example.org')).toBe('#fax#123@example.org');
    expect(normalizeEmail('#FAX#123@example.org')).toBe('#fax#123@example.org');
    expect(normalizeEmail('"john doe"@example.org')).toBe('"john doe"@example.org');
    expect(normalizeEmail('"a\\"b"@example.org')).toBe('"a\\"b"@example.org');
    expect(normalizeEmail("o'brien+tag@sub.example.org")).toBe("o'brien+tag@sub.example.org");
    expect(normalizeEmail('josé@correu.cat')).toBe('josé@correu.cat');
    expect(normalizeEmail('anna@[192.0.2.1]')).toBe('anna@[192.0.2.1]');
    // One label is a valid domain for mail (cron mail from root@localhost), not for what people type.
    expect(normalizeEmail('root@localhost', { singleLabel: true })).toBe('root@localhost');
    expect(normalizeEmail('root@localhost')).toBeNull();
  });

  it.each(['', 'anna', 'anna@', '@upc.edu', 'anna@upc', 'an na@upc.edu', 'a<b>@upc.edu', `${'a'.repeat(250)}@x.org`,
    'anna@upc.edu.', 'anna@upc..edu', 'anna@-upc.edu', 'anna@upc-.edu', '.anna@upc.edu', 'anna.@upc.edu', 'an..na@upc.edu',
    '"unterminated@upc.edu', 'a"b@upc.edu', `${'a'.repeat(65)}@upc.edu`, 'anna@[300.1.1.1]', 'anna@upc.edu\u0000', 'anna@up_c.edu',
    'an\u00a0na@upc.edu', 'anna\u200b@upc.edu', 'anna@upc\u2028.edu', 'anna@up\ufeffc.edu'])(
    'refuses %p',
    (value) => expect(normalizeEmail(value)).toBeNull(),
  );

  it('lower-cases host names as domains', () => {
    expect(normalizeDomain(' UPC.edu ')).toBe('upc.edu');
    expect(normalizeDomain('estudiant.upc.edu')).toBe('estudiant.upc.edu');
    expect(normalizeDomain('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
  });

  it.each(['', 'localhost', 'upc..edu', '-upc.edu', 'upc-.edu', 'up c.edu', 'anna@upc.edu', '10.0.0.1', `${'a'.repeat(64)}.edu`, '.upc.edu'])(
    'refuses the domain %p',
    (value) => expect(normalizeDomain(value)).toBeNull(),
  );
});
