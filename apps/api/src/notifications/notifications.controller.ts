import { Controller, Get, HttpCode, type MessageEvent, Param, Post, Query, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { RequirePermission, type Actor } from '#access';
import type { Page } from '#domain/common';
import { NotificationsService, type NotificationView } from '#domain/notifications';
import { concatMap, filter, interval, map, merge, type Observable } from 'rxjs';
import { CurrentActor } from '../auth/request-origin.js';
import { NotificationStream } from './notification-stream.js';
import { PageQuery } from '../http/page-query.dto.js';
import { IdParam } from '../identity/identity.dto.js';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1/notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly stream: NotificationStream,
  ) {}

  @Sse('stream')
  @RequirePermission('notification.read')
  @ApiOperation({ summary: 'A text/event-stream of your new notifications (and a keep-alive every 25 s)' })
  live(@CurrentActor() actor: Actor): Observable<MessageEvent> {
    const mine = this.stream.notices.pipe(
      filter((n) => n.userId === actor.userId),
      concatMap((n) => this.notifications.findOwn(actor, n.id)),
      filter((view): view is NotificationView => view !== null),
      map((view) => ({ id: view.id, type: 'notification', data: view })),
    );
    const keepAlive = interval(25_000).pipe(map(() => ({ type: 'ping', data: '' })));
    return merge(mine, keepAlive);
  }

  @Get()
  @RequirePermission('notification.read')
  @ApiOperation({ summary: 'Your own notifications, newest first' })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQuery): Promise<Page<NotificationView>> {
    return this.notifications.list(actor, query);
  }

  @Post(':id/read')
  @RequirePermission('notification.read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notifications read' })
  read(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<NotificationView> {
    return this.notifications.markRead(actor, id);
  }
}
