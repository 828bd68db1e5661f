// Applying safe suggestions: the first suggestion of each diagnostic that needs no input from the
// agent, skipping any whose edits overlap an edit already taken (ESLint's rule: first come wins).

import type { Diagnostic, TextEdit } from "./types.js";

export function pickSafeEdits(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; applied: Diagnostic[] } {
  const edits: TextEdit[] = [];
  const applied: Diagnostic[] = [];
  for (const d of diagnostics) {
    const safe = d.suggestions.find((s) => s.needsInput.length === 0);
    if (!safe) continue;
    const clash = safe.edits.some((e) => edits.some((t) => e.start < t.end && t.start < e.end ||
      (e.start === e.end && e.start === t.start) || (t.start === t.end && t.start === e.start)));
    if (clash) continue;
    edits.push(...safe.edits);
    applied.push(d);
  }
  edits.sort((a, b) => a.start - b.start);
  return { edits, applied };
}

/** Applies sorted, non-overlapping edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
