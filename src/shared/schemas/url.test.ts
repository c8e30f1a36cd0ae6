import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { httpsUrl } from './url';

const ours = httpsUrl(40);
const zods = z.url({ protocol: /^https$/ }).check(z.maxLength(40));

const inputs: unknown[] = [
  'https://app.box.com/s/abc', '  https://app.box.com/s/abc  ', 'https://app.box.com/s/a\tb\nc', 'https://exa\nmple.com/s/x',
  '\thttps://app.box.com/v/name\r\n', 'HTTPS://APP.BOX.COM/s/x', 'https:app.box.com/s/x', 'https:/app.box.com', 'https://',
  'http://app.box.com/s/abc', 'ftp://app.box.com/', 'javascript:alert(1)', 'app.box.com/s/abc', '', '   ', 'https://[::1]/s/x',
  'https://user:pw@app.box.com/s/x', 'https://app.box.com/s/' + 'x'.repeat(18), 'https://app.box.com/s/' + 'x'.repeat(19),
  'https://app.box.com/s/' + 'x'.repeat(17) + '\n\n', 'https://ex ample.com', 'https://app.box.com:99999/', 'https://%zz/',
  null, undefined, 3, ['https://app.box.com/s/x'], { href: 'https://app.box.com/s/x' },
];

describe('httpsUrl', () => {
  it.each(inputs.map((input, i) => [i, input]))('accepts and returns what z.url({ protocol: /^https$/ }) does (input %i)', (_, input) => {
    const expected = zods.safeParse(input);
    const actual = ours.safeParse(input);
    expect(actual.success).toBe(expected.success);
    if (expected.success) expect(actual.data).toBe(expected.data);
  });
});
