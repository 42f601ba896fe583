import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { LegalService } from './legal.service.js';

@Module({ imports: [CasesModule], providers: [LegalService], exports: [LegalService] })
export class LegalModule {}
