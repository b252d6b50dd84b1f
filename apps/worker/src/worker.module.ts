import { DynamicModule, Module } from '@nestjs/common';
import { CONFIG, Config, ConfigModule } from '@tessera/config';
import { DatabaseModule } from '@tessera/database';
import { ObservabilityModule, loggerOptions } from '@tessera/observability';
import { PlatformModule, allEntities } from '@tessera/platform';
import { QueueModule, RedisModule } from '@tessera/queue';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { HousekeepingProcessor } from './processors/housekeeping/housekeeping.processor';
import { HousekeepingScheduler } from './processors/housekeeping/housekeeping.scheduler';

function imports(config?: Config) {
  return [
    ConfigModule.forRoot(config),
    ClsModule.forRoot({ global: true }),
    LoggerModule.forRootAsync({ inject: [CONFIG], useFactory: (config: Config) => loggerOptions(config, 'worker') }),
    ObservabilityModule.forApp('worker'),
    DatabaseModule.forRoot({ entities: allEntities, applicationName: 'tessera-worker' }),
    RedisModule,
    QueueModule.forRoot(),
    PlatformModule,
  ];
}

@Module({
  providers: [HousekeepingProcessor, HousekeepingScheduler],
})
export class WorkerModule {
  static forRoot(config?: Config): DynamicModule {
    return { module: WorkerModule, imports: imports(config) };
  }
}
