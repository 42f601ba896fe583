import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { splitDatabaseUrl } from '#database';
import { startApps, type AppSettings } from './apps.js';
import { type LoggedStatement, logSize, parseStatements, readFrom, serverLogPath } from './statement-log.js';

export interface CapturedRequest {
  statements: LoggedStatement[];
  response: Record<string, unknown>;
}

export interface CaptureRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/**
 * The SQL that one request issues, read back from Postgres's own statement log: turn on
 * `log_statement = all` for the benchmark database only, start a fresh api (only new
 * connections see the setting; no worker, so every logged statement is the api's), send each
 * request a few times to warm up and keep the statements of the last one, then turn it off.
 */
export async function captureRequests(
  settings: AppSettings,
  token: (baseUrl: string) => Promise<string>,
  requests: CaptureRequest[],
): Promise<CapturedRequest[]> {
  const logPath = serverLogPath();
  if (!logPath) throw new Error('Cannot find the Postgres server log; set BENCH_PG_LOG to its path');
  const { name } = splitDatabaseUrl(settings.databaseUrl);
  await setLogging(settings.databaseUrl, name, true);
  const apps = await startApps({ ...settings, withoutWorker: true });
  try {
    const bearer = await token(apps.baseUrl);
    const out: CapturedRequest[] = [];
    for (const r of requests) {
      let captured: CapturedRequest | null = null;
      for (let attempt = 0; attempt < 3; attempt++) {
        await sleep(300);
        const before = logSize(logPath);
        const res = await fetch(`${apps.baseUrl}${r.path}`, {
          method: r.method,
          headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
          body: r.body === undefined ? undefined : JSON.stringify(r.body),
        });
        if (!res.ok) throw new Error(`capture: ${r.method} ${r.path} answered ${res.status}: ${await res.text()}`);
        const response = (await res.json()) as Record<string, unknown>;
        await sleep(300);
        captured = { statements: parseStatements(readFrom(logPath, before), name), response };
      }
      out.push(captured!);
    }
    return out;
  } finally {
    await apps.stop();
    await setLogging(settings.databaseUrl, name, false);
  }
}

async function setLogging(databaseUrl: string, name: string, on: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      on ? `ALTER DATABASE "${name}" SET log_statement = 'all'` : `ALTER DATABASE "${name}" RESET log_statement`,
    );
  } finally {
    await client.end();
  }
}
