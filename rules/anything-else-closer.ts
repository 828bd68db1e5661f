// anything-else-closer (RULES.md §4.5): a generic "anything else?" closing line instead of checking
// that the fix worked. Questions (A) and ELSE-marked invitations count anywhere (threads join several
// messages); other invitations (B) and standing-availability lines (C) only in the closing zone, the
// last two sentences before the sign-off, and not when the reply is only a greeting plus that offer.

import { defineRule } from "../src/define.js";
import { deletionRange, trimSpan } from "../src/spans.js";
import type { Lexicon, Patterns, PhraseMatch, Reply, Segment } from "../src/types.js";

export type MessageId = "genericCloser" | "askIfSolved" | "removeCloser";

export interface Data {
  /** (A) questions offering more help or asking about other questions; they carry an ELSE marker. */
  questions: Patterns;
  /** CONTACT requests through any channel: let us know, reach out, reply here, DM us, 문의해 주세요, 联系我们. */
  contacts: Patterns;
  /** Open conditions or topics WITH an ELSE marker: "if anything else comes up", "any other questions". */
  elseConditions: Patterns;
  /** Open conditions without one: "if you have any questions", "if the error comes back". */
  openConditions: Patterns;
  /** "anytime", "feel free to", "don't hesitate to", 언제든지, 随时, ได้ตลอด. */
  markers: Patterns;
  /** (C) standing availability: "we're only a DM away", 随时为您服务. */
  availability: Patterns;
  /** Look-alikes that are not closers: task questions, specific follow-ups. A part they overlap is ignored. */
  exceptions?: Patterns;
  /** Sign-off lines: thanks, wishes, farewells, agent names and initials, "are you still there?". */
  signOff: Patterns;
  /** Greetings, thanks for getting in touch, self-introductions (the opening-offer exception). */
  opening: Patterns;
  /** Rewrite frames (satisfaction check + dated follow-up), best first. */
  rewrites: readonly string[];
  lexicon?: Lexicon;
}

/** Longest sentence (normalized chars) that can still be a sign-off line. */
const SIGN_OFF_MAX = 60;

interface Closer {
  span: Segment;
  zoneOnly: boolean;
}

const union = (a: Segment, b: Segment): Segment => ({
  nstart: Math.min(a.nstart, b.nstart), nend: Math.max(a.nend, b.nend),
  start: Math.min(a.start, b.start), end: Math.max(a.end, b.end),
});

/** A short line of its own without sentence punctuation: an agent's name or team ("Anna K.", "Support Team"). */
function isBareNameLine(reply: Reply, s: Segment): boolean {
  const norm = reply.norm;
  const ownLine = (s.nstart === 0 || norm[s.nstart - 1] === "\n") && (s.nend === norm.length || norm[s.nend] === "\n");
  if (!ownLine || s.nend - s.nstart > 25) return false;
  const text = reply.normText(s);
  // A sentence ends in punctuation, a polite particle (ค่ะ, 哦) or, in Korean chat, a predicate ending
  // (…다, …요); a name does not.
  if (reply.conventions.trailingParticles.some((p) => text.endsWith(p))) return false;
  return text.split(" ").length <= 3 && !/[.?!。？！:~다요죠까]$/.test(text);
}

// Placeholders (U+FFFC) are neither letters nor digits.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const hasLetters = (reply: Reply, s: Segment): boolean => LETTER_OR_DIGIT.test(reply.normText(s));

export default defineRule<MessageId, Data>({
  meta: {
    id: "anything-else-closer",
    type: "suggestion",
    description: "Generic \"anything else?\" closer instead of checking that the fix worked.",
    defaultSeverity: "warning",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["genericCloser", "askIfSolved", "removeCloser"],
    hasSuggestions: true,
  },
  create: ({ data, lang, match, report }) => {
    const overlaps = (a: PhraseMatch, list: readonly PhraseMatch[]): boolean =>
      list.some((x) => x.nstart < a.nend && a.nstart < x.nend);
    const covers = (s: Segment, patterns: Patterns): boolean => match(s, patterns).length > 0;

    return {
      reply(reply) {
        const sentences = reply.sentences;
        /** The closer in a sentence, or undefined; `zoneOnly` when only the closing zone makes it one (B, C). */
        const read = (s: Segment, inZone: boolean): Closer | undefined => {
          // Exceptions are looked up only once some part has matched (most sentences have none).
          let exceptions: readonly PhraseMatch[] | undefined;
          const find = (patterns: Patterns): PhraseMatch | undefined => {
            const found = patterns.length ? match(s, patterns) : [];
            if (found.length === 0) return undefined;
            exceptions ??= data.exceptions?.length ? match(s, data.exceptions) : [];
            return found.find((m) => !overlaps(m, exceptions as readonly PhraseMatch[]));
          };
          const question = find(data.questions);
          if (question) return { span: question, zoneOnly: false };
          // Contact requests are common ("send", "inform"); look for one only once a reason is there.
          const elseCondition = find(data.elseConditions);
          const reason = elseCondition ?? (inZone ? find(data.openConditions) ?? find(data.markers) : undefined);
          const contact = reason ? find(data.contacts) : undefined;
          if (contact && elseCondition) return { span: union(contact, elseCondition), zoneOnly: false };
          if (!inZone) return undefined;
          const availability = find(data.availability);
          if (availability) return { span: availability, zoneOnly: true };
          return contact && reason ? { span: union(contact, reason), zoneOnly: true } : undefined;
        };
        // The zone reading of a sentence is kept: sign-off checks and the scan below ask for it again,
        // and it answers the reading outside the zone too (that one is the zone's A and ELSE parts).
        const zoneReadings = new Map<Segment, Closer | null>();
        const closerIn = (s: Segment, inZone: boolean): Closer | undefined => {
          const known = zoneReadings.get(s);
          if (known !== undefined) return known && (inZone || !known.zoneOnly) ? known : undefined;
          const found = read(s, inZone);
          if (inZone) zoneReadings.set(s, found ?? null);
          return found;
        };
        const isSignOff = (s: Segment): boolean => {
          if (!hasLetters(reply, s)) return true;
          if (s.nend - s.nstart > SIGN_OFF_MAX) return false;
          return (covers(s, data.signOff) || isBareNameLine(reply, s)) && !closerIn(s, true);
        };

        // The closing zone: the last two sentences before a trailing run of sign-off lines.
        let last = sentences.length;
        while (last > 0 && isSignOff(sentences[last - 1] as Segment)) last--;
        const zoneStart = Math.max(0, last - 2);

        let greets: boolean | undefined;
        sentences.forEach((sentence, index) => {
          const closer = closerIn(sentence, index >= zoneStart && index < last);
          let hit = closer?.span;
          if (closer?.zoneOnly) {
            // An opening offer: the reply opens with a greeting and holds nothing else but thanks for
            // getting in touch, an introduction and sign-off lines besides this one.
            const opensWithGreeting = index > 0 && (greets ??= covers(sentences[0] as Segment, data.opening));
            if (opensWithGreeting && sentences.every((s, i) => i === index || isSignOff(s) || covers(s, data.opening))) hit = undefined;
          }
          if (hit) flag(reply, sentence, hit);
        });
      },
    };

    function flag(reply: Reply, sentence: Segment, hit: Segment): void {
      // en, ko: the whole sentence. zh, th: the clauses the closer spans (RULES.md §4.5 Span).
      let region: Segment = sentence;
      if (lang === "zh" || lang === "th") {
        const clauses = reply.clauses(sentence);
        const first = clauses.find((c) => c.nend > hit.nstart) ?? sentence;
        const lastClause = [...clauses].reverse().find((c) => c.nstart < hit.nend) ?? sentence;
        region = { nstart: first.nstart, nend: lastClause.nend, start: first.start, end: lastClause.end };
      }
      const span = trimSpan(reply, reply.conventions.trailingParticles, region.nstart, region.nend);
      if (span.end <= span.start) return;
      // Rewrites and removal take the sentence's own end punctuation (and particles) with them when
      // nothing but those follows the closer in its sentence; frames carry their own punctuation.
      const rest = trimSpan(reply, reply.conventions.trailingParticles, region.nend, sentence.nend);
      const tail = Math.max(span.end, rest.nend <= rest.nstart ? sentence.end : span.end);
      const removal = deletionRange(reply, { ...span, end: tail });
      report({
        messageId: "genericCloser",
        data: { actual: reply.text.slice(span.start, span.end) },
        start: span.start,
        end: span.end,
        suggest: [
          ...data.rewrites.map((frame) => ({ messageId: "askIfSolved" as const, edits: [{ start: span.start, end: tail, text: frame }] })),
          { messageId: "removeCloser", edits: [{ start: removal.start, end: removal.end, text: "" }] },
        ],
      });
    }
  },
});
