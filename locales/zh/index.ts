import type { LocalePack } from "../../src/types.js";
import lexicon from "./shared.js";

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
  rules: {},
} satisfies LocalePack;
