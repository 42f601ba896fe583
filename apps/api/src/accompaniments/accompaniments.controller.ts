import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import { AccompanimentsService, type AccompanimentView } from '#domain/accompaniments';
import { CurrentActor } from '../auth/request-origin.js';
import { IdParam } from '../identity/identity.dto.js';
import { AccompanimentTransitionDto, ScheduleAccompanimentDto } from './accompaniment.dto.js';

@ApiTags('accompaniments')
@ApiBearerAuth()
@Controller('v1')
export class AccompanimentsController {
  constructor(private readonly accompaniments: AccompanimentsService) {}

  @Post('cases/:id/accompaniments')
  @RequirePermission('accompaniment.create')
  @ApiOperation({ summary: 'Schedule an accompaniment for a visible case (status scheduled)' })
  schedule(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: ScheduleAccompanimentDto,
  ): Promise<AccompanimentView> {
    return this.accompaniments.schedule(actor, id, body);
  }

  @Post('accompaniments/:id/transitions')
  @RequirePermission('accompaniment.transition')
  @HttpCode(200)
  @ApiOperation({ summary: 'scheduled → done | cancelled | no_show' })
  @ApiConflictResponse({ description: 'Illegal move (from a final state); details list the allowed targets' })
  transition(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: AccompanimentTransitionDto,
  ): Promise<AccompanimentView> {
    return this.accompaniments.transition(actor, id, body);
  }
}
