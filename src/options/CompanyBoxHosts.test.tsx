import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CompanyBoxHosts, type HostAccess } from './CompanyBoxHosts';

afterEach(cleanup);

function fakeAccess(grant: boolean) {
  const granted = new Set<string>();
  const asked: string[] = [];
  const access: HostAccess = {
    list: async () => [...granted],
    request: (host) => {
      asked.push(host);
      if (grant) granted.add(host);
      return Promise.resolve(grant);
    },
    remove: async (host) => granted.delete(host),
  };
  return { access, asked, granted };
}

const type = (value: string) => fireEvent.input(screen.getByLabelText('Your company’s Box address'), { target: { value } });
const allow = () => fireEvent.click(screen.getByRole('button', { name: 'Allow' }));

describe('options: company Box address', () => {
  it('asks the browser for that one host, lists it, and removes it', async () => {
    const { access, asked, granted } = fakeAccess(true);
    render(<CompanyBoxHosts access={access} />);
    type('https://Acme.box.com/folder/0');
    allow();
    expect(asked).toEqual(['acme.box.com']);
    const list = await screen.findByRole('list', { name: 'Allowed company Box addresses' });
    expect(list.textContent).toContain('acme.box.com');
    fireEvent.click(screen.getByRole('button', { name: 'Remove acme.box.com' }));
    await waitFor(() => expect(screen.queryByRole('list')).toBeNull());
    expect(granted.size).toBe(0);
  });

  it("asks for nothing for Box's own hosts or addresses that already work, and says why beside the field", async () => {
    const { access, asked } = fakeAccess(true);
    render(<CompanyBoxHosts access={access} />);
    for (const input of ['acme.app.box.com', 'api.box.com', 'evil.example']) {
      type(input);
      allow();
    }
    expect(asked).toEqual([]);
    expect(screen.getByLabelText('Your company’s Box address').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/already work/)).toBeTruthy();
  });

  it('says so when the browser refuses', async () => {
    const { access } = fakeAccess(false);
    render(<CompanyBoxHosts access={access} />);
    type('acme');
    allow();
    expect((await screen.findByRole('alert')).textContent).toBe('The browser did not allow acme.box.com. Nothing was changed.');
  });
});
