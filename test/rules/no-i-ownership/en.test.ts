import rule from "../../../rules/no-i-ownership.js";
import enLocale from "../../../locales/en/no-i-ownership.js";
import { RuleTester } from "../../rule-tester.js";

const SLOTS = ["{action}", "{time}"];
const FRAME = "I'm handling this myself. I'll {action} by {time}";

new RuleTester().run(rule, {
  en: {
    valid: [
      // RULES.md §4.7 en "Don't flag"
      "I'll investigate this myself and call you by Friday.",
      "I've refunded the duplicate charge, and we'll also waive next month's fee.",
      "We're sorry this happened, and thank you for telling us.",
      "I'm sorry about the mix-up; our team will e-mail you a corrected invoice tomorrow.",
      "Could you send us a screenshot of the error?",
      "Our opening hours are 9 am to 6 pm on weekdays.",
      // variants: first person anywhere, near misses without an action
      "Thanks for waiting! Your refund has been processed. Let me know if anything looks off.",
      "We will look into it. My apologies for the wait.",
      "Our engineers are investigating the outage — I understand how disruptive this is.",
      "we'll send a new code today, i'm on it",
      "Your parcel will arrive on Thursday.",
      "You'll need to update the app to version 5.2 before you can log in.",
      "Tapping Save will update your profile.",
      "Let us know if the error comes back.",
      "If you've already cancelled the order, you don't need to do anything else.",
      "Several customers have reported the same error since Monday.",
      "Hi {{ticket.requester.first_name}}, thanks for your message. Could you tell me which browser you use?",
      "Our store in Phase I of the mall opens at 10 am.",
      // open verb slots, look-alikes (helper 2026-12-07)
      "We moved to a new platform last week, so some emails were delayed.",
      "As we discussed, the promo ended Sunday.",
      "The courier will arrive tomorrow.",
      "You'll be charged on the 1st of each month.",
      "Your order has been shipped and should arrive Friday.",
      "We will be closed on Monday.",
    ],
    invalid: [
      // RULES.md §4.7 en "Flag"
      { text: "Thanks for flagging this. We will investigate and contact you by Friday.",
        errors: [{ messageId: "noOwnership", span: "We will investigate and contact you by Friday",
          suggestions: [{ output: `Thanks for flagging this. ${FRAME}.`, needsInput: SLOTS }] }] },
      { text: "Your refund will be processed within 3 business days.", errors: [{ span: "Your refund will be processed within 3 business days" }] },
      { text: "Our team will reach out to you tomorrow with next steps.", errors: [{ span: "Our team will reach out to you tomorrow with next steps",
        suggestions: [{ output: `${FRAME}.`, needsInput: SLOTS }] }] },
      { text: "The billing department will review the charge by Monday.", errors: [{ span: "The billing department will review the charge by Monday" }] },
      { text: "We've received your request. A specialist will be assigned within 24 hours.", errors: [{ span: "A specialist will be assigned within 24 hours" }] },
      { text: "Will check with the warehouse and update you by 3 pm today.", errors: [{ span: "Will check with the warehouse and update you by 3 pm today" }] },
      { text: "Send us a DM with your order number and we'll get this sorted.", errors: [{ span: "Send us a DM with your order number and we'll get this sorted" }] },
      { text: "Please email us the error code, so we can look into it.", errors: [{ span: "so we can look into it" }] },
      { text: "Your duplicate subscription has been cancelled.", errors: [{ span: "Your duplicate subscription has been cancelled" }] },
      { text: "Thanks for the kind words! We'll share them with the crew at our Elm Street store.", errors: [{ span: "We'll share them with the crew at our Elm Street store" }] },
      { text: "My manager will call you this afternoon to sort this out.", errors: [{ span: "My manager will call you this afternoon to sort this out" }] },
      // variants
      { text: "Hi {{ticket.requester.first_name}}, we will refund the {{order.total}} charge by Friday.",
        errors: [{ span: "we will refund the {{order.total}} charge by Friday", suggestions: [] }] },
      { text: "We are looking into this and will update you shortly.", errors: [{ span: "We are looking into this and will update you shortly" }] },
      { text: "This has been escalated to our engineering team.", errors: [{ span: "This has been escalated to our engineering team" }] },
      { text: "Your account has now been unlocked, so you can sign in again.", errors: [{ span: "Your account has now been unlocked" }] },
      { text: "We’ve refunded the second charge. It should reach your card in 5 days.", errors: [{ span: "We’ve refunded the second charge" }] },
      { text: "Our engineers are currently investigating the login errors.", errors: [{ span: "Our engineers are currently investigating the login errors" }] },
      { text: "Your ticket is under review. You'll hear from us within 48 hours.", errors: [{ span: "Your ticket is under review" }] },
      { text: "Thanks for your patience! We'd be happy to issue a replacement.", errors: [{ span: "We'd be happy to issue a replacement" }] },
      { text: "We have forwarded your complaint to the store manager.", errors: [{ span: "We have forwarded your complaint to the store manager" }] },
      { text: "you'll receive a confirmation email once the swap is done.", errors: [{ span: "you'll receive a confirmation email once the swap is done" }] },
      { text: "Thanks for reaching out. Someone from our billing team will get back to you today.\n\nBest,\nDana\n^DS",
        errors: [{ span: "Someone from our billing team will get back to you today" }] },
      { text: "The iPhone app will be updated next week.", errors: [{ span: "The iPhone app will be updated next week" }] },
      { text: "Let us check with the courier and we'll keep you posted.", errors: [{ span: "Let us check with the courier and we'll keep you posted" }] },
      { text: "My colleague has escalated this to the payments team.", errors: [{ span: "My colleague has escalated this to the payments team" }] },
      // open verb slots and new action forms (helper 2026-12-07)
      { text: "We'll gladly swap it for a larger size.", errors: [{ span: "We'll gladly swap it for a larger size" }] },
      { text: "We've gone ahead and credited your account.", errors: [{ span: "We've gone ahead and credited your account" }] },
      { text: "Your pre-order has been moved to the next batch.", errors: [{ span: "Your pre-order has been moved to the next batch" }] },
      { text: "The courier will collect the box tomorrow.", errors: [{ span: "The courier will collect the box tomorrow" }] },
      { text: "One sec while we dig out your booking.", errors: [{ span: "One sec while we dig out your booking" }] },
    ],
  },
}, { en: enLocale });
