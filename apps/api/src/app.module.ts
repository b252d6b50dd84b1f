import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, CONFIG, Config } from '@tessera/config';
import { DatabaseModule } from '@tessera/database';
import { ObservabilityModule, loggerOptions, requestId } from '@tessera/observability';
import { PlatformModule, allEntities } from '@tessera/platform';
import { QueueModule, RedisModule } from '@tessera/queue';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { HealthController } from './health/health.controller';
import { AuthController } from './instance/auth.controller';
import { DirectoryController } from './instance/directory.controller';
import { InstanceGuard } from './instance/instance.guard';
import { TenantTransactionInterceptor } from './instance/tenant-transaction.interceptor';
import { TenantsController } from './platform/tenants.controller';

function imports(config?: Config) {
  return [
    ConfigModule.forRoot(config),
    ClsModule.forRoot({ global: true, middleware: { mount: true, generateId: true, idGenerator: requestId } }),
    LoggerModule.forRootAsync({ inject: [CONFIG], useFactory: (config: Config) => loggerOptions(config, 'api') }),
    ObservabilityModule.forApp('api'),
    DatabaseModule.forRoot({ entities: allEntities, applicationName: 'tessera-api' }),
    RedisModule,
    QueueModule.forRoot(),
    PlatformModule,
  ];
}

@Module({
  controllers: [HealthController, TenantsController, AuthController, DirectoryController],
  providers: [InstanceGuard, TenantTransactionInterceptor],
})
export class AppModule {
  static forRoot(config?: Config): DynamicModule {
    return { module: AppModule, imports: imports(config) };
  }
}
