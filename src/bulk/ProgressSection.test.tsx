import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { BulkView } from '../shared/messages';
import { BoxHostsProvider } from '../ui/box-hosts';
import { ProgressSection } from './ProgressSection';

afterEach(cleanup);

const row = (id: string, link: string | null) => ({ id, email: `${id}@example.com`, name: null, status: 'sent' as const, requestId: `req-${id}`, link, error: null });
const view = (rows: BulkView['rows']): BulkView => ({
  id: 'b1', name: null, createdAt: 0, state: 'done', pausedReason: null,
  counts: { done: rows.length, failed: 0, remaining: 0 }, etaMs: null, rows,
});

function show(rows: BulkView['rows'], hosts: string[] = []) {
  const noop = () => undefined;
  render(
    <BoxHostsProvider load={async () => hosts}>
      <ProgressSection view={view(rows)} busy={false} onControl={noop} onNewPasswords={noop} onDownload={noop} hasGenerated={false} withPasswords={false} onWithPasswords={noop} />
    </BoxHostsProvider>,
  );
}

describe('Bulk send results: the one rule for opened addresses', () => {
  it('links a request at Box, and shows any other address as text, never as a link', () => {
    show([row('a', 'https://app.box.com/sign/requests/1'), row('b', 'https://evil.example/box'), row('c', 'http://app.box.com/x')]);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://app.box.com/sign/requests/1']);
    expect(screen.getByText('https://evil.example/box')).toBeTruthy();
    expect(screen.getByText('http://app.box.com/x')).toBeTruthy();
  });

  it('links a company Box host once the user has granted it', async () => {
    show([row('a', 'https://acme.box.com/sign/requests/2')], ['acme.box.com']);
    await waitFor(() => expect(screen.getByRole('link').getAttribute('href')).toBe('https://acme.box.com/sign/requests/2'));
  });
});
