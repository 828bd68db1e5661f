import rule from "../../../rules/favor-framing.js";
import ko from "../../../locales/ko/favor-framing.js";
import { RuleTester } from "../../rule-tester.js";

const REASON = " {고객님이 겪으신 불편}을 생각하면 당연히 해 드려야 하는 부분입니다.";

new RuleTester().run(rule, {
  ko: {
    valid: [
      // RULES.md §4.10 "Don't flag"
      "오래 기다리시게 한 만큼 배송비는 환불해 드렸고, 다음 주문에 쓰실 수 있는 적립금 5,000원도 넣어 드렸습니다.",
      "앱 실행 시 예외 처리 오류가 난 로그를 개발팀에 전달했습니다.",
      "원하시면 선불 반품 라벨도 보내 드릴 수 있습니다.",
      "이번 주 일요일까지 특별 할인 행사가 진행됩니다.",
      // variants
      "이번 한 번만 더 주소를 확인해 주시면 바로 발송해 드리겠습니다.",
      "고객님께 특별히 감사드립니다.",
      "이번 한 번만 인증하시면 됩니다.",
      "예외 없이 모든 주문에 무료 배송이 적용됩니다.",
      "원래 예정된 배송일은 내일이었습니다.",
      "서비스 센터 방문 예약을 잡아 드렸습니다.",
    ],
    invalid: [
      // RULES.md §4.10 "Flag"
      { text: "이번 한 번만 특별히 배송비를 환불해 드리겠습니다.",
        errors: [{ messageId: "favorFraming", span: "이번 한 번만 특별히",
          suggestions: [{ output: `배송비를 환불해 드리겠습니다.${REASON}`, needsInput: ["{고객님이 겪으신 불편}"] }] }] },
      { text: "원래는 안 되지만 고객님께는 교환을 진행해 드렸습니다.", errors: [{ span: "원래는 안 되지만" }] },
      { text: "서비스 차원에서 적립금 5,000원을 넣어 드렸습니다.", errors: [{ span: "서비스 차원에서" }] },
      { text: "저희 책임은 아니지만 예외적으로 재발송해 드리겠습니다.", errors: [{ span: "저희 책임은 아니지만 예외적으로" }] },
      { text: "고객님만 특별히 연체료를 면제해 드렸어요.", errors: [{ span: "고객님만 특별히" }] },
      { text: "오래 이용해 주신 고객님이라 예외로 처리해 드렸습니다.", errors: [{ span: "예외로" }] },
      // variants
      { text: "{{ticket.requester.name}}님께만 특별히 무료로 업그레이드해 드렸습니다.",
        errors: [{ span: "{{ticket.requester.name}}님께만 특별히" }] },
      { text: "{{ticket.requester.name}}님, 이번 한 번만 특별히 환불해 드렸습니다.",
        errors: [{ span: "이번 한 번만 특별히",
          suggestions: [{ output: `{{ticket.requester.name}}님, 환불해 드렸습니다.${REASON}` }] }] },
      { text: "원래는 교환 기간이 지나 안 되지만, 이번에는 특별히 교환해 드렸습니다.", errors: [{ span: "원래는 교환 기간이 지나 안 되지만" }] },
      { text: "원래 환불이 불가하지만 이번에 한해 처리해 드릴게요.", errors: [{ span: "원래 환불이 불가하지만 이번에 한해" }] },
      { text: "배려 차원에서 배송비는 저희가 부담하겠습니다.", errors: [{ span: "배려 차원에서" }] },
      { text: "당사 과실은 없으나, 호의로 쿠폰을 보내 드렸습니다.", errors: [{ span: "당사 과실은 없으나, 호의로" }] },
      { text: "특별히 예외를 두어 반품을 접수해 드렸습니다.", errors: [{ span: "특별히 예외를 두어" }] },
      { text: "1회에 한해 특별히 수수료를 면제해 드립니다.", errors: [{ span: "1회에 한해 특별히" }] },
    ],
  },
}, { ko });
