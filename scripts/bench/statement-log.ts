import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';

/** One statement as Postgres logged it (log_statement = all), with its parameters. */
export interface LoggedStatement {
  pid: number;
  sql: string;
  params: (string | null)[];
}

/** The server's log file: BENCH_PG_LOG, else Debian's /var/log/postgresql/postgresql-*-main.log. */
export function serverLogPath(): string | null {
  if (process.env.BENCH_PG_LOG) return process.env.BENCH_PG_LOG;
  const dir = '/var/log/postgresql';
  if (!existsSync(dir)) return null;
  const logs = readdirSync(dir).filter((f) => /^postgresql-.*\.log$/.test(f));
  logs.sort((a, b) => statSync(`${dir}/${b}`).mtimeMs - statSync(`${dir}/${a}`).mtimeMs);
  return logs.length ? `${dir}/${logs[0]}` : null;
}

export function logSize(path: string): number {
  return statSync(path).size;
}

export function readFrom(path: string, offset: number): string {
  const size = statSync(path).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

const LINE = /^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL): {2}(.*)$/;

/**
 * Parses the default stderr format (log_line_prefix '%m [%p] %q%u@%d '), keeping the
 * statements of one database: `statement: ...` (simple protocol) and `execute <name>: ...`
 * (extended protocol), each followed by its `parameters:` detail line. Continuation lines of a
 * multi-line statement start with a tab.
 */
export function parseStatements(text: string, database: string): LoggedStatement[] {
  const out: LoggedStatement[] = [];
  let current: LoggedStatement | null = null;
  let inParams = false;
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) {
      if (current && line.startsWith('\t') && !inParams) current.sql += `\n${line.slice(1)}`;
      continue;
    }
    inParams = false;
    const [, pid, , db, kind, message] = m;
    if (db !== database) {
      current = null;
      continue;
    }
    if (kind === 'LOG') {
      const s = /^(?:statement|execute [^:]+): ([\s\S]*)$/.exec(message);
      current = s ? { pid: Number(pid), sql: s[1], params: [] } : null;
      if (current) out.push(current);
    } else if (current && message.startsWith('parameters: ')) {
      current.params = parseParameters(message.slice('parameters: '.length));
      inParams = true;
    }
  }
  return out;
}

/** `$1 = 'a''b', $2 = NULL` → ["a'b", null]. */
export function parseParameters(text: string): (string | null)[] {
  const values: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    const head = /^\$(\d+) = /.exec(text.slice(i));
    if (!head) break;
    i += head[0].length;
    let value: string | null;
    if (text.startsWith('NULL', i)) {
      value = null;
      i += 4;
    } else {
      let v = '';
      i++; // opening quote
      while (i < text.length) {
        if (text[i] === "'" && text[i + 1] === "'") {
          v += "'";
          i += 2;
        } else if (text[i] === "'") {
          i++;
          break;
        } else v += text[i++];
      }
      value = v;
    }
    values[Number(head[1]) - 1] = value;
    if (text.startsWith(', ', i)) i += 2;
  }
  return values;
}
