import { Injectable } from '@nestjs/common';
import { TenantDatabase, refusalOf } from '@tessera/database';
import { CONFIGURATION_FORMAT, CONFIGURATION_VERSION, ConfigurationFile, LEFT_OUT, sectionsOf } from './configuration-file';
import { ConfigurationReferences } from './configuration-references';
import { ConfigurationSection, SectionQuery } from './configuration-section';
import { CONFIGURATION_SECTIONS, CONFIGURATION_SECTION_NAMES } from './configuration-sections';
import { invalidAt } from './configuration.errors';
import { Item, Row, checkedItem, columnsOfItem, itemOfRow, keyOfItem, stableJson } from './configuration-items';
import { ConfigurationRepository } from './configuration.repository';

export type ConfigurationAction = 'create' | 'update' | 'unchanged';

export interface ConfigurationChange {
  section: string;
  key: unknown;
  action: ConfigurationAction;
}

export interface ConfigurationPlan {
  dryRun: boolean;
  version: number;
  changes: ConfigurationChange[];
}

interface StoredItem {
  id: string | null;
  row: Row;
  item: Item;
}

// Thrown inside the savepoint of a dry run, to undo what it wrote once the plan is known.
class DryRunDone extends Error {
  constructor(readonly changes: ConfigurationChange[]) {
    super('dry run');
  }
}

// Writes an instance's configuration as one file and applies such a file to an instance: rows
// found by their natural key are updated, others created, none removed. Runs in the caller's
// tenant transaction, so an import is all or nothing.
@Injectable()
export class ConfigurationService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly repository: ConfigurationRepository,
  ) {}

  async export(): Promise<ConfigurationFile> {
    const references = new ConfigurationReferences();
    const sections: Record<string, unknown> = {};
    for (const section of CONFIGURATION_SECTIONS) {
      const stored = await this.stored(section, references);
      if (section.referenceOnly) continue;
      const items = stored.map((entry) => entry.item);
      sections[section.name] = section.singleton ? (items[0] ?? null) : items;
    }
    return {
      format: CONFIGURATION_FORMAT,
      version: CONFIGURATION_VERSION,
      exportedAt: new Date().toISOString(),
      instance: { slug: this.database.tenant.slug },
      leftOut: [...LEFT_OUT],
      sections,
    };
  }

  // The plan of changes; written unless `dryRun`, which undoes its writes before answering.
  async import(file: unknown, { dryRun }: { dryRun: boolean }): Promise<ConfigurationPlan> {
    const sections = sectionsOf(file, CONFIGURATION_SECTION_NAMES);
    const plan = (changes: ConfigurationChange[]) => ({ dryRun, version: CONFIGURATION_VERSION, changes });
    if (!dryRun) return plan(await this.apply(sections));
    try {
      await this.database.savepoint(async () => {
        throw new DryRunDone(await this.apply(sections));
      });
    } catch (error) {
      if (error instanceof DryRunDone) return plan(error.changes);
      throw error;
    }
    throw new Error('A dry run ended without its plan');
  }

  private async apply(sections: Record<string, unknown>): Promise<ConfigurationChange[]> {
    const references = new ConfigurationReferences();
    const changes: ConfigurationChange[] = [];
    for (const section of CONFIGURATION_SECTIONS) {
      const stored = await this.stored(section, references);
      if (!(section.name in sections)) continue;
      const items = this.itemsOf(section, sections[section.name]);
      const byKey = new Map(stored.map((entry) => [stableJson(keyOfItem(section, entry.item)), entry]));
      const seen = new Set<string>();
      for (const { item, at } of items) {
        const key = keyOfItem(section, item);
        const keyText = stableJson(key);
        if (seen.has(keyText)) throw invalidAt(at, `repeats ${keyText}, which an earlier entry of ${section.name} has`);
        seen.add(keyText);
        const action = await this.applyItem(section, item, at, byKey.get(keyText), references);
        changes.push({ section: section.name, key, action });
      }
    }
    return changes;
  }

  private async applyItem(section: ConfigurationSection, item: Item, at: string, existing: StoredItem | undefined, references: ConfigurationReferences): Promise<ConfigurationAction> {
    if (existing && stableJson(existing.item) === stableJson(item)) return 'unchanged';
    const resolved = columnsOfItem(section, item, references, at);
    const columns = section.prepare?.(resolved) ?? resolved;
    const query: SectionQuery = (sql, parameters) => this.database.manager.query(sql, parameters);
    const [problem] = (await section.problems?.(columns, { existing: existing?.row ?? null, query })) ?? [];
    if (problem) throw invalidAt(`${at}.${problem.field}`, problem.message);
    const write = async () => {
      if (section.onlyOne && columns[section.onlyOne] === true) await this.repository.clearFlag(section, section.onlyOne, existing?.id ?? null);
      if (!existing) return this.repository.insert(section, columns);
      await this.repository.update(section, this.whereOf(section, existing), columns);
      return existing.id;
    };
    try {
      const id = await write();
      if (id) references.add(section.name, id, keyOfItem(section, item));
      if (id) await section.written?.(id, query);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      throw invalidAt(refusal.details.field ? `${at}.${String(refusal.details.field)}` : at, refusal.message);
    }
    return existing ? 'update' : 'create';
  }

  // How an update finds its row: the id, or the key columns of a table without one.
  private whereOf(section: ConfigurationSection, existing: StoredItem): Row {
    if (section.identity) return { id: existing.id };
    return Object.fromEntries(section.key.map((name) => section.fields[name].column).map((column) => [column, existing.row[column]]));
  }

  // The section's items of the file, checked, trees from their roots down.
  private itemsOf(section: ConfigurationSection, value: unknown): Array<{ item: Item; at: string }> {
    const at = `sections.${section.name}`;
    if (section.singleton) return value === null ? [] : [{ item: checkedItem(section, value, at), at }];
    if (!Array.isArray(value)) throw invalidAt(at, 'must be a list');
    const items = value.map((entry, index) => ({ item: checkedItem(section, entry, `${at}[${index}]`), at: `${at}[${index}]` }));
    const depth = (entry: { item: Item }) => (section.tree ? (entry.item.path as string[]).length : 0);
    return items.sort((a, b) => depth(a) - depth(b));
  }

  // The instance's rows of a section as the file writes them, each also known to `references`.
  private async stored(section: ConfigurationSection, references: ConfigurationReferences): Promise<StoredItem[]> {
    const rows = await this.repository.rows(section);
    const tree = section.tree;
    const byId = new Map(rows.map((row) => [String(row.id), row]));
    const pathOf = (row: Row, seen = new Set<Row>()): string[] => {
      if (!tree) return [];
      const parent = row[tree.parentColumn] ? byId.get(String(row[tree.parentColumn])) : undefined;
      if (!parent || seen.has(parent)) return [String(row[tree.nameColumn])];
      seen.add(row);
      return [...pathOf(parent, seen), String(row[tree.nameColumn])];
    };
    const stored = rows.map((row) => ({ id: section.identity ? String(row.id) : null, row, item: itemOfRow(section, row, references, pathOf) }));
    // A tree's rows refer to one another: every key is known before any row is read in full.
    for (const entry of stored) if (entry.id) references.add(section.name, entry.id, keyOfItem(section, entry.item));
    // In the order of their keys: two instances with the same configuration write the same file.
    const order = (entry: StoredItem) => stableJson(keyOfItem(section, entry.item));
    return stored.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  }
}
