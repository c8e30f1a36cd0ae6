import { describe, expect, it } from 'vitest';
import { PHONE_METADATA_FILE as SHIPPED } from './phone-metadata';
import { PHONE_METADATA_FILE as FETCHED } from '../src/background/guard/phone-types';

describe('phone metadata in the build', () => {
  it('is written where the background fetches it', () => {
    expect(SHIPPED).toBe(FETCHED);
  });
});
