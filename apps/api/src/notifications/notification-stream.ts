import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Subject } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '#config';
import { notificationChannel } from '#domain/notifications';
import { parseRedisUrl } from '#queue';

export interface NewNotice {
  userId: string;
  id: string;
}

/**
 * New notices as the worker announces them on Redis pub/sub, so that a notice written by any
 * worker reaches a stream held open by any api instance. Each stream filters its own user.
 */
@Injectable()
export class NotificationStream implements OnModuleInit, OnModuleDestroy {
  readonly notices = new Subject<NewNotice>();
  private readonly logger = new Logger(NotificationStream.name);
  private subscriber: Redis | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit(): void {
    this.subscriber = new Redis({
      ...parseRedisUrl(this.config.redisUrl),
      lazyConnect: false,
      maxRetriesPerRequest: null,
    });
    this.subscriber.on('error', () => undefined);
    this.subscriber
      .subscribe(notificationChannel(this.config.queuePrefix))
      .catch((e: Error) => this.logger.warn(e.message));
    this.subscriber.on('message', (_channel, message) => {
      try {
        const notice = JSON.parse(message) as NewNotice;
        if (typeof notice.userId === 'string' && typeof notice.id === 'string') this.notices.next(notice);
      } catch {
        // A malformed message is somebody else's; ignore it.
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.notices.complete();
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }
}
