import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadDatabaseConfig } from '@tessera/config';
import { migrate } from '@tessera/database';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';
import { ensureDemoInstance } from './demo-instance';

const USAGE = `usage: tessera <command>
  migrate                                   apply pending migrations and set up the runtime role
  demo --manager-password P --agent-password P [--mailbox-token tsm_...]
                                            create (or reset the passwords of) the demo instance;
                                            with a token, its mailbox takes piped mail with it
  openapi [--types | --admin-schemas]       print the OpenAPI document, its TypeScript types, or the admin
                                            request schemas the console's forms use (needs no database)`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'migrate') {
    const database = loadDatabaseConfig();
    if (!database.ownerUrl) throw new Error('migrate needs DATABASE_URL (a role that owns the schema)');
    const result = await migrate({
      ownerUrl: database.ownerUrl,
      runtimeUrl: database.runtimeRoleManaged ? null : database.runtimeUrl,
      log: (message) => console.log(message),
    });
    console.log(`migrations: ${result.applied.length} applied; runtime role: ${result.runtimeRole}`);
    return;
  }
  if (command === 'demo') {
    const { values } = parseArgs({
      args: rest,
      options: { 'manager-password': { type: 'string' }, 'agent-password': { type: 'string' }, 'mailbox-token': { type: 'string' } },
    });
    const manager = values['manager-password'];
    const agent = values['agent-password'];
    if (!manager || !agent) throw new Error(USAGE);
    const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
    try {
      console.log(`demo instance ${await ensureDemoInstance(app, { manager, agent }, values['mailbox-token'])}`);
    } finally {
      await app.close();
    }
    return;
  }
  if (command === 'openapi') {
    // Without a database: the document only (tools/openapi turns it into the web app's types).
    const { adminFormSchemas, offlineOpenApiDocument, openApiTypes } = await import('./openapi');
    const document = await offlineOpenApiDocument();
    if (rest.includes('--types')) process.stdout.write(await openApiTypes(document));
    else process.stdout.write(JSON.stringify(rest.includes('--admin-schemas') ? adminFormSchemas(document) : document, null, 2) + '\n');
    return;
  }
  throw new Error(USAGE);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
