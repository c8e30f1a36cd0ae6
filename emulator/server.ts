import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleApiHost } from './api.ts';
import { handleAuthorize } from './authorize.ts';
import type { Certificate } from './cert.ts';
import { internalError } from './errors.ts';
import { FaultRegistry, faultReply, sleep } from './faults.ts';
import { hostOf, lowerHeaders, parseBody, readBody, text, type Ctx, type Reply } from './http.ts';
import { handleAppHost } from './pages.ts';
import type { EmulatorState } from './state.ts';
import type { FaultSpec, RecordedRequest } from './types.ts';

// One HTTPS server for every Box host; dispatch on the Host header (port stripped).

const APP_HOST = /^(?:app\.box\.com|[a-z0-9-]+\.app\.box\.com|[a-z0-9-]+\.ent\.box\.com)$/;

function dispatch(ctx: Ctx): Reply {
  if (ctx.host === 'api.box.com') return handleApiHost(ctx);
  if (ctx.host === 'account.box.com') return handleAuthorize(ctx);
  if (APP_HOST.test(ctx.host)) return handleAppHost(ctx);
  return text(404, 'Not Found');
}

function safeDispatch(ctx: Ctx): Reply {
  try {
    return dispatch(ctx);
  } catch (err) {
    console.error('[box-emulator] handler failed', err);
    return internalError();
  }
}

function write(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)) });
  res.end(reply.body);
}

function drop(req: IncomingMessage, res: ServerResponse): void {
  res.destroy();
  req.socket.destroy();
}

export interface ServerDeps {
  state: EmulatorState;
  faults: FaultRegistry;
  requests: RecordedRequest[];
  cert: Certificate;
}

async function parse(req: IncomingMessage, state: EmulatorState): Promise<Ctx> {
  const rawBody = await readBody(req);
  const headers = lowerHeaders(req);
  const url = new URL(req.url ?? '/', 'https://placeholder.invalid');
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    host: hostOf(headers),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: parseBody(headers['content-type'], rawBody),
    rawBody,
    state,
  };
}

/** Fault applied before handling (the request has no effect) or after it ("outcome unknown"). */
async function answer(req: IncomingMessage, res: ServerResponse, ctx: Ctx, fault: FaultSpec | undefined): Promise<void> {
  if (fault && !fault.afterHandling) {
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) return drop(req, res);
    const early = faultReply(fault);
    if (early) return write(res, early);
  }
  const reply = safeDispatch(ctx);
  if (fault?.afterHandling) {
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) return drop(req, res);
    const late = faultReply(fault);
    if (late) return write(res, late);
  }
  write(res, reply);
}

export function startServer(deps: ServerDeps): Server {
  return createServer({ key: deps.cert.key, cert: deps.cert.cert }, (req, res) => {
    void (async () => {
      const ctx = await parse(req, deps.state);
      // Recorded before any fault applies: tests assert what the client sent even when it "failed".
      deps.requests.push({
        method: ctx.method, host: ctx.host, path: ctx.path, query: ctx.query,
        headers: ctx.headers, body: ctx.body, at: deps.state.now(),
      });
      await answer(req, res, ctx, deps.faults.take(ctx.method, ctx.host, ctx.path));
    })().catch((err: unknown) => {
      console.error('[box-emulator] request failed', err);
      if (!res.headersSent) write(res, internalError());
    });
  });
}
