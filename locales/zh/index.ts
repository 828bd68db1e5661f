import type { LocalePack, RuleLocale } from "../../src/types.js";
import anythingElseCloser from "./anything-else-closer.js";
import lexicon from "./shared.js";
import templateApology from "./template-apology.js";

export default {
  lang: "zh",
  lexicon,
  core: { inputTooLong: "回复长度为 {{length}} 个字符，超过了 replylint 的上限 {{max}}。" },
  text: {
    abbreviations: [],
    sentenceFinalParticles: [],
    // Modal particles excluded from spans (RULES.md §0), longest first.
    trailingParticles: ["哦", "哈", "呢", "啦", "呀", "喔", "啊", "~", "～"],
  },
  rules: {
    "anything-else-closer": anythingElseCloser as RuleLocale,
    "template-apology": templateApology as RuleLocale,
  },
} satisfies LocalePack;
