import { Module } from '@nestjs/common';
import { CaseListService } from './case-list.service.js';
import { CaseTimelineService } from './case-timeline.service.js';
import { CasesService } from './cases.service.js';

@Module({
  providers: [CasesService, CaseListService, CaseTimelineService],
  exports: [CasesService, CaseListService, CaseTimelineService],
})
export class CasesModule {}
