import type { LocalePack, RuleLocale } from "../../src/types.js";
import anythingElseCloser from "./anything-else-closer.js";
import blameShifting from "./blame-shifting.js";
import butPivot from "./but-pivot.js";
import condescendingQuestion from "./condescending-question.js";
import emptyEmpathy from "./empty-empathy.js";
import excuse from "./excuse.js";
import favorFraming from "./favor-framing.js";
import missingTimeline from "./missing-timeline.js";
import noIOwnership from "./no-i-ownership.js";
import lexicon from "./shared.js";
import templateApology from "./template-apology.js";

// Polite particles, longest first so that นะคะ is taken before คะ. A space after one of them ends a
// Thai sentence (RULES.md §1.4); they are also trimmed from the end of reported spans.
const PARTICLES = ["นะครับ", "นะคะ", "นะค่ะ", "นะคับ", "นะฮะ", "ครับผม", "คร้าบ", "ค้าบ", "ค่ะ", "คะ", "ครับ", "คับ", "ค่า", "จ้ะ", "จ้า", "ฮะ", "ฮับ", "นะ", "จ๊ะ"];

export default {
  lang: "th",
  lexicon,
  core: { inputTooLong: "ข้อความยาว {{length}} ตัวอักษร replylint ตรวจได้สูงสุด {{max}} ตัวอักษร" },
  text: { abbreviations: [], sentenceFinalParticles: PARTICLES, trailingParticles: PARTICLES },
  rules: {
    "anything-else-closer": anythingElseCloser as RuleLocale,
    "blame-shifting": blameShifting as RuleLocale,
    "but-pivot": butPivot as RuleLocale,
    "condescending-question": condescendingQuestion as RuleLocale,
    "empty-empathy": emptyEmpathy as RuleLocale,
    "excuse": excuse as RuleLocale,
    "favor-framing": favorFraming as RuleLocale,
    "missing-timeline": missingTimeline as RuleLocale,
    "no-i-ownership": noIOwnership as RuleLocale,
    "template-apology": templateApology as RuleLocale,
  },
} satisfies LocalePack;
