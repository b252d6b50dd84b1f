import { sectionsOf } from './configuration-file';
import { checkedItem, keyOfItem, stableJson } from './configuration-items';
import { cannedResponsesSection } from './canned-responses.section';
import { helpTopicsSection } from './help-topics.section';
import { ConfigurationError } from './configuration.errors';

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof ConfigurationError ? { code: error.code, field: error.details.field } : error;
  }
  return undefined;
};

describe('configuration items', () => {
  it('writes equal values alike whatever the order of their members', () => {
    expect(stableJson({ b: [1, { d: null, c: 'x' }], a: true })).toBe(stableJson({ a: true, b: [1, { c: 'x', d: null }] }));
    expect(stableJson({ a: 1 })).not.toBe(stableJson({ a: '1' }));
  });

  it('keys a row by its one key field, or by an object of several', () => {
    expect(keyOfItem(helpTopicsSection, { path: ['Hardware', 'Printers'] })).toEqual(['Hardware', 'Printers']);
    expect(keyOfItem(cannedResponsesSection, { title: 'Toner', department: null, body: 'x' })).toEqual({ department: null, title: 'Toner' });
  });

  it('takes an item with its known members, missing optional ones as null', () => {
    const item = checkedItem(cannedResponsesSection, { title: 'Toner', body: 'Change it', isActive: true }, 'sections.cannedResponses[0]');
    expect(item).toEqual({ department: null, title: 'Toner', body: 'Change it', isActive: true });
  });

  it.each([
    ['an unknown member', { title: 'T', body: 'B', isActive: true, id: 'x' }, 'sections.cannedResponses[0].id'],
    ['a missing required member', { title: 'T', isActive: true }, 'sections.cannedResponses[0].body'],
    ['a value of the wrong type', { title: 'T', body: 'B', isActive: 'yes' }, 'sections.cannedResponses[0].isActive'],
    ['a list for an item', [], 'sections.cannedResponses[0]'],
  ])('refuses %s, naming it', (_label, value, field) => {
    expect(refusal(() => checkedItem(cannedResponsesSection, value, 'sections.cannedResponses[0]'))).toEqual({ code: 'configuration.invalid', field });
  });

  it('refuses a tree item without a path of names', () => {
    expect(refusal(() => checkedItem(helpTopicsSection, { path: [], department: ['Support'] }, 'sections.helpTopics[0]'))).toEqual({ code: 'configuration.invalid', field: 'sections.helpTopics[0].path' });
  });
});

describe('configuration file header', () => {
  const header = { format: 'tessera-configuration', version: 1, sections: { roles: [] } };

  it('gives the sections of a file this version reads', () => {
    expect(sectionsOf(header, ['roles'])).toEqual({ roles: [] });
  });

  it.each([
    ['a newer version', { ...header, version: 2 }, 'configuration.unsupported-version', 'version'],
    ['a version that is no whole number', { ...header, version: '1' }, 'configuration.invalid', 'version'],
    ['another format', { ...header, format: 'other' }, 'configuration.invalid', 'format'],
    ['an unknown section', { ...header, sections: { agents: [] } }, 'configuration.invalid', 'sections.agents'],
    ['no object', 'text', 'configuration.invalid', 'file'],
  ])('refuses %s', (_label, file, code, field) => {
    expect(refusal(() => sectionsOf(file, ['roles']))).toEqual({ code, field });
  });
});
