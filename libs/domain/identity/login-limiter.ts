import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '#config';
import { REDIS, appKey } from '#queue';
import { RateLimited } from '../errors/domain-errors.js';

/**
 * Brute-force protection for login, kept in Redis so that it holds across api instances:
 * an account is locked after LOGIN_MAX_FAILURES failures within LOGIN_LOCK_SECONDS (even
 * the right password is then refused), and one IP address may try only so often. While
 * Redis is away, an in-process limiter stands in rather than letting every attempt through.
 */
@Injectable()
export class LoginLimiter {
  private readonly failures: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.failures = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: appKey(config.queuePrefix, 'login-failures'),
      points: config.loginMaxFailures,
      duration: config.loginLockSeconds,
      insuranceLimiter: new RateLimiterMemory({ points: config.loginMaxFailures, duration: config.loginLockSeconds }),
    });
    this.perIp = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: appKey(config.queuePrefix, 'login-ip'),
      points: config.loginIpMaxAttempts,
      duration: config.loginIpWindowSeconds,
      insuranceLimiter: new RateLimiterMemory({
        points: config.loginIpMaxAttempts,
        duration: config.loginIpWindowSeconds,
      }),
    });
  }

  /** Called before the password is even looked at. */
  async assertMayTry(email: string, ip: string | null): Promise<void> {
    try {
      await this.perIp.consume(ip ?? 'unknown');
    } catch (error) {
      throw this.limited(error, 'Too many sign-in attempts from this address');
    }
    const account = await this.failures.get(accountKey(email));
    if (account && account.consumedPoints >= this.config.loginMaxFailures) {
      throw this.limited(account, 'Too many failed sign-ins for this account');
    }
  }

  async recordFailure(email: string): Promise<void> {
    await this.failures.penalty(accountKey(email), 1).catch(() => undefined);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.failures.delete(accountKey(email)).catch(() => undefined);
  }

  private limited(result: unknown, message: string): RateLimited {
    const ms = result instanceof RateLimiterRes ? result.msBeforeNext : this.config.loginLockSeconds * 1000;
    return new RateLimited(message, Math.max(1, Math.ceil(ms / 1000)));
  }
}

/** Redis never holds an email address, only its hash. */
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
