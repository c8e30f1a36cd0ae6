import type { EmulatorTemplateInput } from './types.ts';

// A template's input fields (spec TemplateSignerInput: SignRequestPrefillTag's fields plus type, content_type,
// is_required, page_index, read_only, label, …) as stored and as Box answers them. Box makes these in its
// template editor only, so a bad definition is a programming error of the test and throws.

export type InputType = EmulatorTemplateInput['type'];

export interface StoredTemplateInput {
  documentTagId: string | null;
  type: InputType;
  contentType: string;
  label: string | null;
  isRequired: boolean;
  pageIndex: number;
  readOnly: boolean;
  textValue: string | null;
  dateValue: string | null;
  checkboxValue: boolean | null;
}

const TYPES: readonly InputType[] = ['signature', 'date', 'text', 'checkbox', 'attachment', 'radio', 'dropdown'];
// spec TemplateSignerInput.content_type enum
const CONTENT_TYPES = ['signature', 'initial', 'stamp', 'date', 'checkbox', 'text', 'full_name', 'first_name',
  'last_name', 'company', 'title', 'email', 'attachment', 'radio', 'dropdown'];

/** spec SignRequestPrefillTag.date_value: `format: date`, i.e. a real calendar day written YYYY-MM-DD. */
export function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function checkValues(i: EmulatorTemplateInput, where: string): void {
  if (i.textValue != null && i.type !== 'text') throw new Error(`${where}: only a text input has a text value`);
  if (i.checkboxValue != null && i.type !== 'checkbox') throw new Error(`${where}: only a checkbox input has a checkbox value`);
  if (i.dateValue != null && (i.type !== 'date' || !isIsoDate(i.dateValue))) throw new Error(`${where}: a date value is a YYYY-MM-DD date of a date input`);
}

export function storedInput(i: EmulatorTemplateInput, where: string): StoredTemplateInput {
  if (!TYPES.includes(i.type)) throw new Error(`${where}: input type ${String(i.type)} is not one of ${TYPES.join(', ')}`);
  const contentType = i.contentType ?? i.type;
  if (!CONTENT_TYPES.includes(contentType)) throw new Error(`${where}: content type ${contentType} is not Box's`);
  if (i.documentTagId === '') throw new Error(`${where}: a document tag id is null or not empty`);
  const pageIndex = i.pageIndex ?? 0;
  if (!Number.isInteger(pageIndex) || pageIndex < 0) throw new Error(`${where}: page index is a whole number from 0`);
  checkValues(i, where);
  return {
    documentTagId: i.documentTagId, type: i.type, contentType, label: i.label ?? null, isRequired: i.isRequired ?? false,
    pageIndex, readOnly: i.readOnly ?? false, textValue: i.textValue ?? null, dateValue: i.dateValue ?? null,
    checkboxValue: i.checkboxValue ?? null,
  };
}

/** Tag ids are how a request names a field, so one template has each at most once. */
export function checkUniqueTags(inputs: readonly StoredTemplateInput[], where: string): void {
  const tags = inputs.flatMap((i) => (i.documentTagId === null ? [] : [i.documentTagId]));
  const twice = tags.find((tag, n) => tags.indexOf(tag) !== n);
  if (twice !== undefined) throw new Error(`${where}: document tag id ${twice} is used twice`);
}

/** The TemplateSignerInput resource. */
export function inputToBox(i: StoredTemplateInput): Record<string, unknown> {
  return {
    document_tag_id: i.documentTagId, text_value: i.textValue, checkbox_value: i.checkboxValue, date_value: i.dateValue,
    type: i.type, content_type: i.contentType, is_required: i.isRequired, page_index: i.pageIndex,
    document_id: null, dropdown_choices: null, group_id: null, label: i.label, read_only: i.readOnly,
  };
}
