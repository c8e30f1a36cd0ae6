// Fakes for popup tests: a background that answers from a table and records every call.
import { beforeAll, expect } from 'vitest';
import type { backgroundProtocol, bulkProtocol, FileInfo, PageFiles, SignRequestSummary } from '../shared/messages';
import { NO_REQUEST_OPTIONS, type RequestOf, type ResponseOf } from '../shared/messages';
import { memoryArea } from '../shared/storage-area';
import type { Background, PopupDeps } from './deps';
import { options as formOptions } from '../ui/sign-form.test-helpers';
import { LastSent, SentView } from './sent/SentTabs';
import { AfterSend } from './form/SendFlow';
import { OptionsBody } from './form/OptionsSection';
import { ConnectAccount, LoadFailed, NoFile } from './App';

// The Sent list, the send result, the Options' body, Last sent and the screens shown instead of the
// form load on first use or once the popup is idle
// (ui/lazy.tsx). Every popup test file loads them up front, so that a slow dynamic import on a busy
// machine does not outlast findBy's timeout.
beforeAll(() => Promise.all([SentView, AfterSend, OptionsBody, LastSent, ConnectAccount, NoFile, LoadFailed].map((lazy) => lazy.preload())));

// Bulk send's messages too: the Bulk send page's tests use these fakes.
type P = typeof backgroundProtocol & typeof bulkProtocol;
export type Handlers = { [K in keyof P]?: (data: RequestOf<P, K>) => ResponseOf<P, K> | Promise<ResponseOf<P, K>> };
export type Call = { type: string; data: unknown };

export const FILE_ID = '1000000001';
export const FILE: FileInfo = { id: FILE_ID, name: 'NDA - Acme.pdf', extension: 'pdf', size: 1234, canDownload: true };
const PAGE_URL = 'https://app.box.com/file/1';
/** Where the popup keeps the draft for PAGE_URL. */
export const PAGE_DRAFT_KEY = 'page:https://app.box.com/file/1';

export function summary(over: Partial<SignRequestSummary> = {}): SignRequestSummary {
  return {
    id: 'sr-1',
    status: 'converting',
    prepareUrl: null,
    openUrl: 'https://app.box.com/sign/sr-1',
    signerEmails: ['signer@example.com'],
    signers: [
      { email: 'me@example.com', role: 'final_copy_reader', order: 0, isSender: true },
      { email: 'signer@example.com', role: 'signer', order: 1, isSender: false },
    ],
    ...over,
  };
}

export function fakeBackground(handlers: Handlers = {}): { background: Background; calls: Call[] } {
  const calls: Call[] = [];
  const defaults: Handlers = {
    getAuthState: () => ({ connected: true, method: 'oauth', user: { id: '1', name: 'Ada', login: 'ada@example.com' }, expiresAt: null }),
    getFile: ({ fileId }) => ({ ...FILE, id: fileId }),
    sendSignRequest: () => ({ outcome: 'sent', request: summary() }),
    getSignRequest: ({ id }) => summary({ id, status: 'sent' }),
  };
  const table = { ...defaults, ...handlers } as Record<string, ((data: unknown) => unknown) | undefined>;
  const background = (async (type: string, data: unknown) => {
    calls.push({ type, data: structuredClone(data) });
    const handler = table[type];
    if (!handler) throw new Error(`unexpected message ${type}`);
    return handler(data);
  }) as Background;
  return { background, calls };
}

export type PopupOptions = {
  handlers?: Handlers;
  /** File ids of an older content script's page (no source, no names); `page` wins when both are given. */
  files?: string[] | null;
  page?: PageFiles | null;
  settings?: unknown;
  draft?: unknown;
  /** What storage.session says the background last found (absent: the popup waits for the background). */
  knownConnected?: boolean;
  /** storage.managed: the organisation's policy (absent: none). */
  policy?: unknown;
};

export function popupDeps(options: PopupOptions = {}) {
  const { background, calls } = fakeBackground(options.handlers);
  const files = options.files === undefined ? [FILE_ID] : options.files;
  const page: PageFiles | null =
    options.page !== undefined
      ? options.page
      : files === null
        ? null
        : { files: files.map((id) => ({ id, name: null })), pageUrl: PAGE_URL };
  const draftArea = memoryArea(options.draft === undefined ? {} : { draft: options.draft });
  const settingsArea = memoryArea(options.settings === undefined ? {} : { settings: options.settings });
  let optionsOpened = 0;
  const deps: PopupDeps = {
    background,
    getActiveTabFiles: async () => structuredClone(page),
    draftArea,
    settingsArea,
    openOptionsPage: async () => void (optionsOpened += 1),
    ...(options.knownConnected === undefined ? {} : { knownConnected: async () => options.knownConnected! }),
    ...(options.policy === undefined ? {} : { readManaged: async () => structuredClone(options.policy) }),
  };
  return { deps, calls, draftArea, settingsArea, optionsOpened: () => optionsOpened };
}

export const sent = (calls: Call[]) => calls.filter((call) => call.type === 'sendSignRequest').map((call) => call.data);

/** The options of a request sent with nothing set beyond the default settings. */
export const NO_OPTIONS = NO_REQUEST_OPTIONS;

/** What the draft stores for a default form (settings defaults), with `over` applied. */
export function storedDraft(signers: Record<string, unknown>[], over: Record<string, unknown> = {}) {
  return {
    signers: signers.map((s) => ({ id: expect.any(String), email: '', role: 'signer', order: '', method: 'sms', phone: '', addPassword: false, ...s })),
    templateId: null,
    templateFiles: false,
    options: formOptions(),
    ...over,
  };
}
