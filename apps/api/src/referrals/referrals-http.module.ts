import { Module } from '@nestjs/common';
import { ConsentsModule } from '#domain/consents';
import { LegalModule } from '#domain/legal';
import { ReferralsModule } from '#domain/referrals';
import { LegalController } from '../legal/legal.controller.js';
import { SlaPoliciesController } from '../deadlines/sla-policies.controller.js';
import { NotificationStream } from '../notifications/notification-stream.js';
import { NotificationsController } from '../notifications/notifications.controller.js';
import { ConsentsController } from './consents.controller.js';
import { ReferralsController } from './referrals.controller.js';

/** Legal support, consents, embassy referrals and the notifications they raise. */
@Module({
  imports: [LegalModule, ConsentsModule, ReferralsModule],
  controllers: [
    LegalController,
    ConsentsController,
    ReferralsController,
    NotificationsController,
    SlaPoliciesController,
  ],
  providers: [NotificationStream],
})
export class ReferralsHttpModule {}
