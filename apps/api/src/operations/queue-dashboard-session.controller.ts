import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RequirePermission } from '#access';
import { APP_CONFIG, type AppConfig } from '#config';
import { NoBodyPipe } from '../http/no-body.pipe.js';
import { QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH } from './queue-dashboard.js';

/**
 * A browser cannot put a bearer token on a page it opens, and a token in the URL would end up
 * in logs and history. So the web app, holding the admin's access token, asks for it to be set
 * as a cookie that only the dashboard's path receives: HttpOnly, SameSite=Strict, and no longer
 * lived than the token itself, which the dashboard still verifies on every request.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('v1/admin/queue-dashboard/session')
export class QueueDashboardSessionController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post()
  @HttpCode(204)
  @RequirePermission('queue.manage')
  @ApiOperation({ summary: 'Lets this browser open the queue dashboard at /api/admin/queues (admin)' })
  @ApiNoContentResponse({ description: 'The dashboard cookie is set for the remaining life of the access token' })
  open(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Body(NoBodyPipe) _body: undefined): void {
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    res.cookie(QUEUE_DASHBOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure || this.config.publicUrl.startsWith('https:'),
      path: QUEUE_DASHBOARD_PATH,
      maxAge: this.config.accessTokenTtlSeconds * 1000,
    });
  }
}
