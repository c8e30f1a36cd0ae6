// Where the emulator is stricter than Box documents, it says so in one place (issue 11), so a test that
// passes or fails on such a rule can be judged: PKCE, Box's own example phone number, undocumented cancel
// refusals, and the error bodies Box does not document (Sign off, Box login, SMS countries).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(resolve(import.meta.dirname, 'README.md'), 'utf8');

function assumptions(): string {
  const start = readme.indexOf("## Assumptions beyond Box's documentation");
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start + 3);
  const end = rest.search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/\s+/g, ' ');
}

describe("emulator README: assumptions beyond Box's documentation", () => {
  it.each([
    ['PKCE', /PKCE/],
    ["Box's own example number refused", /\+15551232190/],
    ['cancel refusals Box does not list', /Cancel is refused for `expired`, `cancelled` and `error\*`/],
    ['Box Sign disabled', /Box Sign disabled for the enterprise/],
    ['Box login and SMS countries', /Box login on a plan without it, and SMS to a country Box does not text/],
    ['template prefill tags checked against the template', /`prefill_tags` on a request from a template: a `document_tag_id` the template's inputs do not have/],
  ])('lists %s', (_name, pattern) => {
    expect(assumptions()).toMatch(pattern);
  });

  it('has one such list', () => {
    expect(readme.split("## Assumptions beyond Box's documentation")).toHaveLength(2);
  });
});
