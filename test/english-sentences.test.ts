// compromise (a full English NLP library) as the reference for our English sentence splitter.
// compromise costs ~2 ms per sentence and ~300 ms to import, far over the per-keystroke budget, so
// the engine uses a linear splitter of its own; this test keeps the two in agreement.
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { corpus } from "../bench/corpus.mjs";
import en from "../locales/en/index.js";
import { findMasks } from "../src/mask.js";
import { normalize } from "../src/normalize.js";
import { splitSentences } from "../src/segment.js";

const ending = (s: string): string => s.replace(/\s+/g, " ").trim().slice(-12);

describe("English sentences", () => {
  it("agree with compromise's on realistic replies (≥ 99% of sentence ends)", () => {
    let agree = 0;
    let total = 0;
    for (const text of corpus("en", 200, 7)) {
      const { norm } = normalize(text, findMasks(text));
      const ours = new Set(splitSentences(norm, "en", en.text).map((s) => ending(norm.slice(s.nstart, s.nend))));
      for (const sentence of nlp(norm).sentences().out("array") as string[]) {
        if (!sentence.trim()) continue;
        total++;
        if (ours.has(ending(sentence))) agree++;
      }
    }
    expect(total).toBeGreaterThan(1000);
    expect(agree / total).toBeGreaterThanOrEqual(0.99);
  });

  it("split after ordinals and keep abbreviations together", () => {
    const norm = "it ships on the 21st. thanks! see e.g. the faq. dr. lee will call.";
    const parts = splitSentences(norm, "en", en.text).map((s) => norm.slice(s.nstart, s.nend));
    // Regression: "21st." was read as the abbreviation "st." and did not end the sentence.
    expect(parts).toEqual(["it ships on the 21st.", "thanks!", "see e.g. the faq.", "dr. lee will call."]);
  });
});
