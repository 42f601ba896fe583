import { Global, Module } from '@nestjs/common';
import { DeliveryService } from './delivery.service.js';
import { Mailer } from './mailer.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxClaims } from './outbox-claims.js';

@Global()
@Module({
  providers: [NotificationsService, DeliveryService, Mailer, OutboxClaims],
  exports: [NotificationsService, DeliveryService, Mailer],
})
export class NotificationsModule {}
