// excuse (RULES.md §4.4): a circumstance offered to explain away a failure or delay — internal (high
// volume, short staffing, a new system, our own outage) or external (a power cut, demand and stock,
// licensing, weather, beyond our control) — and "policy" used as a shield with nothing offered instead.
// The locale data holds the phrase families; the rule links them: an EXCUSE phrase plus a FAILURE in
// the same sentence, joined by a causal connector (or, where the language joins clauses without one,
// with the failure in a later clause); an OUTAGE/backlog/beyond-control phrase stated as a present or
// past fact stands alone. Ownership and transparent root-cause reports are exempt.

import { defineRule } from "../src/define.js";
import { trimSpan } from "../src/spans.js";
import type { Lexicon, Patterns, PhraseMatch, Reply, Segment } from "../src/types.js";

export type MessageId = "internalReason" | "externalReason" | "policyShield" | "statusAndFix" | "offerOptions";

export interface Data {
  /** Internal EXCUSE phrases (volume, staffing, new system, internal process): need a FAILURE. */
  internal: Patterns;
  /** External EXCUSE phrases (demand and stock, licensing, operations, product, outside sync). */
  external: Patterns;
  /** Our OUTAGE, maintenance and backlog phrases: flagged alone when stated as a present or past fact. */
  internalFact: Patterns;
  /** Power cuts, outside outages and BEYOND-CONTROL phrases: flagged alone as facts. */
  externalFact: Patterns;
  /** Causal connectors (due to, 때문에, 由于, เนื่องจาก). One before the excuse opens the span; one after ends it. */
  connectors: Patterns;
  /**
   * Where the language links clauses without a connector: "clause" (zh, th: a FAILURE in a later
   * clause of the sentence, th: or the next one), "sentence" (ko: a FAILURE after the excuse).
   */
  parataxis?: "clause" | "sentence";
  /** FAILURE: delay, missing, damaged, unavailable, refusal, a request for patience. */
  failures: Patterns;
  /** Future markers: a fact phrase under one is not a present or past fact. */
  future: Patterns;
  /** Conditions, negations, questions and "resolved": a fact phrase under one is not stated as a fact. */
  notFact: Patterns;
  /** Maintenance words: with a future marker, an advance notice (never flagged). */
  scheduled: Patterns;
  /** Ownership claims in the same sentence (our mistake, 저희 잘못, 我们的失误, ความผิดของเรา). */
  ownership: Patterns;
  /** A transparent root-cause report: cause named, fix and prevention reported → the reply is exempt. */
  rootCause: Patterns;
  fixed: Patterns;
  prevention: Patterns;
  /** POLICY words, HELPLESS markers and alternatives offered (policyShield). */
  policy: Patterns;
  helpless: Patterns;
  alternatives: Patterns;
  /** ko: bound nouns after an adnominal that stay in the span (상황이라, 부분이라, 과정에서). */
  tail?: Patterns;
  /** Rewrite frames replacing the sentence (without its end punctuation), best first. */
  rewrites: { reason: readonly string[]; policy: readonly string[] };
  /** th: a slot in the frames replaced by the speaker's pronoun, chosen by the reply's particles. */
  speaker?: { slot: string; forms: readonly (readonly [particle: string, pronoun: string])[] };
  lexicon?: Lexicon;
}

type Kind = "internal" | "external" | "internalFact" | "externalFact";
const KINDS: readonly Kind[] = ["internal", "external", "internalFact", "externalFact"];

interface Combined {
  all: Patterns;
  kind: Map<string, Kind>;
}

// One combined excuse list per locale (keyed by its internal list, stable across script variants):
// one match() call finds every family, and the array stays the same so it compiles once.
const combinedCache = new WeakMap<Patterns, Combined>();
function combined(data: Data): Combined {
  let c = combinedCache.get(data.internal);
  if (!c) {
    const kind = new Map<string, Kind>();
    for (const k of KINDS) for (const p of data[k]) if (!kind.has(p)) kind.set(p, k);
    c = { all: [...kind.keys()], kind };
    combinedCache.set(data.internal, c);
  }
  return c;
}

interface Hit {
  nstart: number;
  nend: number;
  messageId: MessageId;
}

const overlaps = (a: { nstart: number; nend: number }, b: { nstart: number; nend: number }): boolean =>
  a.nstart < b.nend && b.nstart < a.nend;
const union = (a: Segment, b: Segment): Segment => ({
  nstart: Math.min(a.nstart, b.nstart), nend: Math.max(a.nend, b.nend),
  start: Math.min(a.start, b.start), end: Math.max(a.end, b.end),
});

export default defineRule<MessageId, Data>({
  meta: {
    id: "excuse",
    type: "suggestion",
    description: "A circumstance offered to explain away a failure or delay, or policy used as a shield.",
    defaultSeverity: "warning",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["internalReason", "externalReason", "policyShield", "statusAndFix", "offerOptions"],
    hasSuggestions: true,
    messages: {
      internalReason: "Excuse (\"{{actual}}\"): give the status and the fix, not our reasons.",
      externalReason: "Excuse (\"{{actual}}\"): give the status and the fix, not the circumstance.",
      policyShield: "Policy as a shield (\"{{actual}}\"): offer what you can do.",
      statusAndFix: "Give the status and the fix",
      offerOptions: "Offer options",
    },
  },
  create: ({ data, lang, match, report }) => {
    const any = (s: Segment, patterns: Patterns | undefined): boolean => !!patterns?.length && match(s, patterns).length > 0;

    return {
      reply(reply) {
        const sentences = reply.sentences;
        if (sentences.length === 0) return;
        const { all, kind } = combined(data);
        // The rare lists first: most replies hold no excuse and no policy word.
        const excuses = sentences.map((s) => match(s, all));
        const policies = sentences.map((s) => (data.policy.length ? match(s, data.policy) : []));
        if (excuses.every((l) => l.length === 0) && policies.every((l) => l.length === 0)) return;

        // A transparent root-cause report that owns the fault: no sentence of the reply is flagged.
        const whole: Segment = { nstart: 0, nend: reply.norm.length, start: 0, end: reply.text.length };
        if (any(whole, data.rootCause) && any(whole, data.fixed) && any(whole, data.prevention)) return;

        sentences.forEach((sentence, i) => {
          const found = excuses[i] as readonly PhraseMatch[];
          const policyWords = policies[i] as readonly PhraseMatch[];
          if (found.length === 0 && policyWords.length === 0) return;
          const next = sentences[i + 1];
          const previous = sentences[i - 1];
          // In Thai a sentence ends at every polite particle: "the same sentence" reaches the next one,
          // and the previous one ("ส่งผิดที่อยู่ค่ะ เพราะ…": the failure, then its reason).
          const region = lang === "th" && next ? union(sentence, next) : sentence;
          const failureRegion = lang === "th" && previous ? union(previous, region) : region;
          if (any(region, data.ownership)) return;

          const hits: Hit[] = [];
          let shield: Hit | undefined;
          if (policyWords.length) shield = policyShield(reply, sentence, region, policyWords, i);
          if (shield) hits.push(shield);

          if (found.length) {
            let allFailures: readonly PhraseMatch[] | undefined;
            let failures: readonly PhraseMatch[] | undefined;
            let connectors: readonly PhraseMatch[] | undefined;
            let futures: readonly PhraseMatch[] | undefined;
            // Future when a future marker comes before the phrase or in its own clause: "due to the
            // backlog, our agents will respond…" states the backlog as a present fact.
            const isFuture = (m: PhraseMatch): boolean => {
              futures ??= data.future.length ? match(sentence, data.future) : [];
              if (futures.length === 0) return false;
              const clause = clauseOf(reply, sentence, m.nstart);
              return futures.some((f) => f.nstart < m.nstart || (f.nstart < clause.nend && f.nend > clause.nstart));
            };
            const scheduled = data.scheduled.length ? match(sentence, data.scheduled) : [];
            for (const m of found) {
              const k = kind.get(m.pattern) ?? "internal";
              // An advance notice of maintenance ("we'll be offline for scheduled maintenance on Sunday").
              if (scheduled.some((x) => overlaps(x, m)) && isFuture(m)) continue;
              // A question ("is the site down for you?") states nothing.
              const question = reply.norm.slice(sentence.nstart, sentence.nend).trimEnd().endsWith("?");
              let linked = (k === "internalFact" || k === "externalFact") && !question && !isFuture(m) && !any(sentence, data.notFact);
              // The excuse phrase is not its own failure ("data feed delay"); another excuse may be one
              // ("抢购太火爆导致库存不足").
              allFailures ??= match(failureRegion, data.failures);
              failures = allFailures.filter((f) => !overlaps(m, f));
              if (!linked) {
                if (failures.length === 0) continue;
                connectors ??= data.connectors.length ? match(failureRegion, data.connectors) : [];
                const causal = connectors.some((c) => !overlaps(c, m) || c.nstart < m.nstart);
                linked = causal || laterFailure(reply, sentence, m, failures);
              }
              if (!linked) continue;
              // Korean: the span ends with the connective eojeol when a FAILURE follows; a bare fact is its clause.
              const cut = failures.some((f) => f.nstart >= m.nend && f.nstart < sentence.nend);
              const { nstart, nend } = excuseSpan(reply, sentence, m, connectors ?? (data.connectors.length ? match(sentence, data.connectors) : []), cut, failures);
              hits.push({ nstart, nend, messageId: k === "internal" || k === "internalFact" ? "internalReason" : "externalReason" });
            }
          }
          for (const hit of merge(reply, hits, shield)) flag(reply, sentence, hit);
        });
      },
    };

    /** A FAILURE after the excuse, in a later clause (zh, th) or later in the sentence (ko). */
    function laterFailure(reply: Reply, sentence: Segment, m: PhraseMatch, failures: readonly PhraseMatch[]): boolean {
      if (!data.parataxis) return false;
      if (data.parataxis === "sentence") return failures.some((f) => f.nstart >= m.nend && f.nstart < sentence.nend);
      const clauses = reply.clauses(sentence);
      const own = clauses.find((c) => c.nstart <= m.nstart && m.nstart < c.nend);
      const after = own ? own.nend : m.nend;
      return failures.some((f) => f.nstart >= after);
    }

    function clauseOf(reply: Reply, sentence: Segment, at: number): Segment {
      return reply.clauses(sentence).find((c) => c.nstart <= at && at < c.nend) ?? sentence;
    }

    /**
     * The excuse clause: from the clause start (or a connector before the excuse) to the clause end (or a
     * connector after it, before the failure); in Korean, to the end of the eojeol that carries the connective ending.
     */
    function excuseSpan(reply: Reply, sentence: Segment, m: PhraseMatch, connectors: readonly PhraseMatch[], cut: boolean,
      failures: readonly PhraseMatch[]): { nstart: number; nend: number } {
      const clause = clauseOf(reply, sentence, m.nstart);
      let nstart = clause.nstart;
      let nend = clause.nend;
      for (const c of connectors) {
        if (c.nstart < clause.nstart || c.nend > clause.nend) continue;
        if (c.nend <= m.nstart || (c.nstart <= m.nstart && c.nend > m.nstart)) nstart = Math.max(nstart, Math.min(c.nstart, m.nstart));
        // A connector after the excuse ends it when the failure follows in the clause ("…导致…没有到账").
        else if (c.nstart >= m.nend && failures.some((f) => f.nstart >= c.nend && f.nstart < clause.nend)) nend = Math.min(nend, c.nstart);
      }
      if (data.tail && cut) nend = Math.min(nend, eojeolEnd(reply, clause, m.nend));
      return { nstart, nend };
    }

    /** ko: the end of the eojeol holding `at`, continued through one bound noun after an adnominal. */
    function eojeolEnd(reply: Reply, clause: Segment, at: number): number {
      const norm = reply.norm;
      let end = at;
      while (end < clause.nend && norm[end] !== " ") end++;
      for (let step = 0; step < 2 && end < clause.nend; step++) {
        const rest: Segment = { nstart: end, nend: clause.nend, start: reply.toInput(end), end: clause.end };
        const t = match(rest, data.tail ?? []).find((x) => norm.slice(end, x.nstart).trim() === "");
        if (!t) break;
        end = t.nend;
        while (end < clause.nend && norm[end] !== " ") end++;
      }
      return end;
    }

    function policyShield(reply: Reply, sentence: Segment, region: Segment, words: readonly PhraseMatch[], i: number): Hit | undefined {
      const helpless = match(region, data.helpless);
      if (helpless.length === 0) return undefined;
      // An alternative offered in the same or the next sentence makes it a neutral refusal.
      const sentences = reply.sentences;
      const last = Math.min(sentences.length - 1, i + (lang === "th" ? 2 : 1));
      const around = union(sentence, sentences[last] as Segment);
      if (any(around, data.alternatives)) return undefined;
      const word = words[0] as PhraseMatch;
      const h = helpless[helpless.length - 1] as PhraseMatch;
      const from = clauseOf(reply, sentence, word.nstart);
      const inSentence = h.nstart < sentence.nend;
      const to = inSentence ? clauseOf(reply, sentence, h.nstart) : clauseOf(reply, sentences[i + 1] as Segment, h.nstart);
      let nend = Math.max(to.nend, from.nend);
      if (data.tail) nend = Math.min(nend, eojeolEnd(reply, to, h.nend));
      return { nstart: Math.min(from.nstart, h.nstart), nend, messageId: "policyShield" };
    }

    /** Overlapping or touching spans become one; reason spans inside a policy span are dropped. */
    function merge(reply: Reply, hits: Hit[], shield: Hit | undefined): Hit[] {
      const sorted = hits.filter((h) => h === shield || !shield || !overlaps(h, shield)).sort((a, b) => a.nstart - b.nstart);
      const out: Hit[] = [];
      for (const h of sorted) {
        const prev = out[out.length - 1];
        if (prev && prev.messageId !== "policyShield" && h.messageId !== "policyShield" &&
          (h.nstart < prev.nend || reply.norm.slice(prev.nend, h.nstart).trim() === "")) {
          prev.nend = Math.max(prev.nend, h.nend);
        } else {
          out.push({ ...h });
        }
      }
      return out;
    }

    function flag(reply: Reply, sentence: Segment, hit: Hit): void {
      const particles = reply.conventions.trailingParticles;
      // Thai "จริง ๆ": the repetition mark after a space is split off as a clause of its own; keep it.
      const rest = reply.norm.slice(hit.nend, hit.nend + 2);
      if (rest === " ๆ" || rest.startsWith("ๆ")) hit = { ...hit, nend: hit.nend + rest.indexOf("ๆ") + 1 };
      const span = trimSpan(reply, particles, hit.nstart, hit.nend);
      if (span.end <= span.start) return;
      // The rewrite replaces the sentence up to its end punctuation (and Thai particles), which stay.
      // A placeholder before the span ("Hi {{name}}, due to…") stays: the rewrite then starts at the span.
      let whole = trimSpan(reply, particles, Math.min(sentence.nstart, hit.nstart), Math.max(sentence.nend, hit.nend));
      if (reply.touchesMask(whole.start, span.start)) whole = { ...whole, start: span.start, nstart: span.nstart };
      const frames = hit.messageId === "policyShield" ? data.rewrites.policy : data.rewrites.reason;
      const ids: MessageId[] = hit.messageId === "policyShield" ? ["offerOptions"] : ["statusAndFix", "offerOptions"];
      report({
        messageId: hit.messageId,
        data: { actual: reply.text.slice(span.start, span.end) },
        start: span.start,
        end: span.end,
        suggest: frames.map((frame, k) => ({
          messageId: ids[Math.min(k, ids.length - 1)] as MessageId,
          edits: [{ start: whole.start, end: whole.end, text: speak(reply, frame) }],
        })),
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
