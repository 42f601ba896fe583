import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import type { Page } from '#domain/common';
import {
  OrganizationWebhooksService,
  OrganizationsService,
  type OrganizationView,
  type WebhookView,
} from '#domain/identity';
import { CurrentActor } from '../auth/request-origin.js';
import { CreateOrganizationDto, IdParam, OrganizationQuery, OrganizationResponse } from './identity.dto.js';
import { SetWebhookDto, WebhookResponse } from './webhook.dto.js';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('v1/organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly webhooks: OrganizationWebhooksService,
  ) {}

  @Post()
  @RequirePermission('organization.create')
  @ApiOperation({ summary: 'Create an NGO, a law office or an embassy (admin)' })
  @ApiCreatedResponse({ type: OrganizationResponse })
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrganizationDto): Promise<OrganizationView> {
    return this.organizations.create(actor, body);
  }

  @Get()
  @RequirePermission('organization.list')
  @ApiOperation({ summary: 'Organizations: admins all; others their own plus every embassy and law office' })
  list(@CurrentActor() actor: Actor, @Query() query: OrganizationQuery): Promise<Page<OrganizationView>> {
    return this.organizations.list(actor, query);
  }

  @Put(':id/webhook')
  @RequirePermission('organization.webhook')
  @ApiOperation({ summary: "Set the organization's signed notification webhook (admin); the secret is never returned" })
  @ApiOkResponse({ type: WebhookResponse })
  @ApiNotFoundResponse({ description: 'No such organization' })
  setWebhook(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: SetWebhookDto,
  ): Promise<WebhookView> {
    return this.webhooks.set(actor, id, body);
  }

  @Delete(':id/webhook')
  @RequirePermission('organization.webhook')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove the organization's webhook (admin): no further notices are sent to it" })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such organization' })
  clearWebhook(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<void> {
    return this.webhooks.clear(actor, id);
  }
}
