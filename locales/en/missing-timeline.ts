import type { Data, MessageId } from "../../rules/missing-timeline.js";
import type { RuleLocale } from "../../src/types.js";

// English (RULES.md §4.6 en). A promise is any will/'ll/shall/going to/let me that notCommit does not
// cancel (questions, "will need", "this will help", let me know, and "will" + a verb of state or price:
// "will show at checkout", "will be $18"); hand-offs are a hand-off verb, active with a party or
// passive ("has been logged"); ongoing checks are "are looking into" / "being reviewed". Verbs carry
// their inflections (pass/passed/passing), since the matcher is literal. The time words (n, u, pre, pt …)
// feed rules/lib/missing-timeline-time.ts.

export default {
  messages: {
    noTimeframe: "No time frame for \"{{actual}}\": say when the customer will hear back.",
    vagueTime: "\"{{actual}}\" is vague: give a time you can beat.",
    addTimeframe: "Add a time for the next update",
  },
  data: {
    lexicon: {
      n: ["(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-five|twenty-four|twenty four|forty-eight|forty eight|seventy-two|a|an|a couple of|couple of|half an|half a)"],
      rng: ["(to|or)"],
      u: ["(minute|min|hour|hr|day|week|month)(s)?", "(business|working) day(s)?"],
      pre: ["(within|in|take|takes|taking|up to|no later than|over|in under|in less than|less than|under) (the next|the coming|the following)?"],
      pt: ["(today|tonight|tomorrow|tmrw|tmr|noon|midday|midnight|eod|cob|eow|later today|later this (morning|afternoon|evening)|this (morning|afternoon|evening))",
        "(this|next) (week|month|weekend|business day|working day)", "(end|close) of (the )?(day|week|month|business|business day|play)",
        "(mon|tues|wednes|thurs|fri|satur|sun)day", "(the )?same day", "first thing (in the morning|tomorrow)", "(by|before|over|during|after) the weekend",
        "(within|in|over|during) the (next )?(hour|day|business day|working day)", "(by|on|before|until) (mon|tue|tues|wed|thu|thur|thurs|fri|sat)",
        "(by|before|until) (lunch|lunchtime)"],
      ap: ["(am|pm|a.m.|p.m.)"],
      mon: ["(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"],
      mk: ["(by|before|on|until|till|at|due|no later than)"],
      will: ["(will|shall|i'll|we'll|you'll|they'll|it'll|he'll|she'll|that'll|there'll|this'll|which'll)"],
      // "will" + one of these describes how something is or behaves, not an action anyone takes.
      state: ["(show|show up|appear|display|cost|remain|expire|last|contain|reflect|count|drop off|disappear|total|come to|go back to|automatically|auto-renew|stop working|start working|keep working|work again|work normally|work as expected)", "(renew|reset|update|apply|cancel|expire|close|lock|unlock|refresh|sync) automatically", "stay (valid|active|the same|open|in place|unchanged|on your account)",
        "continue (until|to work|to be|to apply|to run|to show|as normal|as usual)", "run (until|out|through)",
        "be (free|free of charge|the same|prorated|cheaper|more expensive|higher|lower|refundable|non-refundable|valid|active|due|visible|shown|displayed|listed|included|charged|billed|deducted|debited|automatic|automatically|here|around|available to help|in the office|back in the office|out of the office|closed|open)"],
      record: ["(order|orders|account|booking|details|reservation|record|records|history|file|profile|order details|account details|order history|ticket|subscription)"],
      third: ["(seller|merchant|courier|carrier|warehouse|supplier|manufacturer|airline|hotel|partner|provider|store|restaurant|driver|bank|vendor|host|depot|post office|shop)"],
      // Internal teams: a parcel "with the courier" or "sent to the carrier" is a delivery status.
      desk: ["(team|teams|department|dept|engineers|developers|devs|specialist|specialists|supervisor|manager|management|colleagues|experts|investigators)"],
      // Hand-off verbs, any tense; with a party after them or in the passive.
      handoff: ["(escalated|escalating|forwarded|forwarding|reported|reporting|flagged|flagging|raised|raising|logged|logging|filed|filing|referred|referring|assigned|passed|passing|handed|handing|looped|looping)"],
      // Our own subject, where the customer could be the one acting ("you contacted the seller").
      we: ["(i|we|i've|we've|i have|we have) (just|now|also|already|personally)?"],
      party: ["(team|teams|department|dept|engineers|engineering|developers|devs|dev team|tech team|specialist|specialists|supervisor|manager|management|colleague|colleagues|billing|finance|warehouse|courier|carrier|seller|merchant|store|partner|provider|supplier|manufacturer|airline|hotel|technician|qa|support|logistics|accounts|payments|returns|shipping|tier 2|second line|lead|experts|investigators|claims)"],
    },
    commit: [
      "@will", "(going to|gonna|let me)", "ill (check|look|get|send|call|email|update|follow|reach|contact|pass|forward|escalate|make|keep|be|let|arrange|see|ask|chase|sort|do|have|take|try|review|process|refund)",
      // hand-offs: active with the team as object or target, passive, or a ticket opened
      "(escalated|escalating|forwarded|forwarding|referred|referring|looped in|looping in)",
      "@handoff ...40 (to|with|over to|on to|onto|along to) (our|the|a|your|my|their)? ...20? @party",
      // sending or sharing the case itself, not "sent you a link to our support page"
      "(sent|sending|shared|sharing) (this|it|them|your|the|all|these|those) ...30 (to|with|over to|on to) (our|the|a|my)? ...20? @party",
      "(notified|alerted|informed|reached out to|chased) (our|the|your|my|their|a)? ...20? @party",
      "(let|letting) (our|the|my|a) ...20? @party know", "@we asked (our|the|your|my|their|a)? ...20? @party to",
      "@we (contacted|reached out to|been in touch with|got in touch with|gotten in touch with) (our|the|your|my|their|a)? ...20? @third",
      "(been|is being|are being) (escalated|forwarded|reported|logged|filed|referred|assigned|handed over|passed (on|along|over|to)|flagged (to|with|for)|raised (to|with))",
      "(was|were|got) (escalated|forwarded|logged|filed|referred|assigned|handed over|passed (on|along|over|to)|reported (to|with)|flagged (to|with|for)|raised (to|with))",
      "(raised|opened|logged|filed|created|lodged|put in|placed) (a|an|the)? (ticket|case|report|bug report|complaint|claim|investigation|query|dispute|trace|request) (with|for)",
      "@we made (our|the|your|my|their|a)? ...20? @party aware",
      // intentions and expectations are promises too ("We hope to have this fixed soon", "expect an update")
      "(we|i|we're|i'm|team|team is|team are) (hope|hoping|expect|expecting|aim|aiming|plan|planning|intend|intending) to",
      "expect (to hear|to receive|an update|a reply|a response|a call|an email|an e-mail|a refund|a replacement)",
      "(raised|opened|logged|filed|created|lodged) (a|an) (ticket|case|report|bug report|complaint|claim|investigation|dispute|trace)",
      "(ticket|case|report|complaint|claim|investigation|dispute|trace) (has been|have been|was|is being) (raised|opened|logged|filed|lodged)",
      "(is|are) coming (in|with)",
      // the matter now sits with a team ("Your case is now with our billing team")
      "(is|it's|are) (now|currently)? with (our|the|a) ...20? @desk",
      "(been|was|were|is being) (sent|shared|handed) (on|over)? (to|with) (our|the|a|my)? ...20? @desk",
    ],
    ongoing: [
      "(we're|i'm|they're|are|team is|is|am|were) (currently|still|now|actively|already)? (looking into|looking at|investigating|reviewing|checking (on|with|into)|working on|working to|chasing|following up|liaising with|in contact with|in touch with|looking in to)",
      "and (are)? (currently|still|now|actively|already)? (looking into|investigating|working on|working to)",
      "(we're|i'm|they're|are|team is|is|am) (currently|still|now|actively)? working (hard|closely|flat out|around the clock) (on|to|with)",
      "(we're|i'm|we are|i am|team is|are|is) (currently|still|now)? (awaiting|waiting (for|on)|waiting to hear (back)? from) (a|an|the|our)? ...20? (@party|@third|response|reply|update|confirmation|feedback from)",
      "(is|are) (now|currently)? in the works", "(fix|patch|solution) is on (the|its) way",
      "(being|under) (looked into|looked at|investigated|review|reviewed|investigation|checked|processed|fixed|handled|worked on|assessed|examined|traced)",
      "(investigation|review|check) is (still)? (ongoing|underway|under way|in progress)", "(we're|i'm) on it",
    ],
    notCommit: [
      "(will|let me) (i|we|you|it|that|this|they|not|know|explain|be able|have to|be happy|depend|vary|help)",
      "(hope|hoping|expect|expecting) to (see you|hear from you|welcome|serve|have you|speak)", "@will (see you|speak soon|talk soon)",
      // general pledges ("We'll do better", "we'll make sure this doesn't happen again")
      "@will (do better|strive|try harder|learn from|keep improving|continue to improve|always|never|take steps to prevent)",
      "@will (do our best|do everything we can|make sure|ensure) (to)? (this|it|that|to avoid|to prevent|to make sure|to ensure) (doesn't|does not|won't|will not|never|avoid|prevent|this|that)",
      "(going forward|in future|in the future|from now on) ...30 will",
      "@will @state", "@will (usually|normally|typically|generally|often|always|sometimes)", "@will (be|cost|come to|total) (about|around|just|only|approximately|roughly)? ...3 (0|1|2|3|4|5|6|7|8|9)*",
      "(we'll|i'll|we will|i will) be (happy|glad|delighted|pleased|here|around|available|sad|sorry|honest|frank)",
      "(we'll|i'll|we will|i will) (admit|leave it|let you go|hope|bet|say|miss you|see you)", "@will (need|require) (your|you|the|a|an|some|more|further|additional|proof|photos|a copy)",
      "(shall|should) (i|we)", "(you're|it's|this is|that's|that is|there's|which is|it is|you are|they're) (going to|gonna) (need|have to|want|take|cost|be (a|an|the|great|fine|ok|okay|hard|difficult|easy|tricky|worth))",
      // generic statements of policy ("Any refund will be issued to the original card")
      "(any|each) ...25 will", "every (order|refund|payment|item|purchase|customer|request|account|parcel|return) ...25 will",
      "you'll (need|have to|have access|have the option|see|find|notice|want|get to)",
      "(you're|you are) (currently|still|now)? (looking at|looking into|checking|reviewing|working on)",
      "you'll be (able|asked|required|prompted|redirected|taken|charged|billed|logged|signed|good|all set|set|fine|eligible|responsible|free|back|able to)",
      // "this will help" describes an effect; "this will be fixed" stays a promise.
      "(this|that|which|it|this'll|that'll|it'll) (will)? (help|make|mean|allow|let|give|ensure|take|depend|vary|need|require|save|prevent|stop|fix|solve|resolve|sort|work|cause|affect|reset|update|clear|remove|apply|change|only|also|usually|normally|then|just|probably|likely|not|speed|get you|bring|open|take you|show)",
      "(this|that|which|it|this'll|that'll|it'll) (will)? be (all|it|everything|the|a|an|great|perfect|fine|good|helpful|easier|quicker|faster|useful|enough|ok|okay|worth|possible|best)",
      "(tapping|clicking|doing|selecting|pressing|choosing|using|turning) ...30 will",
      "(pulling up|looking up|bringing up|looking into|checking|looking at) (your|the) @record",
      "(let me|let's|allow me to) (just)? (pull up|look up|bring up|grab|open|find|check|have a look at|take a look at|look at|look into) (your|the) @record",
      "let me (explain|clarify|walk you through|summarize|summarise|recap|reassure|assure|apologize|apologise|start|add|point out|answer|show you|break)",
      "(forwarded|sent|passed|emailed|e-mailed) (it|this|them)? (to )?(you|your (email|inbox|address|phone))",
      "(logged|signed|checked) (in|out|into)", "(reported|marked|shown|listed) as", "(sent|shared|passed) ...30 (back )?to you",
    ],
    conditional: ["(if|once|when|as soon as|after|until|unless) (you|you've|you're)", "should you", "(send|dm|message|email|e-mail|call|give|tell) (us|me)",
      "(provide|share|confirm|let us know) ...40 (and|so) (we|i)", "(if|once|when|as soon as|after) (not|so)",
      "if (it|that|this) (still|doesn't|does not|didn't|did not|isn't|is not|hasn't|has not|won't|keeps|happens|persists)",
      "(wait|waiting|hold off|holding off) (for|until|to hear (back)? from) (your|you)",
      // the customer's own step, named or in the passive ("after checkout", "once your order is placed")
      "(after|once|when|upon|as soon as) (checkout|checking out|signing up|sign-up|signup|registration|registering|logging in|purchase|purchasing|payment|paying)",
      "(after|once|when|as soon as) your ...20 (is|has been|are|have been) (placed|submitted|made|completed|paid|returned|sent back)",
      "(once|when|as soon as|after|if|until|till) (i|we) (have|get|receive|hear back from|hear from|see|'ve got|'ve received|'ve heard from|hear back) (you|your)",
      // "it" is what we asked the customer for ("Once I have it I'll check"); "hear from them" is a party
      "(once|when|as soon as|after|if) (i|we) (have|get|receive|see|'ve got|'ve received) (it|them|those|these)"],
    notConditional: ["(when|once|if) (you can|you will|you'll|you should|you might|you may|you could)"],
    // Requests that open a clause ("reply with the error and I'll dig in"): conditional when a
    // commitment follows.
    request: [
      "(please|pls|plz|just|simply|kindly|can you|could you|if you can|if you could|feel free to)? (reply|respond|write back|send|share|provide|attach|upload|forward|dm|message|email|e-mail|call|text|give|tell|confirm|let (us|me) know|check|try|pop|drop|fill (in|out)|complete|click|tap|restart|reinstall|clear)",
    ],
    hold: ["(one|a|just a|give me a|bear with me a|bear with me one) (moment|minute|min|sec|second|mo)", "(hold on|hang on) (a|one) (moment|minute|sec|second)"],
    feedback: ["(pass|passed|passing|share|shared|sharing|forward|forwarded|forwarding|noted|noting|log|logged|logging|consider|considered|considering|recorded)",
      "(make|made|take|taken|took) (a )?note", "(keep|bear|kept|bore) ...12 in mind", "(take|taken|took|taking) ...12 into (account|consideration)",
      "let (him|her|them|the|our|my|everyone|everybody) ...20? know",
      "make sure (he|she|they|the|our|my|everyone|everybody) ...20? (hear|hears|see|sees|get|gets|receive|receives|read|reads)"],
    feedbackNoun: ["(feedback|suggestion|suggestions|idea|ideas|comment|comments|kind words|compliment|compliments|feature request|feature requests|praise|input|thoughts|recommendation|recommendations|shout-out|shoutout)",
      "(kind|lovely|nice|thoughtful|wonderful|generous|warm) (words|message|note|review|comments)"],
    dm: ["(dm|message|email|e-mail|call) (us|me)"],
    help: ["(help|look into|check|take a look|have a look|sort)"],
    vague: [
      "(soon|shortly|asap|promptly|quickly|timely|later|eventually|in due course|at some point|at the earliest|near future|as soon as possible|as quickly as possible|at a later (date|stage|time)|when possible|whenever possible)",
      "(in|within|over)? (a few|the coming|the next few|several) (days|weeks)", "a little (longer|while)", "(in|after) a (while|bit)",
      "(once|when|as soon as|after|until) (we|i|they|we've|i've|they've) ...50 $",
      "(once|when|as soon as) (it|it's|the|this|our|there|your|that|he|she) ...50 $",
      "(in|with)? (the next|a future|an upcoming|a later|a subsequent|an upcoming) (version|update|release|patch|build)",
    ],
    immediate: ["(right now|right away|immediately|straight away|now)"],
    notImmediate: ["(right|immediately) (after|once|when)", "(i've|we've|has|have|is|are|i'm|we're) now"],
    frames: { vague: "by {time}", add: "I'll update you by {time}, even without the full answer." },
  },
} satisfies RuleLocale<MessageId, Data>;
