import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '#access';
import { QueuesHealthIndicator } from '../operations/queues.health.js';
import { RedisHealthIndicator } from './redis.health.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly queues: QueuesHealthIndicator,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is running' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Postgres and Redis both answer; the detail adds the job counts of every queue (informational)',
  })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down; the body names it',
  })
  ready() {
    return this.health.check([
      () => this.database.pingCheck('postgres').withTimeout(1500),
      () => this.redis.pingCheck('redis'),
      () => this.queues.check('queues'),
    ]);
  }
}
