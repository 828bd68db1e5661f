import type { Data, MessageId } from "../../rules/template-apology.js";
import type { RuleLocale } from "../../src/types.js";

// Tail shared by every frame: determiner, adjective, generic object, generic tail.
const OBJECT = "@determiner? @adjective? @generic @genericTail?";
// "for the wait and any hassle": a specific object joined to a generic one still counts.
const CONJUNCT = "...30 (and|&|or|as well as) (for)? @determiner? @adjective? @generic @genericTail?";

export default {
  messages: {
    templateApology: "Boilerplate apology (\"{{actual}}\"): say what went wrong and what it cost the customer.",
    useSpecific: "Name the failure and what it cost the customer",
  },
  data: {
    patterns: [
      // sorry for any inconvenience / we're truly sorry for your experience
      `(i'm|we're|i am|we are|i was|we were)? @intensifier? @sorry (for|about) ${OBJECT}`,
      `(i'm|we're|i am|we are)? @intensifier? @sorry (for|about) (the|your|this)? ${CONJUNCT}`,
      // we apologize for the inconvenience / we regret any inconvenience
      `(i|we|i do|we do|i really|we really|i truly|we truly|i sincerely|we sincerely|i deeply|we deeply) @apologizeVerb (for|about)? ${OBJECT}`,
      `(i|we) @apologizeVerb (for|about) (the|your|this)? ${CONJUNCT}`,
      // apologies for any trouble / our sincere apologies for the confusion
      `(my|our)? @apologyAdjective? @apologyNoun (for|about) ${OBJECT}`,
      `(my|our)? @apologyAdjective? @apologyNoun (for|about) (the|your|this)? ${CONJUNCT}`,
      // please accept our apologies (for the inconvenience caused)
      `(please|kindly)? accept (our|my) @apologyAdjective? @apologyNoun (for|about) ${OBJECT}`,
      "(please|kindly)? accept (our|my) @apologyAdjective? @apologyNoun $",
      "(please|kindly)? accept (our|my) @apologyAdjective? @apologyNoun (again|once again) $",
      // our apologies! (a bare "my apologies" is a real apology; "our apologies" is the corporate formula)
      "our @apologyAdjective? @apologyNoun $",
      // hedges: sorry if this caused any inconvenience
      "(@sorry|we apologize|i apologize|we apologise|i apologise|apologies|my apologies|our apologies) (if|in case) (this|that|it|we|i|our reply|the delay|the change)? (has|have|may have|might have|may've|might've|did)? (caused|created|led to|brought) (you)? @determiner? @adjective? @generic",
      "(@sorry|we apologize|i apologize|we apologise|i apologise|apologies) (if|in case) (you|you've|you have) (had|experienced|faced|encountered|been caused|felt) @determiner? @adjective? @generic",
      "(@sorry|we apologize|i apologize|we apologise|i apologise|apologies|my apologies|our apologies) (if|in case) (this|that|it) (was|has been|is|may have been|might have been) (inconvenient|confusing|frustrating|a hassle|an inconvenience|a bother|troublesome)",
      // we apologize for any inconvenience (the object first): "any inconvenience caused is regretted"
      "(any|all) @generic (caused|this may have caused)? (is|are) (regretted|deeply regretted|sincerely regretted)",
    ],
    rewrites: [
      "I'm sorry {what went wrong} — {what it cost you}",
      "Sorry you had to {what the customer went through} because of {our mistake}",
    ],
  },
} satisfies RuleLocale<MessageId, Data>;
