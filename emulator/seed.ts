import { createShare, shareInfo } from './shares.ts';
import type { EmulatorState } from './state.ts';
import { addTemplate } from './sign-template-add.ts';
import type { EmulatorSignTemplate, SharedLinkOptions } from './types.ts';

// Demo content: a "Contracts" folder that looks like a real Box folder page, plus shared links (some to
// content of another user, OTHER_USER, which the demo user reaches only through the link).
export const CONTRACTS_FOLDER_ID = '111111111';

export interface SeededShare {
  type: 'file' | 'folder';
  /** The shared item. */
  itemId: string;
  name: string;
  token: string;
  /** The link as Box issues it (`shared_link.url`). */
  url: string;
  vanityName: string | null;
  vanityUrl: string | null;
  password: string | null;
  /** False: the share page carries no `Box.postStreamData`, so only the API resolves the link. */
  pageData: boolean;
  /** Owned by OTHER_USER: 404 for the demo user without the link (and never signable by them). */
  ownedByOther: boolean;
  /** Folder shares: files anywhere inside, by name. */
  files: Readonly<Record<string, string>>;
  /** Folder shares: subfolders, by name. */
  folders: Readonly<Record<string, string>>;
}

const VENDOR_FOLDER_ID = '111111121';
/** The demo user's folder holding the documents behind the seeded Sign templates. */
export const SIGN_TEMPLATES_FOLDER_ID = '111111113';
/** Destination of requests made from the "Offer letter" template. */
export const HR_FOLDER_ID = '111111114';
const VENDOR_SIGNED_FOLDER_ID = '111111122';

export const SEEDED_SHARES = {
  /** (a) A demo-owned file shared with an open link. */
  offerLetter: {
    type: 'file', itemId: '1000000002', name: 'Offer letter.docx', token: 'nmwis1iat2xkv54j1l27bp18p0kx82fr',
    url: 'https://app.box.com/s/nmwis1iat2xkv54j1l27bp18p0kx82fr', vanityName: null, vanityUrl: null,
    password: null, pageData: true, ownedByOther: false, files: {}, folders: {},
  },
  /** (b) Another user's file, open link, downloadable, page data; also a vanity link (e). */
  vendorMsa: {
    type: 'file', itemId: '1000000021', name: 'Vendor MSA.pdf', token: '861jx8nngxkeompj2jam4ncse2ue0ljl',
    url: 'https://vendor.app.box.com/s/861jx8nngxkeompj2jam4ncse2ue0ljl', vanityName: 'vendor-msa',
    vanityUrl: 'https://vendor.app.box.com/v/vendor-msa/', password: null, pageData: true, ownedByOther: true,
    files: {}, folders: {},
  },
  /** (c) Another user's folder with a few files and a subfolder; vanity link (e). */
  vendorFolder: {
    type: 'folder', itemId: VENDOR_FOLDER_ID, name: 'Vendor onboarding', token: 'zfjr0v72o3znroik04ywvdm045sap8if',
    url: 'https://vendor.app.box.com/s/zfjr0v72o3znroik04ywvdm045sap8if', vanityName: 'vendor-onboarding',
    vanityUrl: 'https://vendor.app.box.com/v/vendor-onboarding/', password: null, pageData: true, ownedByOther: true,
    files: {
      'Bank details.xlsx': '1000000022',
      'Insurance certificate.pdf': '1000000023',
      'W-9 form.pdf': '1000000024',
      'Onboarding checklist.docx': '1000000025',
    },
    folders: { Signed: VENDOR_SIGNED_FOLDER_ID },
  },
  /** (d) Another user's file whose share page carries no bootstrap data. */
  noPageData: {
    type: 'file', itemId: '1000000026', name: 'Statement of Work.pdf', token: 'fuv4nyklns6xpdklq81pm8r0okpnkk4u',
    url: 'https://vendor.app.box.com/s/fuv4nyklns6xpdklq81pm8r0okpnkk4u', vanityName: null, vanityUrl: null,
    password: null, pageData: false, ownedByOther: true, files: {}, folders: {},
  },
  /** Another user's file behind a password-protected link (password from the Box docs' curl example). */
  passwordProtected: {
    type: 'file', itemId: '1000000027', name: 'Vendor price list.pdf', token: 'dk4a4fxbftpfp9t8m4lpqhsk56jvn5lq',
    url: 'https://vendor.app.box.com/s/dk4a4fxbftpfp9t8m4lpqhsk56jvn5lq', vanityName: null, vanityUrl: null,
    password: 'letmein', pageData: true, ownedByOther: true, files: {}, folders: {},
  },
} as const satisfies Record<string, SeededShare>;

/**
 * Box Sign templates (fixed ids for tests). Every template also lists the sender's own row first
 * (role final_copy_reader, email ""), which the emulator adds; request `signers[i]` fills `signers[i]` below.
 */
export const SEEDED_TEMPLATES = {
  /** One placeholder signer who must verify by SMS; options (name, days_valid) locked. */
  mutualNda: {
    id: '3f1b9a52-7c4e-4d0a-9b61-2e8f5c7d4a10', name: 'Mutual NDA',
    sourceFileIds: ['1000000011'], parentFolderId: CONTRACTS_FOLDER_ID,
    emailSubject: 'Mutual NDA from Example Corp',
    emailMessage: 'Hello! Please review and sign our mutual non-disclosure agreement.',
    daysValid: 14,
    locks: { options: true },
    signers: [{ label: 'Counterparty', publicId: 'K7QX2M4T', role: 'signer', order: 1, isPhoneNumberRequired: true }],
  },
  /** Placeholder candidate signs first, then the fixed HR approver; files locked. */
  offerLetter: {
    id: '8d2e6c14-5b3a-4f97-a0c8-71e9d3b5f226', name: 'Offer letter',
    sourceFileIds: ['1000000012'], parentFolderId: HR_FOLDER_ID,
    emailSubject: 'Your offer from Example Corp', emailMessage: null, daysValid: 30,
    locks: { files: true },
    signers: [
      { label: 'Candidate', publicId: 'C4ND1D8T', role: 'signer', order: 1 },
      { email: 'hr@example.com', label: 'HR', publicId: 'H8R2A9PV', role: 'approver', order: 2 },
    ],
  },
  /**
   * Everything but the options locked. The placeholder contractor must log in to Box (so cannot be given a
   * phone) and needs a password; the fixed legal countersigner has a password and phone stored in the template.
   */
  contractorAgreement: {
    id: 'b6a4f0d8-2c19-4e5b-8f3a-9d7c1e2b4a65', name: 'Contractor agreement',
    sourceFileIds: ['1000000013', '1000000014'], parentFolderId: CONTRACTS_FOLDER_ID,
    emailSubject: 'Contractor agreement for signature',
    emailMessage: 'Please sign the agreement and <b>Schedule A</b>.', daysValid: null,
    locks: { fields: true, recipients: true, emailSettings: true, files: true },
    signers: [
      { label: 'Contractor', publicId: 'T3RW6ZQ1', role: 'signer', order: 1, isPasswordRequired: true, loginRequired: true },
      {
        email: 'legal@example.com', label: 'Legal', publicId: 'L2GX8N5D', role: 'signer', order: 2,
        isPasswordRequired: true, password: 'Countersign-2024', isPhoneNumberRequired: true, phoneNumber: '+16175550123',
      },
    ],
  },
  /** OTHER_USER's template: 404 for the demo user everywhere. */
  vendorNda: {
    id: 'e9c3d7a1-4f28-4b6e-a5d0-3c8b2f1e7d94', name: 'Vendor NDA', ownedByOther: true,
    sourceFileIds: ['1000000028'], parentFolderId: VENDOR_FOLDER_ID,
    emailSubject: null, emailMessage: null, daysValid: null,
    locks: {},
    signers: [{ label: 'Customer', publicId: 'V9ND4C2R', role: 'signer', order: 1 }],
  },
} as const satisfies Record<string, EmulatorSignTemplate>;

/**
 * Not seeded unless asked (`startEmulator({ templateFields: true })` or `addSignTemplate(FIELDS_TEMPLATE)`), so
 * the seeded list stays as it is: a template whose placeholder signer has a text, a date and a checkbox field
 * with document tag ids (prefillable through `prefill_tags`), and a signature field without one.
 */
export const FIELDS_TEMPLATE = {
  id: '5c7e2a90-1d3b-4f6a-8e24-b09f3c6d1a87', name: 'Policy acknowledgement',
  sourceFileIds: ['1000000011'], parentFolderId: CONTRACTS_FOLDER_ID,
  emailSubject: 'Please acknowledge the policy', emailMessage: null, daysValid: 30,
  locks: { fields: true },
  signers: [{
    label: 'Employee', publicId: 'P0L1CY7E', role: 'signer', order: 1,
    inputs: [
      { documentTagId: 'employee_name', type: 'text', contentType: 'full_name', label: 'Employee name', isRequired: true, pageIndex: 0, readOnly: true },
      { documentTagId: 'start_date', type: 'date', label: 'Start date', isRequired: true, pageIndex: 0 },
      { documentTagId: 'remote', type: 'checkbox', label: 'Remote', pageIndex: 1 },
      { documentTagId: null, type: 'signature', isRequired: true, pageIndex: 1 },
    ],
  }],
} as const satisfies EmulatorSignTemplate;

function share(state: EmulatorState, s: SeededShare): void {
  const opts: SharedLinkOptions = { token: s.token, pageData: s.pageData };
  if (s.vanityName !== null) opts.vanityName = s.vanityName;
  if (s.password !== null) opts.password = s.password;
  const info = shareInfo(state, createShare(state, { type: s.type, id: s.itemId }, opts));
  if (info.url !== s.url || info.vanityUrl !== s.vanityUrl) throw new Error(`emulator: seeded share ${s.name} has URL ${info.url}`);
}

export function seed(state: EmulatorState): void {
  const c = state.content;
  c.addFolder({ id: CONTRACTS_FOLDER_ID, name: 'Contracts', parentFolderId: '0' });
  c.addFolder({ id: '111111112', name: 'Archive', parentFolderId: CONTRACTS_FOLDER_ID });
  c.addFile({ id: '1000000001', name: 'NDA - Acme.pdf', size: 182_344, parentFolderId: CONTRACTS_FOLDER_ID });
  c.addFile({ id: '1000000002', name: 'Offer letter.docx', size: 48_210, parentFolderId: CONTRACTS_FOLDER_ID });
  c.addFile({ id: '1000000003', name: 'Read-only policy.pdf', size: 96_001, parentFolderId: CONTRACTS_FOLDER_ID, canDownload: false });
  c.addFile({ id: '1000000004', name: 'Meeting notes.boxnote', size: 3_120, parentFolderId: CONTRACTS_FOLDER_ID });
  c.addFile({ id: '1000000005', name: 'Pricing.xlsx', size: 22_871, parentFolderId: CONTRACTS_FOLDER_ID });
  c.addFile({ id: '1000000006', name: 'Signature scan.png', size: 301_554, parentFolderId: CONTRACTS_FOLDER_ID });
  c.addFile({ id: '1000000007', name: 'Old MSA 2019.pdf', size: 120_400, parentFolderId: '111111112' });
  c.addFile({ id: '1000000010', name: 'Welcome to Box.pdf', size: 64_000, parentFolderId: '0' });

  // Another user's content: at the top level of *their* All Files, invisible in the demo user's.
  const v = SEEDED_SHARES.vendorFolder;
  c.addFile({ id: SEEDED_SHARES.vendorMsa.itemId, name: SEEDED_SHARES.vendorMsa.name, size: 210_778, ownedByOther: true });
  c.addFolder({ id: v.itemId, name: v.name, ownedByOther: true });
  c.addFolder({ id: v.folders.Signed, name: 'Signed', parentFolderId: v.itemId });
  c.addFile({ id: v.files['Bank details.xlsx'], name: 'Bank details.xlsx', size: 12_544, parentFolderId: v.itemId });
  c.addFile({ id: v.files['Insurance certificate.pdf'], name: 'Insurance certificate.pdf', size: 402_117, parentFolderId: v.itemId });
  c.addFile({ id: v.files['W-9 form.pdf'], name: 'W-9 form.pdf', size: 88_320, parentFolderId: v.itemId });
  c.addFile({ id: v.files['Onboarding checklist.docx'], name: 'Onboarding checklist.docx', size: 31_002, parentFolderId: v.folders.Signed });
  c.addFile({ id: SEEDED_SHARES.noPageData.itemId, name: SEEDED_SHARES.noPageData.name, size: 143_009, ownedByOther: true });
  c.addFile({ id: SEEDED_SHARES.passwordProtected.itemId, name: SEEDED_SHARES.passwordProtected.name, size: 51_200, ownedByOther: true });

  for (const s of Object.values(SEEDED_SHARES)) share(state, s);

  // Documents behind the Sign templates.
  c.addFolder({ id: SIGN_TEMPLATES_FOLDER_ID, name: 'Sign Templates', parentFolderId: '0' });
  c.addFolder({ id: HR_FOLDER_ID, name: 'HR', parentFolderId: '0' });
  c.addFile({ id: '1000000011', name: 'Mutual NDA.pdf', size: 154_880, parentFolderId: SIGN_TEMPLATES_FOLDER_ID });
  c.addFile({ id: '1000000012', name: 'Offer letter.pdf', size: 61_440, parentFolderId: SIGN_TEMPLATES_FOLDER_ID });
  c.addFile({ id: '1000000013', name: 'Contractor agreement.pdf', size: 233_472, parentFolderId: SIGN_TEMPLATES_FOLDER_ID });
  c.addFile({ id: '1000000014', name: 'Contractor agreement - Schedule A.pdf', size: 40_960, parentFolderId: SIGN_TEMPLATES_FOLDER_ID });
  c.addFile({ id: '1000000028', name: 'Vendor NDA.pdf', size: 118_272, ownedByOther: true });
  for (const t of Object.values(SEEDED_TEMPLATES)) addTemplate(state, t);
}
