import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { REDIS } from '@tessera/queue';
import type Redis from 'ioredis';
import { AuthError, AuthErrorCode } from './auth.errors';
import { FixedWindowCounters } from './fixed-window-counters';

// Whose attempts are counted: each realm has its own counters, so requesters failing at the
// portal never lock out an agent (or the agents' office address) and the other way round.
//   staff, requester: failed logins; guest-link: wrong guest links; requester-mail, staff-mail:
//   requests that send a mail (registration, password reset), capped against mail bombing;
//   two-factor: wrong second-factor codes, per agent.
export type RateLimitRealm = 'staff' | 'requester' | 'guest-link' | 'requester-mail' | 'staff-mail' | 'two-factor';

// Counts failed attempts per realm, instance and account, and per realm and client address, in
// fixed windows kept in Redis so every API replica shares them. An account is locked out for the
// rest of the window after `loginMaxAttempts` failures; an address after five times as many
// (password spraying).
//
// While Redis is unreachable the same limits hold per process, counted in memory (a replica
// then allows its own share of attempts; nobody is locked out for Redis's sake, and no
// password can be guessed at full speed either). Counts taken in memory are not carried over
// to Redis when it returns. See docs/decisions/0007-dependency-faults.md.
@Injectable()
export class LoginRateLimiter {
  private readonly logger = new Logger(LoginRateLimiter.name);
  private readonly fallback = new FixedWindowCounters();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async assertAllowed(realm: RateLimitRealm, tenantId: string, account: string, address: string): Promise<void> {
    const retryAfter = await this.retryAfter(realm, tenantId, account, address);
    if (retryAfter === null) return;
    throw new AuthError(AuthErrorCode.RateLimited, `Too many failed attempts; try again in ${retryAfter} seconds`, { retryAfter });
  }

  async isAllowed(realm: RateLimitRealm, tenantId: string, account: string, address: string): Promise<boolean> {
    return (await this.retryAfter(realm, tenantId, account, address)) === null;
  }

  async recordFailure(realm: RateLimitRealm, tenantId: string, account: string, address: string): Promise<void> {
    const window = this.config.auth.loginWindowSeconds;
    const limits = this.limits(realm, tenantId, account, address);
    const pipeline = this.redis.multi();
    for (const { key } of limits) pipeline.incr(key).expire(key, window, 'NX');
    try {
      await pipeline.exec();
    } catch (error) {
      this.logger.warn(`Redis unreachable: failed attempt counted in this process only (${(error as Error).message})`);
      for (const { key } of limits) this.fallback.increment(key, window);
    }
  }

  async reset(realm: RateLimitRealm, tenantId: string, account: string): Promise<void> {
    const key = this.accountKey(realm, tenantId, account);
    this.fallback.delete(key);
    await this.redis.del(key).catch(() => undefined);
  }

  // Seconds until the caller may try again, or null when it may now.
  private async retryAfter(realm: RateLimitRealm, tenantId: string, account: string, address: string): Promise<number | null> {
    const limits = this.limits(realm, tenantId, account, address);
    try {
      const counts = await this.redis.mget(...limits.map((l) => l.key));
      const hit = limits.findIndex((limit, i) => Number(counts[i] ?? 0) >= limit.max);
      if (hit < 0) return null;
      const ttl = await this.redis.ttl(limits[hit].key);
      return ttl > 0 ? ttl : this.config.auth.loginWindowSeconds;
    } catch (error) {
      // Redis being down must neither lock every user out nor lift the limit: the counts of
      // this process decide meanwhile. It is visible in /readyz and the logs.
      this.logger.warn(`Redis unreachable: rate limit checked in this process only (${(error as Error).message})`);
      const hit = limits.find((limit) => this.fallback.count(limit.key) >= limit.max);
      return hit ? Math.max(1, this.fallback.secondsLeft(hit.key)) : null;
    }
  }

  private limits(realm: RateLimitRealm, tenantId: string, account: string, address: string): { key: string; max: number }[] {
    const max = this.config.auth.loginMaxAttempts;
    return [
      { key: this.accountKey(realm, tenantId, account), max },
      { key: `login-fail:${realm}:address:${address}`, max: max * 5 },
    ];
  }

  private accountKey(realm: RateLimitRealm, tenantId: string, account: string): string {
    return `login-fail:${realm}:account:${tenantId}:${account.toLowerCase()}`;
  }
}
