import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { RequirePermission, type Actor } from '#access';
import { AuditQueryService, AuditVerifier, type AuditEventView, type ChainVerdict } from '#domain/audit';
import type { Page } from '#domain/common';
import { CurrentActor } from '../auth/request-origin.js';
import { PageQuery } from '../http/page-query.dto.js';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'case' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  // A subject type is a snake_case word; anything else (a NUL byte) would fail in Postgres (500).
  @Matches(/^[a-z][a-z0-9_]*$/, { message: 'subjectType must be a snake_case word such as case' })
  subjectType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/audit-events')
export class AuditController {
  constructor(
    private readonly events: AuditQueryService,
    private readonly verifier: AuditVerifier,
  ) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOperation({ summary: 'Audit events: admins all; supervisors those about their organization' })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQuery): Promise<Page<AuditEventView>> {
    return this.events.list(actor, query);
  }

  @Get('verify')
  @RequirePermission('audit.verify')
  @ApiOperation({ summary: 'Recompute the hash chain; reports the first broken row' })
  verify(@CurrentActor() actor: Actor): Promise<ChainVerdict> {
    return this.verifier.verifyAs(actor);
  }
}
