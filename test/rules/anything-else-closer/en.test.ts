import rule from "../../../rules/anything-else-closer.js";
import { RuleTester } from "../../rule-tester.js";

new RuleTester().run(rule, {
  en: {
    valid: [
      // RULES.md §4.5 "Don't flag"
      "Before I ship the replacement, is there anything else on the order you'd like to change?",
      "If anything else in the box arrived damaged, send me a photo and I'll replace it too.",
      "Does the new login link work for you? I'll check in on Thursday to make sure everything's still running smoothly.",
      "Sorry your screen cracked! What can we do for you today?",
      "Hi there, thanks for getting in touch! Let us know if you need a hand with anything.",
      "Please DM us your booking reference so we can help further.",
      "Try signing out and back in, and let us know if that does the trick!",
      "Let us know once the courier has collected the parcel so we can close the claim.",
      "Happy to help! Enjoy the new headphones.",
      // variants
      "I've refunded the second charge. Let me know when it shows up on your statement.",
      "Is there anything in the photos that shows the serial number? That would help me file the claim.",
      "We're here to help. Your new password is active now.",
      "Hi Sam, thanks for reaching out! I'm Priya from the billing team. How can I help?",
      "If the error comes back, that usually means the cache is stale. Clear it under Settings > Storage and the sync will resume.",
      "Your order shipped this morning and should arrive on Friday.\n\nThanks,\nMaria",
      "Could you tell me anything else about when the crash happens? For example, which screen you're on.",
    ],
    invalid: [
      // Regression: a lone closing-zone sentence is not an "opening offer" (the reply has no greeting).
      { text: "Let us know if you have any questions.", errors: [{ span: "Let us know if you have any questions" }], output: "" },
      { text: "Is there anything else I can help you with today?", errors: [{ messageId: "genericCloser", span: "Is there anything else I can help you with today",
        suggestions: [{ output: "Is {the fix} working for you now? I'll check back on {day} to make sure.", needsInput: ["{the fix}", "{day}"] }] }] },
      { text: "Your refund is on its way. Anything else I can do for you?", errors: [{ span: "Anything else I can do for you" }],
        output: "Your refund is on its way." },
      { text: "Let me know if there's anything else we can assist with!", errors: [{ span: "Let me know if there's anything else we can assist with" }] },
      { text: "Is there anything else we can do for you? Have a great day!", errors: [{ span: "Is there anything else we can do for you" }],
        output: "Have a great day!" },
      { text: "Can I help you with anything else?", errors: [{ span: "Can I help you with anything else" }] },
      { text: "If there is anything else I can help with, please don't hesitate to reach out.", errors: [{ span: "If there is anything else I can help with, please don't hesitate to reach out" }] },
      { text: "The refund is back on your card — is that sorted for you now? If anything else comes up, just reply here.", errors: [{ span: "If anything else comes up, just reply here" }] },
      { text: "Your seat is now 14C. We're only a DM away should anything else pop up! ^RK", errors: [{ span: "We're only a DM away should anything else pop up" }] },
      { text: "Clearing the app cache should sort it. Don't hesitate to get in touch if the error reappears.", errors: [{ span: "Don't hesitate to get in touch if the error reappears" }] },
      { text: "Your plan renews on the 3rd. Give us a shout if you have any questions. Have a lovely weekend! 🙂", errors: [{ span: "Give us a shout if you have any questions" }] },
      { text: "If you have any other questions, feel free to send us a DM.", errors: [{ span: "If you have any other questions, feel free to send us a DM" }] },
      // variants: curly quotes, placeholders, sign-offs, mid-reply ELSE closers, typos
      { text: "Hi {{ticket.requester.first_name}},\n\nI’ve reset your password.\n\nIf you need anything else, don’t hesitate to let us know!\n\nBest regards,\n{{current_user.name}}",
        errors: [{ span: "If you need anything else, don’t hesitate to let us know" }],
        output: "Hi {{ticket.requester.first_name}},\n\nI’ve reset your password.\n\nBest regards,\n{{current_user.name}}" },
      { text: "Anything else?", errors: [{ span: "Anything else" }] },
      { text: "Do you have any other questions? I've also added a note to your account.", errors: [{ span: "Do you have any other questions" }] },
      { text: "Your account is unlocked. Feel free to reach out anytime.", errors: [{ span: "Feel free to reach out anytime" }] },
      { text: "The invoice is attached. We're always here if you need us. Cheers, Tom", errors: [{ span: "We're always here if you need us" }] },
      { text: "Done! Your plan is now annual. What else can I help you with?", errors: [{ span: "What else can I help you with" }] },
      { text: "I've re-sent the link. Should the problem persist, contact us and we'll take a closer look.\n\nKind regards,\nSupport Team", errors: [{ span: "Should the problem persist, contact us and we'll take a closer look" }] },
      { text: "<p>Your order is on its way.</p><p>Please let us know if you have any further questions.</p>", options: { format: "html" },
        errors: [{ span: "Please let us know if you have any further questions" }] },
      { text: "Is there anything else i can help u with", errors: [{ span: "Is there anything else i can help u with" }] },
    ],
  },
});
