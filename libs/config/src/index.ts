export { Config, ConfigError, loadConfig, loadDatabaseConfig } from './config';
export { CONFIG, ConfigModule } from './config.module';
export { MANAGED_RUNTIME_ROLE, RUNTIME_GROUP_ROLE, deriveRuntimeUrl, passwordOf, roleOf } from './database-url';
