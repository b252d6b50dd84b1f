import { Module } from '@nestjs/common';
import { LoginRateLimiter } from './login-rate-limiter';
import { StaffService } from './staff.service';

@Module({ providers: [StaffService, LoginRateLimiter], exports: [StaffService, LoginRateLimiter] })
export class AuthModule {}
