import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { REDIS } from '@tessera/queue';
import type Redis from 'ioredis';
import { AuthError, AuthErrorCode } from './auth.errors';

// Counts failed logins per instance and account, and per client address, in fixed windows kept
// in Redis so every API replica shares them. An account is locked out for the rest of the window
// after `loginMaxAttempts` failures; an address after five times as many (password spraying).
@Injectable()
export class LoginRateLimiter {
  private readonly logger = new Logger(LoginRateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async assertAllowed(tenantId: string, email: string, address: string): Promise<void> {
    const limits = this.limits(tenantId, email, address);
    try {
      const counts = await this.redis.mget(...limits.map((l) => l.key));
      const hit = limits.findIndex((limit, i) => Number(counts[i] ?? 0) >= limit.max);
      if (hit < 0) return;
      const ttl = await this.redis.ttl(limits[hit].key);
      const retryAfter = ttl > 0 ? ttl : this.config.auth.loginWindowSeconds;
      throw new AuthError(AuthErrorCode.RateLimited, `Too many failed logins; try again in ${retryAfter} seconds`, {
        retryAfter,
      });
    } catch (error) {
      if (error instanceof AuthError) throw error;
      // Redis being down must not lock every user out; it is visible in /readyz and the logs.
      this.logger.warn(`login rate limit not checked: ${(error as Error).message}`);
    }
  }

  async recordFailure(tenantId: string, email: string, address: string): Promise<void> {
    const window = this.config.auth.loginWindowSeconds;
    const pipeline = this.redis.multi();
    for (const { key } of this.limits(tenantId, email, address)) pipeline.incr(key).expire(key, window, 'NX');
    await pipeline.exec().catch((error: Error) => this.logger.warn(`login failure not counted: ${error.message}`));
  }

  async reset(tenantId: string, email: string): Promise<void> {
    await this.redis.del(this.accountKey(tenantId, email)).catch(() => undefined);
  }

  private limits(tenantId: string, email: string, address: string): { key: string; max: number }[] {
    const max = this.config.auth.loginMaxAttempts;
    return [
      { key: this.accountKey(tenantId, email), max },
      { key: `login-fail:address:${address}`, max: max * 5 },
    ];
  }

  private accountKey(tenantId: string, email: string): string {
    return `login-fail:account:${tenantId}:${email.toLowerCase()}`;
  }
}
