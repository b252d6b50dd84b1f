import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { DataSource, DataSourceOptions } from 'typeorm';

type Entities = NonNullable<DataSourceOptions['entities']>;
import { ConfigCache } from './config-cache';
import { Outbox } from './outbox';
import { TenantDatabase } from './tenant-database';

// Refuses to serve with a role that would make row-level security moot.
export async function assertRuntimeRole(dataSource: DataSource): Promise<void> {
  const [role] = await dataSource.query(
    `select current_user as name, rolsuper as superuser, rolbypassrls as bypass,
            exists (select 1 from pg_class c where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace) as owns
       from pg_roles r where rolname = current_user`,
  );
  if (role.superuser || role.bypass || role.owns) {
    throw new Error(
      `The database role "${role.name}" is a superuser, bypasses row-level security or owns tables; ` +
        'serve requests with the runtime role (DATABASE_APP_URL, or let the migrations manage tessera_app)',
    );
  }
}

export function createDataSource(config: Config, entities: Entities, name: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.database.runtimeUrl,
    entities,
    synchronize: false,
    migrationsRun: false,
    poolSize: config.database.poolSize,
    applicationName: name,
    extra: { connectionTimeoutMillis: 5000 },
  });
}

@Injectable()
class DataSourceLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Module({})
export class DatabaseModule {
  static forRoot(options: { entities: Entities; applicationName: string }): DynamicModule {
    return {
      global: true,
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          inject: [CONFIG],
          useFactory: async (config: Config) => {
            const dataSource = createDataSource(config, options.entities, options.applicationName);
            await dataSource.initialize();
            await assertRuntimeRole(dataSource);
            return dataSource;
          },
        },
        DataSourceLifecycle,
        TenantDatabase,
        ConfigCache,
        Outbox,
      ],
      exports: [DataSource, TenantDatabase, ConfigCache, Outbox],
    };
  }
}
