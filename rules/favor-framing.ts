// favor-framing (RULES.md §4.10): the reply presents fixing the company's own failure as a favour, an
// exception or an act of generosity ("as a one-time courtesy", 이번 한 번만 특별히, 破例, เป็นกรณีพิเศษ).
// Only the framing is reported; the remedy itself (a refund, a free upgrade) is fine. Framing phrases
// side by side ("as a goodwill gesture, just this once"; 仅此一次，下不为例) make one span.

import { defineRule } from "../src/define.js";
import { trimSpan } from "../src/spans.js";
import type { Lexicon, Patterns, PhraseMatch, Segment } from "../src/types.js";
import { clausesOf, dropPhrase, mergeAdjacent, overlaps, seg } from "./lib/condescending-question-edits.js";

export type MessageId = "favorFraming" | "dropFraming";

export interface Data {
  /** Framing phrases; the match is the span. */
  phrases: Patterns;
  /** Framings that run to the end of their clause (th เห็นแก่ที่เป็นลูกค้าเก่า); the span ends with the clause. */
  clauses?: Patterns;
  /** Other senses that cancel an overlapping hit (software exceptions, "special offer"). */
  exceptions?: Patterns;
  /** Reason frame added when the framing is dropped (en: before the end punctuation; else after the sentence). */
  reason: string;
  lexicon?: Lexicon;
}

export default defineRule<MessageId, Data>({
  meta: {
    id: "favor-framing",
    type: "suggestion",
    description: "Fixing the company's own failure presented as a favour or an exception.",
    defaultSeverity: "warning",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["favorFraming", "dropFraming"],
    hasSuggestions: true,
    messages: {
      favorFraming: "Fixing our failure isn't a favour (\"{{actual}}\"). Drop the framing and keep the action.",
      dropFraming: "Drop the framing; say why the remedy is owed",
    },
  },
  create: ({ data, lang, match, report }) => ({
    sentence(sentence, reply) {
      const phrases = data.phrases.length ? match(sentence, data.phrases) : [];
      const toClauseEnd = data.clauses?.length ? match(sentence, data.clauses) : [];
      if (phrases.length === 0 && toClauseEnd.length === 0) return;
      const exceptions: readonly PhraseMatch[] = data.exceptions?.length ? match(sentence, data.exceptions) : [];
      const hits: Segment[] = phrases.filter((m) => !overlaps(m, exceptions));
      if (toClauseEnd.length) {
        const clauses = clausesOf(reply, sentence);
        for (const m of toClauseEnd) {
          if (overlaps(m, exceptions)) continue;
          const clause = clauses.find((c) => m.nstart < c.nend) ?? sentence;
          hits.push(seg(reply, m.nstart, Math.max(m.nend, clause.nend)));
        }
      }
      for (const hit of mergeAdjacent(reply, hits)) {
        const span = trimSpan(reply, reply.conventions.trailingParticles, hit.nstart, hit.nend);
        if (span.nend <= span.nstart) continue;
        report({
          messageId: "favorFraming",
          data: { actual: reply.text.slice(span.start, span.end) },
          start: span.start,
          end: span.end,
          suggest: [{ messageId: "dropFraming", edits: dropPhrase(reply, lang, sentence, span, data.reason) }],
        });
      }
    },
  }),
});
