import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import { StatsService, type StatsOverview } from '#domain/stats';
import { CurrentActor } from '../auth/request-origin.js';
import { STATS_OVERVIEW_SCHEMA, StatsQuery } from './stats.dto.js';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('v1/stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('overview')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: 'Counts of the visible cases opened in a period, by dimension' })
  @ApiOkResponse({ schema: STATS_OVERVIEW_SCHEMA })
  overview(@CurrentActor() actor: Actor, @Query() query: StatsQuery): Promise<StatsOverview> {
    return this.stats.overview(actor, query);
  }
}
