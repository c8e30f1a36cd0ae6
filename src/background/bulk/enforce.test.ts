// The bulk queue's policy check reads each batch's files from Box at most once a minute.
import { describe, expect, it } from 'vitest';
import { sendRequest } from '../box/box.test-helpers';
import { fakeBox, fakeClock } from './bulk.test-helpers';
import { policyEnforcer } from './enforce';

function counted() {
  const box = fakeBox();
  const reads: string[] = [];
  let failNext = false;
  const getFile = box.client.getFile.bind(box.client);
  box.client.getFile = async (id) => {
    reads.push(id);
    if (failNext) {
      failNext = false;
      throw new Error('offline');
    }
    return getFile(id);
  };
  return { client: box.client, reads, failOnce: () => void (failNext = true) };
}

describe('the bulk policy check', () => {
  it('reads no file when the organisation sets no rule', async () => {
    const box = counted();
    const request = sendRequest();
    expect(await policyEnforcer(box.client, async () => ({}), fakeClock().now)(request)).toBe(request);
    expect(box.reads).toEqual([]);
  });

  it('reads the same files once a minute, and other files apart', async () => {
    const box = counted();
    const clock = fakeClock();
    const enforce = policyEnforcer(box.client, async () => ({ allowedMethods: ['password', 'sms', 'login', 'none'] }), clock.now);
    await enforce(sendRequest({ fileIds: ['111'] }));
    clock.advance(59_999);
    await enforce(sendRequest({ fileIds: ['111'] }));
    await enforce(sendRequest({ fileIds: ['222'] }));
    expect(box.reads).toEqual(['111', '222']);
    clock.advance(1);
    await enforce(sendRequest({ fileIds: ['111'] }));
    expect(box.reads).toEqual(['111', '222', '111']);
  });

  it('forgets a read that failed, so the next row asks Box again', async () => {
    const box = counted();
    const enforce = policyEnforcer(box.client, async () => ({ requirePassword: false }), fakeClock().now);
    box.failOnce();
    await expect(enforce(sendRequest())).rejects.toThrow('offline');
    await enforce(sendRequest());
    expect(box.reads).toEqual(['111', '111']);
  });
});
