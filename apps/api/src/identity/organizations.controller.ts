import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import type { Page } from '#domain/common';
import { OrganizationsService, type OrganizationView } from '#domain/identity';
import { CurrentActor } from '../auth/request-origin.js';
import { CreateOrganizationDto, OrganizationQuery, OrganizationResponse } from './identity.dto.js';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('v1/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

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
}
