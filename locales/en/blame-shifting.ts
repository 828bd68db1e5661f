import type { Data, MessageId } from "../../rules/blame-shifting.js";
import type { RuleLocale } from "../../src/types.js";

// RULES.md §4.3. PARTY is any TEAM, VENDOR or CHANNEL (the rule splits it in blame frames); @d a determiner,
// @a what follows the party in a FAULT/RESPONSIBILITY frame, @m a directive, @c a contact verb.
const X = "@d? (@team|@vendor|@channel)";
const B = "(\"{{actual}}\")";

export default {
  messages: {
    blameInternal: `Blames another team ${B}`,
    blameExternal: `Blames an outside party ${B}`,
    blameSystem: `Blames the system ${B}`,
    blameCustomer: `Blames the customer ${B}`,
    passBuck: `Passes the buck ${B}`,
    coldTransfer: `Cold transfer ${B}`,
    ownIt: "Own it",
  },
  data: {
    lexicon: {
      d: ["(the|our|your|their|a)"],
      team: ["(warehouse|billing|shipping|tech|it|sales|finance|hr|other) (team|department)", "warehouse", "head office"],
      vendor: ["courier(s)?", "carrier", "post office", "(shipping|delivery) company", "supplier", "manufacturer", "seller", "payment provider", "bank", "card issuer",
        "third party", "airline", "broadcaster", "power company", "(licensing )?partner(s)?", "rights holders", "developer(s)?", "dealer", "apple"],
      channel: ["((credit )?card (services )?|phone |support )?(helpline|hotline|line)", "call cent(re|er)", "((nearest|local) )?(store|branch)", "(community )?forum", "\uFFFC"],
      a: ["(has )?(lost|misplaced|damaged|broke|mixed up|cancel(l)?ed|declined|held|blocked|forgot|failed|(sent|shipped|packed) (you |us )?the wrong|made (a|an) (mistake|error))",
        "(hasn't|didn't|never) (yet )?(sen(d|t)|ship(ped)?|deliver(ed)?|update(d)?|release(d)?|approve(d)?)", "(decides|controls|sets|is responsible for)",
        "'s (error|mistake|fault|outage|decision)", "('s (system|tracking( system)?) )?(is|was|has been) down", "(had|has) (an )?outage"],
      m: ["(please|you('ll)? (need|have) to|you (can|may|should)( want to)?|(i|we)('d)? (recommend|suggest)( you)?)"],
      c: ["((contact|call|visit|ask)(ing)?|reach(ing)?( out to)?|ring|get(ting)? in touch with|speak(ing)? to|check with|go to|take (it|this|that) up with)"],
    },
    blame: [`${X} @a`, `((caused|decided|lost|damaged|declined|held|cancel(l)?ed) by|due to|because of|(up|down) to|depends on) ${X}`, `on ${X} 's side`],
    system: ["system (automatically )?(cancel(l)?ed|rejected|declined|deleted|blocked) (your|the)"],
    customer: ["you (accidentally )?(entered|typed|selected|chose|clicked|used) ...25? (wrong|incorrect(ly)?)", "you (forgot|failed) to", "you should have",
      "(it was|it's|that's) your (own )?(choice|decision|fault|mistake)"],
    choice: ["you (chose|picked|selected|opted for|booked)"],
    consequence: ["(so|which is why|that's why|because|since) ...60 (tak(e|es|ing)|longer|slow|late|delay|not|can't|won't|extra|fee|only)"],
    pass: [`@m directly? @c directly? ${X}`, `@m post ...40? in ${X}`],
    passClause: [`${X} can (help|assist) (you )?(with (this|that|it))?`, `(handled by|should go to|(a )?question for) ${X}`, "(not|isn't) our (department|responsibility)",
      "nothing (more )?(we|i) can do"],
    transfer: ["(i'll|let me|i'm|we'll|i'm going to) (transfer(ring)?|put(ting)?|connect(ing)?) you (through )?to"],
    ownership: ["(that's|it's|is|was) (our|my) (own )?(mistake|fault|error)", "on (us|me)"],
    warm: ["(full|whole) (history|details)", "briefed", "need to repeat", "(i've|i) (already )?(contacted|forwarded|passed|looped in)"],
    conditional: ["(if|unless|whether)"],
    lead: ["(and|so|but|unfortunately|since|because|though|(it )?(looks|seems) like)"],
    cut: ["(at|when|because|since|about|to|for|on|so|and|but|by|with)"],
    rewrites: {
      blame: "{what happened} — that's on us. I'll {action} by {time}",
      pass: "I've contacted {party}; I'll update you by {time}",
      transfer: "I've briefed {name}, so you won't need to repeat anything",
    },
  },
} satisfies RuleLocale<MessageId, Data>;
