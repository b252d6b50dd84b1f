import { ERROR_MESSAGES, FIELD_MESSAGES, PROBLEM_TITLES } from './error-messages';
import { LANGUAGES, acceptedLanguage, chooseLanguage } from './language';
import { fieldMessage, interpolate, placeholdersOf, problemDetail, problemTitle } from './problem-text';

const optionalParts = (message: string) => [...message.matchAll(/\[([^\]]*)\]/g)].map((match) => placeholdersOf(match[1]));

describe('error message catalogue', () => {
  const tables = { ERROR_MESSAGES, FIELD_MESSAGES, PROBLEM_TITLES };

  it.each(Object.entries(tables))('%s has every entry in the five languages with the same placeholders', (_name, table) => {
    for (const [key, messages] of Object.entries(table)) {
      expect({ key, languages: Object.keys(messages).sort() }).toEqual({ key, languages: [...LANGUAGES].sort() });
      for (const language of LANGUAGES) {
        const message = messages[language];
        expect({ key, language, empty: message.trim() === '' }).toEqual({ key, language, empty: false });
        expect({ key, language, placeholders: placeholdersOf(message) }).toEqual({ key, language, placeholders: placeholdersOf(messages.en) });
        expect({ key, language, optional: optionalParts(message) }).toEqual({ key, language, optional: optionalParts(messages.en) });
      }
    }
  });

  it('fills values in, reaching into objects and joining lists', () => {
    expect(interpolate('{lockedBy.name} holds {emails}', { lockedBy: { name: 'Marta' }, emails: ['a@x.org', 'b@x.org'] })).toBe('Marta holds a@x.org, b@x.org');
    expect(interpolate('{field} is {max}', { field: 'body' })).toBeUndefined();
    expect(interpolate('Taken[: {field}]', {})).toBe('Taken');
    expect(interpolate('Taken[: {field}]', { field: 'name' })).toBe('Taken: name');
  });

  it('gives a code its text in each language, naming the fields of the answer', () => {
    const members = { errors: [{ field: 'subject', problems: [] }, { field: 'email', problems: [] }] };
    expect(problemDetail('request.invalid', members, 'ca')).toBe('Alguns valors no són vàlids: reviseu subject, email');
    expect(problemDetail('request.invalid', {}, 'de')).toBe('Einige Werte sind ungültig');
    expect(problemDetail('auth.rate-limited', { retryAfter: 30 }, 'nl')).toBe('Te veel mislukte pogingen; probeer het over 30 seconden opnieuw');
    expect(problemDetail('no.such-code', {}, 'es')).toBeUndefined();
    expect(problemTitle(404, 'es')).toBe('No encontrado');
    expect(problemTitle(418, 'de')).toBe('Fehler');
    expect(fieldMessage('subject', { rule: 'maxLength', limit: 200 }, 'es')).toBe('subject debe tener como máximo 200 caracteres');
    expect(fieldMessage('subject', { rule: 'maxLength' }, 'en')).toBe('subject is not valid');
    expect(fieldMessage('x', { rule: 'unheardOf' }, 'nl')).toBe('x is ongeldig');
  });
});

describe('language of an answer', () => {
  it('takes the most preferred shipped language of Accept-Language', () => {
    expect(acceptedLanguage('fr-CH, fr;q=0.9, de;q=0.8, es;q=0.7')).toBe('de');
    expect(acceptedLanguage('es;q=0.5, ca-ES')).toBe('ca');
    expect(acceptedLanguage('nl-BE,nl;q=0.9')).toBe('nl');
    expect(acceptedLanguage('de;q=0, en;q=0.1')).toBe('en');
    expect(acceptedLanguage('fr, *')).toBeUndefined();
    expect(acceptedLanguage('')).toBeUndefined();
    expect(acceptedLanguage(undefined)).toBeUndefined();
    expect(acceptedLanguage('de;q=abc')).toBeUndefined();
  });

  it('falls back from the header to the person, the instance and English', () => {
    expect(chooseLanguage(undefined, 'nl', 'ca')).toBe('nl');
    expect(chooseLanguage(undefined, null, 'ca')).toBe('ca');
    expect(chooseLanguage(undefined, 'fr', undefined)).toBe('en');
    expect(chooseLanguage('de', 'nl', 'ca')).toBe('de');
  });
});
