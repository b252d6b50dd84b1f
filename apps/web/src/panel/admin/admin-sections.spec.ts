import { ADMIN_SECTIONS, mayUseConsole, sectionsFor } from './admin-sections';

const none = { topics: [], filters: [], members: [] };

describe('who sees which console sections', () => {
  it('shows managers every section', () => {
    expect(sectionsFor({ isManager: true, administers: none })).toEqual(ADMIN_SECTIONS);
    expect(mayUseConsole({ isManager: true, administers: none })).toBe(true);
  });

  it("shows an agent who administers a department's parts those sections only", () => {
    const lead = { isManager: false, administers: { topics: ['d1'], filters: ['d1'], members: ['d1'] } };
    expect(sectionsFor(lead).map((section) => section.key)).toEqual(['help-topics', 'filters']);
    expect(sectionsFor({ isManager: false, administers: { ...none, filters: ['d2'] } }).map((section) => section.key)).toEqual(['filters']);
    expect(mayUseConsole(lead)).toBe(true);
    // Members are placed through the API; the console has no section for them yet.
    expect(mayUseConsole({ isManager: false, administers: { ...none, members: ['d1'] } })).toBe(false);
  });

  it('shows other agents no console', () => {
    expect(sectionsFor({ isManager: false, administers: none })).toEqual([]);
    expect(mayUseConsole({ isManager: false, administers: none })).toBe(false);
  });
});
