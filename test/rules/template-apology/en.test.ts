import rule from "../../../rules/template-apology.js";
import { RuleTester } from "../../rule-tester.js";

const ISSUE = ["{what went wrong}", "{what it cost you}"];

new RuleTester().run(rule, {
  en: {
    valid: [
      // RULES.md §4.1 "Don't flag"
      "I'm sorry your package arrived damaged — I've issued a full refund.",
      "Sorry for the delay in getting back to you; I've reset your password.",
      "Sorry to ask again, but could you confirm the email on the account?",
      "We're so sorry to hear about the trouble with your booking — could you DM us the reference?",
      "Sorry to trouble you, but could you send a photo of the shipping label?",
      "That's really frustrating, I'm sorry — which browser are you on?",
      "My apologies! I've re-sent the activation link to your inbox.",
      "Our apologies for the late reply — your refund went out this morning.",
      // variants
      "Sorry!",
      "I'm so sorry about that. I've moved your booking to Friday.",
      "We apologize for charging your card twice; the duplicate has been reversed.",
      "Sorry for the wait — your replacement left our warehouse this morning.",
      "Our apologies for missing your call yesterday.",
      "Any inconvenience on the road was caused by the carrier's strike, which ended today.",
      "We're sorry to see you go — your subscription ends on May 3.",
      "Please accept our apologies for the late delivery of your sofa.",
      "Apologies for the mix-up with your size; a medium is on its way.",
      "I'm sorry, we don't ship to PO boxes.",
    ],
    invalid: [
      { text: "We apologize for any inconvenience this may have caused.",
        errors: [{ messageId: "templateApology", span: "We apologize for any inconvenience this may have caused",
          suggestions: [{ output: "I'm sorry {what went wrong} — {what it cost you}.", needsInput: ISSUE }] }] },
      { text: "Sorry for the inconvenience! Your ticket has been updated.", errors: [{ span: "Sorry for the inconvenience" }] },
      { text: "We regret any inconvenience. Your replacement is on its way.", errors: [{ span: "We regret any inconvenience" }] },
      { text: "Thanks for reaching out, and apologies for any trouble.", errors: [{ span: "apologies for any trouble",
        suggestions: [{ output: "Thanks for reaching out, and I'm sorry {what went wrong} — {what it cost you}." }] }] },
      { text: "I'm sorry for any confusion. The refund was processed yesterday.", errors: [{ span: "I'm sorry for any confusion" }] },
      { text: "Please accept our apologies for the inconvenience caused.", errors: [{ span: "Please accept our apologies for the inconvenience caused" }] },
      { text: "Sorry for the inconvenience of being charged twice — I've reversed the second charge.", errors: [{ span: "Sorry for the inconvenience" }] },
      { text: "Apologies for the frustration this has caused — our engineers are on it now.", errors: [{ span: "Apologies for the frustration this has caused" }] },
      { text: "Our apologies! Can you DM us the email address linked to your account?", errors: [{ span: "Our apologies" }] },
      { text: "We're truly sorry for your experience. Which store did you visit?", errors: [{ span: "We're truly sorry for your experience" }] },
      { text: "I apologize for the disappointment; the promo ended on Sunday.", errors: [{ span: "I apologize for the disappointment" }] },
      { text: "Sorry for the wait and any hassle — your new card ships today.", errors: [{ span: "Sorry for the wait and any hassle" }] },
      // variants: curly apostrophes, spelling, hedges, placeholders, case, contractions spelled out
      { text: "Hi {{ticket.requester.first_name}}, we’re sorry for the inconvenience.", errors: [{ span: "we’re sorry for the inconvenience" }] },
      { text: "We are very sorry for any inconvenience caused to you.", errors: [{ span: "We are very sorry for any inconvenience caused to you" }] },
      { text: "We apologise for any inconvenience.", errors: [{ span: "We apologise for any inconvenience" }] },
      { text: "SORRY FOR THE INCONVENIENCE!!", errors: [{ span: "SORRY FOR THE INCONVENIENCE" }] },
      { text: "Sorry for the issues you had with our app.", errors: [{ span: "Sorry for the issues you had" }] },
      { text: "Sorry if this caused any inconvenience.", errors: [{ span: "Sorry if this caused any inconvenience" }] },
      { text: "Kindly accept my sincere apologies.", errors: [{ span: "Kindly accept my sincere apologies" }] },
      { text: "Once again, our sincerest apologies for any frustration you've experienced.", errors: [{ span: "our sincerest apologies for any frustration you've experienced" }] },
      { text: "We do apologize for the inconvenience and have escalated this to our team.", errors: [{ span: "We do apologize for the inconvenience" }] },
      { text: "Sorry for the trouble!\n\nBest,\n{{agent.name}}", errors: [{ span: "Sorry for the trouble" }] },
      { text: "<p>We apologize for any inconvenience.</p>", options: { format: "html" }, errors: [{ span: "We apologize for any inconvenience" }] },
      { text: "We apologize for the inconvenience 🙏 and thank you for your patience.", errors: [{ span: "We apologize for the inconvenience" }] },
    ],
  },
});
