import { api } from './client';
import type { Notification } from './models';

/**
 * GET /api/v1/notifications/stream as text/event-stream. EventSource cannot send the bearer
 * token, so the stream is read through the typed client (`parseAs: 'stream'`) and parsed here.
 * Reconnects with a growing pause until `stop()`; `onNotice` gets each new notification.
 */
export function followNotifications(onNotice: (n: Notification) => void, onState?: (live: boolean) => void) {
  const controller = new AbortController();
  let pause = 1000;

  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const { data, response } = await api.GET('/api/v1/notifications/stream', {
          parseAs: 'stream',
          signal: controller.signal,
          headers: { Accept: 'text/event-stream' },
        });
        if (response.status === 404 || response.status === 401 || response.status === 403) {
          onState?.(false);
          return; // Not available on this server, or signed out: polling of the list covers it.
        }
        if (!response.ok || !data) throw new Error(`stream answered ${response.status}`);
        onState?.(true);
        pause = 1000;
        await readEvents(data as ReadableStream<Uint8Array>, (event, payload) => {
          if (event === 'notification') onNotice(JSON.parse(payload) as Notification);
        });
      } catch {
        if (controller.signal.aborted) return;
      }
      onState?.(false);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 30_000);
    }
  };
  void run();
  return { stop: () => controller.abort() };
}

/** The text/event-stream format: blocks separated by a blank line, `event:` and `data:` lines. */
export async function readEvents(
  stream: ReadableStream<Uint8Array>,
  onEvent: (event: string, data: string) => void,
): Promise<void> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(event, data.join('\n'));
    }
  }
}
