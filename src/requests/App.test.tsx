import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeCache, type ListedRequest, type RequestsCache } from '../shared/requests-cache';
import { memoryArea } from '../shared/storage-area';
import { DAY } from '../ui/requests/model';
import { listed, NOW } from '../ui/requests/requests.test-helpers';
import { RequestsApp } from './App';
import type { RequestsDeps } from './deps';

afterEach(cleanup);

function setup(requests: ListedRequest[], over: Partial<RequestsDeps> = {}) {
  const cache: RequestsCache = { refreshedAt: NOW - 60_000, requests, error: null, backoffUntil: 0, limited: 0 };
  const local = memoryArea(encodeCache(cache));
  const session = memoryArea();
  const calls: { type: string; data: unknown }[] = [];
  const background = vi.fn(async (type: string, data: unknown) => {
    calls.push({ type, data });
    if (type === 'listSent') return { requests: [], sending: 0, notifications: { enabled: false, permitted: false, locked: false } };
    if (type === 'refreshRequests') return { refreshedAt: NOW, error: null };
    return {};
  }) as unknown as RequestsDeps['background'];
  const opened: string[] = [];
  const deps: RequestsDeps = { background, local, session, onListChanged: () => () => undefined, openTab: (url) => void opened.push(url), now: () => NOW, ...over };
  render(<RequestsApp deps={deps} />);
  return { calls, session, opened };
}

const signer = (email: string, state: ListedRequest['signers'][number]['state'], reason: string | null = null, order = 0) =>
  ({ email, role: 'signer', order, state, reason, decidedAt: state === 'signed' || state === 'declined' ? NOW - DAY : null, method: 'sms' as const, inPerson: false });

const sample = () => [
  listed({ id: 'd', name: 'Offer letter', status: 'declined', createdAt: NOW - 3 * DAY, signers: [signer('cand@example.org', 'declined', 'Wrong salary figure')] }),
  listed({ id: 'v', name: 'NDA Acme', createdAt: NOW - DAY, expiresAt: NOW + 20 * DAY, lastSentAt: NOW - 3 * 60_000,
    signers: [signer('a@example.org', 'viewed', null, 1), signer('b@example.org', 'waiting', null, 2)] }),
  listed({ id: 's', name: 'Lease', status: 'signed', createdAt: NOW - 5 * DAY, finishedAt: NOW - 4 * DAY, signingLog: { id: '77', name: 'Lease Signing Log.pdf' },
    signers: [signer('t@example.org', 'signed')] }),
  listed({ id: 'c', name: 'Old deal', status: 'cancelled', createdAt: NOW - 9 * DAY }),
];

describe('All requests page', () => {
  it('lists the cached requests at once, newest first, and asks the worker to refresh', async () => {
    const { calls } = setup(sample());
    await screen.findByText('NDA Acme');
    const names = [...document.querySelectorAll('.request-name')].map((n) => n.textContent);
    expect(names).toEqual(['NDA Acme', 'Offer letter', 'Lease', 'Old deal']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('All requests');
    expect(screen.getByText(/Last refreshed/)).toBeTruthy();
    expect(calls.map((c) => c.type)).toContain('refreshRequests');
    expect(screen.getByRole('img', { name: '0 of 2 signed, 1 viewed, 1 waiting' })).toBeTruthy();
  });

  it('filters (with counts) and searches names, signers and files', async () => {
    setup(sample());
    await screen.findByText('NDA Acme');
    const attention = screen.getByRole('button', { name: /Needs attention/ });
    expect(attention.textContent).toContain('1');
    fireEvent.click(attention);
    expect(attention.getAttribute('aria-pressed')).toBe('true');
    expect([...document.querySelectorAll('.request-name')].map((n) => n.textContent)).toEqual(['Offer letter']);
    fireEvent.click(screen.getByRole('button', { name: /^All/ }));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 't@example' } });
    expect([...document.querySelectorAll('.request-name')].map((n) => n.textContent)).toEqual(['Lease']);
    expect(screen.getByRole('status').textContent).toBe('1 of 4 requests');
  });

  it('shows each signer\'s state with a decline reason, and the signing log once signed', async () => {
    setup(sample());
    const row = (await screen.findByText('Offer letter')).closest('li')!;
    fireEvent.click(within(row).getByText('Offer letter'));
    await waitFor(() => expect(within(row).getByText('Reason: Wrong salary figure')).toBeTruthy());
    const lease = screen.getByText('Lease').closest('li')!;
    fireEvent.click(within(lease).getByText('Lease'));
    const log = await within(lease).findByRole('link', { name: 'Signing log' });
    expect(log.getAttribute('href')).toBe('https://app.box.com/file/77');
    expect(within(lease).getByRole('link', { name: 'Signed: NDA.pdf' }).getAttribute('href')).toBe('https://app.box.com/file/2');
  });

  it('links a preparation page on a company Box domain only once the user granted that domain', async () => {
    const request = () => [listed({ id: 'p', name: 'Needs prep', status: 'created', prepareUrl: 'https://acme.box.com/sign/prepare/p', parentFolderId: '5' })];
    const openIn = async () => {
      const row = (await screen.findByText('Needs prep')).closest('li')!;
      fireEvent.click(within(row).getByText('Needs prep'));
      return within(row).findByRole('link', { name: 'Open in Box' });
    };
    setup(request());
    // Not granted: the folder in Box, never the company address.
    expect((await openIn()).getAttribute('href')).toBe('https://app.box.com/folder/5');
    cleanup();
    setup(request(), { companyHosts: async () => ['acme.box.com'] });
    await waitFor(async () => expect((await openIn()).getAttribute('href')).toBe('https://acme.box.com/sign/prepare/p'));
  });

  it('holds a resend until 10 minutes after Box last emailed, and copies signers into a draft', async () => {
    const { session, opened } = setup(sample());
    const row = (await screen.findByText('NDA Acme')).closest('li')!;
    fireEvent.click(within(row).getByText('NDA Acme'));
    const resend = await within(row).findByRole('button', { name: 'Resend' });
    expect((resend as HTMLButtonElement).disabled).toBe(true);
    expect(within(row).getByText(/resend in 7 min/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Copy signers to a new request' }));
    await waitFor(() => expect(opened).toEqual(['https://app.box.com/file/1']));
    const draft = (session.dump()['draft'] as Record<string, { signers: { email: string; order: string; method: string }[] }>)['page:https://app.box.com/file/1']!;
    expect(draft.signers.map((s) => [s.email, s.order, s.method])).toEqual([['a@example.org', '1', 'sms'], ['b@example.org', '2', 'sms']]);
  });

  it("renders the first rows of 2,000 and shows more on request", async () => {
    const many = Array.from({ length: 2_000 }, (_, i) => listed({ id: `r${i}`, name: `Request ${i}`, createdAt: NOW - i * 1000 }));
    setup(many);
    await screen.findByText('Request 0');
    expect(document.querySelectorAll('.request').length).toBe(100);
    fireEvent.click(screen.getByRole('button', { name: /Show 100 more/ }));
    expect(document.querySelectorAll('.request').length).toBe(200);
  }, 30_000); // 2,000 requests in happy-dom: slow on a loaded machine

  it('shows the requests of one Bulk send batch as one entry, with its requests inside', async () => {
    setup([
      listed({ id: 'b1', name: 'Policy for ann', createdAt: NOW - DAY, batch: 'batch-1' }),
      listed({ id: 'x', name: 'Lease', createdAt: NOW - 2 * DAY }),
      listed({ id: 'b2', name: 'Policy for bob', createdAt: NOW - 3 * DAY, batch: 'batch-1' }),
    ]);
    await screen.findByText('Lease');
    const batch = document.querySelector('.request-batch')!;
    expect(within(batch as HTMLElement).getByText('Bulk send: 2 requests')).toBeTruthy();
    expect([...batch.querySelectorAll('.request-name')].map((n) => n.textContent)).toEqual(['Policy for ann', 'Policy for bob']);
    expect([...document.querySelector('.request-list')!.children].map((li) => li.className)).toEqual(['request-batch', 'request']);
  });
});
