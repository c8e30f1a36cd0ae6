import type { EmulatorState } from './state.ts';

// Demo content: a "Contracts" folder that looks like a real Box folder page.
export const CONTRACTS_FOLDER_ID = '111111111';

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
}
