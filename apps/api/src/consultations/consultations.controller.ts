import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import type { CaseView } from '#domain/cases';
import type { Page } from '#domain/common';
import { ConsultationListService, ConsultationsService, type ConsultationView } from '#domain/consultations';
import { CurrentActor } from '../auth/request-origin.js';
import { PageQuery } from '../http/page-query.dto.js';
import { IdParam } from '../identity/identity.dto.js';
import {
  CaseConsultationDto,
  ConsultationQuery,
  PromoteConsultationDto,
  StandaloneConsultationDto,
} from './consultation.dto.js';

@ApiTags('consultations')
@ApiBearerAuth()
@Controller('v1')
export class ConsultationsController {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly lists: ConsultationListService,
  ) {}

  @Post('cases/:id/consultations')
  @RequirePermission('consultation.create')
  @ApiOperation({
    summary: 'Log a consultation on a case (desk staff, supervisors, a lawyer with an accepted assignment)',
  })
  logOnCase(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: CaseConsultationDto,
  ): Promise<ConsultationView> {
    return this.consultations.logOnCase(actor, id, body);
  }

  @Get('cases/:id/consultations')
  @RequirePermission('case.read')
  @ApiOperation({ summary: "A visible case's consultations, newest first (never to embassies)" })
  listForCase(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Query() query: PageQuery,
  ): Promise<Page<ConsultationView>> {
    return this.lists.listForCase(actor, id, query);
  }

  @Post('consultations')
  @RequirePermission('consultation.create')
  @ApiOperation({ summary: 'Log a one-off consultation not (yet) tied to a case, even anonymous' })
  logStandalone(@CurrentActor() actor: Actor, @Body() body: StandaloneConsultationDto): Promise<ConsultationView> {
    return this.consultations.logStandalone(actor, body);
  }

  @Get('consultations')
  @RequirePermission('consultation.list')
  @ApiOperation({ summary: "The organization's consultations the caller may see, newest first" })
  list(@CurrentActor() actor: Actor, @Query() query: ConsultationQuery): Promise<Page<ConsultationView>> {
    return this.lists.list(actor, query);
  }

  @Post('consultations/:id/promote')
  @RequirePermission('consultation.promote')
  @ApiOperation({ summary: 'Open a case from a standalone consultation, with the consultation attached' })
  @ApiUnprocessableEntityResponse({ description: 'The consultation is already attached to a case' })
  promote(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: PromoteConsultationDto,
  ): Promise<CaseView> {
    return this.consultations.promote(actor, id, body);
  }
}
