import rule from "../../../rules/excuse.js";
import ko from "../../../locales/ko/excuse.js";
import { RuleTester } from "../../rule-tester.js";

const STATUS = ["{지연된 일}", "{조치}", "{시점}", "{결과}"];
const POLICY = ["{안 되는 일}", "{대안 1}", "{대안 2}"];

new RuleTester().run(rule, {
  ko: {
    valid: [
      // RULES.md §4.4 ko "Don't flag"
      "해외 배송 건은 통관 과정에서 1~2일 더 걸릴 수 있습니다. 통관이 지연되면 당일 바로 새 도착 예정일을 알려 드리겠습니다.",
      "구매 후 30일 이내에는 반품이 가능하도록 규정되어 있어, 방금 반품 접수를 완료해 드렸습니다.",
      "지난달 새로 바뀐 앱 화면에서는 오른쪽 상단의 '내 정보' 메뉴를 누르시면 됩니다.",
      "답변이 늦어진 건 전적으로 저희 잘못입니다. 배송비는 환불해 드렸고, 교환 상품은 오늘 출고됩니다.",
      "환불 규정상 사용한 쿠폰은 복구되지 않습니다.",
      "3월 5일 장애의 원인은 저희가 배포한 설정 오류였습니다. 바로 롤백해 복구했고, 재발 방지를 위해 배포 전 검증 단계를 추가했습니다.",
      "일요일 오전 2시부터 4시까지 정기 점검이 예정되어 있습니다.",
      "로그인이 안 되는 현상을 확인하고 있습니다.",
      // variants: near misses
      { text: "재고가 얼마 남지 않아 고객님 몫으로 한 개 따로 빼 두었습니다.", note: "stock word, no failure after it" },
      { text: "새 시스템에서는 주문 내역을 엑셀로 내려받으실 수 있습니다.", note: "new system, no failure" },
      { text: "서버 점검을 진행한 뒤 다시 안내드리겠습니다.", note: "future maintenance notice" },
      { text: "말씀하신 오류는 제가 직접 점검하겠습니다.", note: "점검 = I'll check" },
      { text: "회사 규정상 환불은 어렵지만, 대신 교환이나 적립금으로 도와드릴 수 있습니다.", note: "policy with an alternative" },
      { text: "서버 장애로 결제가 실패한 건은 저희 실수입니다. 바로 환불해 드렸습니다.", note: "ownership in the sentence" },
      { text: "{{ticket.requester.name}}님, 주문하신 상품은 오늘 출고되었습니다.", note: "placeholder, nothing to flag" },
      { text: "시스템 오류가 발생하면 앱을 재시작해 주세요.", note: "conditional" },
      { text: "신선식품 특성상 아이스팩과 함께 당일 출고해 드립니다.", note: "product nature, no failure" },
    ],
    invalid: [
      // RULES.md §4.4 ko "Flag"
      { text: "최근 문의량이 많아 답변이 늦어졌습니다.", note: "ko 1",
        errors: [{ messageId: "internalReason", span: "최근 문의량이 많아", suggestions: [
          { output: "{지연된 일} 죄송합니다. 방금 {조치}했고, {시점}까지 {결과}.", needsInput: STATUS },
        ] }] },
      { text: "명절 연휴 주문 폭주로 출고가 지연되고 있습니다.", note: "ko 2", errors: [{ span: "명절 연휴 주문 폭주로" }] },
      { text: "담당자가 휴가 중이라 처리가 늦어지고 있습니다.", note: "ko 3", errors: [{ messageId: "internalReason", span: "담당자가 휴가 중이라" }] },
      { text: "새 시스템으로 이관하는 과정에서 주문 내역이 누락된 것 같습니다.", note: "ko 4",
        errors: [{ messageId: "internalReason", span: "새 시스템으로 이관하는 과정에서" }] },
      { text: "상담 인력이 부족한 상황이라 양해 부탁드립니다.", note: "ko 5", errors: [{ span: "상담 인력이 부족한 상황이라" }] },
      { text: "회사 규정상 어쩔 수 없는 부분이라 환불은 어렵습니다.", note: "ko 6",
        errors: [{ messageId: "policyShield", span: "회사 규정상 어쩔 수 없는 부분이라", suggestions: [
          { output: "{안 되는 일} 대신 {대안 1}(이)나 {대안 2}(으)로 도와드릴 수 있습니다.", needsInput: POLICY },
        ] }] },
      { text: "서버 장애로 메시지 발송이 지연되었습니다.", note: "ko 7", errors: [{ messageId: "internalReason", span: "서버 장애로" }] },
      { text: "주문이 몰려 재고가 부족해 배송이 평소보다 늦어질 수 있습니다.", note: "ko 8",
        errors: [{ messageId: "externalReason", span: "주문이 몰려 재고가 부족해" }] },
      { text: "공공데이터 연동 문제로 학사 일정이 아직 갱신되지 않았습니다.", note: "ko 9",
        errors: [{ messageId: "externalReason", span: "공공데이터 연동 문제로" }] },
      { text: "정전으로 매장 결제가 한동안 되지 않았습니다.", note: "ko 10", errors: [{ messageId: "externalReason", span: "정전으로" }] },
      { text: "저희가 통제할 수 없는 상황이라 양해 부탁드립니다.", note: "ko 11",
        errors: [{ messageId: "externalReason", span: "저희가 통제할 수 없는 상황이라" }] },
      // variants: speech levels, spacing, placeholders, facts
      { text: "{{ticket.requester.name}}님, 요즘 문의가 폭주해서 답변이 늦어졌어요.", note: "placeholder; polite -요",
        errors: [{ span: "요즘 문의가 폭주해서" }] },
      { text: "현재 결제 시스템 장애가 발생했습니다.", note: "outage as a fact", errors: [{ messageId: "internalReason", span: "현재 결제 시스템 장애가 발생했습니다" }] },
      { text: "긴급 점검으로 지금은 로그인이 안 돼요.", errors: [{ span: "긴급 점검으로" }] },
      { text: "상담원이 부족해서 연결이 어려운 점 양해 바랍니다.", errors: [{ span: "상담원이 부족해서" }] },
      { text: "태풍 때문에 배송이 하루 늦어질 예정입니다.", note: "future does not exempt a linked excuse", errors: [{ messageId: "externalReason", span: "태풍 때문에" }] },
      { text: "재고소진으로 주문이 취소되었습니다.", note: "no spaces", errors: [{ span: "재고소진으로" }] },
      { text: "시스템을 전환하는 중이라 주문 조회가 안 됩니다.", errors: [{ span: "시스템을 전환하는 중이라" }] },
      { text: "방침상 방법이 없습니다.", note: "policy + helpless", errors: [{ messageId: "policyShield", span: "방침상 방법이 없습니다" }] },
      { text: "상품 특성상 배송 과정에서 박스가 조금 찌그러질 수 있습니다.", note: "product nature, damage word",
        errors: [{ messageId: "externalReason", span: "상품 특성상" }] },
    ],
  },
}, { ko });
