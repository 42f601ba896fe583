import { describe, expect, it } from '@jest/globals';
import { GroupRunner } from './group-runner.js';

/** A run whose completion the test controls, recording the groups it was given. */
function controlledRun() {
  const groups: number[][] = [];
  const pending: (() => void)[] = [];
  const run = (items: number[]) => {
    groups.push(items);
    return new Promise<number[]>((resolve, reject) => {
      pending.push(() => (items.includes(13) ? reject(new Error('bad 13')) : resolve(items.map((i) => i * 10))));
    });
  };
  const finishNext = async () => {
    pending.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return { run, groups, finishNext };
}

describe('GroupRunner', () => {
  it('runs an item at once when nothing is in flight', async () => {
    const c = controlledRun();
    const runner = new GroupRunner(c.run, { maxGroup: 100, maxInFlight: 1 });
    const result = runner.add(1);
    expect(c.groups).toEqual([[1]]);
    await c.finishNext();
    await expect(result).resolves.toBe(10);
  });

  it('gathers the items that arrive while a run is in flight into the next run', async () => {
    const c = controlledRun();
    const runner = new GroupRunner(c.run, { maxGroup: 100, maxInFlight: 1 });
    const results = [1, 2, 3, 4].map((i) => runner.add(i));
    expect(c.groups).toEqual([[1]]);
    await c.finishNext();
    expect(c.groups).toEqual([[1], [2, 3, 4]]);
    await c.finishNext();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40]);
  });

  it('bounds a group and the runs in flight', async () => {
    const c = controlledRun();
    const runner = new GroupRunner(c.run, { maxGroup: 2, maxInFlight: 2 });
    const results = [1, 2, 3, 4, 5, 6].map((i) => runner.add(i));
    expect(c.groups).toEqual([[1], [2]]);
    await c.finishNext();
    expect(c.groups).toEqual([[1], [2], [3, 4]]);
    await c.finishNext();
    await c.finishNext();
    await c.finishNext();
    expect(c.groups).toEqual([[1], [2], [3, 4], [5, 6]]);
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('retries a failed group item by item, so only the bad item fails', async () => {
    const c = controlledRun();
    const runner = new GroupRunner(c.run, { maxGroup: 100, maxInFlight: 1 });
    const first = runner.add(1);
    const [a, bad, b] = [12, 13, 14].map((i) => runner.add(i));
    const badError = bad.catch((error: unknown) => error);
    await c.finishNext(); // [1]
    await c.finishNext(); // [12, 13, 14] fails
    await c.finishNext(); // [12]
    await c.finishNext(); // [13] fails
    await c.finishNext(); // [14]
    expect(c.groups).toEqual([[1], [12, 13, 14], [12], [13], [14]]);
    await expect(first).resolves.toBe(10);
    await expect(a).resolves.toBe(120);
    expect(await badError).toEqual(new Error('bad 13'));
    await expect(b).resolves.toBe(140);
  });

  it('fails the whole group, without running it again, when the error does not allow a retry', async () => {
    const c = controlledRun();
    const runner = new GroupRunner(c.run, { maxGroup: 100, maxInFlight: 1, retryItemsAfter: () => false });
    const first = runner.add(1);
    const group = [12, 13, 14].map((i) => runner.add(i).catch((error: unknown) => error));
    await c.finishNext(); // [1]
    await c.finishNext(); // [12, 13, 14] fails: no retry
    expect(c.groups).toEqual([[1], [12, 13, 14]]);
    await expect(first).resolves.toBe(10);
    expect(await Promise.all(group)).toEqual([new Error('bad 13'), new Error('bad 13'), new Error('bad 13')]);
  });
});
