import rule from "../../../rules/blame-shifting.js";
import ko from "../../../locales/ko/blame-shifting.js";
import { RuleTester } from "../../rule-tester.js";

const OWN = ["{무슨 일이 있었는지}", "{조치}", "{시각}"];
const HANDLE = ["{업체}", "{시각}"];

new RuleTester().run(rule, {
  ko: {
    valid: [
      // RULES.md §4.3 ko "Don't flag"
      "저희가 다른 사이즈를 보내 드렸네요. 명백한 저희 실수이고, 맞는 사이즈로 오늘 다시 보내 드렸습니다.",
      "배송 조회 시스템에는 어제 오후 2시에 배송 완료로 나옵니다.",
      "결제 담당 김지은 매니저에게 지금까지의 내용을 모두 전달해 두었습니다. 같은 설명을 반복하지 않으셔도 되고, 오늘 오후 5시 전에 직접 연락드릴 예정입니다.",
      "택배사에는 제가 직접 연락해서 내일 오전 재배송을 요청해 두었습니다.",
      "주문번호를 DM으로 보내 주시면 바로 확인해 보겠습니다.",
      "담당 부서에서 오늘 오후 3시까지 직접 연락드릴 예정입니다.",
      "서버 점검으로 지금은 로그인이 되지 않습니다.",
      // variants: near misses
      { text: "혹시 주소를 잘못 입력하셨다면 말씀해 주세요. 바로 수정해 드리겠습니다.", note: "conditional" },
      { text: "시스템 오류로 주문이 취소되었습니다. 다시 주문해 주시면 배송비를 환불해 드리겠습니다.", note: "our own system error: excuse only" },
      { text: "고객님께서 빠른 배송을 선택하셔서 내일 도착합니다.", note: "a choice with no problem" },
      { text: "택배사 쪽 문제인지 확인하려고 제가 택배사에 직접 문의해 두었습니다.", note: "checking whether, first-person hand-off" },
      { text: "조회가 안 되면 저희에게 직접 문의해 주세요.", note: "us" },
      { text: "물류팀에서 오늘 오후 재발송 예정입니다.", note: "another team acts; no fault" },
      { text: "주소를 잘못 입력하신 건 아닌지 확인 부탁드려요?", note: "question" },
      { text: "배송 기사님께 오늘 중 배송해 달라고 제가 요청해 두었습니다.", note: "warm hand-off" },
      { text: "판매자에게 전달하여 교환을 진행해 드렸습니다.", note: "done by us" },
      { text: "택배사를 통해 내일 도착할 예정입니다.", note: "X carries the item" },
    ],
    invalid: [
      // RULES.md §4.3 ko "Flag"
      { text: "물류팀에서 다른 상품을 잘못 보냈습니다.",
        errors: [{ messageId: "blameInternal", span: "물류팀에서 다른 상품을 잘못 보냈습니다",
          suggestions: [{ output: "{무슨 일이 있었는지} 저희 책임입니다. {조치}하고 {시각}까지 알려 드리겠습니다.", needsInput: OWN }] }] },
      { text: "택배사 측 과실로 상품이 파손된 것으로 보입니다.", errors: [{ messageId: "blameExternal", span: "택배사 측 과실로 상품이 파손된 것으로 보입니다" }] },
      { text: "시스템에서 자동으로 주문이 취소되었습니다.", errors: [{ messageId: "blameSystem", span: "시스템에서 자동으로 주문이 취소되었습니다" }] },
      { text: "고객님께서 주소를 잘못 입력하셔서 반송된 것으로 확인됩니다.", errors: [{ messageId: "blameCustomer", span: "고객님께서 주소를 잘못 입력하셔서" }] },
      { text: "분실 건은 택배사에 직접 문의해 주시기 바랍니다.",
        errors: [{ messageId: "passBuck", span: "택배사에 직접 문의해 주시기 바랍니다",
          suggestions: [{ output: "분실 건은 제가 {업체}에 직접 요청해 두었습니다. {시각}까지 결과를 알려 드리겠습니다.", needsInput: HANDLE }] }] },
      { text: "해당 내용은 저희 부서 소관이 아니라서 결제팀으로 연결해 드리겠습니다.",
        errors: [{ messageId: "passBuck", span: "해당 내용은 저희 부서 소관이 아니라서" }, { messageId: "coldTransfer", span: "결제팀으로 연결해 드리겠습니다",
          suggestions: [{ needsInput: ["{담당자}"] }] }] },
      { text: "검색 결과 순서는 검색팀 엔진에서 정하는 부분이라 저희 쪽에서 바꾸기 어렵습니다.",
        errors: [{ messageId: "blameInternal", span: "검색 결과 순서는 검색팀 엔진에서 정하는 부분이라" }] },
      { text: "카페 가입 승인은 해당 카페 운영진에게 문의해 주세요.", errors: [{ messageId: "passBuck", span: "해당 카페 운영진에게 문의해 주세요" }] },
      { text: "결제 취소는 카드사 고객센터로 연락해 주셔야 합니다.", errors: [{ messageId: "passBuck", span: "카드사 고객센터로 연락해 주셔야 합니다" }] },
      { text: "고객님께서 일반 배송을 선택하셔서 도착까지 며칠 더 걸립니다.", errors: [{ messageId: "blameCustomer", span: "고객님께서 일반 배송을 선택하셔서" }] },
      { text: "학사 일정은 교육청에서 아직 데이터를 보내 주지 않아 반영되지 않았습니다.",
        errors: [{ messageId: "blameExternal", span: "학사 일정은 교육청에서 아직 데이터를 보내 주지 않아" }] },
      // variants: speech levels, spacing, placeholders
      { text: "{{ticket.requester.first_name}}님, 택배사에서 상품을 분실했어요.",
        errors: [{ messageId: "blameExternal", span: "택배사에서 상품을 분실했어요",
          suggestions: [{ output: "{{ticket.requester.first_name}}님, {무슨 일이 있었는지} 저희 책임입니다. {조치}하고 {시각}까지 알려 드리겠습니다." }] }] },
      { text: "배송 관련 문의는 택배사 고객센터(1588-1255)로 직접 연락해 주시기 바랍니다.",
        errors: [{ messageId: "passBuck", span: "택배사 고객센터(1588-1255)로 직접 연락해 주시기 바랍니다" }] },
      { text: "판매자에게 직접 문의하셔야 해요.", errors: [{ messageId: "passBuck", span: "판매자에게 직접 문의하셔야 해요" }] },
      { text: "주소를 잘못입력하셔서 반송되었어요.", errors: [{ messageId: "blameCustomer", span: "주소를 잘못입력하셔서" }] },
      { text: "물류팀 실수로 다른 색상이 포장되었습니다.", errors: [{ messageId: "blameInternal", span: "물류팀 실수로 다른 색상이 포장되었습니다" }] },
      { text: "배송 기사님이 다른 주소에 배송하신 것으로 확인됩니다.", errors: [{ messageId: "blameExternal", span: "배송 기사님이 다른 주소에 배송하신 것으로 확인됩니다" }] },
      { text: "고객님 부주의로 파손된 제품은 무상 수리가 어렵습니다.", errors: [{ messageId: "blameCustomer", span: "고객님 부주의로 파손된 제품은 무상 수리가 어렵습니다" }] },
      { text: "쿠폰을 적용하지 않으셔서 할인이 안 됐어요.", errors: [{ messageId: "blameCustomer", span: "쿠폰을 적용하지 않으셔서" }] },
      { text: "A/S 관련 문의는 제조사 서비스센터로 연락하시기 바랍니다.", errors: [{ messageId: "passBuck", span: "제조사 서비스센터로 연락하시기 바랍니다" }] },
      { text: "로그인 문제는 저희와는 무관합니다.", errors: [{ messageId: "passBuck", span: "로그인 문제는 저희와는 무관합니다" }] },
      { text: "지금 바로 결제팀으로 연결해 드릴게요.", errors: [{ messageId: "coldTransfer", span: "결제팀으로 연결해 드릴게요" }] },
      { text: "카드 결제 취소는 카드사에서 처리하는 부분이라 저희가 해 드릴 수 있는 게 없어요.",
        errors: [{ messageId: "blameExternal", span: "카드 결제 취소는 카드사에서 처리하는 부분이라" }, { messageId: "passBuck", span: "저희가 해 드릴 수 있는 게 없어요" }] },
      { text: "택배사 측에 확인해 보셔야 할 것 같습니다.", errors: [{ messageId: "passBuck", span: "택배사 측에 확인해 보셔야 할 것 같습니다" }] },
      { text: "고객님이 주소를 잘못 적으셔서 반송되었습니다.", errors: [{ messageId: "blameCustomer", span: "고객님이 주소를 잘못 적으셔서" }] },
    ],
  },
}, { ko });
