import type { ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer, type Http2ServerResponse, type Http2Session } from 'node:http2';
import type { Socket } from 'node:net';
import { handleApiHost } from './api.ts';
import { handleAuthorize } from './authorize.ts';
import type { Certificate } from './cert.ts';
import { internalError } from './errors.ts';
import { FaultRegistry, faultReply, sleep } from './faults.ts';
import { hostOf, lowerHeaders, parseBody, readBody, text, type Ctx, type IncomingRequest, type Reply } from './http.ts';
import { handleAppHost } from './pages.ts';
import type { EmulatorState } from './state.ts';
import type { FaultSpec, RecordedRequest } from './types.ts';

// One HTTPS server for every Box host; dispatch on the Host header (`:authority` in HTTP/2), port stripped.
// It speaks HTTP/2 and falls back to HTTP/1.1 for clients that do not offer h2 over ALPN, as a modern
// edge does: Box's API has answered through a new service proxy since 2021, with lowercase headers,
// HTTP/2's wire form [inference from Box's notice in cburnette/boxr#101]. Browsers therefore meet the
// emulator as they would Box: one multiplexed connection, and a cut connection takes every stream on it.

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

type Response = ServerResponse | Http2ServerResponse;

function write(res: Response, reply: Reply): void {
  if (res.destroyed) return;
  // HTTP/1.1 and HTTP/2 compatibility responses share this writeHead signature.
  (res as ServerResponse).writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)) });
  res.end(reply.body);
}

/** The connection goes away without an answer, as when a TCP connection is cut (over HTTP/2: the whole session). */
function drop(req: IncomingRequest, res: Response): void {
  if ('stream' in req) {
    req.stream.session?.destroy();
    return;
  }
  res.destroy();
  req.socket.destroy();
}

export interface ServerDeps {
  state: EmulatorState;
  faults: FaultRegistry;
  requests: RecordedRequest[];
  cert: Certificate;
}

async function parse(req: IncomingRequest, state: EmulatorState): Promise<Ctx> {
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
async function answer(req: IncomingRequest, res: Response, ctx: Ctx, fault: FaultSpec | undefined): Promise<void> {
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

export interface BoxServer {
  server: Http2SecureServer;
  /** Closes every open connection, HTTP/2 sessions and HTTP/1.1 sockets alike. */
  closeAllConnections(): void;
}

export function startServer(deps: ServerDeps): BoxServer {
  const server = createSecureServer({ key: deps.cert.key, cert: deps.cert.cert, allowHTTP1: true }, (req, res) => {
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
  return { server, closeAllConnections: trackConnections(server) };
}

function trackConnections(server: Http2SecureServer): () => void {
  const open = new Set<Http2Session | Socket>();
  const track = (c: Http2Session | Socket): void => {
    open.add(c);
    c.once('close', () => open.delete(c));
  };
  server.on('session', track);
  server.on('secureConnection', track);
  return () => {
    for (const c of open) c.destroy();
  };
}
