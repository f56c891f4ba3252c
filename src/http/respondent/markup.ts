/**
 * A tagged template for server-rendered HTML: `markup\`<p>${text}</p>\`` escapes every
 * interpolated value unless it is already `SafeHtml` (the result of another `markup` call).
 *
 * Why no template library: the respondent pages are a handful of small templates. A library
 * would bring a second syntax, a dependency on the path of every anonymous respondent and,
 * for the popular ones, runtime compilation; tagged template literals are checked by tsc,
 * escape by default, and keep the pages within their byte budget. (The tag is not called
 * `html` because Prettier would reformat such templates as HTML and change their output.)
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
}

export function markup(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}
