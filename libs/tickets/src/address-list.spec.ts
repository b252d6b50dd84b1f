import { parseAddressList } from './address-list';

describe('pasted address lists', () => {
  it('splits on commas, semicolons, spaces and line breaks', () => {
    const list = parseAddressList('anna@example.org, pere@example.org;marta@example.org\njoan@example.org  \r\n\tnuria@example.org');
    expect(list.addresses.map((a) => a.email)).toEqual([
      'anna@example.org',
      'pere@example.org',
      'marta@example.org',
      'joan@example.org',
      'nuria@example.org',
    ]);
    expect(list.invalid).toEqual([]);
  });

  it('reads display names, quoted or not, and keeps each address once', () => {
    const list = parseAddressList('Joan Serra <Joan.Serra@Example.org>; "Puig, Anna" <anna@example.org>, <pere@example.org> joan.serra@example.org');
    expect(list.addresses).toEqual([
      { email: 'joan.serra@example.org', name: 'Joan Serra' },
      { email: 'anna@example.org', name: 'Puig, Anna' },
      { email: 'pere@example.org', name: null },
    ]);
    expect(list.invalid).toEqual([]);
  });

  it('keeps a bare address apart from the name that follows it', () => {
    const list = parseAddressList('marta@example.org Joan Serra <joan@example.org>');
    expect(list.addresses).toEqual([
      { email: 'marta@example.org', name: null },
      { email: 'joan@example.org', name: 'Joan Serra' },
    ]);
  });

  it('lists what is not an address, as written', () => {
    const list = parseAddressList('anna@example.org, not-an-address; Bad <nope@>, "quoted" stray, pere@example');
    expect(list.addresses.map((a) => a.email)).toEqual(['anna@example.org']);
    expect(list.invalid).toEqual(['not-an-address', 'Bad <nope@>', '"quoted"', 'stray', 'pere@example']);
  });

  it('finds nothing in separators alone', () => {
    expect(parseAddressList(' ,;\n ')).toEqual({ addresses: [], invalid: [] });
  });
});
