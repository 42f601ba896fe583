import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { ReferralsService } from './referrals.service.js';

@Module({ imports: [CasesModule], providers: [ReferralsService], exports: [ReferralsService] })
export class ReferralsModule {}
