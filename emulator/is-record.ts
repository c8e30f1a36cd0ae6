// Request bodies arrive as `unknown`; the models, validators and handlers all narrow them with this.
// Its own module so that plain data modules (sign-model, paging…) need not import http.ts, which depends on
// the whole state (Ctx), and so would close an import cycle through state.ts.

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
