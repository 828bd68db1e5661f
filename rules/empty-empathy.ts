// empty-empathy (RULES.md §4.8): a stock empathy formula that names a generic feeling instead of the
// customer's situation ("I understand your frustration", 충분히 이해합니다, 理解您的心情,
// เข้าใจความรู้สึก). The locale data sorts the formulas by how their span and exceptions work:
//   formulas     — the match is the span;
//   complements  — a how/why/that complement about a feeling: the span runs to the end of its clause;
//   bare         — a formula with no object: only at the start of its clause, after lead-ins (@generic);
//   guesses      — a guessed feeling or an exclamation: specific (not flagged) when the same sentence
//                  (th: the same or the previous clause) names the situation before it.
// An action in the same or the next sentence never excuses the formula.

import { defineRule } from "../src/define.js";
import { trimSpan } from "../src/spans.js";
import type { Lang, Lexicon, Patterns, PhraseMatch, Reply, Segment } from "../src/types.js";

export type MessageId = "emptyEmpathy" | "nameSituation";

export interface Data {
  /** Formulas whose match is the reported span. */
  formulas: Patterns;
  /** Formulas with a how/why/that complement that only names a feeling; the span runs to the clause end. */
  complements?: Patterns;
  /** Formulas with no object ("충분히 이해합니다", 非常理解): only after lead-ins at the start of a clause. */
  bare?: Patterns;
  /** Guessed feelings and exclamations: not flagged when the situation is named before them. */
  guesses?: Patterns;
  /** Look-alikes in the sentence (thanks for understanding, softeners, "if I understand"); they cancel
   *  an overlapping formula, bare formula or guess (never a complement). */
  exceptions?: Patterns;
  /** Lead-ins and generic references (네, 亲, this issue, เรื่องนี้): no situation, no object. */
  generic?: Patterns;
  /** Words that end a complement before its clause does (en: and, but). */
  breaks?: Patterns;
  /** Rewrite frames, best first; `{slot}`s are facts only the agent knows. */
  rewrites: readonly string[];
  lexicon?: Lexicon;
}

type Kind = "formula" | "complement" | "bare" | "guess";

interface Compiled {
  all: Patterns;
  kinds: Map<string, Kind>;
}

// One pattern list per locale data object (compiled patterns are cached by the array's identity).
const compiledFor = new WeakMap<Data, Compiled>();
function compile(data: Data): Compiled {
  let c = compiledFor.get(data);
  if (!c) {
    const kinds = new Map<string, Kind>();
    const add = (list: Patterns | undefined, kind: Kind): void => list?.forEach((p) => kinds.has(p) || kinds.set(p, kind));
    add(data.complements, "complement");
    add(data.formulas, "formula");
    add(data.bare, "bare");
    add(data.guesses, "guess");
    c = { all: [...kinds.keys()], kinds };
    compiledFor.set(data, c);
  }
  return c;
}

/** Content a situation needs before a guessed feeling, once lead-ins and generic references are gone. */
const SITUATION: Record<Lang, (text: string) => boolean> = {
  en: (t) => (t.match(/\p{L}{3,}/gu) ?? []).length >= 2,
  ko: (t) => t.split(" ").some((w) => (w.match(/[\uac00-\ud7a3]/g) ?? []).length >= 2),
  zh: (t) => (t.match(/[\u3400-\u9fff]/g) ?? []).length >= 3,
  th: (t) => (t.match(/[\u0e01-\u0e2e]/g) ?? []).length >= 4,
};

// A Korean name or title with 님 (민수님, 고객님께서) is an address, not a situation.
const ADDRESS = /^\S*님(께서|께|의|은|도|이)?$/;

const seg = (reply: Reply, nstart: number, nend: number): Segment =>
  ({ nstart, nend, start: reply.toInput(nstart), end: reply.toInputEnd(nend) });

export default defineRule<MessageId, Data>({
  meta: {
    id: "empty-empathy",
    type: "suggestion",
    description: "Stock empathy formula that names a generic feeling instead of the customer's situation.",
    defaultSeverity: "warning",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["emptyEmpathy", "nameSituation"],
    hasSuggestions: true,
    messages: {
      emptyEmpathy: "Stock empathy (\"{{actual}}\"): name what happened, or act on it.",
      nameSituation: "Name what happened, then act",
    },
  },
  create: ({ data, lang, match, report }) => {
    const { all, kinds } = compile(data);

    /** The normalized text of [nstart, nend) with lead-ins, generic references and placeholders blanked. */
    function withoutGeneric(reply: Reply, nstart: number, nend: number): string {
      let text = reply.norm.slice(nstart, nend);
      const generic = nend > nstart && data.generic?.length ? match(seg(reply, nstart, nend), data.generic) : [];
      if (generic.length) {
        const chars = text.split("");
        for (const g of generic) chars.fill(" ", g.nstart - nstart, g.nend - nstart);
        text = chars.join("");
      }
      // Placeholders (U+FFFC) are not letters: the one pass blanks them too.
      text = text.replace(/[^\p{L}\p{N}\p{M}]+/gu, " ").trim();
      if (lang === "ko") text = text.split(" ").filter((w) => !ADDRESS.test(w)).join(" ");
      return text;
    }

    return {
      sentence(sentence, reply) {
        const norm = reply.norm;
        const clauses = reply.clauses(sentence);
        let exceptions: readonly PhraseMatch[] | undefined;
        let previousClauses: readonly Segment[] | undefined;
        let reach = -1;

        // Thai matches stay inside a clause (a space-delimited run); elsewhere a formula may run over a
        // comma ("Rest assured, we care") and `$` stops at clause punctuation anyway.
        for (const part of lang === "th" ? clauses : [sentence]) {
          for (const m of match(part, all)) {
            if (m.nstart < reach) continue;
            let index = clauses.findIndex((c) => c.nstart <= m.nstart && m.nstart < c.nend);
            if (index < 0) index = 0;
            const clause = clauses[index] ?? sentence;
            const kind = kinds.get(m.pattern) ?? "formula";
            if (kind !== "complement") {
              exceptions ??= data.exceptions?.length ? match(sentence, data.exceptions) : [];
              if (exceptions.some((x) => x.nstart < m.nend && m.nstart < x.nend)) continue;
            }
            if (kind === "bare" && /\S/.test(withoutGeneric(reply, clause.nstart, m.nstart))) continue;
            if (kind === "guess") {
              // The situation named before the guess: same sentence; in Thai also the previous clause.
              let from = sentence.nstart;
              if (lang === "th") {
                if (index > 0) from = (clauses[index - 1] as Segment).nstart;
                else {
                  const i = reply.sentences.findIndex((s) => s.nstart === sentence.nstart);
                  const prev = i > 0 ? reply.sentences[i - 1] : undefined;
                  previousClauses ??= prev ? reply.clauses(prev) : [];
                  const last = previousClauses[previousClauses.length - 1];
                  if (last && !norm.slice(last.nend, sentence.nstart).includes("\n")) from = last.nstart;
                }
              }
              if (SITUATION[lang](withoutGeneric(reply, from, m.nstart))) continue;
            }
            if (kind === "formula" && lang === "ko" && modifiedObject(reply, clause.nstart, m.nstart)) continue;

            let end = m.nend;
            if (kind === "complement") {
              end = clause.nend;
              if (data.breaks?.length && m.nend < clause.nend) {
                const stop = match(seg(reply, m.nend, clause.nend), data.breaks)[0];
                if (stop) end = stop.nstart;
              }
            }
            // Korean spans cover whole eojeols (이해합니다만, 죄송합니다).
            if (lang === "ko") while (end < clause.nend && norm.charCodeAt(end) !== 0xfffc && /[\p{L}\p{N}\p{M}]/u.test(norm[end] as string)) end++;
            const span = trimSpan(reply, reply.conventions.trailingParticles, m.nstart, end);
            if (span.end <= span.start) continue;
            reach = span.nend;
            report({
              messageId: "emptyEmpathy",
              data: { actual: reply.text.slice(span.start, span.end) },
              start: span.start,
              end: span.end,
              suggest: data.rewrites.map((frame) => ({
                messageId: "nameSituation" as const,
                edits: [{ start: span.start, end: span.end, text: frame }],
              })),
            });
          }
        }

        /**
         * Korean: an object noun right after a modifier clause (…안 된다는 점, 오래 기다리신 고객님의 마음)
         * names the situation. The eojeol before the match ends in an adnominal ㄴ and is no lead-in.
         */
        function modifiedObject(r: Reply, from: number, at: number): boolean {
          const before = r.norm.slice(from, at);
          const last = before.trimEnd().length - 1;
          if (last < 0) return false;
          const cleaned = withoutGeneric(r, from, from + last + 1);
          if (!cleaned) return false;
          const ch = before.charCodeAt(last);
          const tail = r.norm.slice(from, from + last + 1).split(" ").pop() ?? "";
          return ch >= 0xac00 && ch <= 0xd7a3 && (ch - 0xac00) % 28 === 4 && cleaned.endsWith(tail);
        }
      },
    };
  },
});
