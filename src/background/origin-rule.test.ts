import { describe, expect, it, vi } from 'vitest';
import { installOriginRule, originRule } from './origin-rule';

describe('origin rule', () => {
  it('only strips Origin from requests outside tabs to api.box.com', () => {
    expect(originRule.condition).toEqual({ urlFilter: '|https://api.box.com/', tabIds: [-1], resourceTypes: ['xmlhttprequest', 'other'] });
    expect(originRule.action.requestHeaders).toEqual([{ header: 'origin', operation: 'remove' }]);
  });

  it('replaces itself, so running it at every start is safe', async () => {
    const updateSessionRules = vi.fn(async () => {});
    await installOriginRule({ updateSessionRules });
    await installOriginRule({ updateSessionRules });
    expect(updateSessionRules).toHaveBeenCalledTimes(2);
    expect(updateSessionRules).toHaveBeenLastCalledWith({ removeRuleIds: [1], addRules: [originRule] });
  });
});
