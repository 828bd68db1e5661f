// Language detection: script first (Hangul, Thai, Han), then, for Latin script, a cheap English
// function-word test, and franc (restricted to Latin-script languages) only when that test is unsure.
// franc costs ~0.1 ms per reply; the function-word test costs a few µs and settles most English replies.

import { franc } from "franc";
import { FRANC_LANGUAGES } from "./franc-languages.js";
import type { Lang } from "./types.js";
import { findMasks } from "./mask.js";
import { normalize } from "./normalize.js";

const FRANC_ONLY = FRANC_LANGUAGES;

// Very frequent English words that are rare as words in the other Latin-script languages above.
const ENGLISH = new Set(("the you your i we our it is are was be been to of and for with this that " +
  "have has can will would could please thanks thank hi hello sorry if not on at in my me us " +
  "let know just get what when how there here any all as so do does did an a").split(" "));
// Letters that English text almost never has.
const FOREIGN_LETTERS = /[ñ¿¡ßäöüãõçåøæœłąęśźżčřšžěůőűğışţă]/;

export interface ScriptCounts {
  latin: number;
  hangul: number;
  han: number;
  thai: number;
  kana: number;
  other: number;
}

export function countScripts(norm: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, hangul: 0, han: 0, thai: 0, kana: 0, other: 0 };
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) counts.latin++;
    } else if (c >= 0xac00 && c <= 0xd7a3) counts.hangul++;
    else if (c >= 0x0e01 && c <= 0x0e4e) counts.thai++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) counts.han++;
    else if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) counts.latin++;
    else if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) counts.hangul++;
    else if ((c >= 0x370 && c <= 0x6ff) || (c >= 0x900 && c <= 0xdff)) counts.other++;
  }
  return counts;
}

function detectLatin(norm: string): Lang | "und" {
  if (FOREIGN_LETTERS.test(norm)) {
    // Still English if franc is sure (a customer's name like "Zoë" or "José").
    return franc(norm.slice(0, 600), { only: FRANC_ONLY, minLength: 10 }) === "eng" ? "en" : "und";
  }
  let words = 0;
  let english = 0;
  const re = /[a-z']+/g;
  for (let m = re.exec(norm); m && words < 200; m = re.exec(norm)) {
    words++;
    if (ENGLISH.has(m[0])) english++;
  }
  if (words <= 3 || english / words >= 0.2) return "en";
  return franc(norm.slice(0, 600), { only: FRANC_ONLY, minLength: 10 }) === "eng" ? "en" : english > 0 && words < 8 ? "en" : "und";
}

/** Detects from an already normalized, masked copy (what the linter has at hand). */
export function detectNormalized(norm: string): Lang | "und" {
  const s = countScripts(norm);
  // One Hangul syllable or Han character carries about as much as two or three Latin letters.
  const scores: [Lang | "ja", number][] = [["ko", s.hangul * 3], ["zh", s.han * 2], ["th", s.thai], ["ja", s.kana * 3]];
  scores.sort((a, b) => b[1] - a[1]);
  const [top, topScore] = scores[0] as [Lang | "ja", number];
  if (topScore > 0 && topScore >= s.latin * 0.5) {
    if (top === "ja" || (top === "zh" && s.kana * 3 >= topScore * 0.1)) return "und";
    return top;
  }
  if (s.latin === 0) return "und";
  if (s.other > s.latin) return "und";
  return detectLatin(norm);
}

/** The reply's language: "en", "ko", "zh", "th", or "und" when it is none of them. */
export function detectLanguage(text: string): Lang | "und" {
  if (typeof text !== "string" || text.length === 0) return "und";
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return detectNormalized(normalize(sample, findMasks(sample)).norm);
}
