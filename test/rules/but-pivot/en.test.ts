import locale from "../../../locales/en/but-pivot.js";
import rule from "../../../rules/but-pivot.js";
import { RuleTester } from "../../rule-tester.js";

const OFFER = ["{option A}", "{option B}"];

new RuleTester().run(rule, {
  en: {
    valid: [
      // RULES.md §4.2 en "Don't flag"
      "Sorry to ask again, but could you confirm the email on the account?",
      "I'm sorry it arrived damaged. Not only have I refunded you, but I've also sent a replacement.",
      "The item is out of stock, but it's back on Tuesday.",
      "I'm sorry about the mix-up, and I've already corrected the order.",
      "Sorry for the wait, we've checked with the warehouse, but the tracking page hasn't updated yet.",
      "Apologies for the slow reply, the parcel left our hub this morning. However, weekend deliveries can take an extra day.",
      // variants: near misses
      "I'm sorry for the delay and I've contacted the courier, but they haven't replied yet.",
      "Sorry, but would you mind sending a photo of the label?",
      "Sorry to bother you, but can you check the spam folder?",
      "We can't offer anything but store credit for this item.",
      "It was all but impossible to reach the courier today.",
      "Thanks for your patience. However, the order has shipped.",
      "If I understand correctly, you were charged twice, but only one order arrived.",
      "I'm sorry for the wait. Your refund was issued today. But the bank may take 3 days to show it.",
      "Sorry! I checked your account and it looks fine, though the app may need an update.",
      "Your order shipped on Monday, but it's still in transit. I'm sorry about that.",
      "Last but not least, I'm sorry for the confusion earlier.",
      "I can't help but notice you ordered twice — I'm sorry for the double charge.",
      "We apologize for the delay. The courier confirmed delivery for Friday, however.",
      "Hi {{ticket.requester.first_name}}, sorry for the wait — I've rebooked your table for 8 pm.",
      "Sorry to hear that! Unfortunately, however, the warranty ended in May.",
      "I'm sorry for the inconvenience. We've looked into it. However, the charge is valid.",
      "We appreciate your understanding, but the order is final.",
    ],
    invalid: [
      // RULES.md §4.2 en "Flag"
      { text: "I'm sorry you waited so long, but sale items can't be refunded.",
        errors: [{ messageId: "butPivot", span: "but", suggestions: [{
          output: "I'm sorry you waited so long. Sale items can't be refunded. What I can do is {option A} or {option B} — which would you prefer?",
          needsInput: OFFER }] }] },
      { text: "I understand this is frustrating. However, our policy is clear.",
        errors: [{ span: "However", suggestions: [{ output: "I understand this is frustrating. Our policy is clear.", needsInput: [] }] }],
        output: "I understand this is frustrating. Our policy is clear." },
      { text: "We apologize for the delay; however, transit times depend on the courier.",
        errors: [{ span: "however", suggestions: [{
          output: "We apologize for the delay. Transit times depend on the courier. What I can do is {option A} or {option B} — which would you prefer?" }] }] },
      { text: "Although I'm sorry about the mix-up, the order can't be changed now.",
        errors: [{ span: "Although", suggestions: [{
          output: "I'm sorry about the mix-up. The order can't be changed now. What I can do is {option A} or {option B} — which would you prefer?",
          needsInput: OFFER }] }] },
      { text: "Sorry about that, but the good news is your refund is already approved.", errors: [{ span: "but" }] },
      { text: "I hear you. That said, there's nothing more we can do.",
        errors: [{ span: "That said", suggestions: [{ output: "I hear you. There's nothing more we can do.", needsInput: [] }] }],
        output: "I hear you. There's nothing more we can do." },
      { text: "We hate to hear that, but that bundle deal ended on Sunday.", errors: [{ span: "but" }] },
      { text: "We understand. But each account can only be linked to one phone number.",
        errors: [{ span: "But" }], output: "We understand. Each account can only be linked to one phone number." },
      { text: "So sorry about this, Dana, but gift cards can't be reissued.",
        errors: [{ span: "but", suggestions: [{
          output: "So sorry about this, Dana. Gift cards can't be reissued. What I can do is {option A} or {option B} — which would you prefer?" }] }] },
      // RULES.md §4.2 en rewrite (safe)
      { text: "I'm sorry about the delay. However, your parcel is now due on Friday.",
        errors: [{ span: "However" }], output: "I'm sorry about the delay. Your parcel is now due on Friday." },
      // variants
      { text: "Hi {{ticket.requester.first_name}}, I'm sorry for the trouble, but we can't refund opened items.",
        errors: [{ span: "but" }] },
      { text: "I’m really sorry but we don’t ship to PO boxes", errors: [{ span: "but", suggestions: [{
        output: "I’m really sorry. We don’t ship to PO boxes. What I can do is {option A} or {option B} — which would you prefer?" }] }] },
      { text: "Apologies for the hassle and thanks for your patience, but the promo code has expired.", errors: [{ span: "but" }] },
      { text: "I totally understand how annoying that is. Nevertheless, the fee stays.", errors: [{ span: "Nevertheless" }],
        output: "I totally understand how annoying that is. The fee stays." },
      { text: "That sounds really frustrating, I know. Yet the rules are the same for everyone.", errors: [{ span: "Yet" }] },
      { text: "We're sorry to see that, as the order was placed late, but it can't be expedited.", errors: [{ span: "but" }] },
      { text: "My apologies.\n\nHowever, we are unable to reopen the ticket.", errors: [{ span: "However" }],
        output: "My apologies.\n\nWe are unable to reopen the ticket." },
      { text: "While I understand your frustration, the refund window has closed.", errors: [{ span: "While" }] },
      { text: "I apologise for the confusion, though the discount only applies to new accounts.", errors: [{ span: "though" }] },
      { text: "Really sorry about this!! But the courier needs a signature.", errors: [{ span: "But" }] },
      { text: "I can imagine how stressful this is, having said that, we need the original receipt.", errors: [{ span: "having said that" }] },
      { text: "sry but we cant do that", errors: [{ span: "but" }] },
      { text: "Totally get it! But the promo only applies to full-price items.", errors: [{ span: "But" }],
        output: "Totally get it! The promo only applies to full-price items." },
      { text: "Dear customer,\nWe sincerely apologize. However, we are unable to process refunds after 30 days.\nRegards", errors: [{ span: "However" }] },
    ],
  },
}, { en: locale });
