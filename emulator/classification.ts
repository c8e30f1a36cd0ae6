import type { StoredFile } from './content.ts';

// A file's Box classification label as File--Full's `classification` field. The metadata instance is in
// api-classification.ts.

export const CLASSIFICATION_TEMPLATE = 'securityClassification-6VMVochwUWo';

/** Definitions and colours an admin would have set; a label not listed gets neither [inference: any label may exist]. */
const KNOWN: Record<string, { definition: string; color: string }> = {
  Confidential: { definition: 'Content that should not be shared outside the company.', color: '#FF0000' },
  Internal: { definition: 'For employees and contractors only.', color: '#FFA500' },
  Public: { definition: 'Content that may be shared with anyone.', color: '#008000' },
};

/** File--Full `classification`: "nullable": null for an unclassified file. */
export function classificationField(file: StoredFile): Record<string, unknown> | null {
  if (file.classification === null) return null;
  const known = KNOWN[file.classification];
  return { name: file.classification, definition: known?.definition ?? '', color: known?.color ?? '#909090' };
}

