import { Global, Module } from '@nestjs/common';
import { DeadlineEngine } from './deadline-engine.js';
import { DeadlinesService } from './deadlines.service.js';
import { SlaPoliciesService } from './sla-policies.service.js';

/** Global: cases, legal support and referrals start and meet deadlines in their transactions. */
@Global()
@Module({
  providers: [DeadlinesService, DeadlineEngine, SlaPoliciesService],
  exports: [DeadlinesService, DeadlineEngine, SlaPoliciesService],
})
export class DeadlinesModule {}
