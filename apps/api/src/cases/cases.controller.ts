import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import { CaseListService, CasesService, CaseTimelineService, type CaseView, type TimelineItem } from '#domain/cases';
import type { Page } from '#domain/common';
import type { DeadlineView } from '#domain/deadlines';
import { CurrentActor } from '../auth/request-origin.js';
import { IdParam } from '../identity/identity.dto.js';
import { CaseFilterQuery, CaseTransitionDto, CreateCaseDto, UpdateCaseDto } from './case.dto.js';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('v1/cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly list: CaseListService,
    private readonly timelines: CaseTimelineService,
  ) {}

  @Post()
  @RequirePermission('case.create')
  @ApiOperation({ summary: 'Open a case for a worker' })
  open(@CurrentActor() actor: Actor, @Body() body: CreateCaseDto): Promise<CaseView> {
    return this.cases.open(actor, body);
  }

  @Get()
  @RequirePermission('case.list')
  @ApiOperation({ summary: 'Visible cases, newest first, with filters' })
  find(@CurrentActor() actor: Actor, @Query() query: CaseFilterQuery): Promise<Page<CaseView>> {
    return this.list.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('case.read')
  @ApiOperation({ summary: 'A case the caller may see' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<CaseView> {
    return this.cases.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('case.update')
  @ApiOperation({ summary: 'Change a case; send the version you read (409 when stale)' })
  @ApiConflictResponse({ description: 'The version is stale' })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: UpdateCaseDto): Promise<CaseView> {
    const { version, ...patch } = body;
    return this.cases.update(actor, id, version, patch);
  }

  @Post(':id/transitions')
  @RequirePermission('case.transition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a case through its status machine' })
  @ApiConflictResponse({ description: 'Illegal move; details list the allowed targets' })
  transition(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: CaseTransitionDto,
  ): Promise<CaseView> {
    return this.cases.transition(actor, id, body);
  }

  @Get(':id/deadlines')
  @RequirePermission('case.read')
  @ApiOperation({ summary: "The case's deadlines: due times, state and escalation level" })
  deadlines(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<DeadlineView[]> {
    return this.timelines.deadlines(actor, id);
  }

  @Get(':id/timeline')
  @RequirePermission('case.read')
  @ApiOperation({ summary: 'Everything that happened on the case, oldest first' })
  timeline(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<TimelineItem[]> {
    return this.timelines.timeline(actor, id);
  }
}
