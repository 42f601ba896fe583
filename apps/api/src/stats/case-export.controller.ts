import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import { CaseExportService } from '#domain/stats';
import { CurrentActor } from '../auth/request-origin.js';
import { csvFile } from './csv-file.js';
import { CaseExportQuery } from './stats.dto.js';

/**
 * GET /v1/cases/export. Registered before CasesController (cases-http.module.ts), so that
 * `export` is not taken for a case id by GET /v1/cases/:id.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('v1/cases')
export class CaseExportController {
  constructor(private readonly exports: CaseExportService) {}

  @Get('export')
  @RequirePermission('case.export')
  @ApiOperation({ summary: 'The visible cases matching the filters, as a streamed CSV (UTF-8 with BOM)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'A header row, then one row per case; formula-like cells are prefixed with an apostrophe',
    schema: { type: 'string', example: 'reference,title,status\r\nMDG-2026-000001,残業代の未払い,open\r\n' },
  })
  async exportCsv(@CurrentActor() actor: Actor, @Query() query: CaseExportQuery): Promise<StreamableFile> {
    const { format: _csv, ...filter } = query;
    return csvFile(await this.exports.exportCsv(actor, filter), 'cases.csv');
  }
}
