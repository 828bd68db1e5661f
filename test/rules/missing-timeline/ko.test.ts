import rule from "../../../rules/missing-timeline.js";
import ko from "../../../locales/ko/missing-timeline.js";
import { RuleTester } from "../../rule-tester.js";

new RuleTester().run(rule, {
  ko: {
    valid: [
      // RULES.md §4.6 "Don't flag"
      "오늘 오후 3시까지 처리 결과를 문자로 보내 드리겠습니다.",
      "확인 후 연락드리겠습니다. 늦어도 내일 오전 10시 전에는 연락드릴게요.",
      "잠시만 기다려 주세요. 주문 내역을 바로 확인해 보겠습니다.",
      "많이 답답하셨겠습니다.",
      "원하시면 연간 요금제로 변경해 드릴 수도 있습니다.",
      "주문번호를 남겨 주시면 확인해 드리겠습니다.",
      "소중한 의견 감사합니다. 개발팀에 전달해서 참고하겠습니다.",
      "배송팀에 전달했고, 내일 오후 2시까지 배송팀에서 연락드릴 예정입니다.",
      "바로 확인해서 안내해 드리겠습니다.",
      // variants
      "영업일 기준 3일 이내에 환불 처리해 드릴게요.",
      "24시간 안에 담당자가 연락드릴 예정이에요.",
      "교환 상품은 5월 3일까지 발송해 드리겠습니다.",
      "이틀 내로 회신드리겠습니다.",
      "감사하겠습니다.",
      "문의가 정상적으로 접수되었습니다.",
      "환불은 어제 완료해 드렸습니다.",
      "즉시 확인하겠습니다.",
      "{{eta}}까지 발송해 드리겠습니다.",
      "다음 주 월요일에 다시 연락드릴께요.",
      "오늘 중으로 처리해 드릴게요.",
      "알겠습니다. 바로 처리하겠습니다.",
      "고객님 문의 잘 받았습니다.",
      "확인해 보니 배송 중입니다.",
      "다음 주 화요일 입고 예정입니다.",
      "빠른 답변 감사드립니다.",
      "3영업일 이내 환불될 예정입니다.",
      // DONE: registered or completed for the customer
      "반품 접수 완료해 드렸습니다.",
      // in-conversation holds and lookups
      "잠깐만요! 결제 내역 조회해 볼게요.",
      "잠시 기다려 주시면 바로 확인해 드리겠습니다.",
      "예약 내역 조회해 드릴게요.",
      // announcing the answer that follows
      "요청하신 사항에 대해 아래와 같이 답변드리겠습니다.",
      "질문하신 부분에 관해 설명드리겠습니다.",
      // feedback-only with 공유/전해
      "좋은 아이디어 감사합니다! 기획팀에 공유할게요.",
      "따뜻한 칭찬 감사드려요. 담당 기사님께 꼭 전해 드리겠습니다.",
      // Sino-Korean and native numerals, 다음 달 with a marker
      "삼 일 안에 교환해 드리겠습니다.",
      "이십사 시간 이내에 답변드릴게요.",
      "여섯 시간 안에 다시 연락드리겠습니다.",
      "다음 달 초까지 새 카드를 보내 드릴 예정입니다.",
      "이번 주말 중으로 처리해 드릴게요.",
      // customer-conditional: -실 경우 / -시다면; DM routing: a request to send details next to a check
      "원하실 경우 새 제품으로 바꿔 드리겠습니다.",
      "필요하시다면 설치 기사님 방문도 도와드릴게요.",
      "송장 사진을 보내 주세요. 받는 대로 확인해 드릴게요.",
      // general pledges: nothing for the customer to wait for
      "앞으로는 포장에 더 신경 쓰겠습니다.",
      "재발하지 않도록 직원 교육을 강화하겠습니다.",
      "더 좋은 서비스로 보답하도록 노력하겠습니다.",
      // durations with 내외 / 정도 소요, month ends
      "30분 내외로 다시 전화드리겠습니다.",
      "교환 상품 도착까지 이틀 정도 소요될 예정입니다.",
      "이달 말까지 포인트를 지급해 드릴 예정입니다.",
    ],
    invalid: [
      { text: "확인 후 연락드리겠습니다.", errors: [{ messageId: "noTimeframe", span: "확인 후 연락드리겠습니다",
        suggestions: [{ output: "확인 후 연락드리겠습니다. {시각}까지 진행 상황을 먼저 알려 드리겠습니다.", needsInput: ["{시각}"] }] }] },
      { text: "환불은 최대한 빨리 처리해 드리겠습니다.", errors: [{ messageId: "vagueTime", span: "최대한 빨리",
        suggestions: [{ output: "환불은 {시각}까지 처리해 드리겠습니다.", needsInput: ["{시각}"] }] }] },
      { text: "담당 부서에서 빠른 시일 내에 연락드릴 예정입니다.", errors: [{ span: "빠른 시일 내에" }] },
      { text: "교환 상품은 순차적으로 발송될 예정입니다.", errors: [{ span: "순차적으로" }] },
      { text: "내부 검토 후 결과를 안내해 드리겠습니다.", errors: [{ span: "내부 검토 후 결과를 안내해 드리겠습니다" }] },
      { text: "확인되는 대로 다시 연락드릴게요.", errors: [{ span: "확인되는 대로" }] },
      { text: "결제 오류는 현재 확인 중입니다.", errors: [{ span: "결제 오류는 현재 확인 중입니다" }] },
      { text: "해당 건은 배송팀에 전달했습니다.", errors: [{ span: "해당 건은 배송팀에 전달했습니다" }] },
      { text: "조금만 기다려 주시면 수정해 드리겠습니다.", errors: [{ span: "조금만" }] },
      { text: "해당 기능은 다음 업데이트에서 추가될 예정입니다.", errors: [{ span: "다음 업데이트에서" }] },
      // variants
      { text: "{{ticket.requester.name}}님, 확인 후 연락 드릴게요.", errors: [{ span: "확인 후 연락 드릴게요" }] },
      { text: "담당자가 곧 연락드릴 거예요. 확인해 보고 알려드릴께요.", errors: [{ span: "확인해 보고 알려드릴께요" }] },
      { text: "현재 개발팀에서 원인을 파악하고 있어요.", errors: [{ span: "현재 개발팀에서 원인을 파악하고 있어요" }] },
      { text: "입고되면 바로 보내 드릴게요.", errors: [{ span: "입고되면" }] },
      { text: "환불 요청은 담당 부서로 이관되었습니다.", errors: [{ span: "환불 요청은 담당 부서로 이관되었습니다" }] },
      { text: "추후에 다시 안내드리도록 하겠습니다.", errors: [{ span: "추후에" }] },
      { text: "불편을 드려 죄송합니다. 확인 후 빠른 시일 내에 회신 드리겠습니다.", errors: [{ span: "빠른 시일 내에" }] },
      { text: "재고가 입고되는 대로 바로 발송해 드리겠습니다.", errors: [{ span: "입고되는 대로" }] },
      { text: "말씀하신 부분은 개발팀에 공유했습니다.", errors: [{ span: "말씀하신 부분은 개발팀에 공유했습니다" }] },
      { text: "현재 원인 파악 중에 있습니다.", errors: [{ span: "현재 원인 파악 중에 있습니다" }] },
      { text: "고객님, 담당자가 확인해서 처리해 드릴께요.", errors: [{ span: "담당자가 확인해서 처리해 드릴께요" }] },
      // hand-offs: 전달해 드렸, 이관해 드렸, 문의해 두었
      { text: "말씀하신 불량 건은 품질팀에 전달해 드렸습니다.", errors: [{ span: "말씀하신 불량 건은 품질팀에 전달해 드렸습니다" }] },
      { text: "해당 문의는 정산팀으로 이관해 드렸어요.", errors: [{ span: "해당 문의는 정산팀으로 이관해 드렸어요" }] },
      { text: "분실 건은 택배사에 문의해 두었습니다.", errors: [{ span: "분실 건은 택배사에 문의해 두었습니다" }] },
      // ongoing: 진행하고 있습니다
      { text: "개발팀에서 복구 작업을 진행하고 있습니다.", errors: [{ span: "개발팀에서 복구 작업을 진행하고 있습니다" }] },
      // present or passive verb with a vague future word
      { text: "해당 오류는 곧 수정됩니다.", errors: [{ messageId: "vagueTime", span: "곧" }] },
      { text: "다크 모드는 다음 업데이트에서 추가됩니다.", errors: [{ span: "다음 업데이트에서" }] },
      // 말씀드리겠습니다 is a promise (only 감사/양해/사과 말씀 formulas are not)
      { text: "결과가 나오는 대로 말씀드리겠습니다.", errors: [{ span: "나오는 대로" }] },
      // 이 분 ("this person") is no duration; 다음 달 before a noun is no time
      { text: "이 분께서 확인 후 연락드릴 예정입니다.", errors: [{ span: "이 분께서 확인 후 연락드릴 예정입니다" }] },
      { text: "다음 달 요금은 제가 확인 후 안내드리겠습니다.", errors: [{ span: "다음 달 요금은 제가 확인 후 안내드리겠습니다" }] },
      // misspelled endings are promises too
      { text: "택배사에 확인 후 연락드리겠슴다.", errors: [{ span: "택배사에 확인 후 연락드리겠슴다" }] },
      { text: "제가 알아보고 말씀드릴께여~", errors: [{ span: "제가 알아보고 말씀드릴께여" }] },
      { text: "담당 부서로 넘겨 드렸습니다.", errors: [{ span: "담당 부서로 넘겨 드렸습니다" }] },
      // vague variants; a closing "let us know" is no DM routing
      { text: "빠른 시간 안에 교환해 드리겠습니다.", errors: [{ messageId: "vagueTime", span: "빠른 시간 안에" }] },
      { text: "가능한 빨리 회신드릴게요.", errors: [{ span: "가능한 빨리" }] },
      { text: "확인 후 안내드리겠습니다. 더 궁금한 점은 알려 주세요.", errors: [{ span: "확인 후 안내드리겠습니다" }] },
      // 재발송 is a resend, not 재발 ("recurrence")
      { text: "누락된 상품은 재발송해 드릴게요.", errors: [{ span: "누락된 상품은 재발송해 드릴게요" }] },
      { text: "처리까지 며칠 정도 걸릴 예정입니다.", errors: [{ messageId: "vagueTime", span: "며칠 정도" }] },
    ],
  },
}, { ko });
