// Open verb slots of no-i-ownership (RULES.md §4.7, en): a frame such as "we'll" or "has been" is an
// action when the next word is a verb of the right form. Listing every verb agents use ("we'll ship",
// "we've reactivated", "has been approved") cannot keep up with real replies, so the form is read
// from the word itself: a base form after a future frame, a past form (-ed or irregular) after a
// perfect or passive frame. The words (irregular forms, stop words) come from locale data.

/** The word lists an open slot checks; all normalized (lower case). */
export interface VerbForms {
  /** Endings of regular past forms ("ed"). */
  pastEndings: readonly string[];
  /** Irregular past forms and participles (sent, made, put, given …). */
  irregularPast: readonly string[];
  /** Words after a base-form frame that make no action (be, need, not …). */
  notBase: readonly string[];
  /** Past forms that report no action (received, noticed, delivered …). */
  notPast: readonly string[];
  /** Words right after an active past verb that turn it from the customer's matter to the company's own
   *  ("we moved to a new platform", "we've updated our policy"). */
  notObjects: readonly string[];
  /** Endings of adverbs skipped before the verb ("gladly", "personally"). */
  adverbEndings: readonly string[];
  /** Words with an adverb ending that are verbs (apply, reply). */
  notAdverbs: readonly string[];
}

/** base: "we'll" + ship; past: "we've" + reactivated; passive: "has been" + moved (to the next batch). */
export type VerbForm = "base" | "past" | "passive";

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || c === 45;

/** The word starting at pos (one space skipped), as [start, end), or undefined. */
function wordAt(norm: string, pos: number, limit: number): [number, number] | undefined {
  let s = pos;
  if (norm.charCodeAt(s) === 32) s++;
  let e = s;
  while (e < limit && isLetter(norm.charCodeAt(e))) e++;
  return e > s ? [s, e] : undefined;
}

const endsWithAny = (word: string, endings: readonly string[]): boolean =>
  endings.some((x) => word.length > x.length + 2 && word.endsWith(x));

function hasForm(word: string, form: VerbForm, forms: VerbForms): boolean {
  // "re-sent", "co-signed": the form is the last part's.
  const w = word.slice(word.lastIndexOf("-") + 1);
  if (!w) return false;
  // A base slot never holds a past form ("as we discussed"), but "-eed" is no past ending (proceed).
  if (form === "base") return !forms.notBase.includes(w) && !forms.notPast.includes(w) && (!endsWithAny(w, forms.pastEndings) || w.endsWith("eed"));
  if (forms.notPast.includes(w)) return false;
  // passive and past take the same forms.
  return forms.irregularPast.includes(w) || endsWithAny(w, forms.pastEndings);
}

/**
 * Where the verb of an open slot that a frame leaves at `pos` ends, or -1 when the next word (after
 * at most one adverb) is not a verb of that form.
 */
export function verbEnd(norm: string, pos: number, limit: number, form: VerbForm, forms: VerbForms): number {
  let word = wordAt(norm, pos, limit);
  if (!word) return -1;
  const text = (w: [number, number]): string => norm.slice(w[0], w[1]);
  const first = text(word);
  if (endsWithAny(first, forms.adverbEndings) && !forms.notAdverbs.includes(first)) {
    word = wordAt(norm, word[1], limit);
    if (!word) return -1;
  }
  if (!hasForm(text(word), form, forms)) return -1;
  const next = form === "past" ? wordAt(norm, word[1], limit) : undefined;
  return next && forms.notObjects.includes(text(next)) ? -1 : word[1];
}
