import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitGracefully, loadConfigOrStop, stopOnStartFailure } from '#config';
import { QUEUES, bullPrefix } from '#queue';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfigOrStop('madoguchi-worker');
  process.title = 'madoguchi-worker';
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // Closing the app closes every BullMQ worker, which waits for its active jobs to finish;
  // a job cut short by a harder kill stays in Redis and is picked up again as stalled.
  exitGracefully(app, config.shutdownTimeoutMs, (line) => logger.log(line));
  await app.init();
  logger.log(
    `madoguchi-worker ready: prefix ${bullPrefix(config.queuePrefix)}, queues ${Object.values(QUEUES).join(', ')}`,
  );
}

main().catch(stopOnStartFailure('madoguchi-worker'));
