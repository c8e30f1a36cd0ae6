import { describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../popup/form/draft';
import { KNOWN_AUTH_KEY } from '../shared/known-auth';
import { LAUNCH_KEY } from '../shared/launch';
import { SETTINGS_KEY } from '../shared/settings';
import { early, EARLY_SESSION_KEYS, EARLY_SYNC_KEYS } from './popup-early';

describe('the popup reads started early', () => {
  it('are of the keys the popup then reads', () => {
    expect(EARLY_SESSION_KEYS).toEqual([LAUNCH_KEY, DRAFT_KEY, KNOWN_AUTH_KEY]);
    expect(EARLY_SYNC_KEYS).toEqual(['settings']);
    expect(EARLY_SYNC_KEYS).toEqual([SETTINGS_KEY]);
  });

  it('are not started outside an extension page', () => {
    expect(early).toBeNull();
  });
});
