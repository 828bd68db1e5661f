import type { Data, MessageId } from "../../rules/no-i-ownership.js";
import type { RuleLocale } from "../../src/types.js";

// RULES.md §4.7 en. @v: an agent's action verb; @pp: its participle (done, hand-off, passive).
const S = "(investigat|resolv|replac|handl|updat|escalat|issu|arrang|revers|waiv|restor|remov|shar)";
const T = "(review|check|process|fix|refund|credit|cancel|forward|reset|unlock|correct|contact|answer|report|add|extend|assign)";
export default {
  messages: {
    noOwnership: "No one owns \"{{actual}}\": say what *you* will do.",
    ownIt: "Say what you will do, and by when",
  },
  data: {
    lexicon: {
      v: [`${S}e`, T, "(send|call|email|notify|reply|respond)", "(reach|get|call) back", "(reach out|follow up|look into|take care of|take a look)",
        "(sort|get) (this|it) (sorted|fixed)?", "(pass|share) (this|it|them)? (on|along|with)", "keep you (posted|updated)", "be (in touch|reaching out)"],
      pp: [`${S}ed`, `${T}ed`, "(cancelled|flagged|logged|notified|sent|passed on)"],
      adv: ["(also|then|now|just|already|still|currently|soon|be happy to)"],
    },
    firstPerson: ["(i|i'm|i'll|i've|i'd|me|my|mine|myself)"],
    notFirstPerson: ["(part|phase|type|class|level) i", "my (manager|supervisor|colleague|team|boss) (will|'ll|has|is|can)"],
    actions: [
      "*(will|'ll|shall|going to) @adv? @v",
      "*(will|'ll|shall|going to) @adv? be @adv? @pp",
      "*(will|'ll) (receive|hear (from|back)|get (a|an|your) (reply|update|email|call|refund))",
      "*(is|are|'re|'s) @adv? being @pp",
      "*(is|are|'re|'s) @adv? (under review|under investigation|on it|looking into|investigating|reviewing|checking|working on|processing|handling|fixing|pulling up)",
      "*(has|have|'ve|had) @adv? @pp",
      "*(has|have|'ve|'s|had) @adv? been @adv? @pp",
      "(we|they|team) @adv? @pp",
      "(we|they|team) (can|could|'d|would|'re|are|'ll) @adv? (happy to|glad to|love to|like to)? @v",
      "(let us|help us) @v",
      "(fix|update|feature|replacement) (is|are|'s) (coming|on its way)",
          ],
    notActions: ["(you|you've|you'll|it|this|that|which|users|customers) @adv? (will|'ll|have|has)? @adv? (@v|@pp)",
      "(tapping|clicking) ...25 will @v"],
    rewrites: ["I'm handling this myself. I'll {action} by {time}"],
  },
} satisfies RuleLocale<MessageId, Data>;
