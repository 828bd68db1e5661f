import type { LocalePack } from "../../src/types.js";
import lexicon from "./shared.js";

export default {
  lang: "ko",
  lexicon,
  core: { inputTooLong: "답장이 {{length}}자로 너무 깁니다. replylint는 최대 {{max}}자까지 검사합니다." },
  text: { abbreviations: [], sentenceFinalParticles: [], trailingParticles: [] },
  rules: {},
} satisfies LocalePack;
