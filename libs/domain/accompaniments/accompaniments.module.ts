import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { AccompanimentsService } from './accompaniments.service.js';

@Module({ imports: [CasesModule], providers: [AccompanimentsService], exports: [AccompanimentsService] })
export class AccompanimentsModule {}
