import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CONFIG, Config } from '@tessera/config';
import { quietStartup } from '@tessera/observability';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(), { bufferLogs: true });
  app.useLogger(quietStartup(app.get(Logger)));
  app.enableShutdownHooks();
  const config = app.get<Config>(CONFIG);
  // Active jobs get the shutdown timeout to finish; then the process leaves regardless.
  const forceExit = () => setTimeout(() => process.exit(1), config.shutdownTimeoutSeconds * 1000).unref();
  process.once('SIGTERM', forceExit);
  process.once('SIGINT', forceExit);
  app.get(Logger).log('Tessera worker started');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
