// missing-timeline (RULES.md §4.6): a COMMIT (promise, ongoing investigation or hand-off, §3) with no
// concrete TIMEFRAME in its sentence, or in the next sentence when that one is itself a commitment or
// only a time. A VAGUE time word ("soon", 尽快, 빠른 시일 내, โดยเร็ว) is reported on its own span;
// otherwise the commitment clause is. Commitments that wait for the customer to act first (a
// conditional frame, or a request that opens its clause: "reply with the error and I'll dig in"),
// promises to pass on feedback, commitments inside a question, holds and lookups in the conversation
// are skipped. In Thai a "sentence" is a clause (a space-delimited run), and a time may sit in the
// clause before or after the commitment.

import { defineRule } from "../src/define.js";
import { trimSpan } from "../src/spans.js";
import type { Lexicon, Patterns, PhraseMatch, Reply, Segment } from "../src/types.js";
import { TIME_SLOT_NAME, timePatterns } from "./lib/missing-timeline-time.js";

export type MessageId = "noTimeframe" | "vagueTime" | "addTimeframe";

export interface Data {
  /** COMMIT: promises (future actions) and hand-offs (passed, escalated, reported). */
  commit: Patterns;
  /** COMMIT: investigation or handling reported as under way (an immediate adverb does not time it). */
  ongoing: Patterns;
  /** Look-alikes that cancel a commitment they overlap: DONE, lookups, offers, "let me explain", 감사하겠습니다. */
  notCommit?: Patterns;
  /** Customer-conditional frames anywhere in the unit (th: or the clause before): "if you", 남겨 주시면, 麻烦您…，. */
  conditional?: Patterns;
  /** Requests to the customer ("reply with the error", "let us know"): customer-conditional when one
   *  opens a clause and a commitment follows it in the unit ("…and I'll dig in"). */
  request?: Patterns;
  /** Waiting is not acting: a conditional frame these overlap does not count (기다려 주시면, 耐心等待). */
  waiting?: Patterns;
  /** Look-alikes of a conditional frame that do not make it one (售后 in 您的售后…, 请谅解). */
  notConditional?: Patterns;
  /** In-conversation holds: the commitments of this unit and the units next to it are skipped. */
  hold?: Patterns;
  /** Feedback verbs (pass on, 전달, 反馈, นำไปปรับปรุง); with a FEEDBACK noun nearby the commitment is feedback-only. */
  feedback?: Patterns;
  /** FEEDBACK nouns (suggestion, 의견, 建议, คำแนะนำ), looked for in the unit and the sentence before. */
  feedbackNoun?: Patterns;
  /** Requests to DM, message or call the team; with a help commitment next to them the reply only routes. */
  dm?: Patterns;
  /** Help commitments (take a look, 확인, 查询, ตรวจสอบ) that DM routing cancels. */
  help?: Patterns;
  /** VAGUE time words and event clauses. */
  vague: Patterns;
  /** Immediate adverbs (right away, 즉시, 马上, ทันที): a time for promises and hand-offs. */
  immediate: Patterns;
  /** Contexts where an immediate adverb waits for an event (확인 후 바로, right after). */
  notImmediate?: Patterns;
  /** Suggestion frames: `vague` replaces a vague word, `add` follows the commitment sentence. */
  frames: { vague: string; add: string };
  /** Rule-local lists, including the time vocabulary of rules/lib/missing-timeline-time.ts. */
  lexicon?: Lexicon;
}

interface Commit extends PhraseMatch {
  ongoing: boolean;
}

const overlaps = (a: { nstart: number; nend: number }, list: readonly { nstart: number; nend: number }[]): boolean =>
  list.some((x) => x.nstart < a.nend && a.nstart < x.nend);

const NONE: readonly PhraseMatch[] = [];
const NONE_COMMITS: readonly Commit[] = [];
// Written out: an object spread with an extra key (`{ ...m, ongoing }`) takes V8's slow path.
const asCommit = (m: PhraseMatch, ongoing: boolean): Commit =>
  ({ start: m.start, end: m.end, nstart: m.nstart, nend: m.nend, pattern: m.pattern, text: m.text, ongoing });

const seg = (a: Segment, b: Segment): Segment => ({ nstart: a.nstart, nend: b.nend, start: a.start, end: b.end });

const TERMINAL = /[.!?。！？]$/;
const QUESTION = /[?？]\s*$/;

export default defineRule<MessageId, Data>({
  meta: {
    id: "missing-timeline",
    type: "suggestion",
    description: "Commitment, investigation or hand-off with no concrete time frame.",
    defaultSeverity: "warning",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["noTimeframe", "vagueTime", "addTimeframe"],
    hasSuggestions: true,
    messages: {
      noTimeframe: "Commitment with no time frame (\"{{actual}}\"): say by when the customer will hear from you.",
      vagueTime: "\"{{actual}}\" is not a time frame: give a bounded time you can beat.",
      addTimeframe: "Add a bounded time for the next update",
    },
  },
  create: ({ data, lang, match, report }) => {
    const find = (s: Segment, patterns: Patterns | undefined): readonly PhraseMatch[] =>
      patterns?.length ? match(s, patterns) : NONE;
    const time = timePatterns(lang, data.lexicon);

    return {
      reply(reply) {
        const units = lang === "th" ? thaiUnits(reply) : reply.sentences;
        // The sentence each unit belongs to (for feedback context and suggestions).
        const sentenceOf = (u: Segment): Segment =>
          reply.sentences.find((s) => s.nstart <= u.nstart && u.nstart < s.nend) ?? u;
        const reported = new Set<string>();

        /** A concrete time in a segment (placeholders only when named like a time). */
        const timeIn = (s: Segment): readonly PhraseMatch[] => find(s, time).filter((m) => {
          const at = reply.norm.indexOf("\uFFFC", m.nstart);
          if (at < 0 || at >= m.nend) return true;
          return TIME_SLOT_NAME.test(reply.text.slice(reply.toInput(at), reply.toInputEnd(at + 1)));
        });
        const immediateIn = (s: Segment, vague: readonly PhraseMatch[]): boolean => {
          const hits = find(s, data.immediate);
          if (!hits.length) return false;
          const not = [...find(s, data.notImmediate), ...vague];
          return hits.some((h) => !overlaps(h, not));
        };
        const commitsIn = (u: Segment): readonly Commit[] => {
          const promises = find(u, data.commit);
          const ongoing = find(u, data.ongoing);
          // Most units hold neither: no copies then.
          if (!promises.length && !ongoing.length) return NONE_COMMITS;
          return [...promises.map((m) => asCommit(m, false)), ...ongoing.map((m) => asCommit(m, true))];
        };

        // Neighbouring units ask about each other's commitments, holds and times: look each up once.
        const commitsAt: (readonly Commit[] | undefined)[] = [];
        const commitsOf = (k: number): readonly Commit[] => (commitsAt[k] ??= commitsIn(units[k] as Segment));
        const timesAt: (readonly PhraseMatch[] | undefined)[] = [];
        const timesOf = (k: number): readonly PhraseMatch[] => (timesAt[k] ??= timeIn(units[k] as Segment));
        const holdAt: (boolean | undefined)[] = [];
        const holds = (k: number): boolean => k >= 0 && k < units.length && (holdAt[k] ??= find(units[k] as Segment, data.hold).length > 0);

        // Only units with a commitment are looked at further (most have none).
        for (let i = 0; i < units.length; i++) if (commitsOf(i).length) checkUnit(units[i] as Segment, i);

        /** A unit with a commitment: skipped, or flagged for its vague words or for having no time frame. */
        function checkUnit(unit: Segment, i: number): void {
          let commits = commitsOf(i);
          const not = find(unit, data.notCommit);
          // A commitment in a clause that asks ("When will it arrive?", "Will that work?") promises nothing.
          const asks = reply.clauses(unit).filter((c) => QUESTION.test(reply.normText(c)));
          commits = commits.filter((c) => !overlaps(c, not) && !overlaps(c, asks));
          if (!commits.length) return;

          const prev = units[i - 1];
          const next = units[i + 1];
          // Customer-conditional (th: also from the clause before). In zh a frame is looked for clause
          // by clause (您…后 must not run across a comma) and must come before a commitment.
          const conditionalIn = (s: Segment, before = Infinity): boolean => {
            const hits = find(s, data.conditional);
            if (!hits.length) return false;
            const not = [...find(s, data.waiting), ...find(s, data.notConditional)];
            return hits.some((h) => h.nstart < before && !overlaps(h, not));
          };
          const lastCommit = Math.max(...commits.map((c) => c.nstart));
          // A request counts only where it opens its clause: "send" in "I'll send the label and we'll…" is ours.
          const requested = find(unit, data.request).some((r) => r.nstart < lastCommit &&
            reply.clauses(unit).some((c) => c.nstart <= r.nstart && r.nstart < c.nend &&
              !/[\p{L}\p{N}]/u.test(reply.norm.slice(c.nstart, r.nstart))));
          const conditional = lang === "zh"
            ? reply.clauses(unit).some((c) => c.nstart < lastCommit && conditionalIn(c, lastCommit))
            : conditionalIn(unit) || (lang === "th" && !!prev && conditionalIn(prev));
          if (conditional || requested) return;
          // A hold announces the check next to it ("One moment, I'll check", เดี๋ยวเช็กให้นะคะ รอสักครู่ค่ะ).
          if (holds(i - 1) || holds(i) || holds(i + 1)) return;

          // Feedback-only: a feedback verb in the commitment's clause, a FEEDBACK noun in this sentence or the one before.
          const feedback = find(unit, data.feedback);
          if (feedback.length) {
            const sentence = sentenceOf(unit);
            const k = reply.sentences.indexOf(sentence);
            const context = [sentence, reply.sentences[k - 1]].filter((s): s is Segment => !!s);
            if (context.some((s) => find(s, data.feedbackNoun).length)) {
              const clauses = lang === "th" ? [unit] : reply.clauses(unit);
              commits = commits.filter((c) => {
                const clause = clauses.find((cl) => cl.nstart <= c.nstart && c.nstart < cl.nend) ?? unit;
                return !feedback.some((f) => f.nstart < clause.nend && clause.nstart < f.nend);
              });
            }
          }
          // DM routing: a help commitment next to a request to DM or message the team.
          if (find(unit, data.help).length && [prev, unit, next].some((s) => s && find(s, data.dm).length)) return;
          if (!commits.length) return;

          // The window a time or a vague word may sit in: the unit (th: and the clauses around it).
          const window = lang === "th" ? seg(prev ?? unit, next ?? unit) : unit;
          // Thai: per clause, so that an event clause (ทันทีที่…) ends at its own space.
          const vague = lang === "th" ? [prev, unit, next].flatMap((s) => (s ? find(s, data.vague) : [])) : find(window, data.vague);
          if ((window === unit ? timesOf(i) : timeIn(window)).length) return;
          if (commits.some((c) => !c.ongoing) && immediateIn(window, vague)) return;
          // The next sentence, when it is itself a commitment or only a time.
          if (next && lang !== "th") {
            const times = timesOf(i + 1);
            if (times.length && (commitsOf(i + 1).length || onlyTime(reply, next, times))) return;
          }

          // Vague words of a commitment's clause, or opening the clause next to it.
          const clauses = lang === "th" ? [prev, unit, next].filter((s): s is Segment => !!s) : reply.clauses(unit);
          const own = (c: Segment): boolean => commits.some((m) => m.nstart < c.nend && c.nstart < m.nend);
          const hits = vague.filter((v) => clauses.some((c, k) => v.nstart < c.nend && c.nstart < v.nend &&
            (own(c) || ((own(clauses[k - 1] ?? c) || own(clauses[k + 1] ?? c)) && v.nstart <= c.nstart + 1))));
          if (hits.length) {
            for (const v of hits) flagVague(reply, v, clauses);
            return;
          }
          // No time at all: the clauses from the first to the last commitment.
          const firstStart = Math.min(...commits.map((c) => c.nstart));
          const first = clauses.find((c) => c.nend > firstStart) ?? unit;
          const lastEnd = Math.max(...commits.map((c) => c.nend));
          const last = [...clauses].reverse().find((c) => c.nstart < lastEnd) ?? unit;
          const span = trimSpan(reply, reply.conventions.trailingParticles, first.nstart, last.nend);
          const key = `${span.start}:${span.end}`;
          if (span.end <= span.start || reported.has(key)) return;
          reported.add(key);
          report({
            messageId: "noTimeframe",
            data: { actual: reply.text.slice(span.start, span.end) },
            start: span.start,
            end: span.end,
            suggest: [{ messageId: "addTimeframe", edits: [addAfter(reply, sentenceOf(unit))] }],
          });
        }

        function flagVague(reply: Reply, v: PhraseMatch, clauses: readonly Segment[]): void {
          let ns = v.nstart;
          // Korean: the whole eojeol (확인되는 대로, 입고되면).
          if (lang === "ko") while (ns > 0 && /[\p{L}\p{N}]/u.test(reply.norm[ns - 1] as string)) ns--;
          const span = trimSpan(reply, reply.conventions.trailingParticles, ns, v.nend);
          const key = `${span.start}:${span.end}`;
          if (span.end <= span.start || reported.has(key)) return;
          reported.add(key);
          report({
            messageId: "vagueTime",
            data: { actual: reply.text.slice(span.start, span.end) },
            start: span.start,
            end: span.end,
            suggest: [{ messageId: "addTimeframe", edits: replaceVague(reply, span, clauses) }],
          });
        }
      },
    };

    /** Replace the vague words with the bounded frame; Thai puts it at the end of the clause instead. */
    function replaceVague(reply: Reply, span: Segment, clauses: readonly Segment[]): { start: number; end: number; text: string }[] {
      let frame = data.frames.vague;
      const lead = frame.slice(0, frame.indexOf("{"));
      if (lead && reply.text.slice(0, span.start).trimEnd().endsWith(lead.trim())) frame = frame.slice(lead.length);
      if (lang === "th") {
        const clause = clauses.find((c) => c.nstart <= span.nstart && span.nstart < c.nend);
        const tail = clause && trimSpan(reply, reply.conventions.trailingParticles, clause.nstart, clause.nend);
        if (tail && tail.end > span.end) {
          return [{ start: span.start, end: span.end, text: "" }, { start: tail.end, end: tail.end, text: frame }];
        }
      }
      return [{ start: span.start, end: span.end, text: frame }];
    }

    /** Insert the "next update" sentence after the commitment sentence. */
    function addAfter(reply: Reply, sentence: Segment): { start: number; end: number; text: string } {
      const text = reply.normText(sentence);
      let frame = data.frames.add;
      if (lang === "th") {
        const particle = reply.conventions.trailingParticles.find((p) => text.endsWith(p));
        if (particle) frame += particle;
      }
      const ends = TERMINAL.test(text) || lang === "th";
      const stop = lang === "zh" ? "。" : ".";
      const space = lang === "zh" ? "" : " ";
      return { start: sentence.end, end: sentence.end, text: `${ends ? "" : stop}${space}${frame}` };
    }
  },
});

/** Only a time, apart from a few filler letters ("By Friday at the latest.", "늦어도 내일까지요."). */
function onlyTime(reply: Reply, s: Segment, times: readonly PhraseMatch[]): boolean {
  let text = reply.normText(s);
  for (const t of [...times].sort((a, b) => b.nstart - a.nstart)) {
    text = text.slice(0, t.nstart - s.nstart) + text.slice(t.nend - s.nstart);
  }
  return (text.match(/\p{L}/gu)?.length ?? 0) <= 16;
}

/** Thai units: clauses, with the spaces around ๆ (เร็ว ๆ นี้) not splitting, and a clause with no Thai
 *  letter ("inbox", "LINE", a placeholder) or only a polite particle joined to the clause before it
 *  (รบกวนส่งเลขทาง inbox นะคะ is one request), unless that clause already ends in a particle. */
function thaiUnits(reply: Reply): Segment[] {
  const out: Segment[] = [];
  const norm = reply.norm;
  const particles = reply.conventions.trailingParticles;
  // The text of s ends with p (read in place: no copy of the clause before).
  const endsWith = (s: Segment, p: string): boolean => s.nend - s.nstart >= p.length && norm.endsWith(p, s.nend);
  for (const sentence of reply.sentences) {
    for (const c of reply.clauses(sentence)) {
      const last = out[out.length - 1];
      const text = reply.normText(c);
      const repeat = text.startsWith("ๆ") || (!!last && endsWith(last, "ๆ"));
      const bare = !THAI_LETTER.test(text) || particles.includes(text);
      const joins = !!last && (repeat || (bare && (particles.includes(text) || !particles.some((p) => endsWith(last, p))))) &&
        last.nend <= c.nstart && norm.slice(last.nend, c.nstart).trim() === "";
      if (joins) {
        out[out.length - 1] = seg(last, c);
      } else {
        out.push(c);
      }
    }
  }
  return out;
}

const THAI_LETTER = /[\u0E01-\u0E2E]/;
