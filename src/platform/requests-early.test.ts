import { expect, it } from 'vitest';
import { REQUESTS_HEAD_KEY } from '../shared/requests-cache';
import { EARLY_REQUESTS_KEY } from './requests-early';

it('reads the key the worker writes the newest requests under', () => {
  expect(EARLY_REQUESTS_KEY).toBe(REQUESTS_HEAD_KEY);
});
