import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '#config';
import { QUEUES } from '#queue';

export const HEARTBEAT_EVERY_MS = 30_000;
export const SEAL_EVERY_MS = 1000;
/** How often the keeper re-asserts the schedulers. */
const KEEP_EVERY_MS = 5000;

/**
 * The repeating jobs of the worker. Upserting a scheduler is idempotent, so every worker
 * does it at start and again every few seconds: if Redis loses its data (FLUSHALL, a restart
 * without persistence), the ticks resume within seconds, and Postgres still says what is due.
 */
@Injectable()
export class SchedulerKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SchedulerKeeper.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.housekeeping) private readonly housekeeping: Queue,
    @InjectQueue(QUEUES.audit) private readonly audit: Queue,
    @InjectQueue(QUEUES.deadlines) private readonly deadlines: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.keep();
    this.timer = setInterval(
      () => void this.keep().catch((e: Error) => this.logger.warn(`cannot upsert schedulers: ${e.message}`)),
      KEEP_EVERY_MS,
    );
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async keep(): Promise<void> {
    const done = { removeOnComplete: true, removeOnFail: 100 };
    await this.housekeeping.upsertJobScheduler(
      'heartbeat',
      { every: HEARTBEAT_EVERY_MS },
      { name: 'housekeeping.heartbeat', data: {}, opts: done },
    );
    await this.audit.upsertJobScheduler(
      'audit-seal',
      { every: SEAL_EVERY_MS },
      { name: 'audit.seal', data: {}, opts: done },
    );
    await this.deadlines.upsertJobScheduler(
      'deadline-tick',
      { every: this.config.tickIntervalMs },
      { name: 'deadlines.tick', data: {}, opts: done },
    );
  }
}
