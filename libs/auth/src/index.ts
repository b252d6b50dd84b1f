export { AuthModule } from './auth.module';
export { API_KEY_SCOPES, ApiKeyPrincipal, ApiKeyScope, ApiKeyService, CreatedApiKey, NewApiKey, isApiKeyToken } from './api-key.service';
export { AuthError, AuthErrorCode } from './auth.errors';
export { isOperatorToken } from './operator-token';
export { LoginRateLimiter, RateLimitRealm } from './login-rate-limiter';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, assertStrongPassword, hashPassword, passwordProblem, verifyPassword } from './password';
export { hashToken, looksLikeSessionToken, looksLikeToken, newSessionToken, newToken } from './session-token';
export { AUTH_SOURCES, AuthSource, Staff, StaffSession } from './staff.entity';
export { StaffPrincipal } from './staff-principal';
export { LoginResult, NewStaff, StaffDirectory, StaffService } from './staff.service';

import { Staff, StaffSession } from './staff.entity';
import { ApiKey } from './api-key.entity';
export const authEntities = [Staff, StaffSession];
export const apiKeyEntities = [ApiKey];
export { ApiKey } from './api-key.entity';
export { openSecret, sealSecret } from './secret-box';
