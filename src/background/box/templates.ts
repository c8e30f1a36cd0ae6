// Box Sign templates as the popup sees them, and the check of a request against its template
// before anything is posted.
import { t } from '../../shared/i18n';
import type { SendSignRequest, SignTemplate } from '../../shared/messages';
import { SIGNER_ROLES, type SignerRole } from '../../shared/sign-request/limits';
import { templateIssues } from '../../shared/sign-request/template';
import { BoxApiError } from './box-error';
import type { BoxClient } from './client';
import type { BoxSignTemplate } from './schemas';

/** Enough for any sender's list; the popup says when there are more. */
const PAGE_SIZE = 100;
const MAX_PAGES = 2;

export async function listTemplates(client: BoxClient): Promise<{ templates: SignTemplate[]; more: boolean }> {
  const templates: SignTemplate[] = [];
  let marker: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await client.listSignTemplates({ limit: PAGE_SIZE, ...(marker ? { marker } : {}) });
    templates.push(...result.entries.map(toTemplate));
    marker = result.next_marker ?? undefined;
    if (!marker) return { templates, more: false };
  }
  return { templates, more: true };
}

/**
 * Box lists the sender's own row first: role `final_copy_reader`, no email, no label (docs
 * examples of GET /sign_templates). The request's `signers[i]` fills the row after it, so that
 * row is left out here and `signers[i]` of the summary is `signers[i]` of the request.
 */
export function toTemplate(box: BoxSignTemplate): SignTemplate {
  const rows = box.signers ?? [];
  const first = rows[0];
  const senderRow = first !== undefined && first.role === 'final_copy_reader' && !first.email && !first.label;
  const placeholders = placeholdersOf(rows);
  return {
    id: box.id,
    name: box.name ?? null,
    signers: (senderRow ? rows.slice(1) : rows).map((row) => ({
      email: row.email ? row.email : null,
      label: row.label ? row.label : null,
      role: asRole(row.role),
      order: row.order ?? null,
      phoneRequired: row.is_phone_number_required === true,
      passwordRequired: row.is_password_required === true,
      loginRequired: row.login_required === true,
    })),
    fileNames: (box.source_files ?? []).flatMap((file) => (file.name ? [file.name] : [])),
    locks: {
      recipients: box.are_recipients_locked === true,
      options: box.are_options_locked === true,
      emailSettings: box.are_email_settings_locked === true,
      files: box.are_files_locked === true,
    },
    nonEditable: box.additional_info?.non_editable ?? [],
    emailSubject: box.email_subject ?? null,
    emailMessage: box.email_message ?? null,
    daysValid: box.days_valid ?? null,
    ...(placeholders.length > 0 ? { placeholders } : {}),
  };
}

const PREFILLABLE: Record<string, 'text' | 'date' | 'checkbox'> = { text: 'text', date: 'date', checkbox: 'checkbox' };

/** The template's fields a request can prefill: those with a document tag id, of a kind Box prefills; each tag once. */
function placeholdersOf(rows: NonNullable<BoxSignTemplate['signers']>): NonNullable<SignTemplate['placeholders']> {
  const seen = new Map<string, NonNullable<SignTemplate['placeholders']>[number]>();
  for (const input of rows.flatMap((row) => row.inputs ?? [])) {
    const kind = PREFILLABLE[input.type ?? ''];
    if (input.document_tag_id && kind && !seen.has(input.document_tag_id)) seen.set(input.document_tag_id, { tagId: input.document_tag_id, label: input.label || null, kind });
  }
  return [...seen.values()];
}

/** An unknown role is read as Box's default, `signer`: the row still has to be filled. */
function asRole(role: string | null | undefined): SignerRole {
  return (SIGNER_ROLES as readonly string[]).includes(role ?? '') ? (role as SignerRole) : 'signer';
}

/** Reads the template from Box again and refuses a request that does not fit it, before posting. Returns it (null without one). */
export async function assertFitsTemplate(client: BoxClient, request: SendSignRequest): Promise<BoxSignTemplate | null> {
  if (request.templateId === null) return null;
  const template = await client.getSignTemplate(request.templateId);
  const issues = templateIssues(request, toTemplate(template));
  if (issues.length === 0) return template;
  throw new BoxApiError({
    status: 0,
    code: 'template_mismatch',
    message: t('errTemplateMismatch', issues.map((issue) => issue.message).join(' ')),
    resource: 'sign_template',
  });
}
