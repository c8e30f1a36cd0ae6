// The test bridge's wire format (end-to-end builds only; see content.ts).
export const E2E_CHANNEL = 'secureSignE2E';

export type BridgeCommand = 'call' | 'pageFiles' | 'menuClick' | 'fetch' | 'originRule' | 'redirectUri' | 'storage' | 'openPage' | 'notificationClick' | 'plantLocal' | 'managed' | 'alarm' | 'alarms';

export interface BridgeRequest {
  [E2E_CHANNEL]: 'request';
  id: string;
  command: BridgeCommand;
  args: unknown;
}

export type BridgeReply = { ok: true; value: unknown } | { ok: false; error: string };

export function isBridgeRequest(data: unknown): data is BridgeRequest {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d[E2E_CHANNEL] === 'request' && typeof d['id'] === 'string' && typeof d['command'] === 'string';
}
