import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A jsonb value (a bare array stands for a Postgres text[]). */
export class Json {
  constructor(readonly value: unknown) {}
}

export type CopyValue = string | number | boolean | null | Date | string[] | Json;

/** COPY's text format: backslash, tab and line breaks escaped, NULL as \N. */
function field(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = `{${value.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  else if (value instanceof Json) text = JSON.stringify(value.value);
  else text = String(value);
  return text.replace(/[\\\t\n\r]/g, (ch) =>
    ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r',
  );
}

/**
 * One table's `COPY ... FROM STDIN` (pg-copy-streams) on its own connection. Rows are
 * buffered into 64 KiB chunks and back-pressure is honoured, so a million rows never sit
 * in memory at once, and several tables can be filled side by side from one pass.
 */
export class CopyWriter {
  rows = 0;
  private chunk = '';
  private readonly stream: ReturnType<typeof copyFrom>;
  private readonly done: Promise<void>;

  constructor(client: pg.Client, table: string, columns: string[]) {
    this.stream = client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', () => resolve());
      this.stream.on('error', reject);
    });
    // A failed COPY rejects `done`; keep it from surfacing as unhandled before end() awaits it.
    this.done.catch(() => undefined);
  }

  /** Adds a row; resolves at once unless the chunk went out and Postgres asked to wait. */
  async push(row: CopyValue[]): Promise<void> {
    this.chunk += row.map(field).join('\t') + '\n';
    this.rows++;
    if (this.chunk.length < 1 << 16) return;
    const ok = this.stream.write(this.chunk);
    this.chunk = '';
    if (!ok) await Promise.race([once(this.stream, 'drain'), this.done]);
  }

  async end(): Promise<number> {
    this.stream.end(this.chunk);
    this.chunk = '';
    await this.done;
    return this.rows;
  }
}
