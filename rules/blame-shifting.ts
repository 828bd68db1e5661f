// blame-shifting (RULES.md §4.3): the reply pushes the fault for the customer's problem onto another
// team, an outside party, "the system" or the customer, or passes the buck (go ask X, not our
// department) or transfers the customer without a warm hand-off.
//
// The locale data holds the frames; the party is written PARTY, "(@team|@vendor|@channel)": blame
// frames are split here into a TEAM copy (blameInternal) and a VENDOR copy (blameExternal); directive
// and transfer frames keep any party and get a copy with a phone number in its place. One combined list finds every
// family in one match() call per sentence; the rarer exception lists run only after a hit.
//
// Spans: blame, disclaimers and "X can help" cover their attributing clause (from the clause start,
// after leading connectives); directives and transfers start at the match. Both end at the clause
// end, cut short by `cut` (en: the preposition or conjunction after the match; ko: the eojeol with
// the connective ending, which stays inside).

import { defineRule } from "../src/define.js";
import { trimSpan } from "../src/spans.js";
import type { Lexicon, Patterns, PhraseMatch, Reply, Segment } from "../src/types.js";

export type MessageId =
  | "blameInternal" | "blameExternal" | "blameSystem" | "blameCustomer" | "passBuck" | "coldTransfer"
  | "ownIt";

export interface Data {
  /** FAULT and RESPONSIBILITY frames with the party written PARTY (its TEAM copy → blameInternal, VENDOR → blameExternal). */
  blame: Patterns;
  /** Our own SYSTEM as the agent of a fault act on the customer's order, account or payment. */
  system: Patterns;
  /** The customer's mistake. */
  customer: Patterns;
  /** The customer's choice: flagged only with a `consequence` (a causal link to a problem) in the sentence or the next. */
  choice: Patterns;
  consequence: Patterns;
  /** Directives to take the issue to PARTY (any team, outside party or channel); the span starts at the match. */
  pass: Patterns;
  /**
   * Bare imperatives ("Contact your bank"): directives only at the start of their clause. Default: the
   * `pass` frames that start with a directive `@m`, without it.
   */
  passStart?: Patterns;
  /** "X can help you", "that's handled by X", scope disclaimers: passBuck over the whole clause. */
  passClause: Patterns;
  /** Transfers ("I'll transfer you to X"): coldTransfer unless `warm` is in the sentence or the next. */
  transfer: Patterns;
  /** Ownership claims in the sentence: no blame (our mistake, 저희 실수, 我们的失误, ความผิดของเรา). */
  ownership: Patterns;
  /** Warm hand-off markers and first-person completed actions toward the party: no passBuck/coldTransfer. */
  warm: Patterns;
  /** Look-alikes that veto a hit they overlap: our own system's error (excuse), ko conditionals (…셨다면), our own channel. */
  exceptions?: Patterns;
  /** Conditions before a blame frame in its clause ("if you entered…"): not an assertion. */
  conditional?: Patterns;
  /** Connectives skipped at the start of a clause span (and, so, unfortunately). */
  lead?: Patterns;
  /** en: a word after the match that ends the span; ko (`cutKeeps`): an ending that ends it and stays in. */
  cut?: Patterns;
  cutKeeps?: boolean;
  /** Rewrite frames: restate the failure as ours; do the contact ourselves; brief the next person. */
  rewrites: { blame: string; pass: string; transfer: string };
  /** th: the speaker's pronoun slot and [particle, pronoun] pairs (ผม after ครับ, ดิฉัน after ค่ะ). */
  speaker?: { slot: string; forms: readonly (readonly [particle: string, pronoun: string])[] };
  lexicon?: Lexicon;
}

type Kind = "blameInternal" | "blameExternal" | "blameSystem" | "blameCustomer" | "choice" | "pass" | "passStart" | "passClause" | "transfer";

interface Combined {
  all: Patterns;
  kind: Map<string, Kind>;
}

/**
 * The party in a frame: any TEAM, VENDOR or CHANNEL. Frames write it out, so that every list compiles
 * as it stands; blame frames are split here into a TEAM copy and a VENDOR copy.
 */
export const PARTY = "(@team|@vendor|@channel)";
// A phone number after a contact verb: the first digit is enough (the span runs to the clause end).
const PHONE = "(0|1|2|3|4|5|6|7|8|9|+)";

const combinedCache = new WeakMap<Patterns, Combined>();
function combined(data: Data): Combined {
  let c = combinedCache.get(data.blame);
  if (!c) {
    const kind = new Map<string, Kind>();
    const add = (p: string, k: Kind): void => {
      if (!kind.has(p)) kind.set(p, k);
    };
    // A frame written with @vendor alone holds for outside parties only ("X is restoring it").
    for (const p of data.blame) {
      if (p.includes(PARTY)) {
        add(p.replaceAll(PARTY, "@team"), "blameInternal");
        add(p.replaceAll(PARTY, "@vendor"), "blameExternal");
      } else add(p, p.includes("@vendor") ? "blameExternal" : "blameInternal");
    }
    for (const p of data.system) add(p, "blameSystem");
    for (const p of data.customer) add(p, "blameCustomer");
    for (const p of data.choice) add(p, "choice");
    const party = (list: Patterns, k: Kind): void => {
      for (const p of list) {
        add(p, k);
        // "please call 0800 123 4567": a number where the party ends the frame.
        if (k !== "passClause" && p.trimEnd().endsWith(PARTY)) add(`${p.trimEnd().slice(0, -PARTY.length)}${PHONE}*`, k);
      }
    };
    party(data.pass, "pass");
    // A directive's bare imperative ("Contact your bank"), unless the data lists its own.
    party(data.passStart ?? data.pass.filter((p) => p.startsWith("@m ")).map((p) => p.slice(3)), "passStart");
    party(data.passClause, "passClause");
    party(data.transfer, "transfer");
    c = { all: [...kind.keys()], kind };
    combinedCache.set(data.blame, c);
  }
  return c;
}

interface Hit {
  nstart: number;
  nend: number;
  messageId: MessageId;
  /** The span starts at the match (a directive), not at its clause. */
  fromMatch: boolean;
}

const MASK = "\uFFFC";
/** A masked e-mail address, link or e-mail placeholder (not a leading-@ handle). */
const OWN_ADDRESS = /^[^@][^\s]*@|:\/\/|^www\.|mail/i;
const union = (a: Segment, b: Segment): Segment => ({
  nstart: Math.min(a.nstart, b.nstart), nend: Math.max(a.nend, b.nend),
  start: Math.min(a.start, b.start), end: Math.max(a.end, b.end),
});
const overlaps = (a: { nstart: number; nend: number }, b: { nstart: number; nend: number }): boolean =>
  a.nstart < b.nend && b.nstart < a.nend;

export default defineRule<MessageId, Data>({
  meta: {
    id: "blame-shifting",
    type: "problem",
    description: "Blames another team, an outside party, the system or the customer, or passes the buck.",
    defaultSeverity: "error",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["blameInternal", "blameExternal", "blameSystem", "blameCustomer", "passBuck", "coldTransfer", "ownIt"],
    hasSuggestions: true,
    messages: {
      blameInternal: "Blames another team (\"{{actual}}\"): own the problem and say what you're doing.",
      blameExternal: "Blames an outside party (\"{{actual}}\"): own the problem and say what you're doing.",
      blameSystem: "Blames the system (\"{{actual}}\"): own the problem and say what you're doing.",
      blameCustomer: "Blames the customer (\"{{actual}}\"): state what happened and fix it.",
      passBuck: "Passes the buck (\"{{actual}}\"): contact them yourself and follow up.",
      coldTransfer: "Cold transfer (\"{{actual}}\"): brief the next person so the customer needn't repeat anything.",
      ownIt: "Own it and say what you're doing",
    },
  },
  create: ({ data, lang, match, report }) => {
    const any = (s: Segment, patterns: Patterns | undefined): readonly PhraseMatch[] =>
      patterns?.length ? match(s, patterns) : [];

    return {
      reply(reply) {
        const sentences = reply.sentences;
        const { all, kind } = combined(data);
        sentences.forEach((sentence, i) => {
          const found = match(sentence, all);
          if (found.length === 0) return;
          const next = sentences[i + 1];
          const region = next ? union(sentence, next) : sentence;
          const text = reply.normText(sentence).trimEnd();
          const question = /[?？]$/.test(text);
          let owned: boolean | undefined;
          let warm: boolean | undefined;
          let exceptions: readonly PhraseMatch[] | undefined;
          const hits: Hit[] = [];
          for (const m of found) {
            const k = kind.get(m.pattern) ?? "pass";
            exceptions ??= any(sentence, data.exceptions);
            if (exceptions.some((x) => overlaps(x, m))) continue;
            const clause = clauseOf(reply, sentence, m.nstart);
            let messageId: MessageId;
            let fromClause = true;
            if (k === "pass" || k === "passStart" || k === "passClause" || k === "transfer") {
              // "DM us" is ours; so is a masked e-mail address or link as the party. A masked @handle or a
              // placeholder ("{{carrier_name}}") is another party.
              const masked = reply.norm.lastIndexOf(MASK, m.nend - 1);
              if (masked >= m.nstart && OWN_ADDRESS.test(reply.text.slice(reply.toInput(masked), reply.toInputEnd(masked + 1)))) continue;
              if (k === "passStart" && leadEnd(reply, clause) !== m.nstart) continue;
              warm ??= any(region, data.warm).length > 0;
              if (warm) continue;
              messageId = k === "transfer" ? "coldTransfer" : "passBuck";
              fromClause = k === "passClause";
            } else {
              if (question) continue;
              // "不是我们的问题" is a disclaimer, not ownership.
              owned ??= any(lang === "th" ? region : sentence, data.ownership)
                .some((o) => !found.some((f) => kind.get(f.pattern) === "passClause" && overlaps(f, o)));
              if (owned) continue;
              const before: Segment = { ...clause, nend: m.nstart, end: m.start };
              if (m.nstart > clause.nstart && any(before, data.conditional).length > 0) continue;
              if (k === "choice") {
                const after: Segment = { nstart: m.nstart, nend: region.nend, start: m.start, end: region.end };
                if (any(after, data.consequence).length === 0) continue;
              }
              messageId = k === "choice" ? "blameCustomer" : k;
            }
            // A clause span starts after an earlier hit in the same clause (Korean joins clauses without commas).
            const after = Math.max(clause.nstart, ...hits.map((h) => h.nend).filter((e) => e <= m.nstart));
            const nstart = fromClause ? Math.max(leadEnd(reply, clause), after) : m.nstart;
            const hit = { nstart: Math.min(nstart, m.nstart), nend: spanEnd(reply, sentence, m, k !== "choice" || !!data.cutKeeps), messageId,
              fromMatch: !fromClause };
            if (!hits.some((h) => overlaps(h, hit))) hits.push(hit);
          }
          for (const hit of hits) flag(reply, sentence, hit);
        });
      },
    };

    function clauseOf(reply: Reply, sentence: Segment, at: number): Segment {
      return reply.clauses(sentence).find((c) => c.nstart <= at && at < c.nend) ?? sentence;
    }

    /** The clause start, past leading connectives ("and", "so", "unfortunately"). */
    function leadEnd(reply: Reply, clause: Segment): number {
      let at = clause.nstart;
      for (const l of any(clause, data.lead)) {
        if (l.nstart !== at) break;
        at = l.nend;
        while (at < clause.nend && reply.norm[at] === " ") at++;
      }
      return at;
    }

    /** The end of the clause that holds the match end, cut short by the first `cut` after the match. */
    function spanEnd(reply: Reply, sentence: Segment, m: PhraseMatch, cut: boolean): number {
      const clause = clauseOf(reply, sentence, Math.max(m.nstart, m.nend - 1));
      const end = Math.max(clause.nend, m.nend);
      // An English choice keeps its whole clause ("You chose standard delivery at checkout").
      if (!cut || !data.cut?.length || m.nend >= end) return end;
      // ko: the ending may have begun inside the match ("잘못 입력하셔|서"): look from the eojeol start.
      let from = m.nend;
      if (data.cutKeeps) while (from > m.nstart && reply.norm[from - 1] !== " ") from--;
      const rest: Segment = { nstart: from, nend: end, start: reply.toInput(from), end: reply.toInputEnd(end) };
      for (const c of match(rest, data.cut)) {
        if (!data.cutKeeps) return c.nstart;
        // ko: a connective ending at the end of an eojeol ("입력하셔서", "부분이라").
        const after = reply.norm[c.nend];
        if (c.nend >= m.nend && (c.nend >= end || after === " " || after === "\n")) return c.nend;
      }
      return end;
    }

    function flag(reply: Reply, sentence: Segment, hit: Hit): void {
      const particles = reply.conventions.trailingParticles;
      const span = trimSpan(reply, particles, hit.nstart, hit.nend);
      if (span.end <= span.start || reply.touchesMask(span.start, span.start) || reply.touchesMask(span.end, span.end)) return;
      // The rewrite replaces the sentence up to its end punctuation (and particles); a placeholder
      // before the span ("Hi {{name}}, the courier…") stays, the rewrite then starts at the span.
      // A directive's rewrite keeps what precedes it ("분실 건은", "For the lost bag,").
      const directive = (hit.messageId === "passBuck" && hit.fromMatch) || hit.messageId === "coldTransfer";
      let whole = trimSpan(reply, particles, directive ? hit.nstart : Math.min(sentence.nstart, hit.nstart), Math.max(sentence.nend, hit.nend));
      if (reply.touchesMask(whole.start, span.start)) whole = { ...whole, start: span.start, nstart: span.nstart };
      if (reply.touchesMask(span.end, whole.end)) whole = { ...whole, end: span.end, nend: span.nend };
      const pass = hit.messageId === "passBuck";
      const transfer = hit.messageId === "coldTransfer";
      const frame = pass ? data.rewrites.pass : transfer ? data.rewrites.transfer : data.rewrites.blame;
      report({
        messageId: hit.messageId,
        data: { actual: reply.text.slice(span.start, span.end) },
        start: span.start,
        end: span.end,
        suggest: [{
          messageId: "ownIt",
          edits: [{ start: whole.start, end: whole.end, text: speak(reply, frame) }],
        }],
      });
    }

    /** th: the speaker's pronoun from the reply's particles (ผม after ครับ, ดิฉัน after ค่ะ). */
    function speak(reply: Reply, frame: string): string {
      const s = data.speaker;
      if (!s || !frame.includes(s.slot)) return frame;
      const form = s.forms.find(([particle]) => reply.norm.includes(particle));
      return form ? frame.split(s.slot).join(form[1]) : frame;
    }
  },
});
