import rule from "../../../rules/empty-empathy.js";
import ko from "../../../locales/ko/empty-empathy.js";
import { RuleTester } from "../../rule-tester.js";

const SLOTS = ["{있었던 일}", "{고객님이 겪으신 어려움}", "{지금 해 드리는 조치}"];
const FRAME = "{있었던 일}(으)로 {고객님이 겪으신 어려움}. {지금 해 드리는 조치}";

new RuleTester().run(rule, {
  ko: {
    valid: [
      // RULES.md §4.8 ko "Don't flag"
      "네, 이해했습니다. 배송지를 회사 주소로 바로 변경해 드리겠습니다.",
      "월세 내기 직전에 같은 금액이 두 번 빠져나갔으니 얼마나 당황하셨을까요. 두 번째 결제는 방금 취소해 드렸습니다.",
      "쿠폰 적용이 안 된다는 점은 이해했습니다. 어떤 상품에 쓰시려던 쿠폰인지 알려 주시겠어요?",
      "그런 일이 있으셨다니 정말 죄송합니다. 주문번호를 알려 주시겠어요?",
      "이해해 주셔서 감사합니다. 교환 상품은 오늘 발송되었습니다.",
      "저희는 언제나 편리한 쇼핑 환경을 만들기 위해 노력하고 있습니다.",
      // variants
      { text: "번거로우시겠지만 영수증 사진을 한 장만 보내 주시겠어요?", note: "softener before a request" },
      { text: "불편하시겠지만, 앱을 한 번만 재설치해 주세요.", note: "softener before a request, across a comma" },
      { text: "쿠폰 적용이 안 된다는 점 충분히 이해합니다. 대신 적립금을 드릴게요.", note: "-다는 점: specific complement" },
      { text: "주문이 취소되신 상황 충분히 이해합니다.", note: "-신 상황: specific complement" },
      { text: "배송이 사흘이나 늦어져서 많이 답답하셨겠어요. 오늘 바로 퀵으로 보내 드렸습니다.", note: "situation named before the guess" },
      { text: "양해 부탁드립니다.", note: "forbearance request (template-apology)" },
      { text: "말씀하신 내용 충분히 이해했습니다.", note: "acknowledgement, past tense" },
      { text: "이 부분이 이해가 안 되시면 다시 문의해 주세요.", note: "the customer understands" },
      { text: "요청하신 내용을 이해하고 바로 처리했습니다.", note: "comprehension, not a formula" },
      { text: "같은 오류로 벌써 세 번째 문의하시는 거라 많이 지치셨을 것 같습니다. {조치}", note: "RULES.md rewrite output" },
      { text: "설명이 이해가 되셨나요?", note: "question to the customer" },
      { text: "{{ticket.requester.name}}님, 이해해 주셔서 정말 감사합니다!", note: "placeholder; the customer's understanding" },
    ],
    invalid: [
      // RULES.md §4.8 ko "Flag"
      { text: "고객님 마음 충분히 이해합니다. 다만 쿠폰은 재발급이 어렵습니다.", note: "ko 1",
        errors: [{ messageId: "emptyEmpathy", span: "고객님 마음 충분히 이해합니다", suggestions: [
          { output: `${FRAME}. 다만 쿠폰은 재발급이 어렵습니다.`, needsInput: SLOTS },
        ] }] },
      { text: "어떤 마음이신지 충분히 이해합니다만 규정상 환불은 불가합니다.", note: "ko 2", errors: [{ span: "어떤 마음이신지 충분히 이해합니다만" }] },
      { text: "불편하신 점 충분히 공감합니다. 캐시를 삭제한 후 다시 시도해 주세요.", note: "ko 3", errors: [{ span: "불편하신 점 충분히 공감합니다" }] },
      { text: "고객님의 답답한 심정 십분 이해합니다.", note: "ko 4", errors: [{ span: "고객님의 답답한 심정 십분 이해합니다" }] },
      { text: "네, 충분히 이해합니다. 그래도 영수증이 없으면 교환이 어렵습니다.", note: "ko 5", errors: [{ span: "충분히 이해합니다" }] },
      { text: "저희도 고객님 입장 이해합니다. 현재 계정은 안전하게 보호되고 있습니다.", note: "ko 6", errors: [{ span: "저희도 고객님 입장 이해합니다" }] },
      { text: "많이 답답하셨을 것 같아요. 지금 바로 제가 할 수 있는 방법을 확인해 볼게요.", note: "ko 7", errors: [{ span: "많이 답답하셨을 것 같아요" }] },
      { text: "정말 속상하셨겠어요. 해당 쿠폰은 재발급이 어렵습니다.", note: "ko 8", errors: [{ span: "정말 속상하셨겠어요" }] },
      { text: "그렇게 느끼셨다면 죄송합니다. 가격은 모든 매장에서 동일합니다.", note: "ko 9", errors: [{ span: "그렇게 느끼셨다면 죄송합니다" }] },
      { text: "저희도 정말 마음이 아픕니다. 교환 기간이 지나 처리가 어렵습니다.", note: "ko 10", errors: [{ span: "저희도 정말 마음이 아픕니다" }] },
      // variants: speech levels, spacing, placeholders, typos
      { text: "안녕하세요 {{ticket.requester.first_name}}님, 고객님 마음 충분히 이해해요.", note: "placeholder in the sentence",
        errors: [{ span: "고객님 마음 충분히 이해해요", suggestions: [{ needsInput: SLOTS }] }] },
      { text: "네 고객님 충분히 이해합니다만, 규정상 어렵습니다.", note: "lead-ins without a comma", errors: [{ span: "충분히 이해합니다만" }] },
      { text: "이해하지만 규정상 환불은 불가합니다.", note: "bare -지만", errors: [{ span: "이해하지만" }] },
      { text: "고객님의 불편한 마음 충분히 공감이 됩니다.", errors: [{ span: "고객님의 불편한 마음 충분히 공감이 됩니다" }] },
      { text: "고객님 마음 잘 알고 있습니다. 다만 재고가 없습니다.", errors: [{ span: "고객님 마음 잘 알고 있습니다" }] },
      { text: "얼마나 답답하셨을지 짐작이 갑니다.", errors: [{ span: "얼마나 답답하셨을지 짐작이 갑니다" }] },
      { text: "많이 속상하시겠지만 규정상 교환이 어렵습니다.", note: "-시겠지만 before a refusal", errors: [{ span: "많이 속상하시겠지만" }] },
      { text: "화가 많이 나신 것 같습니다. 먼저 주문번호를 확인할게요.", note: "observed feeling", errors: [{ span: "화가 많이 나신 것 같습니다" }] },
      { text: "이번 일로 많이 놀라셨죠? 계정은 안전합니다.", note: "generic reference before the guess", errors: [{ span: "많이 놀라셨죠" }] },
      { text: "충분히이해합니다ㅠㅠ", note: "no spaces; jamo outside", errors: [{ span: "충분히이해합니다" }] },
      { text: "저도 너무 안타깝네요. 해당 상품은 품절입니다.", errors: [{ span: "저도 너무 안타깝네요" }] },
      { text: "정말 답답하셨겟어요. 다시 확인해 볼게요.", note: "typo -겟-", errors: [{ span: "정말 답답하셨겟어요" }] },
      { text: "불쾌하게 느끼셨다면 정말 죄송해요.", errors: [{ span: "불쾌하게 느끼셨다면 정말 죄송해요" }] },
    ],
  },
}, { ko });
