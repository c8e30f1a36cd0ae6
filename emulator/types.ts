// Public types of the Box emulator. index.ts re-exports them; others code against these.
import type { SignerRole } from '../src/shared/sign-request/limits.ts';

export interface AppConfig {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** Origins allowed by the app's "CORS Domains" setting (Box Developer Console). */
  corsOrigins: string[];
  /** Shown on the consent page; defaults to "Secure Sign for Box". */
  name?: string;
  /**
   * Switch: the scopes ticked in the app's Developer Console configuration; default all. An app without
   * `sign_requests.readwrite` gets Box's 403 `insufficient_scope` on every /2.0/sign_requests call.
   */
  scopes?: string[];
}

/** What the enterprise's Box plan and admin settings allow in Box Sign (switch: Emulator.setSignEnablement). */
export interface SignEnablement {
  /** Box Sign turned on for the enterprise (admin console); default true. */
  signEnabled: boolean;
  /** The plan offers "Box login" signer verification (Enterprise Plus / Advanced); default true. */
  boxLogin: boolean;
  /** ISO 3166 regions Box does not text, upper case (e.g. 'IR'); default none. */
  smsBlockedRegions: string[];
}

export interface RecordedRequest {
  method: string;
  host: string;
  path: string;
  query: Record<string, string>;
  /** Lowercase header names. */
  headers: Record<string, string>;
  /** Parsed JSON, or form fields object, or raw string, or null. */
  body: unknown;
  /** Emulator clock (ms since epoch) when the request arrived. */
  at: number;
}

export interface FaultSpec {
  /** Answer with this status (500 → internal_server_error, 429 → rate_limit_exceeded, others → Box error body). */
  status?: number;
  /** Seconds, sent as `retry-after` (with 429 defaults to 1). */
  retryAfter?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /** Answer (normally or with the fault) after this delay in real milliseconds. */
  delayMs?: number;
  /** With drop/delay/status: let the request take effect first, then apply the fault ("outcome unknown"). */
  afterHandling?: boolean;
  /** With `status`: the error body's `message` instead of the default for that status (e.g. hostile text). */
  message?: string;
}

export interface FaultMatch {
  method?: string;
  path?: string | RegExp;
  host?: string;
}

export interface EmulatorFile {
  id: string;
  name: string;
  size?: number;
  parentFolderId?: string;
  canDownload?: boolean;
  /** The file's Box classification label (Box Shield), e.g. 'Confidential'; unset: unclassified. */
  classification?: string;
  /**
   * Switch: Box Sign cannot convert this file (a damaged or password-protected document, say): a sign
   * request with it leaves `converting` for `error_converting` instead of `sent` (status list, docs
   * box-sign-docs.md "Creation is asynchronous — check status and handle errors").
   */
  convertFails?: boolean;
  /**
   * Owned by another Box user (`OTHER_USER`), so the demo user reaches it only through a shared link.
   * Inside a folder the owner is always the folder's owner (Box); a contradicting value throws.
   */
  ownedByOther?: boolean;
}

export interface EmulatorFolder {
  id: string;
  name: string;
  parentFolderId?: string;
  /** As for files: another user's folder (and everything in it). */
  ownedByOther?: boolean;
}

export type SharedLinkAccess = 'open' | 'company' | 'collaborators';

export interface SharedLinkOptions {
  /** 32 lowercase letters and digits, as Box shared names are; random when omitted. */
  token?: string;
  /** Custom URL name (`/v/<name>`): 3 to 30 letters, digits and hyphens (Box "custom shared link" rules). */
  vanityName?: string;
  /** Default `open`. */
  access?: SharedLinkAccess;
  password?: string;
  /** Link permission `can_download` (default true; Box forces false for `collaborators` links). */
  canDownload?: boolean;
  /**
   * Whether the share page carries the `Box.postStreamData` bootstrap script (default true). Box serves some
   * share pages without it; then only the API (`GET /2.0/shared_items`) tells what the link points at.
   */
  pageData?: boolean;
}

export interface SharedLinkInfo {
  /** `https://app.box.com/s/<token>` (or the owner's company subdomain). */
  url: string;
  token: string;
  /** `https://<sub>.app.box.com/v/<name>/` when a vanity name was given. */
  vanityUrl: string | null;
}

export type SignRole = SignerRole;

/** One recipient of a Box Sign template (`TemplateSigner`). */
export interface EmulatorTemplateSigner {
  /** Omitted or '' = a placeholder the request must fill (Box lists placeholders with `"email": ""`). */
  email?: string;
  label?: string;
  /** 8 upper-case letters/digits, as Box shows them; derived from the template id when omitted. */
  publicId?: string;
  /** Default `signer`. */
  role?: SignRole;
  /** Default 1 (Box's examples show 1 for unordered template signers). */
  order?: number;
  isInPerson?: boolean;
  isPasswordRequired?: boolean;
  isPhoneNumberRequired?: boolean;
  loginRequired?: boolean;
  signerGroupId?: string | null;
  /** Defined-email signers with `isPasswordRequired`: the password stored in the template (never serialised). */
  password?: string;
  /** Defined-email signers with `isPhoneNumberRequired`: the number stored in the template (never serialised). */
  phoneNumber?: string;
  /** Fields placed for this signer in Box's template editor (spec TemplateSignerInput); default none. */
  inputs?: readonly EmulatorTemplateInput[];
}

/**
 * A template field (spec TemplateSignerInput = SignRequestPrefillTag + type, content_type, page_index, …).
 * A request made from the template prefills it through `prefill_tags` by its `documentTagId`.
 */
export interface EmulatorTemplateInput {
  /** The tag id a request's `prefill_tags[].document_tag_id` names; null for a field without one. */
  documentTagId: string | null;
  type: 'signature' | 'date' | 'text' | 'checkbox' | 'attachment' | 'radio' | 'dropdown';
  /** Default: the type (for signature, attachment, radio and dropdown the same word is in both enums). */
  contentType?: string;
  label?: string | null;
  isRequired?: boolean;
  /** Default 0. */
  pageIndex?: number;
  readOnly?: boolean;
  /** The value placed in the editor, if any: only the one of the input's type. */
  textValue?: string | null;
  dateValue?: string | null;
  checkboxValue?: boolean | null;
}

/** A Box Sign template (templates are made in the web app; the API only reads and uses them). */
export interface EmulatorSignTemplate {
  /** UUID, as in Box's examples ("f2ec720d-47a6-4052-8210-9bfa8d6c349c"). */
  id: string;
  name: string;
  /** Owned by OTHER_USER: 404 for the demo user (list, get and `template_id`). */
  ownedByOther?: boolean;
  /** The template's documents (files of the template's owner). */
  sourceFileIds: readonly string[];
  /** Destination of requests made from the template (a folder of the template's owner, not the root). */
  parentFolderId: string;
  emailSubject?: string | null;
  emailMessage?: string | null;
  daysValid?: number | null;
  locks?: {
    fields?: boolean;
    /** name and days_valid ("document options, for example renaming the document"). */
    options?: boolean;
    /** signers: defined recipients cannot be changed, none added. */
    recipients?: boolean;
    /** email_subject and email_message. */
    emailSettings?: boolean;
    /** source_files. */
    files?: boolean;
  };
  /**
   * The recipients after the sender. Box lists the sender's own row first (role `final_copy_reader`, email '',
   * label ''); the emulator adds that row itself. Request `signers[i]` fills `signers[i]` of this list.
   */
  signers: readonly EmulatorTemplateSigner[];
}

/** A sign request made in Box's web app, not through the API (see sign-web-app.ts). */
export interface EmulatorWebAppRequest {
  /** The demo user's files (1 to 10); an archive or video ends in `error_converting`. */
  fileIds: string[];
  signers: {
    email: string;
    /** Default `signer`. */
    role?: SignRole;
    /** Default 0 (everyone at once). */
    order?: number;
    verificationPhoneNumber?: string;
    password?: string;
    loginRequired?: boolean;
  }[];
  /** Default: the first sign file's name. */
  name?: string;
  daysValid?: number;
  /** Made this long before the emulator's now (default 0): a history of older requests. */
  ageMs?: number;
  parentFolderId?: string;
}

export interface Emulator {
  port: number;
  close(): Promise<void>;
  requests: RecordedRequest[];
  clearRequests(): void;
  addFile(f: EmulatorFile): void;
  /** Switch: the file is deleted (or moved out of the user's reach): every call on it answers 404 `not_found`. */
  removeFile(id: string): void;
  addFolder(f: EmulatorFolder): void;
  /** Labels a file with a classification (as an admin or Box Shield would), or removes it (null). */
  setClassification(fileId: string, label: string | null): void;
  /** Creates (or replaces) the item's shared link; an item has at most one, as in Box. */
  addSharedLink(item: { type: 'file' | 'folder'; id: string }, opts?: SharedLinkOptions): SharedLinkInfo;
  /** Adds a Box Sign template (its files and destination folder must exist and belong to its owner). */
  addSignTemplate(t: EmulatorSignTemplate): void;
  issueDeveloperToken(): string;
  expireAccessTokens(): void;
  failNext(match: FaultMatch, fault: FaultSpec, count?: number): void;
  advance(ms: number): void;
  /**
   * Switch: the length of the sign-request create/resend rate window (Box: 100 per 60,000 ms per user).
   * The limit stays Box's; a shorter window lets tests and the bench run the same pacing faster.
   */
  setSignRateWindow(ms: number): void;
  /**
   * Switch: what the enterprise's plan and admin allow in Box Sign (sign-enablement.ts). `signEnabled: false`:
   * POST /2.0/sign_requests answers 403 `forbidden`; `boxLogin: false`: a `login_required` signer gets 400;
   * `smsBlockedRegions` (ISO 3166, e.g. ['IR']): an SMS signer there gets 400. Unchanged fields stay.
   */
  setSignEnablement(change: Partial<SignEnablement>): void;
  /** Switch: `AppConfig.scopes` of the first app (the developer token's) from now on; undefined: all scopes. */
  setAppScopes(scopes: string[] | undefined): void;
  now(): number;
  signRequests(): unknown[];
  /** A request made in Box's web app (no API call, no rate limit); returns its id. */
  addWebAppRequest(req: EmulatorWebAppRequest): string;
  /** Signer actions in Box's signing pages; each throws when Box would not let that signer act now. */
  signerViews(requestId: string, email: string): void;
  signerSigns(requestId: string, email: string): void;
  /** `reason`: what the signer typed, returned as `signer_decision.additional_info`. */
  signerDeclines(requestId: string, email: string, reason: string | null): void;
  /** Additions: PEM of the self-signed certificate (so a client may pin/trust it). */
  certificatePem: string;
  /** Addition: SHA-256 fingerprint of the certificate (colon-separated hex, as `selfsigned` reports it). */
  certificateFingerprint: string;
  /** Addition: `--host-resolver-rules` value for Chromium mapping the Box hosts to this server. */
  hostResolverRules: string;
}

export interface StartOptions {
  port?: number;
  host?: string;
  apps?: AppConfig[];
  seed?: boolean;
  /** See Emulator.setSignRateWindow; default 60,000 (Box's minute). */
  signRateWindowMs?: number;
  /** Also add FIELDS_TEMPLATE (a template with text, date and checkbox fields); default false. */
  templateFields?: boolean;
}
