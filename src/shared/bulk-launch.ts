// What the popup and the context menu hand the Bulk send page (src/bulk/): the chosen files or template,
// in the page's address. Read as untrusted text: only Box ids pass.
import { FileIdSchema, SignTemplateIdSchema } from './schemas/box';
import { MAX_FILES } from './sign-request/limits';

export type BulkLaunch = { fileIds: string[]; templateId: string | null };

export function launchFromUrl(search: string): BulkLaunch {
  const params = new URLSearchParams(search);
  const fileIds = [...new Set((params.get('files') ?? '').split(',').map((id) => id.trim()))].filter((id) => FileIdSchema.safeParse(id).success).slice(0, MAX_FILES);
  const template = params.get('template');
  return { fileIds, templateId: template !== null && SignTemplateIdSchema.safeParse(template).success ? template : null };
}

/** The page's address for a launch (relative to the extension's root). */
export function bulkPageUrl(base: string, launch: BulkLaunch): string {
  const params = new URLSearchParams();
  if (launch.fileIds.length > 0) params.set('files', launch.fileIds.join(','));
  if (launch.templateId) params.set('template', launch.templateId);
  const query = params.toString();
  return `${base}src/bulk/index.html${query ? `?${query}` : ''}`;
}
