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

// Jamo emoticons that trail a Korean sentence (ㅎㅎ, ㅋㅋ, ㅠㅠ, ㅜㅜ) stay outside reported spans like
// punctuation and emoji do. They are letters to the span trimmer, so they are listed here, in the form
// the normalized copy has them (NFKC turns compatibility jamo into conjoining jamo).
const TRAILING = ["ㅎ", "ㅋ", "ㅠ", "ㅜ"].map((s) => s.normalize("NFKC"));

export default {
  lang: "ko",
  lexicon,
  core: { inputTooLong: "답장이 {{length}}자로 너무 깁니다. replylint는 최대 {{max}}자까지 검사합니다." },
  text: { abbreviations: [], sentenceFinalParticles: [], trailingParticles: TRAILING },
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
