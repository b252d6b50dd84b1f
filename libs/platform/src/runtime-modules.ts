import { DynamicModule, Type } from '@nestjs/common';
import { CONFIG, Config, ConfigModule } from '@tessera/config';
import { DatabaseModule } from '@tessera/database';
import { ObservabilityModule, loggerOptions } from '@tessera/observability';
import { QueueModule, RedisModule } from '@tessera/queue';
import { ClsModule, ClsModuleOptions } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { allEntities } from './entities';
import { PlatformModule } from './platform.module';

// What every Tessera process runs on: configuration, async context, logs, metrics, the
// database as the runtime role, Redis, the queues and the domain services.
export function runtimeModules(
  app: 'api' | 'worker',
  config?: Config,
  cls: Omit<ClsModuleOptions, 'global'> = {},
): (DynamicModule | Type)[] {
  return [
    ConfigModule.forRoot(config),
    ClsModule.forRoot({ ...cls, global: true }),
    LoggerModule.forRootAsync({ inject: [CONFIG], useFactory: (loaded: Config) => loggerOptions(loaded, app) }),
    ObservabilityModule.forApp(app),
    DatabaseModule.forRoot({ entities: allEntities, applicationName: `tessera-${app}` }),
    RedisModule,
    QueueModule.forRoot(),
    PlatformModule,
  ];
}
