import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNumber, IsObject, Max, Min } from 'class-validator';
import { RequirePermission, type Actor } from '#access';
import { POLICY_KEYS, SlaPoliciesService, type EffectivePolicy, type PolicyKey } from '#domain/deadlines';
import { CurrentActor } from '../auth/request-origin.js';

export class PolicyKeyParam {
  @ApiProperty({ enum: POLICY_KEYS })
  @IsIn(POLICY_KEYS)
  key: PolicyKey;
}

export class UpdatePolicyDto {
  @ApiProperty({
    description: 'ISO 8601 durations by urgency (critical, high, normal, low) or { default }',
    example: { critical: 'PT2H', high: 'P1D', normal: 'P3D', low: 'P5D' },
  })
  @IsObject()
  durations: Record<string, string>;

  @ApiProperty({ enum: ['business', 'calendar'], example: 'business' })
  @IsIn(['business', 'calendar'])
  clock: 'business' | 'calendar';

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.8, description: 'Warn when this share of the time has passed' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  warningRatio: number;
}

@ApiTags('sla policies')
@ApiBearerAuth()
@Controller('v1/sla-policies')
export class SlaPoliciesController {
  constructor(private readonly policies: SlaPoliciesService) {}

  @Get()
  @RequirePermission('sla.read')
  @ApiOperation({ summary: "Your organization's SLA policies (its own settings or the defaults)" })
  list(@CurrentActor() actor: Actor): Promise<EffectivePolicy[]> {
    return this.policies.list(actor);
  }

  @Put(':key')
  @RequirePermission('sla.update')
  @ApiOperation({ summary: 'Change a policy: new deadlines use it, pending ones are recomputed' })
  update(
    @CurrentActor() actor: Actor,
    @Param() { key }: PolicyKeyParam,
    @Body() body: UpdatePolicyDto,
  ): Promise<EffectivePolicy> {
    return this.policies.update(actor, key, body);
  }
}
