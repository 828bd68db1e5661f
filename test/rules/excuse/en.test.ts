import rule from "../../../rules/excuse.js";
import en from "../../../locales/en/excuse.js";
import { RuleTester } from "../../rule-tester.js";

const STATUS = ["{status}", "{action}", "{result}", "{time}"];
const OPTIONS = ["{status}", "{option A}", "{option B}"];
const POLICY = ["{what can't be done}", "{option A}", "{option B}"];

new RuleTester().run(rule, {
  en: {
    valid: [
      // RULES.md §4.4 en "Don't flag"
      "Customs checks can add one or two days to international orders; if yours is held, I'll email you the new delivery date the same day.",
      "Our policy covers returns for 30 days, so I've started your return — here's the prepaid label.",
      "Your ticket sat unanswered for three days, and that's on us; I've refunded the shipping fee.",
      "The new dashboard we launched last month has a Download button at the top right.",
      "Under our returns policy, opened software can't be refunded.",
      "Tuesday's outage was caused by a config change we pushed, and that was our mistake. We rolled it back at 14:20 and now test every change before release so it can't happen again.",
      "We're aware some customers can't log in right now and are looking into it.",
      "We'll be offline for scheduled maintenance on Sunday from 2 to 4 am.",
      "The system cancelled your order after the payment timed out.",
      "Stock of the blue model is limited, so I've set one aside for you.",
      // variants: near misses
      { text: "The app will be unavailable during planned maintenance on Saturday from 1 to 3 am.", note: "advance notice with a failure word" },
      { text: "If you experience an outage, restart the router and wait two minutes.", note: "conditional, not a fact" },
      { text: "The outage from this morning has been resolved, and payments are going through again.", note: "resolved status" },
      { text: "We're seeing high demand for the new colours, and they're back in stock today.", note: "excuse word, no failure" },
      { text: "Our new billing system lets you download invoices as PDF.", note: "new system, no failure" },
      { text: "Due to your feedback, we added a dark mode toggle.", note: "connector, no excuse" },
      { text: "The delay was our mistake — our servers were down and we didn't warn you. I've refunded the fee.", note: "ownership in the sentence" },
      { text: "It's company policy that sale items can't be refunded, but what I can do is exchange it for store credit.", note: "policy with an alternative" },
      { text: "Sale items can't be refunded under our policy. Instead, I can offer you an exchange.", note: "refusal, alternative" },
      { text: "Is the site down for you, or just slow?", note: "question" },
      { text: "Hi {{ticket.requester.first_name}}, your order has shipped and will arrive Thursday.", note: "placeholder, nothing to flag" },
    ],
    invalid: [
      // RULES.md §4.4 en "Flag"
      { text: "We've been extremely busy this week, so your ticket slipped through the cracks.", note: "en 1",
        errors: [{ messageId: "internalReason", span: "We've been extremely busy this week", suggestions: [
          { output: "{status}. I've {action}; {result} by {time}.", needsInput: STATUS },
          { output: "{status}; what I can do is {option A} or {option B}.", needsInput: OPTIONS },
        ] }] },
      { text: "Due to a high volume of requests, we haven't processed your refund yet.", note: "en 2",
        errors: [{ messageId: "internalReason", span: "Due to a high volume of requests" }] },
      { text: "The agent you spoke with is new and gave you the wrong information.", note: "en 3",
        errors: [{ messageId: "internalReason", span: "The agent you spoke with is new" }] },
      { text: "We're in the middle of migrating to a new system, which is why your order history is missing.", note: "en 4",
        errors: [{ messageId: "internalReason", span: "We're in the middle of migrating to a new system" }] },
      { text: "We're short-staffed at the moment, so please bear with us.", note: "en 5",
        errors: [{ messageId: "internalReason", span: "We're short-staffed at the moment" }] },
      { text: "It's company policy; I can't make an exception.", note: "en 6",
        errors: [{ messageId: "policyShield", span: "It's company policy; I can't make an exception", suggestions: [
          { output: "{what can't be done}; what I can do is {option A} or {option B}.", needsInput: POLICY },
        ] }] },
      { text: "Our payment servers went down this morning, which is why your top-up failed.", note: "en 7",
        errors: [{ messageId: "internalReason", span: "Our payment servers went down this morning" }] },
      { text: "There's a power cut affecting your area; engineers are on site.", note: "en 8",
        errors: [{ messageId: "externalReason", span: "There's a power cut affecting your area" }] },
      { text: "Because demand is much higher than usual, replies may take a little longer.", note: "en 9",
        errors: [{ messageId: "externalReason", span: "Because demand is much higher than usual" }] },
      { text: "Your order hasn't shipped yet because we're working through a backlog.", note: "en 10",
        errors: [{ messageId: "internalReason", span: "because we're working through a backlog" }] },
      { text: "That film isn't available in your region because of licensing restrictions.", note: "en 11",
        errors: [{ messageId: "externalReason", span: "because of licensing restrictions" }] },
      { text: "Unfortunately, the delay is beyond our control.", note: "en 12",
        errors: [{ messageId: "externalReason", span: "the delay is beyond our control" }] },
      { text: "Due to an aircraft change, your original seat is no longer available.", note: "en 13",
        errors: [{ messageId: "externalReason", span: "Due to an aircraft change" }] },
      // variants
      { text: "Hi {{ticket.requester.first_name}}, due to an unusually high volume of inquiries, our response times are longer than usual.",
        note: "placeholder in the sentence", errors: [{ span: "due to an unusually high volume of inquiries", suggestions: [
          { output: "Hi {{ticket.requester.first_name}}, {status}. I've {action}; {result} by {time}.", needsInput: STATUS },
        ] }] },
      { text: "We are currently experiencing an outage.", note: "outage as a fact", errors: [{ messageId: "internalReason", span: "We are currently experiencing an outage" }] },
      { text: "Our site was down for most of yesterday.", note: "site down as a fact", errors: [{ span: "Our site was down for most of yesterday" }] },
      { text: "As we are understaffed this week, refunds may take longer than usual.", errors: [{ span: "As we are understaffed this week" }] },
      { text: "Your order was delayed due to unforeseen circumstances.", errors: [{ messageId: "externalReason", span: "due to unforeseen circumstances" }] },
      { text: "Sorry, the colleague handling your case is on leave, so nobody picked it up.", note: "colleague on leave + so",
        errors: [{ span: "the colleague handling your case is on leave" }] },
      { text: "Because of a technical issue on our side, your invoice wasn't sent.", note: "generic issue with a connector",
        errors: [{ messageId: "internalReason", span: "Because of a technical issue on our side" }] },
      { text: "Since the item is sold out, we had to cancel your order.", errors: [{ messageId: "externalReason", span: "Since the item is sold out" }] },
      { text: "Due to bad weather, all flights from Denver are delayed.", errors: [{ span: "Due to bad weather" }] },
      { text: "Your grades haven't updated because of a sync issue with the ministry's data feed.", note: "outside sync: excuse only",
        errors: [{ messageId: "externalReason", span: "because of a sync issue with the ministry's data feed" }] },
      { text: "Due to high demand and limited stock, your order is delayed.", note: "two families, one span",
        errors: [{ messageId: "externalReason", span: "Due to high demand and limited stock" }] },
      { text: "We're sorry, but rules are rules and there's nothing we can do.", note: "policy shield, no alternative",
        errors: [{ messageId: "policyShield", span: "but rules are rules and there's nothing we can do" }] },
      { text: "Thanks for waiting. Our system is undergoing maintenance, so you can't log in right now.",
        errors: [{ messageId: "internalReason", span: "Our system is undergoing maintenance" }] },
    ],
  },
}, { en });
