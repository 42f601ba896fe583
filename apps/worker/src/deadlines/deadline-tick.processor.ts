import { WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DeadlineEngine } from '#domain/deadlines';
import { OutboxRelay } from '#queue';

/** Each tick: fire what fell due (notices written with their outbox rows), then relay the outbox. */
@Injectable()
export class DeadlineTickProcessor extends WorkerHost {
  constructor(
    private readonly engine: DeadlineEngine,
    private readonly relay: OutboxRelay,
  ) {
    super();
  }

  async process(job: Job): Promise<{ fired: number; notices: number; relayed: number }> {
    if (job.name !== 'deadlines.tick') throw new Error(`No handler for job ${job.name}`);
    const { claimed, notices } = await this.engine.tick();
    let relayed = 0;
    for (let n = await this.relay.relay(); n > 0; n = await this.relay.relay()) relayed += n;
    return { fired: claimed, notices, relayed };
  }
}
