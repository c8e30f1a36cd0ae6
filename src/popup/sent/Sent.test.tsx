import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SendOutcome, SentList, TrackedRequest } from '../../shared/messages';
import { MessageError } from '../../platform/messaging';
import { App } from '../App';
import { fakeBackground, popupDeps, summary, type Handlers } from '../popup.test-helpers';
import { withSendAck } from './ack';
import type { NotificationPermission } from './deps';

afterEach(cleanup);

const NOW = Date.now();

function tracked(over: Partial<TrackedRequest> = {}): TrackedRequest {
  return {
    id: 'sr-1',
    createdAt: NOW - 60_000,
    files: [{ id: '1000000001', name: 'NDA - Acme.pdf' }],
    signerEmails: ['signer@example.org'],
    status: 'sent',
    terminal: false,
    lastPolledAt: null,
    lastSentAt: NOW - 60_000,
    lastResendAt: null,
    openUrl: 'https://app.box.com/folder/555',
    prepareUrl: null,
    gone: false,
    seen: true,
    ...over,
  };
}

/** A background whose tracking answers from `state`, like the real one. */
function trackingHandlers(state: SentList, extra: Handlers = {}): Handlers {
  const list = () => structuredClone(state);
  return {
    listSent: list,
    refreshSent: list,
    ackSent: ({ ids }) => {
      for (const r of state.requests) if (ids.includes(r.id)) r.seen = true;
      return list();
    },
    setNotifications: ({ enabled }) => {
      state.notifications.enabled = enabled;
      return list();
    },
    cancelSignRequest: ({ id }) => {
      const r = state.requests.find((x) => x.id === id)!;
      Object.assign(r, { status: 'cancelled', terminal: true });
      return structuredClone(r);
    },
    resendSignRequest: ({ id }) => structuredClone(state.requests.find((x) => x.id === id)!),
    ...extra,
  };
}

function open(state: SentList, extra: Handlers = {}, permission?: NotificationPermission) {
  const fake = popupDeps({ handlers: trackingHandlers(state, extra) });
  render(<App {...fake.deps} pollIntervalMs={5} {...(permission ? { notificationPermission: permission } : {})} />);
  return fake;
}

const listOf = (...requests: TrackedRequest[]): SentList => ({ requests, sending: 0, notifications: { enabled: false, permitted: false, locked: false } });

async function openSent(state: SentList, extra: Handlers = {}, permission?: NotificationPermission) {
  const fake = open(state, extra, permission);
  fireEvent.click(await screen.findByRole('tab', { name: 'Sent' }));
  await screen.findByRole('heading', { name: 'Sent from this browser' });
  return fake;
}

describe('Sent view', () => {
  it('shows the requests of one Bulk send batch as one entry, with its requests inside', async () => {
    const batch = { id: 'batch-1', name: null };
    await openSent(listOf(tracked({ id: 'sr-1', batch }), tracked({ id: 'sr-2' }), tracked({ id: 'sr-3', batch })));
    const group = (await screen.findByText('Bulk send: 2 requests')).closest('li')!;
    expect(group.querySelectorAll('.sent-item')).toHaveLength(2);
    expect([...document.querySelector('.sent-list')!.children].map((li) => li.className)).toEqual(['sent-batch', 'sent-item']);
  });

  it('labels an extra copy from a dropped connection and offers no resend for it (cancel stays)', async () => {
    await openSent(listOf(tracked(), tracked({ id: 'sr-copy', copyOf: 'sr-1' })));
    expect(await screen.findByText(/Extra copy: the connection dropped/)).toBeTruthy();
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('sent-item'));
    const copy = items.find((li) => li.textContent?.includes('Extra copy'))!;
    expect(copy.querySelector('button')?.textContent).not.toMatch(/Resend/);
    expect([...copy.querySelectorAll('button')].map((b) => b.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/Cancel/)]));
    const original = items.find((li) => li !== copy)!;
    expect([...original.querySelectorAll('button')].map((b) => b.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/Resend/)]));
  });

  it('lists requests with their status in words, unknown statuses as Box wrote them, and asks Box once on opening', async () => {
    const { calls } = await openSent(listOf(tracked(), tracked({ id: 'sr-2', status: 'awaiting_witness', files: [{ id: '2', name: null }] })));
    expect(await screen.findByText('Sent to the signer')).toBeTruthy();
    expect(screen.getByText('awaiting_witness')).toBeTruthy();
    expect(screen.getByText('File 2')).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.type === 'refreshSent')).toEqual([{ type: 'refreshSent', data: {} }]));
    // The form stays mounted behind the tab: nothing typed is lost.
    expect(document.querySelector('#panel-send')!.hasAttribute('hidden')).toBe(true);
  });

  it('says why Box could not convert a file and what to do', async () => {
    await openSent(listOf(tracked({ status: 'error_converting', terminal: true })));
    expect(await screen.findByText('Box could not convert the document')).toBeTruthy();
    expect(screen.getByText(/Nothing reached the signers\. Change the file and send again/)).toBeTruthy();
  });

  it('brings back the form a request Box could not convert was sent from, on this page', async () => {
    const state = listOf(tracked({ status: 'error_converting', terminal: true }));
    const { calls, draftArea } = open(state, { sendSignRequest: () => ({ outcome: 'sent', request: summary({ id: 'sr-1' }) }) });
    await screen.findByText('NDA - Acme.pdf');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Send for signature' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.input(screen.getByLabelText('Signer email'), { target: { value: 'kept@example.org' } });
    fireEvent.input(screen.getByLabelText('Phone number'), { target: { value: '(415) 555-2671' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send for signature' }));
    await screen.findByText('Request created');
    await waitFor(() => expect(calls.some((c) => c.type === 'sendSignRequest')).toBe(true));
    // The send moved the page's draft aside, under the request.
    expect(Object.keys((draftArea.dump() as { draft: Record<string, unknown> }).draft)).toEqual(['sent:sr-1']);
    fireEvent.click(screen.getByRole('tab', { name: 'Sent' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit and send again' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Send' }).getAttribute('aria-selected')).toBe('true'));
    expect(((await screen.findByLabelText('Signer email')) as HTMLInputElement).value).toBe('kept@example.org');
    expect((screen.getByLabelText('Phone number') as HTMLInputElement).value).toContain('555');
  });

  it('says where the form waits when the request was sent from another Box page, and when nothing was kept', async () => {
    const kept = { signers: [{ id: 's1', email: 'other@example.org', role: 'signer', order: '', method: 'sms', phone: '', addPassword: false }], page: 'page:https://app.box.com/file/2' };
    const state = listOf(tracked({ status: 'error_converting', terminal: true }), tracked({ id: 'sr-2', status: 'error_converting', terminal: true }));
    const fake = popupDeps({ handlers: trackingHandlers(state), draft: { 'sent:sr-1': kept } });
    render(<App {...fake.deps} pollIntervalMs={5} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Sent' }));
    const [first, second] = await screen.findAllByRole('button', { name: 'Edit and send again' });
    fireEvent.click(first!);
    expect(await screen.findByText(/The form was put back on the Box page it was sent from/)).toBeTruthy();
    expect(Object.keys((fake.draftArea.dump() as { draft: Record<string, unknown> }).draft)).toEqual(['page:https://app.box.com/file/2']);
    fireEvent.click(second!);
    expect(await screen.findByText(/Nothing typed was kept for this request/)).toBeTruthy();
  });

  it('refuses a cancel reason with control characters beside the field, without asking Box', async () => {
    const { calls } = await openSent(listOf(tracked()));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel…' }));
    fireEvent.input(screen.getByLabelText('Reason (optional)'), { target: { value: 'Wrong\u0007 version' } });
    expect(screen.getByText('The reason contains characters Box cannot send.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel request' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.some((c) => c.type === 'cancelSignRequest')).toBe(false);
  });

  it('cancels only after the user confirms, with the reason typed', async () => {
    const { calls } = await openSent(listOf(tracked()));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel…' }));
    expect(screen.getByText('Cancel this request? The signers will be told.')).toBeTruthy();
    expect(calls.some((c) => c.type === 'cancelSignRequest')).toBe(false);
    fireEvent.input(screen.getByLabelText('Reason (optional)'), { target: { value: 'Wrong version' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel request' }));
    expect(await screen.findByText('Cancelled')).toBeTruthy();
    expect(calls.filter((c) => c.type === 'cancelSignRequest')).toEqual([{ type: 'cancelSignRequest', data: { id: 'sr-1', reason: 'Wrong version' } }]);
    expect(screen.queryByRole('button', { name: 'Resend' })).toBeNull(); // final: nothing more to do
  });

  it("shows Box's refusal in plain words and keeps the request", async () => {
    await openSent(listOf(tracked({ status: 'converting' })), {
      cancelSignRequest: () => {
        throw new MessageError({ message: 'Box cannot cancel this request while it is still preparing the document. Try again in a minute.' });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel request' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/still preparing the document/);
  });

  it('keeps the request when the user changes their mind', async () => {
    const { calls } = await openSent(listOf(tracked()));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByText(/Cancel this request\?/)).toBeNull();
    expect(calls.some((c) => c.type === 'cancelSignRequest')).toBe(false);
  });

  it('resends after confirmation, and shows the 10-minute refusal', async () => {
    let first = true;
    const { calls } = await openSent(listOf(tracked()), {
      resendSignRequest: ({ id }) => {
        if (!first) throw new MessageError({ message: 'The signers were emailed less than 10 minutes ago. Box allows one resend every 10 minutes: try again in 10 minutes.' });
        first = false;
        return tracked({ id });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Resend' }));
    fireEvent.click(screen.getByRole('button', { name: 'Resend now' }));
    expect(await screen.findByText('Box is emailing the signers again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resend' }));
    fireEvent.click(screen.getByRole('button', { name: 'Resend now' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/one resend every 10 minutes/);
    expect(calls.filter((c) => c.type === 'resendSignRequest')).toHaveLength(2);
  });

  it('says when nothing was sent yet', async () => {
    await openSent(listOf());
    expect(await screen.findByText('Requests you send from this browser appear here.')).toBeTruthy();
  });
});

describe('notifications toggle', () => {
  const permission = (granted: boolean) => {
    const asked: string[] = [];
    const p: NotificationPermission = {
      request: async () => (asked.push('request'), granted),
      remove: async () => (asked.push('remove'), true),
    };
    return { p, asked };
  };

  it('is off by default and asks the browser only when turned on', async () => {
    const state = listOf(tracked());
    const { p, asked } = permission(true);
    const { calls } = await openSent(state, {}, p);
    const box = (await screen.findByLabelText(/Notify me when a request is signed/)) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(asked).toEqual([]);
    state.notifications.permitted = true; // what the browser reports once granted
    fireEvent.click(box);
    await waitFor(() => expect(calls).toContainEqual({ type: 'setNotifications', data: { enabled: true } }));
    expect(asked).toEqual(['request']);
    await waitFor(() => expect(box.checked).toBe(true));
  });

  it('stays off when the browser refuses', async () => {
    const { p } = permission(false);
    const { calls } = await openSent(listOf(tracked()), {}, p);
    fireEvent.click(await screen.findByLabelText(/Notify me/));
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not allow notifications/);
    expect(calls.filter((c) => c.type === 'setNotifications').map((c) => c.data)).toEqual([{ enabled: true }, { enabled: false }]);
  });

  it('when the organisation turns it on, only asks the browser, and cannot be turned off here', async () => {
    const state: SentList = { ...listOf(tracked()), notifications: { enabled: true, permitted: false, locked: true } };
    const { p, asked } = permission(true);
    const { calls } = await openSent(state, {}, p);
    expect(await screen.findByText('Set by your organisation.')).toBeTruthy();
    const box = (await screen.findByLabelText(/Notify me/)) as HTMLInputElement;
    state.notifications.permitted = true;
    fireEvent.click(box);
    await waitFor(() => expect(box.disabled).toBe(true)); // on and allowed: nothing left to change here
    expect(box.checked).toBe(true);
    expect(asked).toEqual(['request']);
    expect(calls.some((c) => c.type === 'setNotifications')).toBe(false);
  });

  it('gives the permission back when turned off', async () => {
    const state: SentList = { ...listOf(tracked()), notifications: { enabled: true, permitted: true, locked: false } };
    const { p, asked } = permission(true);
    await openSent(state, {}, p);
    const box = (await screen.findByLabelText(/Notify me/)) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(asked).toEqual(['remove']));
    expect(state.notifications.enabled).toBe(false);
  });
});

describe('Last sent', () => {
  it('shows a send that finished while the popup was closed, once', async () => {
    const state = listOf(tracked({ seen: false, status: 'converting' }));
    const { calls } = open(state);
    expect(await screen.findByRole('heading', { name: 'Last sent' })).toBeTruthy();
    expect(screen.getByText('Preparing the document')).toBeTruthy();
    await waitFor(() => expect(calls).toContainEqual({ type: 'ackSent', data: { ids: ['sr-1'] } }));
    cleanup();
    open(state);
    await screen.findByText('NDA - Acme.pdf');
    expect(screen.queryByRole('heading', { name: 'Last sent' })).toBeNull();
  });

  it('waits for a send still under way, then shows it', async () => {
    const state: SentList = { ...listOf(), sending: 1 };
    open(state);
    expect(await screen.findByText(/still on its way to Box/)).toBeTruthy();
    state.sending = 0;
    state.requests.push(tracked({ seen: false }));
    expect(await screen.findByRole('heading', { name: 'Last sent' })).toBeTruthy();
  });

  it('is not shown for sends seen before, nor for old ones', async () => {
    open(listOf(tracked({ seen: true }), tracked({ id: 'sr-old', seen: false, createdAt: NOW - 2 * 24 * 60 * 60_000 })));
    await screen.findByText('NDA - Acme.pdf');
    expect(screen.queryByRole('heading', { name: 'Last sent' })).toBeNull();
  });

  it('acknowledges a send this popup received the answer to, and only a sent one', async () => {
    let outcome: SendOutcome = { outcome: 'sent', request: summary({ id: 'sr-42' }) };
    const { background, calls } = fakeBackground({ sendSignRequest: () => outcome, ackSent: () => listOf() });
    const acking = withSendAck(background);
    const request = { fileIds: ['1000000001'] } as never;
    expect(await acking('sendSignRequest', request)).toEqual(outcome);
    await waitFor(() => expect(calls.map((c) => c.type)).toEqual(['sendSignRequest', 'ackSent']));
    expect(calls[1]!.data).toEqual({ ids: ['sr-42'] });
    outcome = { outcome: 'unknown', externalId: 'x' };
    await acking('sendSignRequest', request);
    await acking('listSent' as never, {} as never).catch(() => undefined);
    expect(calls.filter((c) => c.type === 'ackSent')).toHaveLength(1);
  });
});
