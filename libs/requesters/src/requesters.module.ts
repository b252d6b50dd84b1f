import { Module } from '@nestjs/common';
import { AuthModule } from '@tessera/auth';
import { DirectoryModule } from '@tessera/directory';
import { RequesterAuthService } from './requester-auth.service';
import { RequesterService } from './requester.service';

@Module({
  imports: [AuthModule, DirectoryModule],
  providers: [RequesterService, RequesterAuthService],
  exports: [RequesterService, RequesterAuthService],
})
export class RequestersModule {}
