import { Redis } from 'ioredis';
import { notificationChannel } from '#domain/notifications';

/**
 * Counts what the workers announce on the live-stream channel, by notification id. Each
 * delivery publishes its notice once, under the same lease as its email, so a notice heard
 * twice is a notice delivered twice. (Pub/sub is not data: a FLUSHALL does not end it.)
 */
export async function countLiveStream(redisUrl: string, queuePrefix: string) {
  const subscriber = new Redis(redisUrl);
  const heard = new Map<string, number>();
  subscriber.on('message', (_channel, message: string) => {
    const { id } = JSON.parse(message) as { id: string };
    heard.set(id, (heard.get(id) ?? 0) + 1);
  });
  await subscriber.subscribe(notificationChannel(queuePrefix));
  return { heard, close: () => subscriber.quit().then(() => undefined) };
}
