import { pino } from 'pino';
import type { AppConfig } from './config.schema.js';

/** Where a process writes its log lines: stdout, or LOG_FILE (the tests read it back). */
export function logDestination(config: AppConfig): pino.DestinationStream {
  return config.logFile ? pino.destination({ dest: config.logFile, mkdir: true, sync: true }) : pino.destination(1);
}
