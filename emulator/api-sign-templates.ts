import { badRequest, boxError } from './errors.ts';
import { json, type Ctx, type Reply } from './http.ts';
import { encodeMarker, parseMarker } from './paging.ts';
import { templateToBox, type StoredTemplate } from './sign-templates.ts';
import type { DemoUser, EmulatorState } from './state.ts';

// GET /2.0/sign_templates and GET /2.0/sign_templates/{template_id} (spec get_sign_templates,
// get_sign_templates_id). "Gets Box Sign templates created by a user": only the caller's own templates.

// Default page size: the docs' list example answers `"limit": 10` to a call without `limit`.
const DEFAULT_LIMIT = 10;
// spec `limit.maximum: 1000`; a larger value is answered with the maximum (SignTemplates.limit: "the same as
// the `limit` query parameter unless that value exceeded the maximum value allowed").
const MAX_LIMIT = 1000;

export function ownTemplate(state: EmulatorState, user: DemoUser, id: string): StoredTemplate | undefined {
  return state.templates.find((t) => t.id === id && t.ownerId === user.id);
}

/** 404 in the shape the emulator uses for other missing items (spec: "not found or … no access"). */
export function templateNotFound(id: string): Reply {
  return boxError(404, 'not_found', 'Not Found', {
    context_info: { errors: [{ reason: 'invalid_parameter', name: 'template', message: `Invalid value '${id}'. 'template' with value '${id}' not found` }] },
  });
}

export function listSignTemplates(ctx: Ctx, user: DemoUser): Reply {
  const { limit: rawLimit, marker } = ctx.query;
  const limit = rawLimit === undefined ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) return boxError(400, 'invalid_limit', 'Limit is not a valid number');
  const offset = parseMarker(marker);
  if (offset === null) return badRequest('Invalid marker');
  const pageSize = Math.min(limit, MAX_LIMIT);
  // Creation order [inference: the order is not documented].
  const mine = ctx.state.templates.filter((t) => t.ownerId === user.id);
  const page = mine.slice(offset, offset + pageSize);
  return json(200, {
    limit: pageSize,
    next_marker: offset + pageSize < mine.length ? encodeMarker(offset + pageSize) : null,
    prev_marker: offset > 0 ? encodeMarker(Math.max(0, offset - pageSize)) : null,
    entries: page.map(templateToBox),
  });
}

export function getSignTemplate(ctx: Ctx, user: DemoUser, id: string): Reply {
  const t = ownTemplate(ctx.state, user, id);
  return t ? json(200, templateToBox(t)) : templateNotFound(id);
}
