import { describe, expect, it } from 'vitest';
import { boxWebOrigin } from './box-web-origin';

describe('boxWebOrigin', () => {
  it('is the company’s host, the Verified Enterprise host, or app.box.com', () => {
    expect(boxWebOrigin({ enterpriseSubdomain: 'acme', verifiedEnterprise: false })).toBe('https://acme.app.box.com');
    expect(boxWebOrigin({ enterpriseSubdomain: 'acme', verifiedEnterprise: true })).toBe('https://acme.ent.box.com');
    expect(boxWebOrigin({ enterpriseSubdomain: null, verifiedEnterprise: false })).toBe('https://app.box.com');
    expect(boxWebOrigin({ enterpriseSubdomain: null, verifiedEnterprise: true })).toBe('https://ent.box.com');
  });
});
