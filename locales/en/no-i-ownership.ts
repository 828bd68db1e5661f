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
      // Named parties that act on the customer's matter (not "your parcel", which only arrives).
      party: ["(team|technician|engineer|engineers|courier|specialist|agent|colleague|manager|supervisor|store|warehouse|department|staff|representative|driver|partner|crew|system|bank|seller|carrier)"],
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
    // Open slots: the verb after the frame is read from its form (rules/lib/no-i-ownership-verbs.ts).
    baseFrames: [
      "(we|someone|somebody|@party) (will|'ll|shall|are going to|'re going to|is going to) @adv?",
      "(we|team) (will|'ll) @adv? (try to|be sure to|make sure to|do our best to)",
      "(so|so that|and|then) we (can|could) @adv?",
      "(help us|allow us to|enable us to)",
      "(while|as) we",
    ],
    pastFrames: [
      "(we|they|@party) (have|'ve|has|had) @adv?",
      "(we|they|@party) (have|'ve|has|had)? @adv? (gone|went) ahead (and|to)?",
      "(we|@party) @adv?",
    ],
    passiveFrames: [
      "*(has|have|'ve|'s|had) @adv? been @adv?",
      "*(is|are|'re|'s) @adv? being",
      "*(will|'ll|shall) @adv? be",
    ],
    verbForms: {
      pastEndings: ["ed"],
      irregularPast: ["sent", "resent", "made", "put", "given", "gave", "set", "reset", "got", "gotten", "taken", "took", "paid", "built",
        "brought", "found", "done", "went", "run", "ran", "written", "wrote", "sold", "rebuilt", "reissued", "redone", "undone", "won", "split", "cut", "bought", "shown", "showed"],
      notBase: ["be", "need", "have", "has", "had", "do", "did", "is", "are", "was", "were", "can", "could", "would", "should", "may",
        "might", "must", "not", "never", "miss", "require", "want", "hope", "wish", "only", "still", "always", "usually", "love", "like",
        "appreciate", "regret", "apologize", "apologise", "understand", "know", "remain", "stay", "wait", "charge", "bill", "expire",
        "become", "speak", "mentioned", "said", "arrive", "deliver"],
      notPast: ["received", "noticed", "experienced", "seen", "heard", "had", "been", "needed", "used", "hoped", "wanted", "wished",
        "liked", "loved", "appreciated", "apologized", "apologised", "regretted", "expected", "seemed", "delivered", "delayed",
        "declined", "charged", "billed", "asked", "required", "prompted", "redirected", "impacted", "affected", "limited", "designed",
        "based", "located", "discontinued", "decided", "informed", "advised", "told", "lost", "damaged", "left", "kept", "held", "gone",
        "allowed", "mentioned", "stated", "explained", "said", "discussed", "agreed", "talked", "missed", "failed", "struggled", "unable"],
      adverbEndings: ["ly"],
      notAdverbs: ["apply", "reply", "supply", "rely", "ally", "multiply", "comply"],
      notObjects: ["to", "our", "from"],
    },
    notActions: ["(you|you've|you'll|it|this|that|which|users|customers) @adv? (will|'ll|have|has)? @adv? (@v|@pp)",
      "(nothing|none|you) (have|has|will|would|is|are|was|were|'ve|'ll|'re)? @adv? (been|be|being)",
      "(order|parcel|package|shipment) ...24? (shipped|dispatched|delivered|on its way)",
      "(as|like) we",
      "(we|store|office|shop|branch|team) (will|'ll|are|'re|is|'s|were|was)? @adv? be? (closed|open|unavailable|away)",
      "(tapping|clicking) ...25 will @v"],
    rewrites: ["I'm handling this myself. I'll {action} by {time}"],
  },
} satisfies RuleLocale<MessageId, Data>;
