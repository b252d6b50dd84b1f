export { DatabaseModule, assertRuntimeRole, createDataSource } from './database.module';
export { Migration, loadMigrations, migrationsDirectory, parseMigration } from './migration-files';
export { MigrateOptions, MigrateResult, migrate, rollbackLast } from './migrator';
export { MissingTenantContextError, TenantDatabase, TenantRef } from './tenant-database';
export { isUuid, newId } from './uuid';
export { KeyCursor, Page, decodeCursor, decodeKeyCursor, encodeCursor, encodeKeyCursor, pageOf } from './cursor';
export { isForeignKeyViolation, isUniqueViolation, refusalOf, refuseDuplicate, unavailabilityOf } from './postgres-errors';
export { Json, JsonObject, Outbox, OutboxMessage } from './outbox';
export { jsonColumn, storableJson } from './json-column';
