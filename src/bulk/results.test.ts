import { describe, expect, it } from 'vitest';
import type { BulkView } from '../shared/messages';
import { passwordsCsv, resultsCsv, timeLeftText } from './results';

const view: BulkView = {
  id: 'b1',
  name: null,
  createdAt: 0,
  state: 'done',
  pausedReason: null,
  counts: { done: 1, failed: 1, remaining: 0 },
  etaMs: null,
  rows: [
    { id: 'r1', email: 'a@x.org', name: null, status: 'sent', requestId: 'sr-1', link: 'https://app.box.com/folder/5', error: null },
    { id: 'r2', email: 'b@x.org', name: null, status: 'failed', requestId: null, link: null, error: 'Box said no, really' },
  ],
};

describe('resultsCsv', () => {
  it('lists email, status, request ID and link, without passwords', () => {
    expect(resultsCsv(view, { r1: 'secret' }, false)).toBe(
      'email,status,request ID,link\r\na@x.org,sent,sr-1,https://app.box.com/folder/5\r\nb@x.org,"failed: Box said no, really",,\r\n',
    );
  });

  it('words a row\'s Box failure, which the worker stores as its facts', () => {
    const failed = { ...view.rows[1]!, error: { status: 404, code: 'not_found', message: 'Not Found', resource: 'file' as const } };
    expect(resultsCsv({ ...view, rows: [failed] }, {}, false).split('\r\n')[1]).toBe('b@x.org,"failed: Box could not find this file, or you do not have access to it.",,');
  });

  it('adds the generated passwords only when asked', () => {
    expect(resultsCsv(view, { r1: 'secret' }, true).split('\r\n')[1]).toBe('a@x.org,sent,sr-1,https://app.box.com/folder/5,secret');
  });
});

it('passwordsCsv lists only rows with a generated password', () => {
  expect(passwordsCsv([{ key: 'r1', email: 'a@x.org', name: 'A' }, { key: 'r2', email: 'b@x.org', name: '' }], { r1: 'pw' })).toBe('email,name,password\r\na@x.org,A,pw\r\n');
});

it.each([[null, ''], [5_000, 'about 5 s left'], [180_000, 'about 3 min left']] as const)('timeLeftText(%s)', (ms, text) => {
  expect(timeLeftText(ms)).toBe(text);
});
