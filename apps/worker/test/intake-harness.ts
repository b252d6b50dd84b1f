import { INestApplicationContext, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { SettingsAdminService, SettingsChanges } from '@tessera/directory';
import { IntakeModule, IntakeResult, MailIntakeService } from '@tessera/intake';
import { ParsedMessage, parseMessage } from '@tessera/mail';
import { MailboxAdminService, MailboxesModule } from '@tessera/mailboxes';
import { ProvisionedInstance, ProvisioningService, runtimeModules } from '@tessera/platform';
import { TestDatabase, createTestDatabase, testConfig } from '@tessera/testing';
import { Client } from 'pg';

// The inbound pipeline on its own database: an instance with one mailbox, and helpers to feed it
// mail and look at what it made.
export interface IntakeHarness {
  app: INestApplicationContext;
  config: Config;
  instance: ProvisionedInstance;
  tenant: { id: string; slug: string };
  mailboxId: string;
  inTenant<T>(work: () => Promise<T>): Promise<T>;
  ingest(raw: Buffer | ParsedMessage): Promise<IntakeResult>;
  settings(changes: SettingsChanges): Promise<unknown>;
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startIntake(options: { slug: string }): Promise<IntakeHarness> {
  const database: TestDatabase = await createTestDatabase();
  const config = testConfig(database);
  @Module({ imports: [...runtimeModules('worker', config), IntakeModule, MailboxesModule] })
  class IntakeTestModule {}
  const moduleRef = await Test.createTestingModule({ imports: [IntakeTestModule] })
    .setLogger({ log() {}, error() {}, warn() {} })
    .compile();
  const app = await moduleRef.init();
  const owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();
  const instance = await app.get(ProvisioningService).provision({
    slug: options.slug,
    name: `${options.slug} desk`,
    manager: { email: `manager@${options.slug}.example`, name: 'Manager', password: 'a long enough password' },
  });
  const tenant = { id: instance.tenant.id, slug: instance.tenant.slug };
  const inTenant = <T>(work: () => Promise<T>) => app.get(TenantDatabase).run(tenant, work);
  const mailbox = await inTenant(() =>
    app.get(MailboxAdminService).create({ name: 'Support', address: `support@${options.slug}.example`, departmentId: instance.department.id }),
  );
  return {
    app,
    config,
    instance,
    tenant,
    mailboxId: mailbox.mailbox.id,
    inTenant,
    async ingest(raw) {
      const parsed = Buffer.isBuffer(raw) ? await parseMessage(raw) : raw;
      return inTenant(() => app.get(MailIntakeService).ingest(parsed, { mailboxId: mailbox.mailbox.id, via: 'pipe' }));
    },
    settings: (changes) => inTenant(() => app.get(SettingsAdminService).update(changes)),
    sql: async (query, params = []) => (await owner.query(query, params)).rows,
    async close() {
      await owner.end();
      await app.close();
      await database.drop();
    },
  };
}
