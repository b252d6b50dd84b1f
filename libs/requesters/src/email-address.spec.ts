import { domainOf, nameFromEmail, normalizeEmail } from './email-address';

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
});
