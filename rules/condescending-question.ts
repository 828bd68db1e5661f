// condescending-question (RULES.md §4.9): a question or remark implying that the customer is careless
// or not paying attention. The markers are doubt and intensity words ("are you sure you…", "did you
// even…", 제대로 …신 거 맞으세요, 您到底有没有, …บ้างหรือยัง) and reproaches for repeating ("as I already
// explained", 아까도 말씀드렸지만, 我刚才已经说过了, ดิฉันแจ้งไปแล้วว่า) — never troubleshooting itself.
// Confirming intent before a destructive action ("are you sure you want to cancel") is an exception.
//
// Spans: a question is reported as the question (en, ko: from the clause it starts in to the end of the
// sentence; zh, th: the clauses it spans); a reproach as its phrase; a "clearly written" statement
// (zh, th) as its clause.

import { defineRule } from "../src/define.js";
import { trimEndWhile, trimSpan } from "../src/spans.js";
import type { Lexicon, Patterns, PhraseMatch, Reply, Segment, TextEdit } from "../src/types.js";
import { clausesOf, dropPhrase, isEmptyRest, overlaps, seg } from "./lib/condescending-question-edits.js";

const FINAL_PUNCTUATION = /[.。!！?？\s]/u;

export type MessageId = "condescending" | "askNeutrally" | "giveReason";

export interface Data {
  /** Doubting questions; the question is the span. Looked up first (they carry rare anchors). */
  questions: Patterns;
  /** Tag questions after a customer action ("you clicked Save, right?"): only at the start of a clause. */
  tags?: Patterns;
  /** Reproaches for repeating ("as I already explained"); the phrase is the span. */
  reproaches?: Patterns;
  /** "It's written clearly on the page" remarks; the clause is the span. */
  statements?: Patterns;
  /** Look-alikes that cancel an overlapping hit: confirming intent, neutral 혹시 …을까요, praise. */
  exceptions?: Patterns;
  /** Neutral question frames replacing a question, best first; `{slot}`s are facts only the agent knows. */
  rewrites: readonly string[];
  /** Reason frame added when a reproach is dropped (en: before the end punctuation; else after the sentence). */
  reason: string;
  lexicon?: Lexicon;
}

type Kind = "question" | "reproach" | "statement";

export default defineRule<MessageId, Data>({
  meta: {
    id: "condescending-question",
    type: "problem",
    description: "Question or remark implying that the customer is careless or not paying attention.",
    defaultSeverity: "error",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["condescending", "askNeutrally", "giveReason"],
    hasSuggestions: true,
    messages: {
      condescending: "Sounds like doubting the customer (\"{{actual}}\"). Ask neutrally, and give the reason for asking.",
      askNeutrally: "Ask about the thing, not the person, and say why",
      giveReason: "Drop the reproach and give the reason",
    },
  },
  create: ({ data, lang, match, report }) => {
    const find = (s: Segment, patterns: Patterns | undefined): readonly PhraseMatch[] => (patterns?.length ? match(s, patterns) : []);
    const spaceless = lang === "zh" || lang === "th";

    return {
      sentence(sentence, reply) {
        const questions = find(sentence, data.questions);
        const reproaches = find(sentence, data.reproaches);
        const statements = find(sentence, data.statements);
        const tags = find(sentence, data.tags);
        if (questions.length === 0 && reproaches.length === 0 && statements.length === 0 && tags.length === 0) return;
        const hits: { m: PhraseMatch; kind: Kind }[] = [];
        for (const m of questions) hits.push({ m, kind: "question" });
        for (const m of reproaches) hits.push({ m, kind: "reproach" });
        for (const m of statements) hits.push({ m, kind: "statement" });
        const clauses = clausesOf(reply, sentence);
        const clauseAt = (n: number): Segment => clauses.find((c) => n < c.nend) ?? (clauses[clauses.length - 1] as Segment);
        for (const m of tags) {
          // The tag's subject opens its clause (after a lead-in such as "so", "and") and the sentence asks.
          const clause = clauseAt(m.nstart);
          if (!isEmptyRest(reply, clause.nstart, m.nstart)) continue;
          if (!reply.normText(sentence).trimEnd().endsWith("?")) continue;
          hits.push({ m, kind: "question" });
        }
        const exceptions = find(sentence, data.exceptions);
        const taken: Segment[] = [];
        const regions = hits
          .filter(({ m }) => !overlaps(m, exceptions))
          .map(({ m, kind }) => ({ kind, region: regionOf(reply, sentence, clauses, clauseAt, m, kind) }))
          .sort((a, b) => a.region.nstart - b.region.nstart || b.region.nend - a.region.nend);
        for (const { kind, region } of regions) {
          const span = trimSpan(reply, reply.conventions.trailingParticles, region.nstart, region.nend);
          if (span.nend <= span.nstart || overlaps(span, taken)) continue;
          taken.push(span);
          flag(reply, sentence, span, kind);
        }
      },
    };

    function regionOf(reply: Reply, sentence: Segment, clauses: readonly Segment[], clauseAt: (n: number) => Segment,
      m: PhraseMatch, kind: Kind): Segment {
      if (kind === "reproach") {
        // ko: a phrase ends with its eojeol (분명히 나와 있 → 분명히 나와 있습니다).
        let end = m.nend;
        if (lang === "ko") while (end < sentence.nend && /[\p{L}\p{N}]/u.test(reply.norm[end] as string)) end++;
        return seg(reply, m.nstart, end);
      }
      const first = clauseAt(m.nstart);
      if (kind === "question" && !spaceless) return seg(reply, first.nstart, sentence.nend);
      const last = [...clauses].reverse().find((c) => c.nstart < m.nend) ?? first;
      return seg(reply, first.nstart, Math.max(last.nend, m.nend));
    }

    function flag(reply: Reply, sentence: Segment, span: Segment, kind: Kind): void {
      const actual = reply.text.slice(span.start, span.end);
      let suggest: { messageId: MessageId; edits: TextEdit[] }[];
      if (kind !== "question") {
        suggest = [{ messageId: "giveReason", edits: dropPhrase(reply, lang, sentence, span, data.reason) }];
      } else {
        // The frame brings its own punctuation when the question runs to the end of its sentence.
        let last = sentence.nend;
        while (last > span.nend && /\s/.test(reply.norm[last - 1] as string)) last--;
        const toEnd = !/[\p{L}\p{N}\uFFFC]/u.test(reply.norm.slice(span.nend, last));
        const end = toEnd ? reply.toInputEnd(last) : span.end;
        const mid = lang === "en" && !isEmptyRest(reply, sentence.nstart, span.nstart);
        suggest = data.rewrites.map((frame) => {
          let text = toEnd ? frame : trimEndWhile(frame, (ch) => FINAL_PUNCTUATION.test(ch));
          if (mid) text = text.charAt(0).toLowerCase() + text.slice(1);
          return { messageId: "askNeutrally" as const, edits: [{ start: span.start, end, text }] };
        });
      }
      report({ messageId: "condescending", data: { actual }, start: span.start, end: span.end, suggest });
    }
  },
});
