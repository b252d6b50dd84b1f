// The locale files of each language: strings shared by every page, the portal's, the panel's.
export const NAMESPACES = ['common', 'portal', 'panel'] as const;
