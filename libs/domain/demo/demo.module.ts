import { Module } from '@nestjs/common';
import { AccompanimentsModule } from '../accompaniments/accompaniments.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LegalModule } from '../legal/legal.module.js';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { WorkersModule } from '../workers/workers.module.js';
import { DemoCastService } from './demo-cast.service.js';
import { DemoDeskSeeder } from './demo-desk.seeder.js';
import { DemoSeeder } from './demo-seeder.js';

/** The demo desk of `npm run demo`; never imported by the api or the worker. */
@Module({
  imports: [
    IdentityModule,
    WorkersModule,
    CasesModule,
    ConsultationsModule,
    AccompanimentsModule,
    LegalModule,
    ConsentsModule,
    ReferralsModule,
  ],
  providers: [DemoCastService, DemoDeskSeeder, DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
