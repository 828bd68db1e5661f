import type { Data, MessageId } from "../../rules/missing-timeline.js";
import type { RuleLocale } from "../../src/types.js";

// English (RULES.md §4.6 en). A promise is any will/'ll/going to/let me that notCommit does not cancel
// (questions, "will need", "this will help", let me know); hand-offs and ongoing checks are verb
// lists. The time words (n, u, pre, pt …) feed rules/lib/missing-timeline-time.ts.

export default {
  messages: {
    noTimeframe: "No time frame for \"{{actual}}\": say when the customer will hear back.",
    vagueTime: "\"{{actual}}\" is vague: give a time you can beat.",
    addTimeframe: "Add a time for the next update",
  },
  data: {
    lexicon: {
      n: ["(one|two|three|four|five|ten|twenty-four|forty-eight|a|an|a couple of)"],
      u: ["(minute|hour|day|week)(s)?", "(business|working) day(s)?"],
      pre: ["(within|in|take|takes|up to|no later than) (the next)?"],
      pt: ["(today|tonight|tomorrow|noon|eod|cob|later today)", "(this|next) (morning|afternoon|evening|week|month)", "end of (the )?(day|week)",
        "(mon|tues|wednes|thurs|fri|satur|sun)day"],
      ap: ["(am|pm)"],
      mk: ["(by|before|on|until|at|due)"],
    },
    commit: [
      "(i'll|we'll|they'll|it'll|you'll|will|going to|let me|escalated|forwarded|looped in)", "(raised|opened|logged) a (ticket|case)",
      "(passed|sent|shared|reported|flagged) ...30 (to|with) (our|the) ...20 (team|department|engineers)",
      "(is|are) coming (in|with)",
    ],
    ongoing: [
      "(we're|i'm|they're|are|team is) (currently|still|now)? (looking into|investigating|reviewing|checking|working on)",
      "(being|under) (looked into|investigated|review|reviewed|investigation|checked|processed|fixed)", "(we're|i'm) on it",
    ],
    notCommit: [
      "(will|let me) (i|we|you|it|that|this|they|not|need|know|explain|be able|have to|be happy|depend|vary|help)",
      "you'll (need|have|be|see|find)", "(this|that|which|it) will", "(tapping|clicking|doing) ...30 will",
      "(pulling up|looking up|looking into|checking|looking at) (your|the) (order|account|booking|details)",
    ],
    conditional: ["(if|once|when|as soon as|after) (you|your)", "(send|dm|message|email|e-mail|call|give|tell) (us|me)",
      "(provide|share|confirm|let us know) ...40 (and|so) (we|i)"],
    hold: ["(one|a|just a) (moment|minute|sec)"],
    feedback: ["(pass|share|forward|note|log|consider)", "keep ...12 in mind"],
    feedbackNoun: ["(feedback|suggestion|idea|comments|kind words|feature request)"],
    dm: ["(dm|message|email|e-mail|call) (us|me)"],
    help: ["(help|look into|check|take a look|have a look|sort)"],
    vague: [
      "(soon|shortly|asap|promptly|quickly|timely|later|eventually|in due course|at some point|at the earliest|near future|as soon as possible)",
      "(in|within)? (a few|the coming) (days|weeks)", "a little (longer|while)",
      "(once|when|as soon as|after) (we|i|it|it's|they|the|this|our|there) ...50 $",
      "(in|with)? (the next|a future|an upcoming|a later) (version|update|release|patch)",
    ],
    immediate: ["(right now|right away|immediately|straight away|now)"],
    notImmediate: ["(right|immediately) (after|once|when)", "(i've|we've|has|have|is|are|i'm|we're) now"],
    frames: { vague: "by {time}", add: "I'll update you by {time}, even without the full answer." },
  },
} satisfies RuleLocale<MessageId, Data>;
