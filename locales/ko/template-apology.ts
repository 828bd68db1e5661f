import type { Data, MessageId } from "../../rules/template-apology.js";
import type { RuleLocale } from "../../src/types.js";

// Korean (RULES.md §4.1 ko). Spaces are optional everywhere, so "불편을 드려 죄송합니다" also matches
// "불편을드려죄송합니다". A pattern starts at an eojeol start; its end is wherever the phrase ends.

/** The apology or forbearance head, after up to three adverbs (정말, 진심으로, 너그러운 …). */
const HEAD = "@apologyAdverb? @apologyAdverb? @apologyAdverb? (@apology|@forbearance|@understanding|@regret)";

export default {
  messages: {
    templateApology: "상투적인 사과 문구(\"{{actual}}\")입니다. 무엇이 잘못되었는지, 그 때문에 고객이 무엇을 겪었는지 구체적으로 쓰세요.",
    useSpecific: "무엇이 잘못되었는지와 고객이 겪은 일을 구체적으로 쓰기",
  },
  data: {
    patterns: [
      // (이용에) 불편을 드려 죄송합니다 / 심려를 끼쳐 드린 점 진심으로 사과드립니다 / 불편과 혼란을 드려 …
      `@genericLead? @genericLead? @genericAdj? @genericObject @genericConjunction? @genericAdj? @genericObject? @objectParticle? @apologyFrame @pointTail? ,? ${HEAD}`,
      // 불편하게 해 드려 죄송합니다 / 실망시켜 드려 / 혹시 불편하셨다면 죄송합니다 / 불편하셨을 텐데 죄송합니다
      `@genericDegree? @genericDegree? @genericVerb @pointTail? ,? ${HEAD}`,
      // 혹시 …셨다면 죄송합니다 (any hedged conditional)
      `@hedge ...30 @hedgeEnd ,? ${HEAD}`,
      // the apology first: 죄송합니다, 불편을 드렸네요
      "@apology ,? @apologyAdverb? @genericLead? @genericAdj? @genericObject @objectParticle? ((끼쳐 )?드(렸네요|렸습니다|렸어요|려서요)|드렸군요|끼쳤네요|드린 것 같(아요|네요|습니다))",
      // FIXED FORMULA: (고객님의) (너그러운) 양해 부탁드립니다 — in any sentence, also after a specific "…점"
      "@forbearanceLead? @forbearanceLead? @forbearanceAdj? @forbearanceAdj? @forbearance",
    ],
    exceptions: [
      // thanks for understanding already given, not a forbearance request
      "양해(해|하여|를 해)? 주셔서", "양해(해)? 주신", "양해해주심", "양해(에)? 감사",
      // a softener before a request ("sorry to trouble you, but …")
      "(번거롭게|귀찮게|수고롭게) ...12 (죄송합니다만|죄송하지만|죄송한데)",
    ],
    rewrites: [
      "{무엇이 잘못되었는지} 정말 죄송합니다",
      "{문제}(으)로 {고객이 겪은 일} 점, 진심으로 사과드립니다",
    ],
  },
} satisfies RuleLocale<MessageId, Data>;
