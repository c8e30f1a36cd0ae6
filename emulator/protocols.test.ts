import { connect, type ClientHttp2Session } from 'node:http2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.ts';
import { api, signBody } from './test-client.test-helpers.ts';

// Browsers reach the emulator over HTTP/2 (ALPN h2), Node's https client over HTTP/1.1: both work,
// and a dropped connection behaves as each protocol does.

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator();
});
afterAll(() => em.close());

function h2(authority = 'api.box.com'): ClientHttp2Session {
  return connect(`https://127.0.0.1:${em.port}`, { servername: authority, rejectUnauthorized: false });
}

function get(session: ClientHttp2Session, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':method': 'GET', ':path': path, ':authority': 'api.box.com', ...headers });
    let body = '';
    let status = 0;
    stream.on('response', (h) => (status = Number(h[':status'])));
    stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
    stream.on('end', () => resolve({ status, body }));
    stream.on('error', reject);
    stream.end();
  });
}

describe('protocols', () => {
  it('speaks HTTP/2 and dispatches on :authority; recorded headers carry host, not pseudo-headers', async () => {
    const session = h2();
    try {
      const token = em.issueDeveloperToken();
      em.clearRequests();
      const res = await get(session, '/2.0/users/me', { authorization: `Bearer ${token}` });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ type: 'user' });
      expect(session.alpnProtocol).toBe('h2');
      const [recorded] = em.requests;
      expect(recorded).toMatchObject({ host: 'api.box.com', path: '/2.0/users/me' });
      expect(Object.keys(recorded!.headers).filter((name) => name.startsWith(':'))).toEqual([]);
      expect(recorded!.headers['host']).toBe('api.box.com');
    } finally {
      session.close();
    }
  });

  it('a drop after handling closes the whole HTTP/2 session, with the request already in effect', async () => {
    const session = h2();
    const token = em.issueDeveloperToken();
    em.failNext({ method: 'GET', path: '/2.0/users/me' }, { drop: true, afterHandling: true });
    const closed = new Promise<void>((resolve) => session.once('close', () => resolve()));
    const res = await get(session, '/2.0/users/me', { authorization: `Bearer ${token}` }).catch(() => ({ status: 0, body: '' }));
    expect(res).toEqual({ status: 0, body: '' }); // no answer at all
    await closed;
    expect(session.destroyed).toBe(true);
  });

  it('still answers HTTP/1.1 clients (no h2 offered)', async () => {
    const token = em.issueDeveloperToken();
    const res = await api(em, token, 'POST', '/2.0/sign_requests', signBody());
    expect(res.status).toBe(201);
  });
});
