import type { Data, MessageId } from "../../rules/empty-empathy.js";
import type { RuleLocale } from "../../src/types.js";

// English (RULES.md §4.8 en). @s = I/we (+ adverb), @f = FEELING, @i = intensifier, @y = "you feel".

export default {
  messages: {
    emptyEmpathy: "Stock empathy (\"{{actual}}\"): name what happened, or act on it.",
    nameSituation: "Name what happened, then act",
  },
  data: {
    lexicon: {
      s: ["(i|we) (do|can|can only|really|truly|totally|completely|fully)?"],
      i: ["(so|really|very|truly|understandably|clearly)"],
      f: ["(frustrat|annoy|disappoint|confus|irritat)(ing|ed)", "(upsetting|worrying|concerned|stressed|upset|worried|stressful|inconvenient|maddening|angry)"],
      h: ["how you (feel|must feel|felt|'re feeling)", "where you're coming from", "what you're going through"],
      a: ["a (real|huge)? (pain|hassle|headache|nightmare)"],
      n: ["(frustration|concern|feeling|worry|disappointment)(s)?", "(stress|situation|pain|confusion)"],
      w: ["(this|that|it) (is|was|must be|must have been|can be)", "you('re| were| feel| felt|'d be| must be|'ve been)"],
      y: ["you (feel|felt|'re feeling|were feeling|'re upset|were upset)"],
      v: ["(understand|get|know|see|imagine|appreciate|tell)"],
    },
    formulas: [
      "@s (understand|get|know|hear|feel|share|imagine) (your|the|all your|this|that) @n",
      "@s (understand|get|know|imagine) @h",
      "@s (understand|get it|get that|hear you|imagine) (completely|totally|fully|loud and clear)? $",
      "(rest assured|please know|be assured) ,? (that)? (we|i) (really|truly|do)? care",
      "(we're|i'm) @i? @f (too|as well)",
      "(we're|i'm) (just as|equally) @i? @f (as you|as you are)?",
    ],
    complements: [
      "@s @v (that|how|why)? @w @i? @f",
      "@s @v (how|just how) @i? @f",
      "@s @v (why|how) (this|that|it) (bothered|upset|annoyed|frustrated|worried|confused) you",
      "(i'm|we're)? @i? sorry (that|if|to hear)? @y",
    ],
    guesses: [
      "you (seem|seemed|appear|sound|must be|must have been) (to be)? @i? @f",
      "(that|it) must (be|have been) @i? (@f|hard|tough)",
      "(that's|that sounds|sounds|how|that was) @i? (like)? (@f|@a)",
      "what @a",
    ],
    exceptions: ["(as|if|sure|hope|far as) (i|we) understand"],
    generic: ["(hello|hey|dear|yes|okay|and|this|that|all|issue|problem|the|you)"],
    breaks: ["(and|but|so|because|which)"],
    rewrites: ["{what happened} — {why that's hard}. {what I'm doing}"],
  },
} satisfies RuleLocale<MessageId, Data>;
