// template-apology (RULES.md §4.1): a stock apology whose object is an abstract noun ("any
// inconvenience", 불편, 不便, ความไม่สะดวก) or a fixed formula with no object. Structure lives in the
// locale patterns (apology + frame + generic object + generic tails); the rule adds the exceptions
// and the rewrites.

import { defineRule } from "../src/define.js";
import type { Lexicon, Patterns } from "../src/types.js";

export type MessageId = "templateApology" | "useSpecific";

export interface Data {
  /** Boilerplate apology formulas; the match is the reported span. */
  patterns: Patterns;
  /** Frames that, overlapping a match, make it specific or a softener ("sorry to hear", 양해해 주셔서). */
  exceptions?: Patterns;
  /** Rewrite frames, best first. `{slot}`s are facts only the agent knows. */
  rewrites: readonly string[];
  lexicon?: Lexicon;
}

export default defineRule<MessageId, Data>({
  meta: {
    id: "template-apology",
    type: "problem",
    description: "Boilerplate apology that names no specific failure.",
    defaultSeverity: "warning",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["templateApology", "useSpecific"],
    hasSuggestions: true,
  },
  create: ({ data, lang, match, report }) => ({
    sentence(sentence) {
      const found = match(sentence, data.patterns);
      // Exceptions only matter once a formula is there (most sentences have none).
      const exceptions = found.length && data.exceptions?.length ? match(sentence, data.exceptions) : [];
      for (const m of found) {
        if (exceptions.some((x) => x.nstart < m.nend && m.nstart < x.nend)) continue;
        // Mid-sentence in English ("…, and apologies for any trouble"): the rewrite starts lower-case
        // (but "I" stays a capital).
        const midSentence = lang === "en" && m.nstart > sentence.nstart;
        const lower = (frame: string): string => (/^I(?![a-z])/.test(frame) ? frame : frame.charAt(0).toLowerCase() + frame.slice(1));
        report({
          messageId: "templateApology",
          data: { actual: m.text },
          start: m.start,
          end: m.end,
          suggest: data.rewrites.map((frame) => ({
            messageId: "useSpecific",
            edits: [{ start: m.start, end: m.end, text: midSentence ? lower(frame) : frame }],
          })),
        });
      }
    },
  }),
});
