import 'reflect-metadata';
import { CONFIG, Config } from '@tessera/config';
import { Logger } from 'nestjs-pino';
import { createApi } from './app';

async function main(): Promise<void> {
  const app = await createApi();
  const config = app.get<Config>(CONFIG);
  const logger = app.get(Logger);
  // A stuck shutdown must not keep a replica around forever.
  const forceExit = () => setTimeout(() => process.exit(1), config.shutdownTimeoutSeconds * 1000).unref();
  process.once('SIGTERM', forceExit);
  process.once('SIGINT', forceExit);
  await app.listen(config.http.port, config.http.host);
  logger.log(`Tessera API listening on http://${config.http.host}:${config.http.port} (public URL ${config.http.publicUrl})`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
