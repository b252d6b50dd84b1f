import { LANGUAGES } from '@tessera/tenancy';
import { TEMPLATE_DEFINITIONS, TEMPLATE_KEYS, sampleValues } from './template-catalogue';
import { shippedTemplate } from './template-defaults';
import { renderTemplate, templateProblems } from './template-renderer';

describe('shipped templates', () => {
  const every = TEMPLATE_DEFINITIONS.flatMap((definition) => LANGUAGES.map((language) => [definition.key, language, definition] as const));

  it.each(every)('%s in %s passes the check a manager’s text must pass', (key, language, definition) => {
    const text = shippedTemplate(key, language);
    expect(templateProblems(text, { variables: definition.variables.map((v) => v.name), threaded: definition.threaded })).toEqual([]);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('translates every template into %s', (language) => {
    for (const key of TEMPLATE_KEYS) {
      expect({ key, body: shippedTemplate(key, language).body }).not.toEqual({ key, body: shippedTemplate(key, 'en').body });
    }
  });

  it('greets the recipient and uses the message it is about', () => {
    for (const [key, language] of every) {
      const rendered = renderTemplate(shippedTemplate(key, language), sampleValues(key));
      expect(`${key}/${language}: ${rendered.text}`).toContain('Marta Soler');
      expect(rendered.text).not.toContain('{{');
      if (key === 'ticket.response' || key.startsWith('alert.ticket.n') || key === 'alert.ticket.message') {
        expect(`${key}/${language}: ${rendered.text}`).toContain('The printer on the second floor is smoking.');
      }
    }
  });

  it('links every ticket mail to its ticket, every task mail to its task and every portal mail to its link', () => {
    for (const definition of TEMPLATE_DEFINITIONS) {
      const has = (name: string) => definition.variables.some((variable) => variable.name === name);
      const needed = has('ticket.link') ? '{{ticket.link}}' : has('task.link') ? '{{task.link}}' : definition.kind === 'portal' ? '{{link}}' : '{{instance.link}}';
      for (const language of LANGUAGES) expect(`${definition.key}/${language}: ${shippedTemplate(definition.key, language).body}`).toContain(needed);
    }
  });

  it('falls back to English for a language the product does not ship, and hands out copies', () => {
    expect(shippedTemplate('ticket.response', 'fr')).toEqual(shippedTemplate('ticket.response', 'en'));
    shippedTemplate('ticket.response', 'en').subject = 'changed';
    expect(shippedTemplate('ticket.response', 'en').subject).toBe('[{{ticket.reference}}] {{ticket.subject}}');
  });

  it('gives every variable a description and a sample', () => {
    for (const definition of TEMPLATE_DEFINITIONS) {
      for (const variable of definition.variables) expect(variable.description && variable.sample).toBeTruthy();
    }
  });
});
