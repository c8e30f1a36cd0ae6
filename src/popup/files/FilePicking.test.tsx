import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileInfo, PageFiles } from '../../shared/messages';
import { MessageError } from '../../platform/messaging';
import { App } from '../App';
import { popupDeps, sent, storedDraft, type Call, type Handlers, type PopupOptions } from '../popup.test-helpers';

afterEach(cleanup);

const FOLDER_URL = 'https://app.box.com/folder/77?sort=name';
const SHARE = 'https://app.box.com/s/abc123token';

const id = (n: number) => String(2000000000 + n);
const info = (n: number, over: Partial<FileInfo> = {}): FileInfo => ({
  id: id(n),
  name: `Contract ${n}.pdf`,
  extension: 'pdf',
  size: 10,
  canDownload: true,
  ...over,
});
type Entry = PageFiles['files'][number];
const entry = (n: number, source: Entry['source']): Entry => ({ id: id(n), name: `Row ${n}.pdf`, source });
const folderPage = (files: Entry[], over: Partial<PageFiles> = {}): PageFiles => ({
  files,
  pageUrl: FOLDER_URL,
  sharedLink: null,
  unresolved: null,
  notSignable: [],
  folder: { id: '77', name: 'Contracts' },
  omitted: 0,
  ...over,
});

/** getFile answers with "Contract <n>.pdf" for the ids above; `over` changes single files. */
function lookupBy(over: Record<string, Partial<FileInfo>> = {}): Handlers['getFile'] {
  return ({ fileId }) => ({ ...info(Number(fileId) - 2000000000), ...over[fileId] });
}

function open(options: PopupOptions) {
  const fake = popupDeps({ ...options, handlers: { getFile: lookupBy(), ...options.handlers } });
  const view = render(<App {...fake.deps} pollIntervalMs={5} />);
  return { ...fake, view };
}

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const fileBoxes = () =>
  within(screen.getByRole('group', { name: 'Files to send' })).getAllByRole('checkbox') as HTMLInputElement[];
const ticked = () => fileBoxes().filter((input) => input.checked).map((input) => input.closest('label')!.textContent);
const lookups = (calls: Call[]) => calls.filter((call) => call.type === 'getFile').map((call) => call.data);
const sendButton = () => screen.getByRole('button', { name: 'Send for signature' }) as HTMLButtonElement;
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const fillSms = () => {
  type('Signer email', 'signer@example.com');
  type('Phone number', '(415) 555-2671');
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('popup files: what is offered and ticked', () => {
  it('ticks the selected files of a folder page, looks both up and sends both, in order', async () => {
    const page = folderPage([entry(1, 'selected'), entry(2, 'selected'), entry(3, 'listed')]);
    const { calls } = open({ page });
    await screen.findByRole('checkbox', { name: 'Contract 2.pdf' }); // Box's names replace the page's
    expect(ticked()).toEqual(['Contract 1.pdf', 'Contract 2.pdf']);
    expect(box('Row 3.pdf').checked).toBe(false);
    expect(lookups(calls)).toEqual([{ fileId: id(1) }, { fileId: id(2) }]); // only ticked files

    fillSms();
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    expect(sent(calls)).toEqual([expect.objectContaining({ fileIds: [id(1), id(2)], signers: [expect.objectContaining({ email: 'signer@example.com' })] })]);
  });

  it('shows selected files first, then the preview, then listed ones', async () => {
    const page = folderPage([entry(3, 'listed'), entry(2, 'preview'), entry(1, 'selected')]);
    open({ page });
    await screen.findByRole('checkbox', { name: 'Contract 1.pdf' });
    expect(fileBoxes().map((input) => input.closest('label')!.textContent)).toEqual(['Contract 1.pdf', 'Row 2.pdf', 'Row 3.pdf']);
    expect(ticked()).toEqual(['Contract 1.pdf']); // a selection wins over the preview
  });

  it('ticks nothing on a folder page without a selection, and refuses to send until a file is ticked', async () => {
    const page = folderPage([entry(1, 'listed'), entry(2, 'listed')]);
    const { calls } = open({ page });
    expect(await screen.findByText('Select files in Box, or tick them here.')).toBeTruthy();
    expect(ticked()).toEqual([]);
    fillSms();
    fireEvent.click(sendButton());
    const error = await screen.findByText('Choose at least one file, or a Box Sign template.');
    expect(screen.getByRole('group', { name: 'Files to send' }).contains(error)).toBe(true); // beside the list
    await waitFor(() => expect(document.activeElement).toBe(box('Row 1.pdf')));
    await settle();
    expect(sent(calls)).toEqual([]);
    expect(lookups(calls)).toEqual([]);

    fireEvent.click(box('Row 2.pdf'));
    await screen.findByRole('checkbox', { name: 'Contract 2.pdf' });
    expect(screen.queryByText('Choose at least one file, or a Box Sign template.')).toBeNull(); // fixed, so gone
    expect(lookups(calls)).toEqual([{ fileId: id(2) }]);
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    expect(sent(calls)).toMatchObject([{ fileIds: [id(2)] }]);
  });

  it('ticks at most 10 files and explains why the others are disabled', async () => {
    const page = folderPage(Array.from({ length: 12 }, (_, i) => entry(i + 1, 'selected')));
    const { calls } = open({ page });
    await screen.findByRole('checkbox', { name: 'Contract 10.pdf' });
    expect(ticked()).toHaveLength(10);
    expect(lookups(calls)).toHaveLength(10);
    const eleventh = box('Row 11.pdf');
    expect(eleventh.checked).toBe(false);
    expect(eleventh.disabled).toBe(true);
    const note = document.getElementById(eleventh.getAttribute('aria-describedby')!);
    expect(note?.textContent).toMatch(/Box Sign takes up to 10 files/);

    fireEvent.click(box('Contract 3.pdf')); // untick one: another may be ticked
    expect(box('Row 11.pdf').disabled).toBe(false);
    fireEvent.click(box('Row 12.pdf'));
    await screen.findByRole('checkbox', { name: 'Contract 12.pdf' });
    expect(box('Row 11.pdf').disabled).toBe(true);
    fillSms();
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    const ids = [1, 2, 4, 5, 6, 7, 8, 9, 10, 12].map(id);
    expect(sent(calls)).toMatchObject([{ fileIds: ids }]);
  });

  it('says how many listed files the page left out', async () => {
    open({ page: folderPage([entry(1, 'listed')], { omitted: 37 }) });
    expect(await screen.findByText(/and 37 more files in this folder/)).toBeTruthy();
  });

  it('shows a single previewed file as today, without a checkbox', async () => {
    const { calls } = open({ page: folderPage([entry(1, 'preview')], { pageUrl: 'https://app.box.com/file/2000000001' }) });
    expect(await screen.findByText('Contract 1.pdf')).toBeTruthy();
    expect(screen.getByText('File')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Files to send' })).toBeNull();
    fillSms();
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    expect(sent(calls)).toMatchObject([{ fileIds: [id(1)] }]);
  });
});

describe('popup files: Box lookups', () => {
  it("passes the page's shared link to getFile", async () => {
    const { calls } = open({ page: folderPage([entry(1, 'selected'), entry(2, 'selected')], { sharedLink: SHARE }) });
    await screen.findByRole('checkbox', { name: 'Contract 2.pdf' });
    expect(lookups(calls)).toEqual([
      { fileId: id(1), sharedLink: SHARE },
      { fileId: id(2), sharedLink: SHARE },
    ]);
  });

  it('looks each file up once, even when it is unticked and ticked again', async () => {
    const { calls } = open({ page: folderPage([entry(1, 'selected'), entry(2, 'listed')]) });
    await screen.findByRole('checkbox', { name: 'Contract 1.pdf' });
    fireEvent.click(box('Contract 1.pdf'));
    fireEvent.click(box('Contract 1.pdf'));
    await settle();
    expect(lookups(calls)).toEqual([{ fileId: id(1) }]);
  });

  it('blocks sending while a ticked file may not be downloaded, until it is unticked', async () => {
    const handlers: Handlers = { getFile: lookupBy({ [id(2)]: { canDownload: false } }) };
    const { calls } = open({ page: folderPage([entry(1, 'selected'), entry(2, 'selected')]), handlers });
    const locked = await screen.findByRole('checkbox', { name: 'Contract 2.pdf' });
    const warning = document.getElementById(locked.getAttribute('aria-describedby')!);
    expect(warning?.textContent).toMatch('You need download permission on this file to send it for signature.');
    expect(sendButton().disabled).toBe(true);
    fillSms();
    fireEvent.submit(sendButton().closest('form')!);
    await settle();
    expect(sent(calls)).toEqual([]);

    fireEvent.click(locked);
    expect(sendButton().disabled).toBe(false);
    expect(screen.queryByText(/You need download permission/)).toBeNull();
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    expect(sent(calls)).toMatchObject([{ fileIds: [id(1)] }]);
  });

  it('shows a failed lookup on its row, with a way to try again', async () => {
    let fail = true;
    const getFile: Handlers['getFile'] = (data) => {
      if (fail && data.fileId === id(2)) throw new MessageError({ message: 'Box could not find this file.' });
      return lookupBy()!(data);
    };
    open({ page: folderPage([entry(1, 'selected'), entry(2, 'selected')]), handlers: { getFile } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Box could not find this file.');
    expect(alert.closest('li')?.textContent).toContain('Row 2.pdf');
    expect(sendButton().disabled).toBe(true);
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('checkbox', { name: 'Contract 2.pdf' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sendButton().disabled).toBe(false);
  });
});

describe('popup files: shared links and items Box Sign cannot take', () => {
  it("resolves a bare shared link, offers its file ticked and sends it without another lookup", async () => {
    const page = folderPage([], { pageUrl: SHARE, sharedLink: SHARE, unresolved: { sharedLink: SHARE }, folder: null });
    const { calls } = open({ page, handlers: { resolveSharedLink: () => info(5, { name: 'Shared offer.pdf' }) } });
    expect(await screen.findByText('Shared offer.pdf')).toBeTruthy();
    expect(calls.filter((call) => call.type === 'resolveSharedLink').map((call) => call.data)).toEqual([{ sharedLink: SHARE }]);
    fillSms();
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    expect(sent(calls)).toMatchObject([{ fileIds: [id(5)] }]);
    expect(lookups(calls)).toEqual([]);
  });

  it('says why a shared link cannot be offered', async () => {
    const page = folderPage([], { pageUrl: SHARE, unresolved: { sharedLink: SHARE }, folder: null });
    const message = 'This shared link is a folder: open it and select files';
    open({ page, handlers: { resolveSharedLink: () => Promise.reject(new MessageError({ message })) } });
    expect(await screen.findByRole('heading', { name: 'Open a Box file first' })).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('lists why selected items are not offered', async () => {
    const notSignable: PageFiles['notSignable'] = [
      { type: 'note', id: '31', name: 'Plan.boxnote', reason: 'Box Notes cannot be sent for signature.' },
      { type: 'folder', id: '32', name: 'Archive', reason: 'Folders cannot be signed: open the folder and select files in it.' },
    ];
    open({ page: folderPage([entry(1, 'selected')], { notSignable }) });
    expect(await screen.findByText('Plan.boxnote: Box Notes cannot be sent for signature.')).toBeTruthy();
    expect(screen.getByText(/Archive: Folders cannot be signed/)).toBeTruthy();
  });

  it('explains the empty state when the page points only at items Box Sign cannot take', async () => {
    const notSignable: PageFiles['notSignable'] = [{ type: 'note', id: '31', name: null, reason: 'Box Notes cannot be sent for signature.' }];
    open({ page: folderPage([], { pageUrl: 'https://app.box.com/notes/31', notSignable, folder: null }) });
    expect(await screen.findByRole('heading', { name: 'Open a Box file first' })).toBeTruthy();
    expect(screen.getByText('Box Notes cannot be sent for signature.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send for signature' })).toBeNull();
  });
});

describe('popup files: drafts', () => {
  const page = folderPage([entry(1, 'selected'), entry(2, 'selected'), entry(3, 'listed')]);

  async function untickFirstAndAddThird() {
    const opened = open({ page });
    await screen.findByRole('checkbox', { name: 'Contract 1.pdf' });
    fireEvent.click(box('Contract 1.pdf'));
    fireEvent.click(box('Row 3.pdf'));
    type('Signer email', 'kept@example.com');
    await settle();
    cleanup();
    return opened;
  }

  it('restores the ticks when the popup reopens on the same page and selection', async () => {
    const { draftArea } = await untickFirstAndAddThird();
    const reopened = popupDeps({ page: { ...page, pageUrl: 'https://app.box.com/folder/77?page=2#top' }, handlers: { getFile: lookupBy() } });
    render(<App {...reopened.deps} draftArea={draftArea} />);
    await screen.findByRole('checkbox', { name: 'Contract 3.pdf' });
    expect(ticked()).toEqual(['Contract 2.pdf', 'Contract 3.pdf']);
    expect((screen.getByLabelText('Signer email') as HTMLInputElement).value).toBe('kept@example.com');
  });

  it('follows a new selection in Box, keeping what was typed', async () => {
    const { draftArea } = await untickFirstAndAddThird();
    const reselected = folderPage([entry(3, 'selected'), entry(1, 'listed'), entry(2, 'listed')]);
    render(<App {...popupDeps({ page: reselected, handlers: { getFile: lookupBy() } }).deps} draftArea={draftArea} />);
    await screen.findByRole('checkbox', { name: 'Contract 3.pdf' });
    expect(ticked()).toEqual(['Contract 3.pdf']);
    expect((screen.getByLabelText('Signer email') as HTMLInputElement).value).toBe('kept@example.com');
  });

  it('stores the ticked files and never the password', async () => {
    const secret = 'Multi-file-secret-9';
    const { draftArea, settingsArea } = open({ page });
    await screen.findByRole('checkbox', { name: 'Contract 1.pdf' });
    fireEvent.click(screen.getByRole('radio', { name: 'Password' }));
    fireEvent.input(screen.getByLabelText('Password', { selector: 'input[name="signer-password"]' }), { target: { value: secret } });
    fireEvent.click(box('Row 3.pdf'));
    type('Signer email', 'hr@example.com');
    await settle();
    const stored = JSON.stringify([draftArea.dump(), settingsArea.dump()]);
    expect(draftArea.dump()).toEqual({
      draft: {
        'page:https://app.box.com/folder/77': {
          ...storedDraft([{ email: 'hr@example.com', method: 'password' }]),
          fileIds: [id(1), id(2), id(3)],
          pageFileIds: [id(1), id(2)],
        },
      },
    });
    expect(stored).not.toContain(secret);
  });
});
