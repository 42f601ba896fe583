import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import type { Page } from '#domain/common';
import { WorkersService, type WorkerView } from '#domain/workers';
import { CurrentActor } from '../auth/request-origin.js';
import { IdParam } from '../identity/identity.dto.js';
import { CreateWorkerDto, UpdateWorkerDto, WorkerQuery } from './worker.dto.js';

@ApiTags('workers')
@ApiBearerAuth()
@Controller('v1/workers')
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Post()
  @RequirePermission('worker.create')
  @ApiOperation({ summary: 'Register a worker' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateWorkerDto): Promise<WorkerView> {
    return this.workers.create(actor, body);
  }

  @Get()
  @RequirePermission('worker.search')
  @ApiOperation({ summary: "Search the organization's workers by name (any script), katakana, phone or email" })
  search(@CurrentActor() actor: Actor, @Query() query: WorkerQuery): Promise<Page<WorkerView>> {
    return this.workers.search(actor, query);
  }

  @Get(':id')
  @RequirePermission('worker.read')
  @ApiOperation({ summary: 'A worker the caller may see' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<WorkerView> {
    return this.workers.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('worker.update')
  @ApiOperation({ summary: 'Change a worker; send the version you read (409 when stale)' })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: UpdateWorkerDto): Promise<WorkerView> {
    const { version, ...patch } = body;
    return this.workers.update(actor, id, version, patch);
  }
}
