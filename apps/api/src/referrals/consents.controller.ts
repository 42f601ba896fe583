import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { RequirePermission, type Actor } from '#access';
import { LANGUAGE_TAG } from '#domain/common';
import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  CONSENTABLE_FIELDS,
  ConsentsService,
  type ConsentView,
} from '#domain/consents';
import { CurrentActor } from '../auth/request-origin.js';
import { toDate } from '../cases/case.dto.js';
import { IdParam } from '../identity/identity.dto.js';

export class RecordConsentDto {
  @ApiProperty({ enum: CONSENT_PURPOSES, example: 'embassy_referral' })
  @IsIn(CONSENT_PURPOSES)
  purpose: (typeof CONSENT_PURPOSES)[number];

  @ApiProperty({ format: 'uuid', description: 'The embassy or law office that will receive the data' })
  @IsUUID()
  recipientOrganizationId: string;

  @ApiProperty({ enum: CONSENTABLE_FIELDS, isArray: true, example: ['fullName', 'nationality', 'phone'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CONSENTABLE_FIELDS.length)
  @IsIn(CONSENTABLE_FIELDS, { each: true })
  fields: (typeof CONSENTABLE_FIELDS)[number][];

  @ApiProperty({ enum: CONSENT_METHODS, example: 'verbal' })
  @IsIn(CONSENT_METHODS)
  method: string;

  @ApiProperty({ description: 'The language the consent was explained in (BCP 47)', example: 'vi' })
  @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 language tag' })
  @MaxLength(20)
  language: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'In the future; access ends when it passes' })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'expiresAt must be an ISO 8601 time with an offset' })
  expiresAt?: Date;
}

export class WithdrawConsentDto {
  @ApiPropertyOptional({ example: 'The worker asked us to stop' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@ApiTags('consents')
@ApiBearerAuth()
@Controller('v1')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Post('workers/:id/consents')
  @RequirePermission('consent.record')
  @ApiOperation({ summary: "Record a worker's consent; the answer includes a summary in the worker's language" })
  record(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: RecordConsentDto): Promise<ConsentView> {
    return this.consents.record(actor, id, body);
  }

  @Get('workers/:id/consents')
  @RequirePermission('consent.read')
  @ApiOperation({ summary: "A worker's consents, newest first" })
  list(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<ConsentView[]> {
    return this.consents.listForWorker(actor, id);
  }

  @Post('consents/:id/withdraw')
  @RequirePermission('consent.withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: "Withdraw a consent: the recipient's access ends at once" })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: WithdrawConsentDto,
  ): Promise<ConsentView> {
    return this.consents.withdraw(actor, id, body.reason);
  }
}
