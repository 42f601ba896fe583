import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, type AppConfig } from '#config';
import { DatabaseModule } from '#database';
import { AuditModule } from '#domain/audit';
import { DeadlinesModule } from '#domain/deadlines';
import { DemoModule, DemoSeeder, type DemoSeedResult } from '#domain/demo';
import { NotificationsModule } from '#domain/notifications';
import { RedisModule } from '#queue';

/** Seeds the demo desk through the domain services, in a process of its own before the api starts. */
export async function seedDemo(config: AppConfig): Promise<DemoSeedResult> {
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule,
      RedisModule,
      AuditModule,
      NotificationsModule,
      DeadlinesModule,
      DemoModule,
    ],
  })
  class DemoSeedModule {}

  const context = await NestFactory.createApplicationContext(DemoSeedModule, { logger: ['error', 'warn'] });
  try {
    return await context.get(DemoSeeder).seed();
  } finally {
    await context.close();
  }
}
