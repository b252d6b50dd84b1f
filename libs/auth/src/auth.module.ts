import { Module } from '@nestjs/common';
import { ApiKeyService } from './api-key.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { StaffService } from './staff.service';

@Module({ providers: [StaffService, ApiKeyService, LoginRateLimiter], exports: [StaffService, ApiKeyService, LoginRateLimiter] })
export class AuthModule {}
