import { boxError, methodNotAllowed } from './errors.ts';
import { json, type Ctx, type Reply } from './http.ts';
import { reach } from './shares.ts';
import type { DemoUser } from './state.ts';
import { notFoundItem } from './api-files.ts';
import { CLASSIFICATION_TEMPLATE } from './classification.ts';

// Box classification labels on files: the `classification` field of File--Full
// (`GET /files/{id}?fields=classification`) and the metadata instance
// `GET /files/{id}/metadata/enterprise/securityClassification-6VMVochwUWo` (OpenAPI "Get classification on file").

const ENTERPRISE_SCOPE = 'enterprise_1000001';

/**
 * The Classification metadata instance; 404 `instance_not_found` when the file has no label (spec: "Returned if the
 * metadata template specified was not applied to this file or the user does not have access to the file").
 */
export function getFileClassification(ctx: Ctx, user: DemoUser, id: string): Reply {
  if (!/^\d+$/.test(id)) return methodNotAllowed();
  const file = ctx.state.content.files.get(id);
  if (!file) return notFoundItem('f', id);
  const access = reach(ctx, user, { type: 'file', id }, file, () => notFoundItem('f', id));
  if ('status' in access) return access;
  if (file.classification === null) {
    return boxError(404, 'instance_not_found', `Instance not found for '${CLASSIFICATION_TEMPLATE}'`);
  }
  return json(200, {
    Box__Security__Classification__Key: file.classification,
    $parent: `file_${file.id}`,
    $template: CLASSIFICATION_TEMPLATE,
    $scope: ENTERPRISE_SCOPE,
    $version: 0,
    $type: `${CLASSIFICATION_TEMPLATE}-fd31537a-0f95-4d86-9f2b-5974a29978f8`,
    $typeVersion: 5,
    $canEdit: true,
  });
}
