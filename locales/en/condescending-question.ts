import type { Data, MessageId } from "../../rules/condescending-question.js";
import type { RuleLocale } from "../../src/types.js";

// RULES.md §4.9 en. Doubt and intensity words, not troubleshooting: "Have you tried restarting?" passes.

export default {
  messages: {
    condescending: "Sounds like doubting the customer (\"{{actual}}\"). Ask neutrally and say why you ask.",
    askNeutrally: "Ask about the thing, not the person",
    giveReason: "Drop the reproach, give the reason",
  },
  data: {
    lexicon: {
      you: ["you", "u"],
      sure: ["(really |100% )?(sure|certain|positive)( that)?"],
      want: ["(want|would like|'d like|wish|need|mean|prefer|ready|ok)"],
      said: ["(said|explained|mentioned|told you|stated)"],
      tim: ["(before|earlier|already|twice)"],
      doc: ["(setup |user )?(instructions|manual|guide|faq(s)?|email|article|docs|terms|description|policy|notice|message|page)"],
    },
    questions: [
      "(are|r)? @you @sure (you('ve|'re)?|u|your|the|it('s)?|this|that('s)?)",
      "(did|have|do|didn't|haven't) @you (even|actually|at least|bother)",
      "(did|have|do) @you (really|ever) (read|(check|look|follow|click|enter|open)(ed)?)",
      "(did|have|didn't|haven't) @you (read|go through|gone through|follow(ed)?) (the|our|my|your)? @doc",
      "(did|have) @you (remember(ed)?|forg(e|o)t(ten)?) to",
    ],
    // "you clicked Save, right?" (the rule checks that "you" opens its clause)
    tags: ["(you|you've|you did) (already |just )?(clicked|entered|selected|chose|tried|used|installed|followed|checked|typed|saved|read|did) ...80 ((, )?(right|correct)|, (didn't|haven't) you|, no) $"],
    reproaches: [
      "(as|like) (i|we|i've|we've) (already|just|previously|clearly)? @said @tim?",
      "as (clearly|already|previously)? (stated|explained|said|written)",
      "(i|we|i've|we've) already (told you|(explained|said|answered) (this|that)( to you)?)",
      "(it|this|which)? (is|was|'s) (very |quite )?clearly (stated|written|mentioned|explained|shown)",
      "obviously",
    ],
    exceptions: [
      // confirming intent before a destructive action
      "@sure (you|u|you're|this is what you) (really)? @want",
      "(actually|even) @want",
      "obviously(,)? (we|i|our|that|not)",
      "just to (confirm|check|clarify|double(-| )check|make sure) ...150 $",
    ],
    rewrites: ["Could you tell me {what you need}? {why it matters}."],
    reason: " — {why this applies to your case}",
  },
} satisfies RuleLocale<MessageId, Data>;
