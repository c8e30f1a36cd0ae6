/** Escape text for HTML content and double-quoted attributes. */
export function esc(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Marks a string as already-escaped markup. */
export interface Markup {
  readonly markup: string;
}

export const raw = (markup: string): Markup => ({ markup });

/** Tagged template that escapes every interpolation unless it is Markup (or an array of Markup). */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return raw(out);
}

function render(v: unknown): string {
  if (Array.isArray(v)) return v.map(render).join('');
  if (typeof v === 'object' && v !== null && 'markup' in v) return (v as Markup).markup;
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

export function page(title: string, body: Markup, extraHead: Markup = raw('')): string {
  return `<!DOCTYPE html>
${h`<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${extraHead}</head><body>${body}</body></html>`.markup}
`;
}
