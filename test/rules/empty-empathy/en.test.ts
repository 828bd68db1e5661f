import rule from "../../../rules/empty-empathy.js";
import en from "../../../locales/en/empty-empathy.js";
import { RuleTester } from "../../rule-tester.js";

const SLOTS = ["{what happened}", "{why that's hard}", "{what I'm doing}"];
const FRAME = "{what happened} — {why that's hard}. {what I'm doing}";

new RuleTester().run(rule, {
  en: {
    valid: [
      // RULES.md §4.8 en "Don't flag"
      "Understood — I'll change the delivery address to your office now.",
      "Being charged twice right before rent is due is stressful, and I'm sorry. I've reversed the second charge.",
      "I understand the new layout moved the export button; it's now under Reports › Export.",
      "So sorry to hear that! Could you DM us the order number so we can check?",
      "That's not the experience we want anyone to have. Your refund was issued this morning.",
      "Thanks for your understanding — the replacement ships today.",
      // variants: specific complements, comprehension, the customer's understanding, near misses
      { text: "I understand that the code expired yesterday, so I've added a new one to your account.", note: "that + specific clause" },
      { text: "I understand you'd like to switch to the annual plan.", note: "comprehension of a request" },
      { text: "I hope you understand that we can't refund digital gift cards.", note: "the customer understands" },
      { text: "We appreciate your understanding and patience.", note: "the customer's understanding" },
      { text: "If I understand correctly, the app crashes when you open Settings?", note: "comprehension check" },
      { text: "Just to make sure I understand, you were charged twice on March 3?", note: "comprehension check" },
      { text: "I hear you're having trouble logging in. Let's reset your password.", note: "hear = was told" },
      { text: "Your package arrived crushed after a two-week wait — that's frustrating, and I've sent a replacement.", note: "exclamation after a named situation" },
      { text: "You were counting on that code for this order, and it ran out a day too early — that's annoying. I can {alternative} instead.", note: "RULES.md rewrite output" },
      { text: "Losing your draft twice in one morning is maddening. Let's stop it happening again: {step}.", note: "RULES.md rewrite output" },
      { text: "Sorry to hear about the delay with your order.", note: "plain sympathy" },
      { text: "Your satisfaction is our priority, and we always aim for same-day replies.", note: "corporate platitude" },
      { text: "We know the courier missed your delivery window on Tuesday, so we've booked a new slot.", note: "specific object" },
      { text: "I understand your question about the invoice; the VAT line is new this year.", note: "comprehension object" },
      { text: "Do you know how to reset the router?", note: "no formula" },
      { text: "We care about your privacy and never share your data.", note: "platitude about data" },
      { text: "I'm a bit confused about which order you mean — could you share the number?", note: "agent's own confusion, not shared feeling" },
      { text: "What confused you about the setup guide?", note: "a question, not an exclamation" },
    ],
    invalid: [
      // RULES.md §4.8 en "Flag"
      { text: "I understand your frustration, but the promo code expired yesterday.", note: "en 1",
        errors: [{ messageId: "emptyEmpathy", span: "I understand your frustration", suggestions: [
          { output: `${FRAME}, but the promo code expired yesterday.`, needsInput: SLOTS },
        ] }] },
      { text: "I completely understand how you feel. Our terms say returns need a receipt.", note: "en 2",
        errors: [{ span: "I completely understand how you feel" }] },
      { text: "We understand your frustration and appreciate your patience.", note: "en 3",
        errors: [{ span: "We understand your frustration" }] },
      { text: "I hear you. Please try clearing your cache.", note: "en 4",
        errors: [{ span: "I hear you", suggestions: [{ output: `${FRAME}. Please try clearing your cache.`, needsInput: SLOTS }] }] },
      { text: "I understand your concern. Your account is secure.", note: "en 5", errors: [{ span: "I understand your concern" }] },
      { text: "I can understand why you'd be upset. Have you tried logging out and back in?", note: "en 6",
        errors: [{ span: "I can understand why you'd be upset" }] },
      { text: "I understand this must be frustrating — let me look right now at what I can do for you.", note: "en 7",
        errors: [{ span: "I understand this must be frustrating" }] },
      { text: "We understand. Refunds can only go back to the original card.", note: "en 8", errors: [{ span: "We understand" }] },
      { text: "We know how frustrating a missed delivery window can be. Could you DM us your order number?", note: "en 9",
        errors: [{ span: "We know how frustrating a missed delivery window can be" }] },
      { text: "You seem really annoyed, so let's get this sorted.", note: "en 10", errors: [{ span: "You seem really annoyed" }] },
      { text: "I'm sorry you feel we let you down. Our prices are the same in every store.", note: "en 11",
        errors: [{ span: "I'm sorry you feel we let you down" }] },
      { text: "That sounds really annoying. Which browser are you using?", note: "en 12", errors: [{ span: "That sounds really annoying" }] },
      { text: "Please know that we truly care, and we've shared your note with the store team.", note: "en 13",
        errors: [{ span: "Please know that we truly care" }] },
      // variants
      { text: "Hi {{ticket.requester.first_name}}, I totally understand your frustration with the late delivery.", note: "placeholder in the sentence",
        errors: [{ span: "I totally understand your frustration", suggestions: [{ needsInput: SLOTS }] }] },
      { text: "I’m sorry you feel that way, but the policy applies to every order.", note: "curly apostrophe; clause end",
        errors: [{ span: "I’m sorry you feel that way" }] },
      { text: "I can only imagine how stressful this has been for you and your team.", note: "how + feeling; break at 'and'",
        errors: [{ span: "I can only imagine how stressful this has been for you" }] },
      { text: "I know you're frustrated. Please restart the app.", errors: [{ span: "I know you're frustrated" }] },
      { text: "We totally get it! Delays are never fun.", errors: [{ span: "We totally get it" }] },
      { text: "I understand completely. Unfortunately we can't extend the trial.", errors: [{ span: "I understand completely" }] },
      { text: "That must have been so confusing. The button moved in version 4.2.", errors: [{ span: "That must have been so confusing" }] },
      { text: "How frustrating! Let me check what happened.", errors: [{ span: "How frustrating" }] },
      { text: "I can see why this upset you. Our returns window is 30 days.", errors: [{ span: "I can see why this upset you" }] },
      { text: "We're just as frustrated as you are. The supplier hasn't restocked yet.", errors: [{ span: "We're just as frustrated as you are" }] },
      { text: "Rest assured we care. A refund isn't possible after 60 days.", errors: [{ span: "Rest assured we care" }] },
      { text: "You must be so disappointed. Unfortunately the event is sold out.", errors: [{ span: "You must be so disappointed" }] },
      { text: "I understand where you're coming from, but we can't change the delivery date.", errors: [{ span: "I understand where you're coming from" }] },
      { text: "Oh no, this issue — that sounds like a real headache.", note: "generic reference does not name the situation",
        errors: [{ span: "that sounds like a real headache" }] },
      { text: "We hear you loud and clear.", errors: [{ span: "We hear you loud and clear" }] },
      { text: "I can tell you're upset, and I want to help.", errors: [{ span: "I can tell you're upset" }] },
      { text: "We're sorry if you felt rushed on the phone yesterday.", errors: [{ span: "We're sorry if you felt rushed on the phone yesterday" }] },
      { text: "I feel your pain. The outage hit everyone.", errors: [{ span: "I feel your pain" }] },
    ],
  },
}, { en });
