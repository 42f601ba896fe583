import { WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AuditSealer } from '#domain/audit';

/** Chains the audit rows recorded since the last tick (one sealer at a time, under a lock). */
@Injectable()
export class AuditSealProcessor extends WorkerHost {
  constructor(private readonly sealer: AuditSealer) {
    super();
  }

  async process(job: Job): Promise<{ sealed: number }> {
    if (job.name !== 'audit.seal') throw new Error(`No handler for job ${job.name}`);
    return { sealed: await this.sealer.sealAll() };
  }
}
