import { ListItem, checkedListItems } from '@tessera/directory';
import { ConfigurationSection } from './configuration-section';
import { emptyName, refusalOf } from './section-checks';

// The managed lists choice fields take their values from: [{value, labels}] in order.
export const customListsSection: ConfigurationSection = {
  name: 'customLists',
  table: 'custom_lists',
  key: ['name'],
  identity: true,
  // As the console saves a list: values unique and of a length, one label per language.
  problems: (columns) => [...emptyName(columns.name), ...refusalOf(() => checkedListItems(columns.items as ListItem[]))],
  prepare: (columns) => ({ ...columns, name: String(columns.name).trim() }),
  fields: {
    name: { column: 'name', type: 'text' },
    items: { column: 'items', type: 'json' },
  },
};
