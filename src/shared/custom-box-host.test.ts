import { describe, expect, it } from 'vitest';
import { customBoxHost, customHostsIn, hostPattern, isCustomBoxHost } from './custom-box-host';

describe('custom company Box hosts', () => {
  it('reads the host from what the user typed', () => {
    expect(customBoxHost('acme')).toBe('acme.box.com');
    expect(customBoxHost(' Acme.Box.com ')).toBe('acme.box.com');
    expect(customBoxHost('https://acme.box.com/folder/0')).toBe('acme.box.com');
    expect(hostPattern('acme.box.com')).toBe('https://acme.box.com/*');
  });

  it("refuses Box's own hosts, the hosts the manifest already covers, other sites and plain http", () => {
    for (const input of ['api.box.com', 'upload', 'www.box.com', 'app.box.com', 'acme.app.box.com', 'acme.ent.box.com', 'box.com', 'acme.box.com.evil.example', 'evil.example', 'http://acme.box.com', 'a.b.box.com', '']) {
      expect(customBoxHost(input), input).toBeNull();
    }
    expect(isCustomBoxHost('acme.box.com')).toBe(true);
  });

  it('finds the company hosts among granted origins only', () => {
    const granted = ['https://api.box.com/*', 'https://acme.box.com/*', 'https://*.box.com/*', 'https://beta.box.com/folder/*', 'https://beta.box.com/*', 'https://dl.box.com/*'];
    expect(customHostsIn(granted)).toEqual(['acme.box.com', 'beta.box.com']);
  });
});
