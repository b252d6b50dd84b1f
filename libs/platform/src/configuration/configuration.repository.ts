import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { ConfigurationSection } from './configuration-section';
import { Row, jsonColumns } from './configuration-items';

// The configuration tables as sections read and write them, in the tenant transaction. Table and
// column names come from the section modules, never from a file.
@Injectable()
export class ConfigurationRepository {
  constructor(private readonly database: TenantDatabase) {}

  rows(section: ConfigurationSection): Promise<Row[]> {
    return this.database.manager.query(`select * from ${section.table}`);
  }

  // Inserts the row and gives its id (null for a table keyed by its natural key).
  async insert(section: ConfigurationSection, columns: Row): Promise<string | null> {
    const id = section.identity ? newId() : null;
    const values = { tenant_id: this.database.tenant.id, ...(id ? { id } : {}), ...columns };
    const names = Object.keys(values);
    await this.database.manager.query(
      `insert into ${section.table} (${names.join(', ')}) values (${names.map((name, index) => this.placeholder(section, name, index + 1)).join(', ')})`,
      this.parameters(section, values),
    );
    return id;
  }

  async update(section: ConfigurationSection, where: Row, columns: Row): Promise<void> {
    const names = Object.keys(columns);
    const keys = Object.keys(where);
    const sets = names.map((name, index) => `${name} = ${this.placeholder(section, name, index + 1)}`);
    const conditions = keys.map((name, index) => `${name} = $${names.length + index + 1}`);
    await this.database.manager.query(`update ${section.table} set ${[...sets, ...(section.untimed ? [] : ['updated_at = now()'])].join(', ')} where ${['true', ...conditions].join(' and ')}`, [
      ...this.parameters(section, columns),
      ...keys.map((name) => where[name]),
    ]);
  }

  // Takes a flag such as is_default away from every other row, before `id` takes it.
  async clearFlag(section: ConfigurationSection, column: string, id: string | null): Promise<void> {
    await this.database.manager.query(`update ${section.table} set ${column} = false where ${column} and id is distinct from $1`, [id]);
  }

  private placeholder(section: ConfigurationSection, column: string, position: number): string {
    return jsonColumns(section).has(column) ? `$${position}::jsonb` : `$${position}`;
  }

  private parameters(section: ConfigurationSection, values: Row): unknown[] {
    const json = jsonColumns(section);
    return Object.entries(values).map(([column, value]) => (json.has(column) && value !== null ? JSON.stringify(value) : value));
  }
}
