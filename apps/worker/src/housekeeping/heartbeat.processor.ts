import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#config';
import { REDIS, appKey } from '#queue';

/** Proves the worker runs: each tick records the time and the worker's identity in Redis. */
@Injectable()
export class HeartbeatProcessor extends WorkerHost {
  private readonly logger = new Logger(HeartbeatProcessor.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<{ at: string }> {
    if (job.name !== 'housekeeping.heartbeat') throw new Error(`No handler for job ${job.name}`);
    const at = new Date().toISOString();
    await this.redis.set(
      appKey(this.config.queuePrefix, 'worker', 'heartbeat'),
      JSON.stringify({ at, pid: process.pid }),
      'EX',
      300,
    );
    this.logger.debug(`heartbeat ${at}`);
    return { at };
  }
}
