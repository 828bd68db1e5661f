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

export default {
  lang: "en",
  lexicon,
  core: { inputTooLong: "Reply is {{length}} characters long; replylint lints at most {{max}}." },
  text: {
    abbreviations: ["e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "vs", "no", "approx", "st", "jr", "sr", "inc", "ltd", "co", "min", "hrs", "a.m", "p.m", "u.s", "acct", "dept", "ref"],
    sentenceFinalParticles: [],
    trailingParticles: [],
  },
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
