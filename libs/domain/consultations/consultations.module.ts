import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { ConsultationListService } from './consultation-list.service.js';
import { ConsultationsService } from './consultations.service.js';

@Module({
  imports: [CasesModule],
  providers: [ConsultationsService, ConsultationListService],
  exports: [ConsultationsService, ConsultationListService],
})
export class ConsultationsModule {}
