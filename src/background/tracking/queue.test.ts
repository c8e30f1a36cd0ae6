import { describe, expect, it } from 'vitest';
import { createQueue } from './queue';

describe('createQueue', () => {
  it('runs one piece of work at a time, in order, each answered with its own result', async () => {
    const queue = createQueue();
    const log: string[] = [];
    const piece = (name: string) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      log.push(`end ${name}`);
      return name;
    };
    expect(await Promise.all([queue(piece('a')), queue(piece('b'))])).toEqual(['a', 'b']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('a failure fails only its own caller', async () => {
    const queue = createQueue();
    const failed = queue(async () => Promise.reject(new Error('no')));
    const next = queue(async () => 'still runs');
    await expect(failed).rejects.toThrow('no');
    expect(await next).toBe('still runs');
  });
});
