import type { Data, MessageId } from "../../rules/favor-framing.js";
import type { RuleLocale } from "../../src/types.js";

// RULES.md §4.10 en. The framing only: a refund or a free upgrade is fine, "as a courtesy" is not.

export default {
  messages: {
    favorFraming: "Fixing our failure isn't a favour (\"{{actual}}\"). Drop the framing and keep the action.",
    dropFraming: "Drop the framing; say why the remedy is owed",
  },
  data: {
    lexicon: {
      we: ["(we|i|we've|i've|we'll|i'll|we'd|i'd)"],
      once: ["(one-time|one time|onetime|one-off|special|personal|small)"],
    },
    phrases: [
      "as a @once? (courtesy|exception|goodwill gesture|gesture of goodwill|favor|favour|courtesy gesture)",
      "@once (courtesy|exception)",
      "(just|only) (this|for this) (once|one time|time)",
      "(this|for this) one time (only)?",
      "@we (have|had|will|can|are)? (made|make|making) an exception( for you| in your case| this time)?",
      "(made|make|making) an exception( for you| in your case| this time)?",
      "@we (don't|do not|wouldn't|would not|won't|can't|cannot) (normally|usually|typically|generally|ordinarily) (do (this|that)|allow|offer|make|accept|refund|cover|waive|give|replace|exchange)",
      "(normally|usually|typically|ordinarily)(,)? @we (don't|wouldn't|can't|won't) (do (this|that)|allow|offer|make|accept|refund|cover|waive|give|replace|exchange)",
      "(this isn't|that isn't|it isn't|it's not|that's not) (something|anything) we (normally|usually|typically) (do|offer|allow)",
      "(even though|although|though|while|even if|despite the fact that) (it|this|that|the issue|the delay|the problem) (wasn't|was not|isn't|is not) (our|my) (fault|responsibility|mistake|error|doing)",
      "(we're|we are|i'm|i am) (not|under no) (obligated|obliged|required|obligation) (to)?",
      "(you're|you are) (very |so |really )?lucky",
      "lucky for you",
      "@we went out of (our|my) way",
      "doing you a (favor|favour)",
      "out of (goodwill|good will|courtesy|kindness)",
    ],
    exceptions: ["courtesy (reminder|call|notice|email|note|message|check)", "(can't|cannot|won't|couldn't|unable to|not able to|not) (make|making|made) an exception"],
    reason: " — you shouldn't have had to {cost to customer}",
  },
} satisfies RuleLocale<MessageId, Data>;
