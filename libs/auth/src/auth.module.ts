import { Module } from '@nestjs/common';
import { ApiKeyService } from './api-key.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SignInChallengeService } from './sign-in-challenge.service';
import { StaffPasswordResetService } from './staff-password-reset.service';
import { StaffService } from './staff.service';
import { TwoFactorService } from './two-factor.service';

const providers = [StaffService, ApiKeyService, LoginRateLimiter, TwoFactorService, SignInChallengeService, StaffPasswordResetService];

@Module({ providers, exports: providers })
export class AuthModule {}
