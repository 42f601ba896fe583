import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '#access';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '#config';
import { Unauthenticated } from '#domain/errors';
import { Metrics } from './metrics.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time, so that the answer's timing tells nothing about the token. */
export function isMetricsToken(expected: string | undefined, given: string | undefined): boolean {
  if (!expected || !given) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/**
 * GET /metrics on the api's port: for holders of METRICS_TOKEN only (API.md). No user signs
 * in here, so the route is public to the access guard and checks the token itself; the
 * metrics port (METRICS_PORT) serves the same text without a token.
 */
@ApiTags('health')
@Controller()
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  @Get('metrics')
  @Public()
  @ApiOperation({
    summary: 'Prometheus metrics: queue depth and failures, pending and failed deliveries, due deadlines',
  })
  @ApiHeader({ name: 'authorization', description: 'Bearer <METRICS_TOKEN> (or send it as x-metrics-token)' })
  @ApiOkResponse({ description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiUnauthorizedResponse({ description: 'No metrics token, or the wrong one' })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Headers('x-metrics-token') headerToken: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const bearer = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    if (!isMetricsToken(this.config.metricsToken, bearer ?? headerToken)) {
      throw new Unauthenticated('A valid metrics token is required');
    }
    const text = await this.metrics.render();
    // Set here, not by a decorator, so that a refusal keeps the JSON error shape.
    res.set({ 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' });
    return text;
  }
}
