// but-pivot (RULES.md §4.2): an apology or empathy statement followed directly by a contrastive
// connective ("but", "however", 하지만, -지만, 但是, 不过, แต่) that takes it back.
//
// The reply is cut into units: the clauses of §0, also cut in ko after a sentence-final ending and a
// space, in th after a polite particle, in en before "and/so + subject" (zh already cuts at a space
// between CJK characters). A connective C is flagged when
//   (a) a trigger comes before it in its unit ("I'm sorry but", 抱歉但是, ko 죄송하지만 = `fused`);
//   (b) C opens its unit (filler aside) and the nearest earlier unit that is not filler holds a trigger;
//   (c) a concessive opener ("Although", 虽然, ถึงแม้) governs a unit with a trigger and no C follows.
// Not when what follows C is a request ("Sorry, but could you…"). Triggers are looked up first: a
// reply without one costs one pass of a rare-anchored list.

import { defineRule } from "../src/define.js";
import { trimSpan } from "../src/spans.js";
import type { Lexicon, Patterns, PhraseMatch, Reply, Segment, TextEdit } from "../src/types.js";

export type MessageId = "butPivot" | "dropConnective" | "endApology";

export interface Data {
  /** Apology and empathy triggers (APOLOGY, EMPATHY, template-apology and empty-empathy formulas). */
  triggers: Patterns;
  /** Acknowledgements and thanks for understanding: a trigger they overlap does not count. */
  notTriggers?: Patterns;
  /** Contrastive connectives, after a trigger in its unit or at the start of a unit. */
  connectives: Patterns;
  /** Connectives only at the start of a unit ("yet", 只是, เพียงแต่). */
  openers?: Patterns;
  /** ko: a trigger predicate carrying a contrast ending (죄송하지만, 이해합니다만); the eojeol is the span. */
  fused?: Patterns;
  /** Concessive openers governing a unit (although, 虽然, ถึงแม้). */
  concessives?: Patterns;
  /** Look-alikes that cancel an overlapping connective: not only … but, all but, 不但, ตั้งแต่, แต่ละ. */
  exceptions?: Patterns;
  /** Words that make a unit filler: vocatives, interjections, particles, thanks formulas. */
  fillers?: Patterns;
  /** Reason-clause openers; a unit starting with one is filler (because, 因为, เนื่องจาก). */
  reasons?: Patterns;
  /** en: words that start a new unit inside a clause ("and I've …"). */
  breaks?: Patterns;
  /** Requests after the connective: the apology is politeness, not a pivot. */
  requests: Patterns;
  /** Look-alikes of requests (양해 부탁드립니다). */
  notRequests?: Patterns;
  /** Text that ends the apology (en ". ", zh "。"); ko/zh/th without a space after. */
  stop: string;
  /** Offer frame added after the answer; `{slot}`s are facts only the agent knows. */
  offer: string;
  /** ko: fused endings turned sentence-final, longest suffix first: ["하지만", "합니다"]. */
  endings?: readonly (readonly [string, string])[];
  /** th: words in the reply that pick the speaker's slots: [[words…], { "{ผม/ดิฉัน}": "ผม" }]. */
  speakers?: readonly (readonly [readonly string[], Readonly<Record<string, string>>])[];
  lexicon?: Lexicon;
}

interface Unit extends Segment {
  sentence: number;
  /** The unit starts a sentence or a sentence-like run (ko ending + space, zh space between messages). */
  opensSentence: boolean;
}

const seg = (reply: Reply, nstart: number, nend: number): Segment =>
  ({ nstart, nend, start: reply.toInput(nstart), end: reply.toInputEnd(nend) });
const NONE: readonly PhraseMatch[] = [];
const overlaps = (a: Segment, list: readonly Segment[]): boolean => list.some((x) => x.nstart < a.nend && a.nstart < x.nend);
const PUNCT = /[\s,;:、，；：\-~～]/;
const TERMINAL = /[.!?。！？…]/;
// th units also end after a polite particle written without a space (ขอโทษค่ะแต่…).
// Not before ที่: ขอโทษด้วยนะคะที่ให้รอ is one apology.
const TH_PARTICLE = /(ค่ะ|ครับ|นะคะ|นะครับ)(?=[\u0e01-\u0e4f])(?!ที่)/g;
// ko units also end after a sentence-final ending and a space.
const KO_ENDING = /[다요죠] +(?=\S)/g;
// A Korean name or title with 님 (민수님, 고객님께서) is an address.
const ADDRESS = /^\S*님(께서|께|의|은|도|이|,)?$/;

export default defineRule<MessageId, Data>({
  meta: {
    id: "but-pivot",
    type: "suggestion",
    description: "Apology or empathy taken back by a following \"but\" / \"however\".",
    defaultSeverity: "warning",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["butPivot", "dropConnective", "endApology"],
    hasSuggestions: true,
    messages: {
      butPivot: "'{{actual}}' after an apology cancels it. End the apology, then say what you can do.",
      dropConnective: "Delete '{{actual}}'",
      endApology: "End the apology, then offer what you can do",
    },
  },
  create: ({ data, lang, match, report }) => {
    const find = (s: Segment, patterns: Patterns | undefined): readonly PhraseMatch[] =>
      patterns?.length && s.nend > s.nstart ? match(s, patterns) : NONE;

    return {
      reply(reply) {
        const norm = reply.norm;
        const sentences = reply.sentences;
        // Triggers first: most replies have none.
        // Trigger and fused matches in order of start (sentences come in order).
        const triggers: PhraseMatch[] = [];
        const fusedBySentence = new Map<number, readonly PhraseMatch[]>();
        sentences.forEach((s, si) => {
          const t = find(s, data.triggers);
          const f = find(s, data.fused);
          if (!t.length && !f.length) return;
          const not = find(s, data.notTriggers);
          const kept = not.length ? f.filter((m) => !overlaps(m, not)) : f;
          if (kept.length) fusedBySentence.set(si, kept);
          const here = not.length ? t.filter((m) => !overlaps(m, not)) : t;
          // Each list is in order of start already; only the two together need sorting.
          if (here.length && kept.length) triggers.push(...[...here, ...kept].sort((a, b) => a.nstart - b.nstart));
          else triggers.push(...here, ...kept);
        });
        if (!triggers.length) return;
        const first = (triggers[0] as PhraseMatch).nstart;

        // Connectives of every sentence from the first trigger on. Most apologies are not taken back:
        // without a connective or a fused trigger there is nothing to flag and no need for units.
        const candidates = new Map<number, { m: PhraseMatch; kind: "c" | "o" | "k" }[]>();
        for (let si = 0; si < sentences.length; si++) {
          const s = sentences[si] as Segment;
          if (s.nend <= first) continue;
          const plain = find(s, data.connectives);
          const openers = find(s, data.openers);
          const concessives = find(s, data.concessives);
          if (!plain.length && !openers.length && !concessives.length && !fusedBySentence.has(si)) continue;
          candidates.set(si, [
            ...plain.map((m) => ({ m, kind: "c" as const })),
            ...openers.map((m) => ({ m, kind: "o" as const })),
            ...concessives.map((m) => ({ m, kind: "k" as const })),
          ]);
        }
        if (!candidates.size) return;

        // Units of every sentence from the first trigger on.
        const units: Unit[] = [];
        const addUnit = (nstart: number, nend: number, sentence: number, opensSentence: boolean): void => {
          units.push({ nstart, nend, start: reply.toInput(nstart), end: reply.toInputEnd(nend), sentence, opensSentence });
        };
        for (let si = 0; si < sentences.length; si++) {
          const s = sentences[si] as Segment;
          if (s.nend <= first) continue;
          const clauses = reply.clauses(s);
          for (let ci = 0; ci < clauses.length; ci++) {
            const c = clauses[ci] as Segment;
            const cuts: { at: number; opens: boolean }[] = [];
            // The regular expressions see the clause alone: their lookaheads stop at its end.
            const cutter = lang === "ko" ? KO_ENDING : lang === "th" ? TH_PARTICLE : undefined;
            if (cutter) {
              const text = norm.slice(c.nstart, c.nend);
              cutter.lastIndex = 0;
              for (let m = cutter.exec(text); m; m = cutter.exec(text)) cuts.push({ at: c.nstart + m.index + m[0].length, opens: lang === "ko" });
            }
            for (const b of find(c, data.breaks)) if (b.nstart > c.nstart) cuts.push({ at: b.nstart, opens: false });
            if (cuts.length > 1) cuts.sort((a, b) => a.at - b.at);
            const zhSpace = lang === "zh" && ci > 0 && norm[c.nstart - 1] === " ";
            let from = c.nstart;
            let opens = ci === 0 || zhSpace;
            for (const cut of cuts) {
              if (cut.at > from) addUnit(from, cut.at, si, opens);
              from = Math.max(from, cut.at);
              opens = cut.opens;
            }
            if (c.nend > from) addUnit(from, c.nend, si, opens);
          }
        }
        /** Index of the first item whose nstart is ≥ n (items sorted by nstart). */
        const lowerBound = (items: readonly Segment[], n: number): number => {
          let lo = 0;
          let hi = items.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if ((items[mid] as Segment).nstart < n) lo = mid + 1;
            else hi = mid;
          }
          return lo;
        };
        const unitAt = (n: number): number => {
          const i = lowerBound(units, n + 1) - 1;
          const u = units[i];
          return u && n < u.nend ? i : -1;
        };
        /** A trigger starts in the segment and ends by `before`. */
        const hasTrigger = (u: Segment, before = u.nend): boolean => {
          for (let i = lowerBound(triggers, u.nstart); i < triggers.length && (triggers[i] as PhraseMatch).nstart < u.nend; i++) {
            if ((triggers[i] as PhraseMatch).nend <= before) return true;
          }
          return false;
        };

        const fillerCache = new Map<number, boolean>();
        /** Only vocatives, interjections, particles, placeholders, thanks or a reason clause. */
        const isFiller = (nstart: number, nend: number): boolean => {
          if (nend <= nstart) return true;
          const key = nstart * (norm.length + 1) + nend;
          const cached = fillerCache.get(key);
          if (cached !== undefined) return cached;
          const s = seg(reply, nstart, nend);
          let text = norm.slice(nstart, nend);
          const fillers = find(s, data.fillers);
          if (fillers.length) {
            const chars = text.split("");
            for (const f of fillers) chars.fill(" ", f.nstart - nstart, f.nend - nstart);
            text = chars.join("");
          }
          let rest = text.replace(/\uFFFC/g, " ").replace(/[^\p{L}\p{N}\p{M} ]+/gu, " ").trim();
          for (let changed = true; changed && rest;) {
            changed = false;
            for (const p of reply.conventions.trailingParticles) {
              if (rest.endsWith(p)) {
                rest = rest.slice(0, -p.length).trim();
                changed = true;
              }
            }
          }
          let filler = rest === "";
          if (!filler && lang === "en" && !sentences.some((x) => x.nstart === nstart)) {
            // A vocative: one to three capitalized words ("Dana", "Mr Lee").
            const words = reply.text.slice(s.start, s.end).replace(/[^\p{L}\p{N}' ]+/gu, " ").trim().split(/ +/);
            filler = words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^(I|I'm|We|We're)$/.test(words[0] ?? "");
          }
          if (!filler && lang === "ko") filler = rest.split(/ +/).every((w) => ADDRESS.test(w));
          if (!filler && lang === "th") filler = /^คุณ\S{0,12}$/.test(rest);
          if (!filler) filler = find(s, data.reasons).some((r) => r.nstart - nstart <= 1);
          fillerCache.set(key, filler);
          return filler;
        };

        const exceptions = new Map<number, readonly PhraseMatch[]>();
        const exceptionsOf = (si: number): readonly PhraseMatch[] => {
          let e = exceptions.get(si);
          if (!e) exceptions.set(si, (e = find(sentences[si] as Segment, data.exceptions)));
          return e;
        };
        const reported = new Set<number>();
        let offer: string | undefined;

        // Candidates per sentence, in order.
        const startSentence = units[0]?.sentence ?? sentences.length;
        for (let si = startSentence; si < sentences.length; si++) {
          const s = sentences[si] as Segment;
          const found = candidates.get(si);
          if (!found) continue;
          const fusedHere = fusedBySentence.get(si) ?? NONE;
          let connectives = found.filter(({ m }) => !overlaps(m, exceptionsOf(si)) && !overlaps(m, fusedHere));
          // A connective inside a longer one (แต่ in เพียงแต่) is the longer one.
          connectives = connectives.filter(({ m }) => !connectives.some((x) => x.m !== m && x.m.nstart <= m.nstart && m.nend <= x.m.nend &&
            x.m.nend - x.m.nstart > m.nend - m.nstart));
          // A word that is both ("though"): concessive at the start of a sentence, a connective elsewhere.
          connectives = connectives.filter(({ m, kind }) => {
            const twin = connectives.some((x) => x.m.nstart === m.nstart && x.kind !== kind && (x.kind === "k" || kind === "k"));
            return !twin || (kind === "k") === isFiller(s.nstart, m.nstart);
          });
          if (!connectives.length && !fusedHere.length) continue;
          const contrasts = connectives.filter((x) => x.kind !== "k").map((x) => x.m);

          for (const m of fusedHere) {
            const ui = unitAt(m.nstart);
            if (ui < 0 || isRequest(ui, m.nend)) continue;
            // The span is the whole eojeol carrying the ending.
            let end = m.nend;
            while (end < norm.length && /[\p{L}\p{N}]/u.test(norm[end] as string) && norm.charCodeAt(end) !== 0xfffc) end++;
            flag(trimSpan(reply, [], m.nstart, end), ui, "fused", m);
          }

          for (const { m, kind } of connectives) {
            const ui = unitAt(m.nstart);
            const u = units[ui];
            if (!u) continue;
            const opensUnit = isFiller(u.nstart, m.nstart);
            let how: "a" | "b" | "c" | undefined;
            let from = -1;
            if (kind !== "k") {
              if (kind !== "o" && hasTrigger(u, m.nstart)) how = "a";
              else if (opensUnit) {
                let k = ui - 1;
                while (k >= 0 && isFiller((units[k] as Unit).nstart, (units[k] as Unit).nend)) k--;
                if (k >= 0 && hasTrigger(units[k] as Unit)) {
                  how = "b";
                  from = k;
                }
              }
            }
            if (!how && kind === "k" && opensUnit && hasTrigger(seg(reply, m.nend, u.nend))) {
              // (c): unless a connective follows in this unit or opens the next one (虽然…，但…).
              let k = ui + 1;
              while (k < units.length && isFiller((units[k] as Unit).nstart, (units[k] as Unit).nend)) k++;
              const next = units[k];
              const followed = contrasts.some((c) => c.nstart >= m.nend && c.nstart < u.nend) ||
                (!!next && next.sentence === u.sentence && contrasts.some((c) => c.nstart >= next.nstart && c.nstart < next.nend && isFiller(next.nstart, c.nstart)));
              if (!followed) how = "c";
            }
            if (!how || isRequest(ui, m.nend)) continue;
            const span = trimSpan(reply, reply.conventions.trailingParticles, m.nstart, m.nend);
            flag(span, ui, how, m, from);
          }
        }

        /** A request after the connective, in its unit or the next one of the sentence. */
        function isRequest(ui: number, at: number): boolean {
          const u = units[ui] as Unit;
          const next = units[ui + 1];
          const end = next && next.sentence === u.sentence ? next.nend : u.nend;
          const rest = seg(reply, at, end);
          const requests = find(rest, data.requests);
          if (!requests.length) return false;
          const not = find(rest, data.notRequests);
          return requests.some((r) => !overlaps(r, not) &&
            (lang !== "en" || /^[\s,;:-]*$/.test(norm.slice(at, r.nstart))));
        }

        /** The offer frame with the speaker's slots filled from the reply's particles (th: ผม … ครับ). */
        function speakerOffer(): string {
          let text = data.offer;
          for (const [words, slots] of data.speakers ?? []) {
            if (words.some((w) => norm.includes(w))) {
              for (const [slot, value] of Object.entries(slots)) text = text.split(slot).join(value);
              break;
            }
          }
          return text;
        }

        /** Start of the next word after n (past spaces and clause punctuation). */
        function nextWord(n: number, limit: number): number {
          while (n < limit && PUNCT.test(norm[n] as string)) n++;
          return n;
        }

        /** Edits that remove [nstart, word) and re-capitalize the English word at `word`. */
        function cut(nstart: number, word: number, text: string): TextEdit {
          const start = reply.toInput(nstart);
          const at = reply.toInput(word);
          const ch = reply.text[at] ?? "";
          if (lang === "en" && /\p{Ll}/u.test(ch) && norm.charCodeAt(word) !== 0xfffc) {
            return { start, end: at + 1, text: text + ch.toUpperCase() };
          }
          return { start, end: at, text };
        }

        function flag(span: Segment, ui: number, how: "a" | "b" | "c" | "fused", m: PhraseMatch, from = -1): void {
          if (span.end <= span.start || reported.has(span.start)) return;
          reported.add(span.start);
          const u = units[ui] as Unit;
          const s = sentences[u.sentence] as Segment;
          const actual = reply.text.slice(span.start, span.end);
          const after = nextWord(m.nend, s.nend);
          // (1) Safe: C opens a sentence right after the trigger sentence (filler aside).
          let safe = how === "b" && units.slice(from + 1, ui + 1).some((x) => x.opensSentence);
          if (lang === "th") {
            safe = how === "b" && /\s/.test(norm[m.nstart - 1] ?? "\n") && (m.nend >= s.nend || /[\s,]/.test(norm[m.nend] as string));
          }
          if (safe) {
            report({
              messageId: "butPivot", data: { actual }, start: span.start, end: span.end,
              suggest: [{ messageId: "dropConnective", data: { actual }, edits: [cut(m.nstart, after, "")] }],
            });
            return;
          }
          // (2) End the apology with a full stop, then the offer.
          const edits: TextEdit[] = [];
          const stop = data.stop;
          if (how === "fused") {
            const word = reply.text.slice(span.start, span.end);
            const ending = data.endings?.find(([suffix]) => word.endsWith(suffix));
            if (ending) edits.push({ start: span.start, end: span.end, text: word.slice(0, word.length - ending[0].length) + ending[1] + stop.trim() });
          } else if (how === "c") {
            edits.push(cut(m.nstart, after, ""));
            let e = u.nend;
            while (e > m.nend && PUNCT.test(norm[e - 1] as string)) e--;
            if (u.nend < s.nend) edits.push(cut(e, nextWord(u.nend, s.nend), stop));
          } else {
            let b = m.nstart;
            while (b > s.nstart && PUNCT.test(norm[b - 1] as string)) b--;
            if (lang === "th") edits.push({ start: span.start, end: reply.toInput(after), text: m.nstart === 0 || /\s/.test(norm[m.nstart - 1] as string) ? "" : " " });
            else if (b > s.nstart) edits.push(cut(b, after, stop));
          }
          // The offer after the answer: the sentence (th: the unit ending in a particle) holding C.
          let end = s.nend;
          if (lang === "th") {
            for (let k = ui; k < units.length && (units[k] as Unit).sentence === u.sentence; k++) {
              const x = units[k] as Unit;
              if (reply.conventions.trailingParticles.some((p) => norm.slice(x.nstart, x.nend).endsWith(p))) {
                end = x.nend;
                break;
              }
            }
          }
          while (end > s.nstart && /\s/.test(norm[end - 1] as string)) end--;
          const closed = TERMINAL.test(norm[end - 1] ?? "") || lang === "th";
          offer ??= speakerOffer();
          const at = reply.toInputEnd(end);
          if (!edits.length || at > (edits[edits.length - 1] as TextEdit).end) {
            edits.push({ start: at, end: at, text: (closed ? "" : stop.trim()) + (lang === "zh" ? "" : " ") + offer });
          }
          report({
            messageId: "butPivot", data: { actual }, start: span.start, end: span.end,
            suggest: [{ messageId: "endApology", edits }],
          });
        }
      },
    };
  },
});
