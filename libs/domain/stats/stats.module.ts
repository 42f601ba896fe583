import { Module } from '@nestjs/common';
import { CaseExportService } from './case-export.service.js';
import { StatsService } from './stats.service.js';

/** Reporting over the visible cases: the overview counts and the CSV export. */
@Module({ providers: [StatsService, CaseExportService], exports: [StatsService, CaseExportService] })
export class StatsModule {}
