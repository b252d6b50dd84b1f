import { REPLY_ABOVE_MARKER, REPLY_ABOVE_TOKEN, REPLY_LANGUAGES, replyAboveLine, stripQuotes } from './quote-strip';

const reply = 'Thanks, it works now.\n\nAnna';

describe('stripQuotes', () => {
  it.each(REPLY_LANGUAGES)('cuts at our marker line in %s, quoted or not, with the client header above it', (language) => {
    const marker = replyAboveLine(language);
    for (const quoted of [`${marker}\n\nYour ticket [suport#310] has a new message.`, `On Mon, 6 May 2024 at 10:00, Support <s@help.example.com> wrote:\n> ${marker}\n> Your ticket has a new message.`]) {
      const result = stripQuotes(`${reply}\n\n${quoted}`);
      expect(result).toEqual({ text: reply, quoted, cutBy: quoted.startsWith('On') ? 'quote-header' : 'marker', signature: null });
    }
  });

  it('cuts at the marker text or the token alone, whatever became of the rest of the line', () => {
    expect(stripQuotes(`${reply}\n\n> ${REPLY_ABOVE_MARKER.de}\n> old`).cutBy).toBe('marker');
    expect(stripQuotes(`${reply}\n\n##  ${REPLY_ABOVE_MARKER.nl.replace(/-/g, '')} ##\nold`).cutBy).toBe('marker');
    expect(stripQuotes(`${reply}\n-- Some other words -- ${REPLY_ABOVE_TOKEN}\nold`)).toMatchObject({ text: reply, cutBy: 'marker' });
  });

  it.each([
    ['en, Gmail', 'On Mon, May 6, 2024 at 10:00 AM Support <s@help.example.com> wrote:'],
    ['en, wrapped over two lines', 'On Mon, May 6, 2024 at 10:00 AM Support Team of Example Company <\ns@help.example.com> wrote:'],
    ['en, Apple Mail', 'On 6 May 2024, at 10:00, Support <s@help.example.com> wrote:'],
    ['ca', 'El dl., 6 de maig 2024 a les 10:00, Suport <s@help.example.com> va escriure:'],
    ['es', 'El lun, 6 may 2024 a las 10:00, Soporte (<s@help.example.com>) escribió:'],
    ['de', 'Am 06.05.2024 um 10:00 schrieb Support <s@help.example.com>:'],
    ['de, Outlook for Mac', 'Am Mo., 6. Mai 2024 um 10:00 Uhr schrieb Support <s@help.example.com>:'],
    ['nl', 'Op ma 6 mei 2024 om 10:00 schreef Support <s@help.example.com>:'],
    ['fr', 'Le lun. 6 mai 2024 à 10:00, Support <s@help.example.com> a écrit :'],
  ])('cuts at the quote header of %s', (_client, header) => {
    const result = stripQuotes(`${reply}\n\n${header}\n\n> Your ticket has a new message.\n> Bye`);
    expect(result).toMatchObject({ text: reply, cutBy: 'quote-header' });
    expect(result.quoted.startsWith(header.split('\n')[0])).toBe(true);
  });

  it.each([
    '-----Original Message-----',
    '---- Original Message ----',
    '-----Ursprüngliche Nachricht-----',
    '-----Mensaje original-----',
    '-----Missatge original-----',
    '-----Oorspronkelijk bericht-----',
  ])('cuts at "%s"', (separator) => {
    expect(stripQuotes(`${reply}\n\n${separator}\nFrom: Support\nSubject: x\n\nold`)).toMatchObject({ text: reply, cutBy: 'original-message' });
  });

  it.each([
    ['en', 'From: Support <s@help.example.com>\nSent: Monday, May 6, 2024 10:00 AM\nTo: Anna <anna@example.com>\nSubject: [suport#310] Printer'],
    ['de', 'Von: Support <s@help.example.com>\nGesendet: Montag, 6. Mai 2024 10:00\nAn: Anna <anna@example.com>\nBetreff: [suport#310] Drucker'],
    ['es', 'De: Soporte <s@help.example.com>\nEnviado: lunes, 6 de mayo de 2024 10:00\nPara: Anna <anna@example.com>\nAsunto: [suport#310] Impresora'],
    ['ca', 'De: Suport <s@help.example.com>\nEnviat: dilluns, 6 de maig de 2024 10:00\nPer a: Anna <anna@example.com>\nAssumpte: [suport#310] Impressora'],
    ['nl', 'Van: Support <s@help.example.com>\nVerzonden: maandag 6 mei 2024 10:00\nAan: Anna <anna@example.com>\nOnderwerp: [suport#310] Printer'],
  ])('cuts at an Outlook header block in %s, with the rule above it', (_language, block) => {
    const result = stripQuotes(`${reply}\n\n________________________________\n${block}\n\nold`);
    expect(result).toMatchObject({ text: reply, cutBy: 'outlook-header' });
    expect(result.quoted.startsWith('____')).toBe(true);
  });

  it('cuts at a header block in another order under a rule (Outlook.com)', () => {
    const block = '________________________________\nDate: Thu, 26 Jun 2014 13:53:45 +0400\nSubject: Test message\nFrom: s@help.example.com\nTo: anna@example.com';
    expect(stripQuotes(`${reply}\n\n${block}\n\nold`)).toMatchObject({ text: reply, cutBy: 'outlook-header' });
  });

  it('does not take a "From:" line in the reply itself for a header block', () => {
    const text = 'From: the second floor\nThe printer is broken.';
    expect(stripQuotes(text)).toEqual({ text, quoted: '', cutBy: null, signature: null });
  });

  it('cuts a trailing quoted block with the attribution line above it', () => {
    expect(stripQuotes(`${reply}\n02.05.2024 10:00, "Support" <s@help.example.com>:\n> old\n>\n> older`)).toMatchObject({ text: reply, cutBy: 'quoted-block' });
  });

  it('keeps interleaved answers, which need their quotes', () => {
    const text = '> Which printer?\nThe one on floor 2.\n> Since when?\nMonday.';
    expect(stripQuotes(text)).toEqual({ text, quoted: '', cutBy: null, signature: null });
  });

  it('takes the reply from below a bottom-posted quote', () => {
    expect(stripQuotes(`On Mon, May 6, 2024, Support wrote:\n> Is it fixed?\n> \n${reply}`)).toMatchObject({ text: reply, cutBy: 'quoted-block', quoted: 'On Mon, May 6, 2024, Support wrote:\n> Is it fixed?\n>' });
  });

  it('keeps the signature in the text and points it out', () => {
    const result = stripQuotes(`${reply}\n-- \nAnna Serra\nPhone 555\n\nOn Mon, May 6, 2024, Support <s@help.example.com> wrote:\n> old`);
    expect(result).toEqual({
      text: `${reply}\n-- \nAnna Serra\nPhone 555`,
      quoted: 'On Mon, May 6, 2024, Support <s@help.example.com> wrote:\n> old',
      cutBy: 'quote-header',
      signature: '-- \nAnna Serra\nPhone 555',
    });
  });

  it('keeps everything when the cut would leave nothing (a forward, a reply written below)', () => {
    const text = '-----Original Message-----\nFrom: Support\n\nPlease look at this.';
    expect(stripQuotes(text)).toEqual({ text, quoted: '', cutBy: null, signature: null });
  });

  it('accepts CRLF text', () => {
    expect(stripQuotes('Hello\r\n\r\nOn Mon, May 6, 2024, Support wrote:\r\n> old\r\n').text).toBe('Hello');
  });
});
