import { Module } from '@nestjs/common';
import { ConfigModule } from '@tessera/config';
import { DatabaseModule } from '@tessera/database';
import { PlatformModule, allEntities } from '@tessera/platform';
import { RedisModule } from '@tessera/queue';
import { ClsModule } from 'nestjs-cls';

// The services the command line needs, without HTTP or queues.
@Module({
  imports: [
    ConfigModule.forRoot(),
    ClsModule.forRoot({ global: true }),
    DatabaseModule.forRoot({ entities: allEntities, applicationName: 'tessera-cli' }),
    RedisModule,
    PlatformModule,
  ],
})
export class CliModule {}
