// no-i-ownership (RULES.md §4.7): a reply that commits to, offers or reports an action for the
// customer (COMMIT, OFFER, DONE; holds and lookups with an actor) but never uses a first-person
// singular form. One diagnostic per reply, on the first action clause.
//
// Structure: (1) any first-person form outside masks (minus look-alikes: "Phase I", "my manager will",
// 제품, 我们/我司, ผม = hair) ends the check; (2) the reply's actions are collected sentence by sentence;
// (3) in ko, zh and th an action whose actor is read as the agent ends the check too:
//   ko — a subject-less agent verb (no 저희가/담당자가/…에서 before it in its sentence) unless the writer
//        identifies as a team (…팀입니다, 저희가 …);
//   zh — the nearest actor before the action in its sentence is 这边 (not 我们这边), or there is none and
//        the action carries 帮您/为您/给您, or there is neither an actor nor a non-person topic;
//   th — no NON_I subject in the action's clause or in the clauses it inherits its subject from (back to
//        one that ends in a polite particle); a non-person topic counts only as a clause's subject.
// Agentless passives (`passives`) are never the agent's.

import { defineRule } from "../src/define.js";
import { trimSpan } from "../src/spans.js";
import type { Lexicon, Patterns, PhraseMatch, Reply, Segment } from "../src/types.js";
import { verbEnd } from "./lib/no-i-ownership-verbs.js";
import type { VerbForm, VerbForms } from "./lib/no-i-ownership-verbs.js";

export type MessageId = "noOwnership" | "ownIt";

export interface Data {
  /** First-person singular forms: I, my, 제가, 저는, 我, 本人, 小妹, ผม, ดิฉัน, แอดมิน, self-introductions. */
  firstPerson: Patterns;
  /** Look-alikes overlapping a first-person hit: Phase I, "my manager will", 我们/我司, ผมร่วง, แอดไลน์. */
  notFirstPerson?: Patterns;
  /** Actions an agent or any named party takes: promises, ongoing work, hand-offs, offers, done actions. */
  actions: Patterns;
  /** Agentless actions (passives, the customer receiving): never read as the agent's. */
  passives?: Patterns;
  /** en: frames followed by an open base-form verb slot ("we'll" + ship, "so we can" + close). */
  baseFrames?: Patterns;
  /** en: frames followed by an open active past slot ("we've" + reactivated, "the system" + cancelled). */
  pastFrames?: Patterns;
  /** en: frames followed by an open participle slot ("has been" + approved, "will be" + credited). */
  passiveFrames?: Patterns;
  /** en: what fills an open slot (see rules/lib/no-i-ownership-verbs.ts). */
  verbForms?: VerbForms;
  /** Look-alikes overlapping an action: product behaviour ("this will update"), the customer's own acts. */
  notActions?: Patterns;
  /** ko/zh/th: explicit NON_I actors (저희가, 담당자가, 我们, 商家, ทางเรา, เจ้าหน้าที่ …). */
  nonI?: Patterns;
  /** zh/th: non-person topics that make an action NON_I (退款, 订单; th: only as a clause's subject). */
  topics?: Patterns;
  /** zh: an actor named inside the action itself (运费已经由我们吸收, 已被仓库退回): NON_I. */
  innerActors?: Patterns;
  /** zh: actors read as the agent (这边). */
  agent?: Patterns;
  /** zh: 帮您/为您/给您: an action carrying one, with no actor, is the agent's even after a topic. */
  forYou?: Patterns;
  /** ko: verbs other than actions that are first-person when subject-less (안내드립니다, 말씀드립니다). */
  selfVerbs?: Patterns;
  /** ko: the writer identifies as a team (…팀입니다, …팀 드림, 저희가 …): subject-less verbs are the team's. */
  team?: Patterns;
  /** th: polite particles that mark the speaker, and the pronoun a rewrite then uses (`[particles, pronoun]`). */
  voices?: readonly (readonly [Patterns, string])[];
  /** th: the slot in a rewrite that a voice replaces ("{ผม/ดิฉัน}"). */
  voiceSlot?: string;
  /** Rewrite frames that replace the first action clause; `{slot}`s are facts only the agent knows. */
  rewrites: readonly string[];
  lexicon?: Lexicon;
}

export interface Options {
  /** zh, th: agent nicknames, names and mascots used as "I" (小美, พลอย). */
  selfNames?: readonly string[];
}

interface Action {
  m: PhraseMatch;
  sentence: Segment;
  passive: boolean;
}

const NONE: readonly PhraseMatch[] = [];
const overlaps = (a: { nstart: number; nend: number }, list: readonly PhraseMatch[]): boolean =>
  list.some((x) => x.nstart < a.nend && a.nstart < x.nend);
/** An exception removes an action only where it covers the action's head (its start): a look-alike
 *  inside a longer action ("ส่งเรื่องให้ฝ่ายจัดส่งแล้ว" holds the status "จัดส่งแล้ว") leaves it standing. */
const coversStart = (a: { nstart: number }, list: readonly PhraseMatch[]): boolean =>
  list.some((x) => x.nstart <= a.nstart && a.nstart < x.nend);

// Clause punctuation after normalization (NFKC folds ，；： to ASCII), and in Thai a space (§1.4): a
// gap in a pattern never joins a marker in one clause to a verb in the next (已經出貨，無法再修改).
const CLAUSE_MARKS = [",", ";", ":", "、"];
const crossesClause = (reply: Reply, m: PhraseMatch): boolean => {
  const text = reply.norm.slice(m.nstart, m.nend);
  return CLAUSE_MARKS.some((c) => text.includes(c)) || (reply.lang === "th" && text.includes(" "));
};

export default defineRule<MessageId, Data>({
  meta: {
    id: "no-i-ownership",
    type: "suggestion",
    description: "Reply commits to or reports an action but no one says \"I\".",
    defaultSeverity: "warning",
    languages: ["en", "ko", "zh", "th"],
    messageIds: ["noOwnership", "ownIt"],
    hasSuggestions: true,
    options: { selfNames: "string[]" },
    messages: {
      noOwnership: "No one owns this (\"{{actual}}\"). Say what *you* will do.",
      ownIt: "Say what you will do yourself, and by when",
    },
  },
  create: ({ data, lang, match, report, options }) => {
    const find = (s: Segment, patterns: Patterns | undefined): readonly PhraseMatch[] =>
      patterns?.length ? match(s, patterns) : [];
    /** Hits of `patterns` in s that no hit of `not` overlaps. */
    const findBut = (s: Segment, patterns: Patterns | undefined, not: Patterns | undefined): PhraseMatch[] => {
      const hits = find(s, patterns);
      if (hits.length === 0) return [];
      const exceptions = find(s, not);
      return hits.filter((h) => !overlaps(h, exceptions));
    };
    const slotFrames: readonly (readonly [Patterns | undefined, VerbForm])[] =
      [[data.baseFrames, "base"], [data.pastFrames, "past"], [data.passiveFrames, "passive"]];
    const before = (s: Segment, start: number, end: number, reply: Reply): Segment =>
      ({ nstart: start, nend: end, start: reply.toInput(start), end: reply.toInputEnd(end) });

    return {
      reply(reply) {
        const whole: Segment = { nstart: 0, nend: reply.norm.length, start: 0, end: reply.text.length };
        if (hasFirstPerson(reply, whole)) return;

        const actions: Action[] = [];
        for (const sentence of reply.sentences) {
          // An action that overlaps an agentless reading (คุณลูกค้าจะได้รับเงินคืน) takes that reading.
          const passives = find(sentence, data.passives);
          const active = find(sentence, data.actions);
          const slots = openSlots(reply, sentence);
          if (active.length === 0 && slots.length === 0 && passives.length === 0) continue;
          const hits = [
            ...[...active, ...slots].filter((m) => !overlaps(m, passives)).map((m) => ({ m, sentence, passive: false })),
            ...passives.map((m) => ({ m, sentence, passive: true })),
          ];
          const exceptions = find(sentence, data.notActions);
          for (const a of hits) if (!coversStart(a.m, exceptions) && !crossesClause(reply, a.m)) actions.push(a);
        }
        if (actions.length === 0) return;
        actions.sort((a, b) => a.m.nstart - b.m.nstart);

        if (lang === "ko") {
          // Subject-less first-person verbs anywhere in the reply, unless the writer is a team.
          const verbs = [...actions.filter((a) => !a.passive)];
          for (const sentence of reply.sentences) for (const m of find(sentence, data.selfVerbs)) verbs.push({ m, sentence, passive: false });
          if (verbs.length && find(whole, data.team).length === 0 &&
            verbs.some((a) => find(before(a.sentence, a.sentence.nstart, a.m.nstart, reply), data.nonI).length === 0)) return;
        } else if (lang === "zh" || lang === "th") {
          if (actions.some((a) => !a.passive && isAgent(reply, a))) return;
        }
        flag(reply, actions[0] as Action);
      },
    };

    /** en: frames whose next word is a verb of the slot's form, extended over that verb. */
    function openSlots(reply: Reply, sentence: Segment): readonly PhraseMatch[] {
      const forms = data.verbForms;
      if (!forms) return NONE;
      const out: PhraseMatch[] = [];
      for (const [frames, form] of slotFrames) {
        for (const m of find(sentence, frames)) {
          const nend = verbEnd(reply.norm, m.nend, sentence.nend, form, forms);
          if (nend < 0) continue;
          const end = reply.toInputEnd(nend);
          out.push({ ...m, nend, end, text: reply.text.slice(m.start, end) });
        }
      }
      return out;
    }

    function hasFirstPerson(reply: Reply, whole: Segment): boolean {
      const hits = findBut(whole, data.firstPerson, data.notFirstPerson)
        // "I" is case-sensitive (Part I, iPhone); the other forms are not.
        .filter((m) => !(lang === "en" && reply.normText(m) === "i" && m.text !== "I"));
      if (hits.length) return true;
      const names = (options as Options | undefined)?.selfNames;
      if ((lang === "zh" || lang === "th") && Array.isArray(names)) {
        return names.some((n) => typeof n === "string" && n.trim() !== "" && reply.norm.includes(n.normalize("NFKC").toLowerCase()));
      }
      return false;
    }

    /** zh, th: is the actor of this action read as the agent? */
    function isAgent(reply: Reply, a: Action): boolean {
      const { m, sentence } = a;
      if (lang === "zh") {
        if (find(m, data.innerActors).length) return false;
        const window = before(sentence, sentence.nstart, m.nstart, reply);
        // The NON_I actors are also the exceptions of the agent ones: asked for once.
        const nonI = find(window, data.nonI);
        const agents = find(window, data.agent).filter((x) => !overlaps(x, nonI));
        const actors = [...nonI.map((x) => ({ x, agent: false })), ...agents.map((x) => ({ x, agent: true }))];
        if (actors.length) return actors.reduce((p, c) => (c.x.nend > p.x.nend ? c : p)).agent;
        const clause = reply.clauses(sentence).find((c) => c.nend >= m.nstart) ?? sentence;
        if (find(before(clause, Math.min(clause.nstart, m.nstart), m.nend, reply), data.forYou).length) return true;
        return find(window, data.topics).length === 0;
      }
      // th: the clause chain that gives this action its subject.
      const clauses = reply.clauses(sentence);
      let k = clauses.findIndex((c) => c.nend >= m.nstart);
      if (k < 0) k = 0;
      const particles = reply.conventions.trailingParticles;
      while (k > 0) {
        const prev = reply.normText(clauses[k - 1] as Segment);
        if (particles.some((p) => prev.endsWith(p))) break;
        k--;
      }
      const window = before(sentence, (clauses[k] as Segment).nstart, m.nstart, reply);
      if (find(window, data.nonI).length) return false;
      const starts = new Set(clauses.map((c) => c.nstart));
      return !find(window, data.topics).some((t) => starts.has(t.nstart));
    }

    function flag(reply: Reply, action: Action): void {
      const { m, sentence } = action;
      const clauses = reply.clauses(sentence);
      const first = clauses.find((c) => c.nend > m.nstart) ?? sentence;
      const last = [...clauses].reverse().find((c) => c.nstart < m.nend) ?? sentence;
      const span = trimSpan(reply, reply.conventions.trailingParticles, first.nstart, Math.max(first.nend, last.nend));
      if (span.end <= span.start) return;
      let pronoun: string | undefined;
      if (data.voiceSlot && data.voices) {
        const whole: Segment = { nstart: 0, nend: reply.norm.length, start: 0, end: reply.text.length };
        pronoun = data.voices.find(([particles]) => find(whole, particles).length > 0)?.[1];
      }
      const voiced = (frame: string): string =>
        (pronoun && data.voiceSlot ? frame.split(data.voiceSlot).join(pronoun) : frame);
      report({
        messageId: "noOwnership",
        data: { actual: reply.text.slice(span.start, span.end) },
        start: span.start,
        end: span.end,
        suggest: data.rewrites.map((frame) => ({
          messageId: "ownIt" as const,
          edits: [{ start: span.start, end: span.end, text: voiced(frame) }],
        })),
      });
    }
  },
});
