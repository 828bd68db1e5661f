import type { Data, MessageId } from "../../rules/but-pivot.js";
import type { RuleLocale } from "../../src/types.js";

// English (RULES.md §4.2 en). Triggers: APOLOGY, EMPATHY, sympathy frames and empty-empathy formulas.

export default {
  messages: {
    butPivot: "'{{actual}}' after an apology cancels it. End the apology, then say what you can do.",
    dropConnective: "Delete '{{actual}}'",
    endApology: "End the apology, then offer what you can do",
  },
  data: {
    lexicon: {
      w: ["((i|we) (can|do|really|totally|completely|fully)?|totally|completely)"],
    },
    triggers: [
      "(sorry|sry|apologi(ze|se|es)|apology|regret|understandable)",
      "@w (understand|imagine|sympathize|empathize|hear you|feel you|get it)", "@w know $",
      "@w (know|see|get|appreciate|tell) (just)? (how|why|what|that this|that it)",
      "(sad|hate|sorry|upset) to (hear|see|learn|read)", "not what (we|i) (like|want|wanted) to hear",
      "(that|this|it) (must be|must have been|sounds|is|was) (so|really|very|super|incredibly)? ((frustrat|annoy|disappoint|upsett|confus|stress)ing|awful|tough|hard|a (pain|hassle|headache))",
      "(that's|what) a (shame|pity)",
    ],
    notTriggers: ["(if|as|from what|as far as|to make sure) (i|we) (understand|see|get)", "(i|we) (understand|see) correctly"],
    connectives: ["but", "however", "(although|though)", "that (being)? said", "having said (that|this)", "(nevertheless|nonetheless|even so|and yet)"],
    openers: ["yet"],
    concessives: ["(although|though|even though|even if|while)"],
    exceptions: [
      "not only ...80 but", "but (also|rather|for)", "(all|anything|nothing|none|everyone|nobody|no one) but", "(can't|cannot) help but", "last but not least",
    ],
    fillers: ["(hi|hello|hey|dear|oh|again|so|and|well|ok|okay|yes)",
      "(and)? (thank you|thanks) (for (your|the)? (patience|understanding|waiting))?"],
    reasons: ["(as|because|since|due to|given)"],
    breaks: ["(and|so|then) (i|we|i've|we've|i'll|we'll|i'm|we're|it|they)"],
    requests: ["((could|can|would|will) you|(may|could|can) i (ask|get|have)|would it be possible|do you mind)"],
    stop: ". ",
    offer: "What I can do is {option A} or {option B} — which would you prefer?",
  },
} satisfies RuleLocale<MessageId, Data>;
