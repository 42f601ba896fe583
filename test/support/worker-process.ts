import { type ChildProcess, spawn } from 'node:child_process';

/** The built worker (npm test builds first) as a real process, on the run's database and prefix. */
export function startWorker(env: Record<string, string> = {}): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
    env: { ...process.env, LOG_FILE: '', LOG_LEVEL: 'warn', ...env },
    stdio: 'pipe',
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function stopWorker(worker: { child: ChildProcess; exited: Promise<number | null> }): Promise<void> {
  if (worker.child.exitCode === null) worker.child.kill('SIGTERM');
  await worker.exited;
}
