import rule from "../../../rules/favor-framing.js";
import en from "../../../locales/en/favor-framing.js";
import { RuleTester } from "../../rule-tester.js";

const COST = ["{cost to customer}"];

new RuleTester().run(rule, {
  en: {
    valid: [
      // RULES.md §4.10 "Don't flag"
      "I've refunded the shipping fee and added a 10% credit to your account to make up for the wait.",
      "The crash report shows a null-pointer exception on startup; I've sent it to our developers.",
      "If you'd like, I can also send a prepaid return label.",
      "Our special offer ends on Sunday at midnight.",
      // variants
      "The app threw an exception when you tapped Pay, so I've reported it to the team.",
      "I've upgraded you to express shipping at no cost since the first parcel was lost.",
      "We usually ship within two days, but this order is delayed by the storm.",
      "You can use the discount one time per account.",
      "We're not able to make an exception for orders older than a year, but I can offer store credit.",
      "As a small thank-you for your patience, I've added a free month.",
      "As a courtesy reminder, your subscription renews tomorrow.",
      "Normally we don't see this error after an update.",
      "Lucky Star is the name of the courier we use in your area.",
      "Unfortunately we can't make an exception to the age rule for alcohol deliveries.",
    ],
    invalid: [
      // RULES.md §4.10 "Flag"
      { text: "As a one-time courtesy, we've refunded the shipping fee.",
        errors: [{ messageId: "favorFraming", span: "As a one-time courtesy",
          suggestions: [{ output: "We've refunded the shipping fee — you shouldn't have had to {cost to customer}.", needsInput: COST }] }] },
      { text: "We've made an exception for you and extended your trial.", errors: [{ span: "We've made an exception for you" }] },
      { text: "We don't normally do this, but I've sent a replacement.", errors: [{ span: "We don't normally do this" }] },
      { text: "Even though this wasn't our fault, we've reissued your ticket.",
        errors: [{ span: "Even though this wasn't our fault",
          suggestions: [{ output: "We've reissued your ticket — you shouldn't have had to {cost to customer}." }] }] },
      { text: "As a goodwill gesture, just this once, we'll waive the late fee.", errors: [{ span: "As a goodwill gesture, just this once" }] },
      { text: "You're lucky — our warehouse found one last unit in stock.", errors: [{ span: "You're lucky" }] },
      // variants
      { text: "Hi {{ticket.requester.first_name}}, as a courtesy we've refunded the fee.",
        errors: [{ span: "as a courtesy",
          suggestions: [{ output: "Hi {{ticket.requester.first_name}}, we've refunded the fee — you shouldn't have had to {cost to customer}." }] }] },
      { text: "I've waived the fee, just this once.",
        errors: [{ span: "just this once", suggestions: [{ output: "I've waived the fee — you shouldn't have had to {cost to customer}." }] }] },
      { text: "Although it was not our mistake, I’ve sent a new code.", errors: [{ span: "Although it was not our mistake" }] },
      { text: "We are not obligated to refund this, but I've processed it anyway.", errors: [{ span: "We are not obligated to" }] },
      { text: "Normally, we wouldn't refund opened items, but I've approved it.", errors: [{ span: "Normally, we wouldn't refund" }] },
      { text: "I went out of my way to get this approved for you.", errors: [{ span: "I went out of my way" }] },
      { text: "This isn't something we usually do, but your refund is on its way.", errors: [{ span: "This isn't something we usually do" }] },
      { text: "I'll make an exception this time and reship the order.", errors: [{ span: "I'll make an exception this time" }] },
      { text: "We've gone ahead and made an exception to the return window.", errors: [{ span: "made an exception" }] },
      { text: "Out of goodwill, I've added a $5 credit to your account.", errors: [{ span: "Out of goodwill" }] },
      { text: "As a favour, I've upgraded your room.", errors: [{ span: "As a favour" }] },
      { text: "We have applied a one-time courtesy credit of $10.", errors: [{ span: "one-time courtesy" }] },
    ],
  },
}, { en });
