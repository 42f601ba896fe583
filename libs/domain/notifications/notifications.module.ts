import { Global, Module } from '@nestjs/common';
import { DeliveriesService } from './deliveries.service.js';
import { DeliveryService } from './delivery.service.js';
import { Mailer } from './mailer.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxClaims } from './outbox-claims.js';

@Global()
@Module({
  providers: [NotificationsService, DeliveryService, DeliveriesService, Mailer, OutboxClaims],
  exports: [NotificationsService, DeliveryService, DeliveriesService, Mailer],
})
export class NotificationsModule {}
