import { sanitizePageHtml } from '@tessera/directory';
import { ConfigurationSection } from './configuration-section';

// A page's HTML is kept as the console keeps it: sanitised, whatever the file holds.
export const pagesSection: ConfigurationSection = {
  name: 'pages',
  table: 'instance_pages',
  key: ['kind', 'language'],
  identity: false,
  prepare: (columns) => ({ ...columns, body: sanitizePageHtml(String(columns.body)) }),
  fields: {
    kind: { column: 'kind', type: 'text' },
    language: { column: 'language', type: 'text' },
    title: { column: 'title', type: 'text' },
    body: { column: 'body', type: 'text' },
  },
};
