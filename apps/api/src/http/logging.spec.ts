import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { REDACTED_PATHS, redactUrl } from './logging.js';

describe('log redaction', () => {
  it('keeps query keys and drops their values', () => {
    expect(redactUrl('/api/v1/workers?q=Nguyen&limit=5')).toBe('/api/v1/workers?q=[REDACTED]&limit=[REDACTED]');
    expect(redactUrl('/api/v1/cases')).toBe('/api/v1/cases');
  });

  it('censors personal fields and credentials at any depth we log', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => (lines.push(String(chunk)), done()),
    });
    const log = pino({ redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' } }, sink);
    log.info(
      {
        password: 'hunter2hunter2',
        worker: { fullName: 'Nguyễn Văn An', phone: '090-1234-5678' },
      },
      'x',
    );
    const text = lines.join('');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('Nguyễn');
    expect(text).not.toContain('090-1234');
    expect(text).toContain('[REDACTED]');
  });
});
