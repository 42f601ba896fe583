import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueStats } from '#queue';

/**
 * Queue depth and failures in the readiness detail. Informational: a backlog does not make
 * an api instance unready (Redis being away does, through the redis check), so this always
 * reports up, with `available: false` when the counts could not be read in time.
 */
@Injectable()
export class QueuesHealthIndicator {
  constructor(
    private readonly stats: QueueStats,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const counts = await this.stats.counts(1000);
    return this.health.check(key).up(counts ? { available: true, counts } : { available: false });
  }
}
