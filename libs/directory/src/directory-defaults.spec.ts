import { TICKET_STATES } from './directory.entities';
import { defaultConfiguration } from './directory-defaults';
import { PERMISSIONS } from './permissions';

describe('defaultConfiguration', () => {
  it('starts an English instance with Support, General inquiry, five statuses and four priorities', () => {
    const defaults = defaultConfiguration('en');
    expect(defaults.department.name).toBe('Support');
    expect(defaults.topic.name).toBe('General inquiry');
    expect(defaults.statuses.map((s) => [s.name, s.state])).toEqual([
      ['New', 'new'], ['Open', 'open'], ['Pending', 'pending'], ['Resolved', 'resolved'], ['Closed', 'closed'],
    ]);
    expect(defaults.priorities.map((p) => p.name)).toEqual(['Low', 'Normal', 'High', 'Emergency']);
    expect(defaults.priorities.filter((p) => p.isDefault).map((p) => p.name)).toEqual(['Normal']);
    expect(defaults.roles.map((r) => [r.name, r.permissions.length])).toEqual([
      ['All access', PERMISSIONS.length], ['Expanded access', 15], ['Limited access', 6], ['View only', 0],
    ]);
    expect(defaults.roles[1].permissions).not.toContain('ticket.delete');
  });

  it.each(['ca', 'es', 'de', 'nl'])('has a translation for %s covering every state', (language) => {
    const defaults = defaultConfiguration(language);
    expect(defaults.statuses.map((s) => s.state)).toEqual(TICKET_STATES);
    expect(defaults.statuses.every((s) => s.name.length > 0)).toBe(true);
    expect(defaults.topic.name).not.toBe('General inquiry');
    expect(defaults.roles.map((r) => r.name)).not.toContain('All access');
  });

  it('falls back to English for a language it does not ship', () => {
    expect(defaultConfiguration('fr').department.name).toBe('Support');
  });
});
