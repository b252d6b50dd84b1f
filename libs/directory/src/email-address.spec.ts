import { domainOf, nameFromEmail, normalizeDomain, normalizeEmail } from './email-address';

describe('e-mail addresses', () => {
  it('trims and lower-cases valid addresses', () => {
    expect(normalizeEmail('  Anna.Puig@UPC.edu ')).toBe('anna.puig@upc.edu');
    expect(domainOf('anna.puig@upc.edu')).toBe('upc.edu');
    expect(nameFromEmail('anna.puig@upc.edu')).toBe('anna.puig');
  });

  it.each(['', 'anna', 'anna@', '@upc.edu', 'anna@upc', 'an na@upc.edu', 'a<b>@upc.edu', `${'a'.repeat(250)}@x.org`])(
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
