export interface GroupRunnerOptions {
  /** Most items one run takes (bounds one statement's size). */
  maxGroup: number;
  /** Runs allowed at once; items that arrive while they are all busy wait and go together. */
  maxInFlight: number;
  /**
   * Whether a failed group may be run again item by item (default: always). A run whose effect
   * is unknown after a failure — a connection lost around a commit — must not be repeated.
   */
  retryItemsAfter?: (error: unknown) => boolean;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for independent calls: items that arrive while earlier runs are in flight are
 * gathered and handed to the next run together. An idle process runs each item at once (no
 * timer, no added wait); a busy one pays one round trip and one commit for many callers. Every
 * caller's promise settles only when its own run has. A run that fails is retried item by item
 * (when `retryItemsAfter` allows), so that one caller's bad item fails that caller alone.
 *
 * `run` gets the items of a group and returns one result per item, in their order.
 */
export class GroupRunner<T, R> {
  private readonly waiting: Waiting<T, R>[] = [];
  private inFlight = 0;

  constructor(
    private readonly run: (items: T[]) => Promise<R[]>,
    private readonly options: GroupRunnerOptions,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length) {
      const group = this.waiting.splice(0, this.options.maxGroup);
      this.inFlight++;
      void this.settle(group).finally(() => {
        this.inFlight--;
        this.next();
      });
    }
  }

  private async settle(group: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.run(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(results[i]));
    } catch (error) {
      if (group.length === 1 || !(this.options.retryItemsAfter?.(error) ?? true)) {
        for (const w of group) w.reject(error);
        return;
      }
      for (const w of group) {
        try {
          w.resolve((await this.run([w.item]))[0]);
        } catch (own) {
          w.reject(own);
        }
      }
    }
  }
}
