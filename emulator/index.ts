import type { AddressInfo } from 'node:net';
import { certificate } from './cert.ts';
import { FaultRegistry } from './faults.ts';
import { FIELDS_TEMPLATE, seed as seedContent } from './seed.ts';
import { startServer } from './server.ts';
import { createShare, shareInfo } from './shares.ts';
import { settle, toBox } from './sign-model.ts';
import { addTemplate } from './sign-template-add.ts';
import { actAsSigner, type SignerAction } from './sign-lifecycle.ts';
import { addWebAppRequest } from './sign-web-app.ts';
import { EmulatorState } from './state.ts';
import type { AppConfig, Emulator, RecordedRequest, StartOptions } from './types.ts';

export type {
  AppConfig, Emulator, EmulatorFile, EmulatorFolder, EmulatorSignTemplate, EmulatorTemplateSigner, EmulatorWebAppRequest,
  FaultMatch, FaultSpec,
  RecordedRequest, SharedLinkAccess, SharedLinkInfo, SharedLinkOptions, SignEnablement, SignRole, StartOptions,
} from './types.ts';
export { CONTRACTS_FOLDER_ID, FIELDS_TEMPLATE, SEEDED_SHARES, SEEDED_TEMPLATES, type SeededShare } from './seed.ts';
export { OTHER_USER } from './state.ts';

export const DEFAULT_APP = {
  clientId: 'emulator-client-id',
  clientSecret: 'emulator-client-secret',
  redirectUris: ['https://bcjnfaclfhppkahphndmgmnobabfllhe.chromiumapp.org/'],
  corsOrigins: [] as string[],
};

export const DEMO_USER = { id: '20000001', name: 'Ada Lovelace', login: 'ada@example.com' };

/** Hosts the emulator answers for (plus any <company>.app.box.com / <company>.ent.box.com). */
export const BOX_HOSTS = ['api.box.com', 'account.box.com', 'app.box.com'] as const;

/** Company hosts, as Chromium host-resolver-rules wildcards (seeded shared links live on vendor.app.box.com). */
export const BOX_COMPANY_HOST_PATTERNS = ['*.app.box.com', '*.ent.box.com'] as const;

/** Chromium `--host-resolver-rules` value sending the Box hosts (company subdomains included) to the emulator. */
export function hostResolverRules(port: number, extraHosts: string[] = []): string {
  return [...BOX_HOSTS, ...BOX_COMPANY_HOST_PATTERNS, ...extraHosts].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',');
}

export async function startEmulator(opts: StartOptions = {}): Promise<Emulator> {
  const apps: AppConfig[] = (opts.apps ?? [DEFAULT_APP]).map((a) => ({ ...a, redirectUris: [...a.redirectUris], corsOrigins: [...a.corsOrigins] }));
  const state = new EmulatorState(apps, { ...DEMO_USER });
  if (opts.seed !== false) seedContent(state);
  if (opts.templateFields) addTemplate(state, FIELDS_TEMPLATE);
  if (opts.signRateWindowMs !== undefined) state.signRate.windowMs = opts.signRateWindowMs;
  const faults = new FaultRegistry();
  const requests: RecordedRequest[] = [];
  const cert = await certificate();
  const { server, closeAllConnections } = startServer({ state, faults, requests, cert });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const developerApp = apps[0] ?? DEFAULT_APP;
  const act = (id: string, email: string, action: SignerAction) => {
    const sr = state.signRequests.find((r) => r.id === id);
    if (!sr) throw new Error(`No sign request ${id}`);
    actAsSigner(state.content, sr, email, action, state.now());
  };

  return {
    port,
    requests,
    certificatePem: cert.cert,
    certificateFingerprint: cert.fingerprint,
    hostResolverRules: hostResolverRules(port),
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      closeAllConnections();
    }),
    clearRequests: () => {
      requests.length = 0;
    },
    addFile: (f) => {
      state.content.addFile(f);
    },
    removeFile: (id) => {
      if (!state.content.files.delete(id)) throw new Error(`no file ${id}`);
    },
    addFolder: (f) => {
      state.content.addFolder(f);
    },
    setClassification: (fileId, label) => {
      const file = state.content.files.get(fileId);
      if (!file) throw new Error(`no file ${fileId}`);
      file.classification = label;
    },
    addSharedLink: (item, opts) => shareInfo(state, createShare(state, item, opts)),
    addSignTemplate: (t) => {
      addTemplate(state, t);
    },
    // docs developer-tokens.md: 60 minutes, cannot be refreshed, tied to the console user.
    issueDeveloperToken: () => state.auth.issueAccess(developerApp.clientId, state.user.id, true).value,
    expireAccessTokens: () => state.auth.expireAllAccess(),
    failNext: (match, fault, count) => faults.add(match, fault, count),
    advance: (ms) => state.clock.advance(ms),
    setSignRateWindow: (ms) => {
      state.signRate.windowMs = ms;
    },
    setAppScopes: (scopes) => {
      const app = apps[0];
      if (!app) throw new Error('no app configured');
      if (scopes === undefined) delete app.scopes;
      else app.scopes = [...scopes];
    },
    setSignEnablement: (change) => {
      state.signEnablement = { ...state.signEnablement, ...change };
    },
    now: () => state.now(),
    signRequests: () => state.signRequests.map((sr) => {
      settle(sr, state.now());
      return toBox(sr);
    }),
    addWebAppRequest: (req) => addWebAppRequest(state, req),
    signerViews: (id, email) => act(id, email, { kind: 'view' }),
    signerSigns: (id, email) => act(id, email, { kind: 'sign' }),
    signerDeclines: (id, email, reason) => act(id, email, { kind: 'decline', reason }),
  };
}
