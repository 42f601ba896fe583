import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { QueueModule, QueueStats } from '#queue';
import { DeliveriesController } from './deliveries.controller.js';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.js';
import { MetricsPort } from './metrics-port.js';
import { QueueDashboardSessionController } from './queue-dashboard-session.controller.js';
import { QueuesHealthIndicator } from './queues.health.js';

/** What operators use: failed deliveries, metrics, queue counts (and the dashboard, see queue-dashboard.ts). */
@Module({
  imports: [QueueModule, TerminusModule],
  controllers: [DeliveriesController, MetricsController, QueueDashboardSessionController],
  providers: [QueueStats, Metrics, MetricsPort, QueuesHealthIndicator],
  exports: [QueueStats, QueuesHealthIndicator],
})
export class OperationsHttpModule {}
