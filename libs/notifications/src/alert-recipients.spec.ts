import { AlertContext, NotificationSettings, defaultNotificationSettings, noticeEnabled, recipientsFor } from './alert-recipients';

const context = (overrides: Partial<AlertContext> = {}): AlertContext => ({
  assigneeStaffId: 'ana',
  team: { memberStaffIds: ['ben', 'ana', 'cai'] },
  department: { managerStaffId: 'dora', memberStaffIds: ['ana', 'eli', 'dora'] },
  actorStaffId: null,
  ...overrides,
});

function settingsWith(change: (settings: NotificationSettings) => void): NotificationSettings {
  const settings = defaultNotificationSettings();
  change(settings);
  return settings;
}

describe('recipientsFor', () => {
  const defaults = defaultNotificationSettings();

  it('alerts the department manager and members of a new ticket, each once', () => {
    expect(recipientsFor('alert.ticket.new', defaults, context())).toEqual(['dora', 'ana', 'eli']);
  });

  it('alerts the assignee and the team of a new message, not the department while someone owns the ticket', () => {
    expect(recipientsFor('alert.ticket.message', defaults, context())).toEqual(['ana', 'ben', 'cai']);
    expect(recipientsFor('alert.ticket.message', defaults, context({ assigneeStaffId: null }))).toEqual(['ben', 'ana', 'cai']);
    expect(recipientsFor('alert.ticket.message', defaults, context({ team: null }))).toEqual(['ana']);
  });

  it('falls back to the department members when the ticket has neither an agent nor a team', () => {
    const unassigned = context({ assigneeStaffId: null, team: null });
    expect(recipientsFor('alert.ticket.message', defaults, unassigned)).toEqual(['ana', 'eli', 'dora']);
    expect(recipientsFor('alert.ticket.note', defaults, unassigned)).toEqual(['ana', 'eli', 'dora']);
    // A team without members still owns the ticket.
    expect(recipientsFor('alert.ticket.message', defaults, context({ assigneeStaffId: null, team: { memberStaffIds: [] } }))).toEqual([]);
  });

  it('never alerts agents about what they did themselves', () => {
    expect(recipientsFor('alert.ticket.assigned', defaults, context({ actorStaffId: 'ana' }))).toEqual(['ben', 'cai']);
    expect(recipientsFor('alert.ticket.transferred', defaults, context({ actorStaffId: 'dora', team: null }))).toEqual(['ana']);
  });

  it('follows the instance’s choice of groups, and sends nothing for a switched-off alert', () => {
    const managerOnly = settingsWith((s) => (s.alerts['alert.ticket.overdue'] = { enabled: true, recipients: ['department_manager'] }));
    expect(recipientsFor('alert.ticket.overdue', managerOnly, context())).toEqual(['dora']);
    const off = settingsWith((s) => (s.alerts['alert.ticket.overdue'].enabled = false));
    expect(recipientsFor('alert.ticket.overdue', off, context())).toEqual([]);
  });

  it('skips groups that are empty for the ticket', () => {
    const bare = context({ assigneeStaffId: null, team: null, department: { managerStaffId: null, memberStaffIds: [] } });
    expect(recipientsFor('alert.ticket.new', defaults, bare)).toEqual([]);
    expect(recipientsFor('alert.ticket.overdue', defaults, bare)).toEqual([]);
  });
});

describe('noticeEnabled', () => {
  const defaults = defaultNotificationSettings();

  it('sends every notice by default', () => {
    expect(noticeEnabled('ticket.response', defaults)).toBe(true);
    expect(noticeEnabled('ticket.new.autoresponse', defaults, { department: true, helpTopic: null })).toBe(true);
  });

  it('lets the department, the help topic or the mailbox switch the auto-responses off, and nothing else', () => {
    for (const switches of [{ department: false }, { helpTopic: false }, { mailbox: false }]) {
      expect(noticeEnabled('ticket.new.autoresponse', defaults, switches)).toBe(false);
      expect(noticeEnabled('ticket.message.autoresponse', defaults, switches)).toBe(false);
      expect(noticeEnabled('ticket.resolved', defaults, switches)).toBe(true);
    }
  });

  it('follows the instance’s switch per notice', () => {
    const off = settingsWith((s) => (s.notices['ticket.closed'].enabled = false));
    expect(noticeEnabled('ticket.closed', off)).toBe(false);
    expect(noticeEnabled('ticket.resolved', off)).toBe(true);
  });
});
