import rule from "../../../rules/condescending-question.js";
import en from "../../../locales/en/condescending-question.js";
import { RuleTester } from "../../rule-tester.js";

const ASK = ["{what you need}", "{why it matters}"];
const REASON = ["{why this applies to your case}"];

new RuleTester().run(rule, {
  en: {
    valid: [
      // RULES.md §4.9 "Don't flag"
      "Could you try restarting the router? If the light stays red, I'll book a technician for tomorrow morning.",
      "Are you sure you want to cancel both subscriptions? I want to be certain before I process it.",
      "Which link did you use? The ones in emails sent before May 3 have expired, so that may be the cause.",
      "Did you get my email with the return label?",
      // variants: troubleshooting, confirming intent, softened checks, look-alikes
      "Have you tried clearing your browser cache? That usually fixes the login loop.",
      "Are you sure you'd like to delete your account? This can't be undone.",
      "Are you certain that you wish to close the account?",
      "Do you really want to cancel? You'll lose your saved playlists.",
      "Did you receive the replacement yet?",
      "As you can see in the screenshot, the toggle is under Settings.",
      "Just to confirm, you used the link from Tuesday's email, right?",
      "Your order shipped on Monday, right?",
      "I'm sure you'll love the new version.",
      "Make sure you save your changes before logging out.",
      "As we discussed on the phone, I've moved your delivery to Friday.",
      "Have you had a chance to try the new firmware?",
      "Obviously that's not the experience we want you to have.",
      "Are you sure about the delivery date?",
      "Once you've read the guide, let me know which step fails.",
    ],
    invalid: [
      // RULES.md §4.9 "Flag"
      { text: "Are you sure you clicked the right link?",
        errors: [{ messageId: "condescending", span: "Are you sure you clicked the right link",
          suggestions: [{ output: "Could you tell me {what you need}? {why it matters}.", needsInput: ASK }] }] },
      { text: "Did you even try restarting the app?", errors: [{ span: "Did you even try restarting the app" }] },
      { text: "Have you actually read the setup guide?", errors: [{ span: "Have you actually read the setup guide" }] },
      { text: "As I already explained, the discount only applies to new accounts.",
        errors: [{ span: "As I already explained",
          suggestions: [{ output: "The discount only applies to new accounts — {why this applies to your case}.", needsInput: REASON }] }] },
      { text: "Did you remember to save your changes before logging out?", errors: [{ span: "Did you remember to save your changes before logging out" }] },
      { text: "Are you certain you entered the correct password?", errors: [{ span: "Are you certain you entered the correct password" }] },
      // variants
      { text: "Hi {{ticket.requester.first_name}}, are you sure you entered the right email address?",
        errors: [{ span: "are you sure you entered the right email address",
          suggestions: [{ output: "Hi {{ticket.requester.first_name}}, could you tell me {what you need}? {why it matters}.", needsInput: ASK }] }] },
      { text: "Did u even read my last email??", errors: [{ span: "Did u even read my last email" }] },
      { text: "You clicked Save before closing the tab, right?", errors: [{ span: "You clicked Save before closing the tab, right" }] },
      { text: "Like I said, the refund takes 5–7 business days.", errors: [{ span: "Like I said",
        suggestions: [{ output: "The refund takes 5–7 business days — {why this applies to your case}." }] }] },
      { text: "The tracking link is in the email, as I mentioned before.", errors: [{ span: "as I mentioned before",
        suggestions: [{ output: "The tracking link is in the email — {why this applies to your case}." }] }] },
      { text: "It's clearly stated in our FAQ that gift cards can't be refunded.", errors: [{ span: "It's clearly stated" }] },
      { text: "Did you forget to confirm your email address?", errors: [{ span: "Did you forget to confirm your email address" }] },
      { text: "I’ve already told you that the promo has ended.", errors: [{ span: "I’ve already told you" }] },
      { text: "Are you 100% sure that you typed the code correctly?", errors: [{ span: "Are you 100% sure that you typed the code correctly" }] },
      { text: "Have you even looked at the order confirmation?", errors: [{ span: "Have you even looked at the order confirmation" }] },
      { text: "AS I ALREADY SAID, the store is closed on Sundays.", errors: [{ span: "AS I ALREADY SAID" }] },
      { text: "Did you read the instructions before installing it?", errors: [{ span: "Did you read the instructions before installing it" }] },
      { text: "Thanks for the photo. Did you actually follow the steps I sent?", errors: [{ span: "Did you actually follow the steps I sent" }] },
      { text: "Did you read the FAQ? This is covered under Billing.", errors: [{ span: "Did you read the FAQ" }] },
      { text: "You selected the right plan, right? The invoice shows Basic.", errors: [{ span: "You selected the right plan, right" }] },
      { text: "As previously stated, we do not ship to PO boxes.", errors: [{ span: "As previously stated" }] },
      { text: "As I said, did you even check your spam folder?", errors: [{ span: "As I said" }, { span: "did you even check your spam folder" }] },
    ],
  },
}, { en });
