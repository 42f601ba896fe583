import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { REDIS } from '#queue';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly health: HealthIndicatorService,
  ) {}

  /** PING through the request-path client: it fails at once while Redis is away. */
  pingCheck(key: string) {
    return this.health
      .check(key)
      .attempt(async () => {
        if (this.redis.status === 'wait') await this.redis.connect().catch(() => undefined);
        const started = Date.now();
        await this.redis.ping();
        return { latencyMs: Date.now() - started };
      })
      .withTimeout(1500);
  }
}
