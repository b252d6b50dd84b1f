import { CHECKLIST_STEPS, checklistState, type InstanceData } from './admin-checklist';

const created = '2026-03-02T09:00:00.000Z';
const later = '2026-03-02T10:30:00.000Z';
const stamped = { createdAt: created, updatedAt: created };

// A new instance as provisioned: every object created in one transaction.
const fresh = (): Required<InstanceData> => ({
  settings: { updatedAt: created },
  departments: [{ ...stamped, outgoingEmail: null }],
  roles: [stamped, stamped],
  teams: [],
  agents: [{ ...stamped, isManager: true }],
  mailboxes: [],
  helpTopics: [stamped],
  slaPlans: [stamped],
  alerts: { alerts: [{ isDefault: true }], notices: [{ key: 'ticket.new.autoresponse', isDefault: true }, { key: 'ticket.closed', isDefault: true }] },
  templates: [{ key: 'ticket.new.autoresponse', languages: [{ overridden: false }] }],
  pages: [],
  hasLogo: false,
});

describe('the first-run checklist', () => {
  it('shows a new instance with nothing done', () => {
    const state = checklistState(fresh());
    expect(CHECKLIST_STEPS.filter((step) => state[step] === true)).toEqual([]);
    expect(state.company).toBe(false);
    expect(state.departments).toBe(false);
  });

  it('marks each step done by the data that does it', () => {
    const data = fresh();
    data.settings = { updatedAt: later };
    data.departments = [{ ...stamped, outgoingEmail: 'office@uni.example', updatedAt: later }];
    data.roles = [...data.roles, { createdAt: later, updatedAt: later }];
    data.teams = [{ createdAt: later }];
    data.agents = [...data.agents, { createdAt: later, isManager: false }];
    data.mailboxes = [{ createdAt: later }];
    data.helpTopics = [...data.helpTopics, { createdAt: later, updatedAt: later }];
    data.slaPlans = [{ ...stamped, updatedAt: later }];
    data.alerts = { alerts: [{ isDefault: false }], notices: [{ key: 'ticket.new.autoresponse', isDefault: false }] };
    data.templates = [{ key: 'ticket.resolved', languages: [{ overridden: true }] }];
    data.pages = [{ kind: 'landing', language: 'ca' }];
    const state = checklistState(data);
    expect(CHECKLIST_STEPS.filter((step) => state[step] !== true)).toEqual(['company']);
    // The company: a name, a colour or a logo.
    expect(checklistState({ ...data, settings: { updatedAt: later, companyName: 'Universitat Exemple' } }).company).toBe(true);
    expect(checklistState({ ...data, settings: { updatedAt: later, primaryColor: '#1c5d99' } }).company).toBe(true);
    expect(checklistState({ ...data, hasLogo: true }).company).toBe(true);
  });

  it('counts another manager as no agent, and an overridden auto-response text as the auto-responder', () => {
    const data = fresh();
    data.agents = [...data.agents, { createdAt: later, isManager: true }];
    data.templates = [{ key: 'ticket.new.autoresponse', languages: [{ overridden: true }] }];
    const state = checklistState(data);
    expect(state.agents).toBe(false);
    expect(state.autoresponder).toBe(true);
    expect(state.alerts).toBe(false);
  });

  it('knows nothing while the data is loading', () => {
    const state = checklistState({});
    expect(CHECKLIST_STEPS.every((step) => state[step] === undefined)).toBe(true);
  });
});
