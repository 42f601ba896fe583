import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RequirePermission } from '#access';
import type { Page } from '#domain/common';
import { DeliveriesService, type DeliveryState, type DeliveryView } from '#domain/notifications';
import { PageQuery } from '../http/page-query.dto.js';

const STATES: DeliveryState[] = ['failed', 'pending'];

export class DeliveryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATES, default: 'failed', description: 'failed: gave up after the last retry' })
  @IsOptional()
  @IsIn(STATES)
  state: DeliveryState = 'failed';
}

export class DeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['notification.deliver', 'webhook.deliver'] }) topic: string;
  @ApiProperty({ format: 'uuid', nullable: true }) notificationId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true }) recipientOrganizationId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true }) publishedAt: string | null;
  @ApiProperty({ nullable: true }) failedAt: string | null;
  @ApiProperty({ example: 12 }) attempts: number;
  @ApiProperty({ nullable: true, example: 'webhook answered 500' }) lastError: string | null;
}

@ApiTags('operations')
@ApiBearerAuth()
@Controller('v1/admin/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @RequirePermission('delivery.read')
  @ApiOperation({
    summary: 'Deliveries that gave up, or are still pending (admin): attempts and last error, no personal data',
  })
  list(@Query() query: DeliveryQuery): Promise<Page<DeliveryView>> {
    return this.deliveries.list(query);
  }
}
