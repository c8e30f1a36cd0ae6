import { isRecord } from './is-record.ts';
import { isIsoDate, type StoredTemplateInput } from './sign-template-inputs.ts';
import type { Invalid } from './invalid.ts';

// `prefill_tags` of POST /2.0/sign_requests (spec SignRequestPrefillTag: document_tag_id, text_value,
// checkbox_value, date_value `format: date`; "Only one value field can be included"). Box documents nothing
// about tags a document or template does not have; the template checks below are the emulator's assumption
// (emulator/README.md, "Assumptions beyond Box's documentation").

const VALUE_FIELDS = ['text_value', 'checkbox_value', 'date_value'] as const;
type ValueField = (typeof VALUE_FIELDS)[number];

const invalid = (name: string, message: string): Invalid => ({ name, message });
const given = (v: unknown): boolean => v !== undefined && v !== null;

function validateTag(tag: unknown, p: string): Invalid | null {
  if (!isRecord(tag)) return invalid(p, `'${p}' must be an object`);
  const id = tag['document_tag_id'];
  if (typeof id !== 'string' || id === '') return invalid(`${p}.document_tag_id`, `'${p}.document_tag_id' is required`);
  const values = VALUE_FIELDS.filter((f) => given(tag[f]));
  if (values.length > 1) return invalid(p, `Only one value field can be included in '${p}', got ${values.join(', ')}`);
  const text = tag['text_value'];
  if (given(text) && typeof text !== 'string') return invalid(`${p}.text_value`, `'${p}.text_value' must be a string`);
  const box = tag['checkbox_value'];
  if (given(box) && typeof box !== 'boolean') return invalid(`${p}.checkbox_value`, `'${p}.checkbox_value' must be a boolean`);
  const date = tag['date_value'];
  if (given(date) && !(typeof date === 'string' && isIsoDate(date))) {
    return invalid(`${p}.date_value`, `Invalid value '${String(date)}'. '${p}.date_value' must be a date (YYYY-MM-DD)`);
  }
  return null;
}

/** The documented shape of every tag; no state needed. */
export function validatePrefillTags(body: Record<string, unknown>): Invalid | null {
  const tags = body['prefill_tags'];
  if (tags === undefined || tags === null) return null;
  if (!Array.isArray(tags)) return invalid('prefill_tags', "'prefill_tags' must be an array");
  for (const [i, tag] of tags.entries()) {
    const bad = validateTag(tag, `prefill_tags[${i}]`);
    if (bad) return bad;
  }
  return null;
}

const FIELD_OF: Partial<Record<StoredTemplateInput['type'], ValueField>> = { text: 'text_value', date: 'date_value', checkbox: 'checkbox_value' };

/**
 * [assumption] A request from a template names only the template's tags, each once, with the value field of
 * the field's type (text, date or checkbox). Called after validatePrefillTags.
 */
export function prefillAgainstTemplate(inputs: readonly StoredTemplateInput[], templateName: string, tags: unknown): Invalid | null {
  const byTag = new Map(inputs.flatMap((i) => (i.documentTagId === null ? [] : [[i.documentTagId, i] as const])));
  const seen = new Set<string>();
  for (const [i, tag] of (Array.isArray(tags) ? tags.filter(isRecord) : []).entries()) {
    const p = `prefill_tags[${i}]`;
    const id = String(tag['document_tag_id']);
    const input = byTag.get(id);
    if (!input) return invalid(`${p}.document_tag_id`, `The template '${templateName}' has no field with document tag id '${id}'`);
    if (seen.has(id)) return invalid(`${p}.document_tag_id`, `Document tag id '${id}' is prefilled twice`);
    seen.add(id);
    const field = FIELD_OF[input.type];
    const other = VALUE_FIELDS.find((f) => f !== field && given(tag[f]));
    if (!field || other) return invalid(p, `The field '${id}' is a ${input.type} field${field ? `: use '${field}'` : ' and cannot be prefilled'}`);
  }
  return null;
}

/** As stored and echoed in SignRequest.prefill_tags: the tag id and its value fields. */
export function prefillOut(tags: unknown): Record<string, unknown>[] {
  if (!Array.isArray(tags)) return [];
  return tags.filter(isRecord).map((tag) => ({
    document_tag_id: tag['document_tag_id'] ?? null,
    text_value: tag['text_value'] ?? null,
    checkbox_value: tag['checkbox_value'] ?? null,
    date_value: tag['date_value'] ?? null,
  }));
}
