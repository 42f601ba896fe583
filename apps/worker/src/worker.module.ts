import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, ConfigModule, logDestination, type AppConfig } from '#config';
import { DatabaseModule } from '#database';
import { AuditModule } from '#domain/audit';
import { DeadlinesModule } from '#domain/deadlines';
import { NotificationsModule } from '#domain/notifications';
import { OutboxRelay, QueueModule, RedisModule } from '#queue';
import { declareProcessors } from './scheduling/processors.js';
import { SchedulerKeeper } from './scheduling/scheduler-keeper.js';

/** BullMQ processors only: every job has exactly one handler here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ pinoHttp: [{ level: config.logLevel }, logDestination(config)] }),
        }),
        DatabaseModule,
        RedisModule,
        QueueModule,
        AuditModule,
        NotificationsModule,
        DeadlinesModule,
      ],
      providers: [SchedulerKeeper, OutboxRelay, ...declareProcessors(config)],
    };
  }
}
