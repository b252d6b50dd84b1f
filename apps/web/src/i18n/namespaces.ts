// The locale files of each language: strings shared by every page, the portal's, the panel's,
// the agent's ticket page, the task pages, and the managers' admin console.
export const NAMESPACES = ['common', 'portal', 'panel', 'ticket', 'tasks', 'admin'] as const;
