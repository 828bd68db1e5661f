import type { Data, MessageId } from "../../rules/excuse.js";
import type { RuleLocale } from "../../src/types.js";

// RULES.md §4.4. internal/external need a FAILURE and a connector; *Fact phrases stand alone.
export default {
  messages: {
    internalReason: "Excuse (\"{{actual}}\"): give the status and the fix, not our reasons.",
    externalReason: "Excuse (\"{{actual}}\"): give the status and the fix, not the circumstance.",
    policyShield: "Policy as a shield (\"{{actual}}\"): offer what you can do.",
    statusAndFix: "Give the status and the fix",
    offerOptions: "Offer options",
  },
  data: {
    lexicon: {
      high: ["high(er)?", "heavy", "large", "huge", "increased", "record", "unusual", "unprecedented", "unexpected",
        "(very|extremely|unusually) high", "higher than (usual|expected)"],
      sys: ["server(s)?", "system(s)?", "site", "website", "platform", "network", "database", "payment servers"],
      fail: ["delay(s|ed)?", "late", "slow(er|ly)?", "longer", "yet", "(running|fallen|fell|are|is) behind", "behind schedule", "backed up",
        "(on)? back(order|orders|ordered|-ordered)", "(taken|pulled|came|went) (down|offline)", "not (arrive|arrived|delivered|received|processed|shipped|sent|available)",
        "(bruised|dented|crushed|squashed|scratched|broken|cracked|spoiled|melted)", "on hold", "missing", "wrong", "damaged", "cancel(led|ed)?", "fail(ed)?",
        "lost", "slipped", "unavailable", "no longer", "out of stock", "(ca|could|has|have|did|was|were|is|are|wo)n't", "cannot", "unable",
        "not (working|showing|loading|updating)", "nobody", "had to", "bear with us", "please wait", "patience", "waiting"],
    },
    internal: [
      "@high (volume|volumes|number of)",
      "(been|we're|we were) (very|extremely|really|so)? (busy|swamped|overwhelmed|slammed)",
      "(short-staffed|short staffed|understaffed|short-handed|staff shortage|on leave|on vacation|out sick)",
      "(agent|colleague|rep|employee|he|she) ...30 (is|was) (still)? (new|in training)",
      "(new|updated) (agent|colleague|hire|employee|system|platform|software)",
      "(new|updated) ...20 (system|platform|software|provider|tool)",
      "(moved|moving|switched|switching|migrated|changed|changing|upgraded) (over)? to (a|the|our)? new",
      "(migration|migrating|transition|switching|upgrading|system upgrade)",
      "internal (issue|issues|problem|problems|error|miscommunication|process|processes|reasons)",
      "(technical|@sys) (issue|issues|problem|problems|glitch|difficulties)",
      "maintenance",
    ],
    external: [
      "@high demand",
      "demand (is|was|has been|had been|'s been|been)? (much|far|very|significantly|way)? (higher|greater|high|stronger)",
      "(limited|low) (stock|supply|supplies|quantities|inventory)",
      "(stock|supply|inventory) ...20 (is|was) (limited|low)",
      "(stock shortage|supply chain|sold out|licensing|rights restrictions|operational reasons|fresh produce|perishable)",
      "(equipment|aircraft) (change|swap)",
      "(weather|storm|hurricane|flooding|heavy rain|heavy snow)",
      "(sync|syncing|data feed) (issue|issues|problem|problems|delay|delays|error)",
    ],
    internalFact: [
      "(outage|outages|backlog)",
      "@sys (failure|error|outage|crash)",
      "@sys (is|are|was|were|went|has been|had been)? (down|offline|crashed)",
      "(scheduled|planned|emergency|system|server|undergoing|under) maintenance",
    ],
    externalFact: ["(power cut|power outage|power failure|loss of power|unforeseen circumstances|force majeure|out of our hands)", "(beyond|out of|outside) (our|my) control"],
    connectors: [
      "(due to|because|since|as a result of|owing to|caused by|which is why|that's why|which means|meaning|meant|so|hence|and|amid|during|given)",
      "as (we|we've|our|there|the|demand)",
    ],
    failures: ["@fail"],
    future: ["(will|we'll|i'll|it'll|going to|upcoming|scheduled for|tonight|tomorrow)"],
    notFact: ["(if|whenever|in case|whether|no outage|resolved|fixed|restored|back up|back online|back to normal|cleared|caught up)"],
    scheduled: ["maintenance"],
    ownership: ["(our|my) (mistake|fault|error|oversight)", "(that's|it's|this is|that was|it was) on (us|me)", "we (messed up|dropped the ball)"],
    rootCause: ["(caused by|cause was|root cause)"],
    fixed: ["(rolled|reverted|fixed|patched|corrected)"],
    prevention: ["(happen again|prevent|recurrence)"],
    policy: ["(policy|policies|our rules|the rules|rules are rules|terms and conditions)"],
    helpless: ["(can't|unable to) (make|grant) (an|any)? (exception|exceptions)", "(no exceptions|nothing we can do|nothing i can do|hands are tied|have no choice)"],
    alternatives: ["(instead|what i can do|what we can do|option|options|alternative|alternatively|i can offer|we can offer)"],
    rewrites: {
      reason: ["{status}. I've {action}; {result} by {time}", "{status}; what I can do is {option A} or {option B}"],
      policy: ["{what can't be done}; what I can do is {option A} or {option B}"],
    },
  },
} satisfies RuleLocale<MessageId, Data>;
