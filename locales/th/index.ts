import type { LocalePack } from "../../src/types.js";
import lexicon from "./shared.js";

// Polite particles, longest first so that นะคะ is taken before คะ.
const PARTICLES = ["นะครับ", "นะคะ", "นะค่ะ", "ครับผม", "ค่ะ", "คะ", "ครับ", "คับ", "ค่า", "จ้ะ", "จ้า", "ฮะ", "นะ", "จ๊ะ"];

export default {
  lang: "th",
  lexicon,
  core: { inputTooLong: "ข้อความยาว {{length}} ตัวอักษร replylint ตรวจได้สูงสุด {{max}} ตัวอักษร" },
  text: { abbreviations: [], sentenceFinalParticles: PARTICLES, trailingParticles: PARTICLES },
  rules: {},
} satisfies LocalePack;
