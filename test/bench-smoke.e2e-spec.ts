import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dropDatabase } from '#database';

/**
 * `npm run bench -- --quick` end to end, so that the suite cannot rot: a database and a queue
 * prefix of its own, results under test-results/ (never docs/BENCHMARKS.md). It asserts that
 * the tables come out, not how fast anything is: CI's machine is shared.
 */
describe('the benchmark suite (quick mode)', () => {
  it('generates its data, loads the built api and worker, and writes the results table', async () => {
    const databaseUrl = `${process.env.DATABASE_URL}_bench`;
    const out = `test-results/bench/smoke-${process.env.QUEUE_PREFIX}.md`;
    const args = ['dist/scripts/bench/cli.js', '--quick', '--drop', '--database-url', databaseUrl];
    args.push('--queue-prefix', `${process.env.QUEUE_PREFIX}_bench`, '--out', out);
    try {
      const child = spawn(process.execPath, args, { stdio: 'pipe', env: { ...process.env } });
      let output = '';
      child.stdout.on('data', (d) => (output += String(d)));
      child.stderr.on('data', (d) => (output += String(d)));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect({ code, tail: code === 0 ? '' : output.slice(-3000) }).toEqual({ code: 0, tail: '' });

      expect(existsSync(out)).toBe(true);
      const report = readFileSync(out, 'utf8');
      expect(report).toContain('| scenario | connections | req/s | p50 ms | p95 ms | p99 ms | errors |');
      for (const scenario of [
        'GET /me',
        'create case',
        'get case',
        'list cases with filters',
        'search q= (Japanese)',
        'search q= (Vietnamese)',
        'log consultation',
      ]) {
        expect(report).toMatch(new RegExp(`\\| ${scenario.replace(/[()/=]/g, '\\$&')}[^|]* \\| 32 \\| [\\d,]+ \\|`));
      }
      expect(report).toMatch(/\| create case \| 8 \| [\d,]+ \|/);
      expect(report).toContain('bare BullMQ worker');
      expect(report).toMatch(/\| api \| \d+ MB \| \d+ MB \|/);
      expect(report).toContain('### Goals');
      // No request failed (a run on a busy machine may answer few, but none with an error).
      const rows = [...report.matchAll(/^\| [^|]+ \| (?:8|32) \| [\d,]+ \| [^|]+ \| [^|]+ \| [^|]+ \| (\d+) \|$/gm)];
      expect(rows.length).toBe(14);
      expect(rows.map((m) => m[1]).filter((e) => e !== '0')).toEqual([]);
    } finally {
      await dropDatabase(databaseUrl);
    }
  }, 180_000);
});
