import type { INestApplicationContext } from '@nestjs/common';
import { endProcess } from './end-process.js';

/**
 * On SIGTERM or SIGINT: stop taking new work, let what is in flight finish (HTTP requests,
 * active jobs), then exit 0. If that takes longer than `timeoutMs`, exit 1 rather than hang:
 * an unfinished job stays in Redis and another worker takes it over as stalled.
 */
export function exitGracefully(app: INestApplicationContext, timeoutMs: number, log: (line: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing in-flight work`);
    const timer = setTimeout(() => {
      log(`still busy after ${timeoutMs} ms: exiting`);
      endProcess(1);
    }, timeoutMs);
    timer.unref();
    app.close().then(
      () => endProcess(0),
      () => endProcess(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** For a process's entry point: a start that failed ends the process with one line and code 1. */
export function stopOnStartFailure(processName: string): (error: Error) => never {
  return (error) => {
    process.stderr.write(`${processName}: failed to start: ${error.message}\n`);
    endProcess(1);
  };
}
