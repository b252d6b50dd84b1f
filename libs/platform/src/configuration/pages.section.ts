import { ConfigurationSection } from './configuration-section';

export const pagesSection: ConfigurationSection = {
  name: 'pages',
  table: 'instance_pages',
  key: ['kind', 'language'],
  identity: false,
  fields: {
    kind: { column: 'kind', type: 'text' },
    language: { column: 'language', type: 'text' },
    title: { column: 'title', type: 'text' },
    body: { column: 'body', type: 'text' },
  },
};
