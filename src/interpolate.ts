// Message and rewrite templates: `{{name}}` is filled from data (unknown keys are left as written,
// as ESLint does); a single-brace `{slot}` is left for the agent and listed as needsInput.

const DATA = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;
const SLOT = /(?<!\{)\{[^{}\n]{1,40}\}(?!\})/g;

export function interpolate(template: string, data: Readonly<Record<string, string>> = {}): string {
  return template.replace(DATA, (whole, key: string) => (Object.hasOwn(data, key) ? (data[key] as string) : whole));
}

/** The `{slot}`s of a rewrite, in order of first appearance. */
export function slotsOf(text: string): string[] {
  return [...new Set(text.match(SLOT) ?? [])];
}
