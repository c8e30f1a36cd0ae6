// Stryker's vitest runner counts a test file that fails to import as passing (the file has no test
// results), so a mutant that makes a settings module throw at import (its zod schemas are built at
// load) survives every test file that imports it statically. Importing inside a test turns that
// throw into a failed test. Kept apart: a static import of '.' here would fail the file instead.
import { describe, expect, it } from 'vitest';

describe('the settings modules', () => {
  it('load, and parse a policy and stored settings', async () => {
    const settings = await import('.');
    expect(settings.readManagedPolicy({ clientId: ' abc123 ', enterpriseSubdomain: ' Acme ' })).toMatchObject({ clientId: 'abc123', enterpriseSubdomain: 'acme', ignored: [] });
    expect(settings.readSettings(undefined)).toEqual(settings.DEFAULT_SETTINGS);
  });
});
