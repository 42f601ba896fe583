import { Module } from '@nestjs/common';
import { AccompanimentsModule } from '#domain/accompaniments';
import { CasesModule } from '#domain/cases';
import { ConsultationsModule } from '#domain/consultations';
import { StatsModule } from '#domain/stats';
import { WorkersModule } from '#domain/workers';
import { AccompanimentsController } from '../accompaniments/accompaniments.controller.js';
import { ConsultationsController } from '../consultations/consultations.controller.js';
import { CaseExportController } from '../stats/case-export.controller.js';
import { StatsController } from '../stats/stats.controller.js';
import { WorkersController } from '../workers/workers.controller.js';
import { CasesController } from './cases.controller.js';

/** The consulting desk's daily work: workers, cases, consultations, accompaniments, stats and export. */
@Module({
  imports: [WorkersModule, CasesModule, ConsultationsModule, AccompanimentsModule, StatsModule],
  controllers: [
    WorkersController,
    // Before CasesController: routes match in registration order, and GET /v1/cases/:id would take `export`.
    CaseExportController,
    CasesController,
    ConsultationsController,
    AccompanimentsController,
    StatsController,
  ],
})
export class CasesHttpModule {}
