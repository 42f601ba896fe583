import { Logger, StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { loggableError } from '../http/api-exception.filter.js';

const logger = new Logger('CsvExport');

/**
 * Streams CSV chunks with backpressure (the next batch is fetched only once the client has
 * read the last one). A failure after the first byte cuts the connection, so that a truncated
 * file cannot pass for a complete one; the error is logged without query parameters.
 */
export function csvFile(chunks: AsyncIterable<string>, filename: string): StreamableFile {
  return new StreamableFile(Readable.from(chunks, { objectMode: false }), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${filename}"`,
  }).setErrorHandler((err, res) => {
    logger.error({ err: loggableError(err) }, 'CSV export failed');
    if (res.destroyed) return;
    if (res.headersSent) {
      if (res.destroy) res.destroy();
      else res.end();
      return;
    }
    res.statusCode = 500;
    res.send(JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'The export failed', details: [] } }));
  });
}
