// The locale files of each language: strings shared by every page, the portal's, the panel's,
// and the agent's ticket page.
export const NAMESPACES = ['common', 'portal', 'panel', 'ticket'] as const;
