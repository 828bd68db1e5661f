// Deterministic generator of realistic customer-support replies for the benchmark (and its test).
//
//   corpus(lang, count, seed) -> string[]        lang: "en" | "ko" | "zh" | "th"
//   corpusText(lang, chars, seed) -> string      one long text (replies joined by blank lines)
//
// Every reply is composed from many fragment lists (greeting, acknowledgement, the customer's issue,
// apology — boilerplate or specific —, empathy, explanation, steps, requests, promises, links, policy,
// closer, sign-off) with a seeded PRNG, so replies vary but the same (lang, seed, index) always gives
// the same reply: reply i depends only on (lang, seed, i), so corpus(l, 500, s) is a prefix of
// corpus(l, 1000, s). No Math.random, no clock, no network. About 80–85 % of the replies are 300–600
// characters long; the rest are short chat answers or long e-mails (some with quoted customer text).
// Chinese is about one third Traditional (Taiwan usage); Thai replies use one speaker's particles
// (ค่ะ/คะ or ครับ) consistently; template placeholders, order numbers, URLs and e-mails are sprinkled in.

export const LANGS = ["en", "ko", "zh", "th"];

// ---------------------------------------------------------------------------------------------
// PRNG: FNV-1a string hash → mulberry32.

function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** k distinct items, in random order. */
  sample(list, k) {
    const copy = list.slice();
    const out = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
  digits(n) {
    let s = String(this.int(1, 9));
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Slot values shared by all languages. A fragment writes ⟪name⟫; the value may itself hold slots.

const DOMAINS = ["acme-shop.com", "northwind.io", "brightcart.co", "example.com", "lumen-app.com", "parcelpilot.net",
  "kettle.store", "fitbeat.com", "homely.co.uk", "streamly.tv"];

const COMMON_SLOTS = {
  order: (r) => r.pick([() => `#${r.digits(7)}`, () => `A${r.digits(8)}`, () => `ORD-2024-${r.digits(5)}`,
    () => r.digits(13), () => `${r.pick(["BC", "NW", "KS"])}${r.digits(6)}`])(),
  track: (r) => r.pick([() => `1Z${r.digits(4)}E${r.digits(10)}`, () => `TH${r.digits(11)}`, () => `${r.digits(12)}`,
    () => `?tracking=${r.digits(10)}`])(),
  article: (r) => r.digits(12),
  domain: (r) => r.pick(DOMAINS),
  email: (r) => `${r.pick(["support", "help", "billing", "returns", "care", "cs"])}@${r.pick(DOMAINS)}`,
  ver: (r) => `${r.int(2, 9)}.${r.int(0, 19)}.${r.int(0, 9)}`,
  code: (r) => `${r.pick(["SAVE", "WELCOME", "SPRING", "VIP", "FREESHIP", "SUMMER"])}${r.int(5, 50)}`,
  amount: (r) => `${r.int(5, 480)}.${r.pick(["00", "99", "50", "95", "49"])}`,
  won: (r) => `${r.int(3, 240)},${r.pick(["000", "500", "900"])}`,
  yuan: (r) => String(r.int(9, 2999)),
  baht: (r) => `${r.int(1, 9)},${r.digits(3).slice(0, 2)}0`,
  num: (r) => String(r.int(2, 5)),
};

// ---------------------------------------------------------------------------------------------
// English.

const EN = {
  slots: {
    cname: ["Sarah", "James", "Priya", "Michael", "Emma", "Daniel", "Olivia", "Chris", "Aisha", "Tom", "Hannah",
      "Liam", "Grace", "Mohammed", "Sophie", "Ben", "Chloe", "Ryan", "Megan", "Lucas", "Zoë", "Dana", "Kevin", "Nadia"],
    lname: ["Thompson", "Garcia", "Patel", "O'Brien", "Nguyen", "Miller", "Kowalski", "Fischer", "Hughes", "Reyes"],
    agent: ["Rachel", "Mark", "Jenny", "Alex", "Tariq", "Laura", "Sam", "Nina", "Peter", "Julia", "Omar", "Kate"],
    brand: ["Acme", "Northwind", "BrightCart", "Lumen", "ParcelPilot", "Kettle", "FitBeat", "Homely", "Streamly"],
    product: ["wireless earbuds", "blender", "phone case", "standing desk", "smart watch", "hoodie", "coffee grinder",
      "air fryer", "backpack", "desk lamp", "running shoes", "Bluetooth speaker", "baby monitor", "yoga mat"],
    plan: ["Premium", "Pro", "Family", "Business", "annual", "monthly Plus"],
    day: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend", "May 3", "June 14", "the 21st"],
    weekday: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "end of day tomorrow", "Friday at noon"],
    time: ["9:42 am", "2:14 pm", "11:05 am", "4:30 pm", "6:58 pm"],
    size: ["medium", "large", "small", "size 9", "size 10", "XL"],
    month: ["March", "April", "May", "June", "September", "October"],
    dollars: ["$⟪amount⟫", "$⟪amount⟫", "£⟪amount⟫", "€⟪amount⟫"],
  },
  greet: ["Hi {{ticket.requester.first_name}},", "Hello {{ticket.requester.first_name}},", "Hi ⟪cname⟫,", "Hello ⟪cname⟫,",
    "Dear ⟪cname⟫,", "Hi there,", "Hey ⟪cname⟫!", "Good morning ⟪cname⟫,", "Hi {{ first_name | fallback: \"there\" }},",
    "Hello {%customer.firstName,fallback=there%},", "Dear Mr. ⟪lname⟫,", "Dear Ms. ⟪lname⟫,", "Hi ⟪cname⟫,",
    "Good afternoon ⟪cname⟫,", "Hello there,", "Dear {{ticket.requester.name}},"],
  opener: ["Thanks for reaching out to ⟪brand⟫ Support!", "Thank you for contacting us about this.",
    "Thanks for getting back to me.", "Thank you for your patience while we looked into this.",
    "Thanks so much for the detailed message and the screenshots.", "Thanks for writing in.", "I hope you're doing well.",
    "Thanks for taking the time to let us know.", "Thank you for contacting ⟪brand⟫ Customer Care.",
    "My name is ⟪agent⟫ and I'll be looking after your request today.",
    "Thanks for your message about ticket #{{ticket.id}}.", "Thank you for reaching out, and for bearing with us.",
    "Thanks for the quick reply!", "I hope you're having a good week so far.", "Thanks for flagging this."],
  issue: [
    "I understand that your order ⟪order⟫ hasn't arrived yet, even though the tracking page says it shipped on ⟪day⟫.",
    "I can see that you were charged twice for your ⟪plan⟫ subscription this month.",
    "I see that you haven't been able to log in to the ⟪brand⟫ app since the latest update.",
    "You mentioned that the ⟪product⟫ you received on ⟪day⟫ arrived with a cracked housing.",
    "It looks like the discount code ⟪code⟫ wasn't applied at checkout.",
    "I understand you'd like to cancel your subscription and get a refund for the unused months.",
    "From your message, it sounds like the password reset email never reached your inbox.",
    "I've checked your account and I can see the payment for order ⟪order⟫ failed on ⟪day⟫.",
    "You wrote that the ⟪product⟫ stops charging after a few minutes.",
    "I understand you received the wrong size — you ordered a ⟪size⟫ but got a different one.",
    "I see you were expecting your refund of ⟪dollars⟫ by now.",
    "You let us know that the CSV export keeps failing with an error.",
    "I understand that your delivery was marked as delivered, but the parcel isn't at your door.",
    "It sounds like your account was locked after a few login attempts.",
    "I see that the invoice for ⟪month⟫ shows the wrong company address.",
    "You asked whether you can change the delivery address for order ⟪order⟫.",
    "I understand the ⟪product⟫ you ordered is showing as backordered.",
    "I can see the sync between the mobile app and the web dashboard stopped on ⟪day⟫.",
    "You mentioned that the ⟪product⟫ was missing a part when you opened the box.",
    "I understand your gift card balance didn't carry over to the new account.",
    "I see that your booking confirmation for ⟪day⟫ never came through.",
    "You let us know that notifications stopped working on your phone after the ⟪ver⟫ update.",
  ],
  apologyTemplate: ["We apologize for any inconvenience this may have caused.", "Sorry for the inconvenience!",
    "We apologize for any inconvenience.", "I'm sorry for any confusion.", "Please accept our apologies for the inconvenience caused.",
    "We regret any inconvenience.", "Apologies for any trouble this has caused.", "I apologize for the frustration this has caused.",
    "We're truly sorry for your experience.", "Our apologies!", "Sorry for the wait and any hassle.",
    "We sincerely apologize for the inconvenience.", "I'm sorry for any inconvenience this may have caused you.",
    "We apologise for any inconvenience caused.", "Sorry for the trouble!", "Apologies for the confusion."],
  apologySpecific: ["I'm sorry your package arrived damaged.", "Sorry for the delay in getting back to you.",
    "I'm really sorry you were charged twice — that shouldn't have happened.",
    "I'm sorry you had to contact us more than once about this.", "Sorry about the mix-up with your order.",
    "I'm sorry the tracking link didn't work for you.", "My apologies for the late reply.",
    "I'm so sorry to hear about the trouble with your booking.", "Sorry to hear the ⟪product⟫ isn't working as expected.",
    "I'm sorry we sent you the wrong size.", "Sorry for the wait!", "I'm sorry you've been locked out for two days.",
    "I'm sorry the replacement didn't arrive before your trip."],
  empathy: ["I understand how frustrating this must be.", "I completely understand your frustration.",
    "I know how annoying it is when a delivery doesn't show up.", "That's really frustrating, especially when you need it for work.",
    "I can imagine how stressful it is to be charged twice right before payday.",
    "We understand your frustration and appreciate your patience.", "I can see why you'd be upset about this.",
    "Being locked out of your account is never fun, so let's get you back in."],
  explain: ["It looks like the courier had a problem scanning the parcel at the local depot.",
    "The second charge is a temporary authorization from your bank and should drop off within 3–5 business days.",
    "Our system cancelled the order automatically because the payment timed out.",
    "This was caused by a bug in version ⟪ver⟫ of the app, which our developers have already fixed.",
    "Due to a high volume of requests, our response times are longer than usual.",
    "The promo code only applies to full-price items, which is why it wasn't accepted.",
    "The warehouse shipped the wrong item by mistake.",
    "Your account was locked as a security precaution after too many failed login attempts.",
    "The reset emails were going to an old address that was still on file.",
    "It seems the parcel is held at customs, which can add one or two days to international orders.",
    "Unfortunately, the ⟪product⟫ is currently out of stock.",
    "Our records show the package was delivered on ⟪day⟫ at ⟪time⟫.",
    "The courier has confirmed that the parcel is at their sorting centre and will be out for delivery soon.",
    "Your card issuer declined the renewal, so the subscription was paused.",
    "I checked with our warehouse and the ⟪product⟫ left our facility on ⟪day⟫.",
    "We're aware of an issue affecting exports and our engineers are on it now.",
    "Gift card balances are tied to the email address they were sent to, which is why it didn't move over."],
  stepsIntro: ["Could you please try the following steps:", "Here's what you can try in the meantime:",
    "To fix this, please:", "Please follow these steps:", "In the meantime, could you try this:"],
  steps: ["Open the ⟪brand⟫ app and go to Settings > Account.", "Tap \"Sign out\" and then sign back in with your email address.",
    "Clear your browser cache and cookies.", "Restart your device.",
    "Make sure you're on the latest version (⟪ver⟫) from the App Store or Google Play.",
    "Go to Billing > Payment methods and update your card details.", "Try again in a private/incognito window.",
    "Check your spam or promotions folder for an email from ⟪email⟫.",
    "Unplug the ⟪product⟫ for 30 seconds, then plug it back in.", "Turn notifications off and on again under Settings > Notifications."],
  stepBullets: ["1. ", "- ", "• ", "Step 1: "],
  ask: ["Could you please send us a photo of the damaged item and the shipping label?",
    "Can you confirm the email address linked to your account?", "Could you send me a screenshot of the error message?",
    "Please reply with your order number so I can look into this.", "Could you let me know which browser and device you're using?",
    "Would you mind checking whether the payment shows as pending or completed in your banking app?",
    "Sorry to ask again, but could you confirm the shipping address on the order?",
    "Could you tell me roughly when the problem started?"],
  promise: ["I've escalated this to our shipping team and they will get back to you within 24 hours.",
    "We will look into this and get back to you as soon as possible.", "I'll follow up with you by ⟪weekday⟫.",
    "Our team is working on a fix and we'll update you once it's live.",
    "I've issued a full refund of ⟪dollars⟫, which should appear on your statement within 5–10 business days.",
    "I've sent a replacement by express shipping; you'll receive a tracking number by email today.",
    "Your refund will be processed within 3 business days.", "Someone from our billing team will reach out to you shortly.",
    "I'll keep an eye on your case and update you as soon as I hear back.",
    "I've reset your password and sent a new login link to your inbox.",
    "I've applied the discount manually, so you'll see ⟪dollars⟫ credited back to your card.",
    "I've forwarded your case to our technical team.", "We'll email you once the ⟪product⟫ is back in stock.",
    "I'll call you back within 24 hours with an update.", "Our engineers are investigating the issue.",
    "I've cancelled the duplicate charge, and you'll get a confirmation email in the next few minutes.",
    "I've updated the address on the invoice and attached the corrected copy to this email.",
    "Will check with the warehouse and get back to you."],
  info: ["You can track your package here: https://track.⟪domain⟫/⟪track⟫",
    "For more details, please check our help article: https://help.⟪domain⟫/hc/en-us/articles/⟪article⟫",
    "You can manage your subscription at any time at https://⟪domain⟫/account/billing.",
    "Our return policy is available here: https://⟪domain⟫/returns",
    "If you prefer, you can also email the photos to ⟪email⟫.",
    "Here's the link to reset your password: https://⟪domain⟫/reset?token={{reset_token}}"],
  policy: ["Please note that refunds can only be issued to the original payment method.",
    "Under our returns policy, items can be returned within 30 days of delivery.",
    "Sale items are final sale and can't be refunded, but I can offer store credit.",
    "Our support hours are 9 am to 6 pm, Monday to Friday.",
    "As a one-time courtesy, we've also refunded the shipping fee.",
    "Express orders placed before 2 pm usually ship the same day."],
  closer: ["Is there anything else I can help you with?", "Is there anything else I can help you with today?",
    "Let me know if there's anything else we can assist with!",
    "If there is anything else I can help with, please don't hesitate to reach out.",
    "Please don't hesitate to contact us if you have any further questions.", "Feel free to reach out if you need anything else.",
    "Let me know if you have any other questions!", "Can I help you with anything else?", "Anything else I can do for you?",
    "If you have any other questions, feel free to reply to this email."],
  closerOther: ["Let me know once the courier has collected the parcel so we can close the claim.",
    "Just reply to this email if the error comes back and I'll pick it up straight away.",
    "I'll check in on ⟪weekday⟫ to make sure everything's still working.", "Thanks again for your patience!",
    "Have a great day!", "Enjoy your new ⟪product⟫!", "Have a lovely weekend!", "Thanks for being a ⟪brand⟫ customer."],
  signoff: ["Best regards,\n⟪agent⟫\n⟪brand⟫ Support", "Kind regards,\n⟪agent⟫", "Thanks,\n{{current_user.first_name}}",
    "Cheers,\n⟪agent⟫", "Best,\n⟪agent⟫ | ⟪brand⟫ Customer Care", "Warm regards,\n⟪agent⟫\nCustomer Success Team",
    "Thank you,\n⟪agent⟫", "Sincerely,\n{{current_user.name}}\n⟪brand⟫ Support Team", "— ⟪agent⟫"],
  chatGreet: ["Hi ⟪cname⟫! 👋", "Hey there!", "Hi {{ticket.requester.first_name}}!", "Hello!"],
  quote: ["On ⟪day⟫, ⟪cname⟫ <⟪cname⟫@gmail.com> wrote:\n> Hi, I still haven't received my order and the tracking hasn't moved in days.\n> Can you please check what's going on? This is the second time I'm asking.",
    "On ⟪day⟫ at ⟪time⟫, {{ticket.requester.name}} wrote:\n> I was charged twice this month. Please refund the extra charge.\n> Thanks"],
};

// ---------------------------------------------------------------------------------------------
// Korean.

const KO = {
  slots: {
    kname: ["김민지", "이서준", "박지현", "최유나", "정도윤", "강하은", "윤서연", "장민호", "임수빈", "한지우"],
    agent: ["김하늘", "이준호", "박소연", "최민석", "정예린", "오세훈", "서지민"],
    brand: ["별빛마켓", "하루배송", "코지홈", "올리브스토어", "러닝메이트", "모아페이", "스마트런"],
    kproduct: ["무선 이어폰", "블렌더", "휴대폰 케이스", "스탠딩 책상", "스마트워치", "후드티", "전기포트", "에어프라이어",
      "백팩", "운동화", "블루투스 스피커", "캠핑 의자"],
    plan: ["프리미엄", "프로", "패밀리", "비즈니스", "연간"],
    day: ["월요일", "화요일", "수요일", "목요일", "금요일", "지난 주말", "5월 3일", "6월 14일", "어제"],
    weekday: ["월요일", "화요일", "수요일", "목요일", "금요일", "내일 오전", "이번 주 금요일"],
  },
  greet: ["안녕하세요, 고객님.", "안녕하세요, {{ticket.requester.name}}님.", "안녕하세요 ⟪kname⟫ 고객님,", "⟪kname⟫님, 안녕하세요.",
    "안녕하세요, ⟪brand⟫ 고객센터입니다.", "안녕하세요. ⟪brand⟫ 고객지원팀 ⟪agent⟫입니다.", "고객님, 안녕하세요!",
    "안녕하세요, {{ticket.requester.first_name}} 고객님.", "⟪kname⟫ 고객님께,"],
  opener: ["⟪brand⟫를 이용해 주셔서 감사합니다.", "문의 주셔서 감사합니다.", "오래 기다리셨습니다.", "남겨 주신 문의 내용 잘 확인했습니다.",
    "보내 주신 사진과 내용 모두 확인했습니다.", "답변이 늦어 죄송합니다.", "다시 연락 주셔서 감사합니다.",
    "문의하신 티켓 번호 {{ticket.id}} 건에 대해 안내드립니다.", "항상 저희 ⟪brand⟫를 아껴 주셔서 감사합니다."],
  issue: ["주문번호 ⟪order⟫ 상품이 아직 도착하지 않았다고 말씀해 주셨습니다.", "이번 달 ⟪plan⟫ 요금이 두 번 결제되었다는 문의 주셨네요.",
    "최근 앱 업데이트 이후 로그인이 되지 않는 문제로 문의 주셨습니다.", "⟪day⟫에 받으신 ⟪kproduct⟫ 외관에 금이 가 있었다고 하셨습니다.",
    "쿠폰 ⟪code⟫이 결제 시 적용되지 않았다고 말씀하셨습니다.", "비밀번호 재설정 메일이 오지 않는다고 하셨습니다.",
    "주문하신 상품과 다른 사이즈가 배송되었다고 하셨습니다.", "환불 금액 ⟪won⟫원이 아직 입금되지 않았다는 문의 주셨습니다.",
    "배송 완료로 나오는데 상품을 받지 못하셨다고 하셨습니다.", "주문번호 ⟪order⟫의 배송지 주소 변경이 가능한지 문의 주셨습니다.",
    "세금계산서에 사업자 정보가 잘못 기재되었다고 말씀해 주셨습니다.", "⟪kproduct⟫ 충전이 몇 분 만에 멈춘다고 하셨습니다.",
    "구독을 해지하고 남은 기간에 대한 환불을 원하신다고 하셨습니다.", "상자를 열어 보니 ⟪kproduct⟫ 부품 하나가 빠져 있었다고 하셨습니다.",
    "⟪ver⟫ 업데이트 이후 알림이 오지 않는다고 말씀해 주셨습니다."],
  apologyTemplate: ["이용에 불편을 드려 죄송합니다.", "불편을 드려 죄송해요.", "불편을 끼쳐 드린 점 진심으로 사과드립니다.",
    "심려를 끼쳐 드려 죄송합니다.", "혹시 불편하셨다면 죄송합니다.", "이용에 불편을 드린 점 너그러운 양해 부탁드립니다.",
    "불편을 드려 대단히 죄송합니다.", "고객님께 불편을 드려 정말 죄송합니다.", "너그러운 양해 부탁드립니다.",
    "번거롭게 해 드려 죄송합니다.", "불편을 드려 죄송합니다.", "혼란을 드려 죄송합니다."],
  apologySpecific: ["배송이 늦어져 정말 죄송합니다.", "확인이 늦어져 죄송합니다.", "같은 내용을 여러 번 문의하시게 해서 죄송합니다.",
    "다른 사이즈를 보내 드려 정말 죄송합니다.", "같은 금액이 두 번 결제되게 해서 정말 죄송합니다.", "회신이 늦어 죄송합니다.",
    "이틀 동안 로그인을 못 하시게 해서 정말 죄송합니다."],
  empathy: ["많이 답답하셨겠어요.", "고객님 마음 충분히 이해합니다.", "기다리시는 동안 많이 불편하셨을 것 같아요.",
    "중요한 일정에 쓰실 상품이었는데 정말 속상하셨겠어요.", "월말에 같은 금액이 두 번 빠져나가서 많이 당황하셨을 것 같아요."],
  explain: ["확인해 보니 택배사 집하 과정에서 송장 스캔이 누락된 것으로 보입니다.",
    "두 번째 결제는 카드사의 임시 승인으로, 영업일 기준 3~5일 이내에 자동 취소됩니다.",
    "결제 시간이 초과되어 시스템에서 자동으로 주문이 취소되었습니다.",
    "⟪ver⟫ 버전 앱의 오류로 발생한 문제이며, 현재 개발팀에서 수정을 완료했습니다.",
    "최근 문의량이 많아 답변이 평소보다 늦어지고 있습니다.", "해당 쿠폰은 정가 상품에만 적용되어 할인 상품에는 사용되지 않았습니다.",
    "물류센터에서 다른 상품을 잘못 출고한 것으로 확인됩니다.", "로그인 시도가 여러 번 실패해 보안을 위해 계정이 일시적으로 잠겼습니다.",
    "해외 배송 건은 통관 과정에서 1~2일 더 걸릴 수 있습니다.", "현재 ⟪kproduct⟫ 재고가 모두 소진된 상태입니다.",
    "배송 조회 시스템에는 ⟪day⟫ 오후 2시에 배송 완료로 나옵니다.", "택배사에 확인해 보니 상품은 현재 지역 터미널에 도착해 있습니다.",
    "카드사에서 정기 결제 승인이 거절되어 구독이 일시 정지되었습니다.", "재설정 메일이 예전 이메일 주소로 발송되고 있었습니다."],
  stepsIntro: ["아래 방법으로 한 번 시도해 주시겠어요?", "다음 순서대로 진행해 주세요.", "번거로우시겠지만 아래 방법을 확인해 주세요."],
  steps: ["앱을 실행한 뒤 [설정] > [계정] 메뉴로 이동해 주세요.", "로그아웃 후 이메일 주소로 다시 로그인해 주세요.",
    "브라우저의 캐시와 쿠키를 삭제해 주세요.", "기기를 재부팅해 주세요.", "앱스토어 또는 플레이스토어에서 최신 버전(⟪ver⟫)으로 업데이트해 주세요.",
    "[결제] > [결제 수단]에서 카드 정보를 다시 등록해 주세요.", "스팸 메일함에 ⟪email⟫에서 보낸 메일이 있는지 확인해 주세요.",
    "제품 전원을 30초간 뽑았다가 다시 연결해 주세요."],
  stepBullets: ["1. ", "- ", "① ", "1) "],
  ask: ["번거로우시겠지만 파손된 상품 사진과 송장 사진을 함께 보내 주시겠어요?", "가입하신 이메일 주소를 한 번 더 알려 주시겠어요?",
    "오류 화면을 캡처해서 보내 주시면 빠르게 확인해 드리겠습니다.", "주문번호를 남겨 주시면 바로 확인해 드리겠습니다.",
    "사용 중이신 기기와 브라우저 종류를 알려 주시겠어요?", "죄송하지만 주문번호를 한 번 더 알려 주시겠어요?",
    "문제가 언제부터 발생했는지 알려 주시면 확인에 도움이 됩니다."],
  promise: ["배송팀에 전달했고, 내일 오후 2시까지 배송팀에서 연락드릴 예정입니다.", "확인 후 연락드리겠습니다.",
    "⟪weekday⟫까지 다시 안내해 드리겠습니다.", "환불은 영업일 기준 3일 이내에 처리될 예정입니다.",
    "교환 상품은 오늘 중으로 발송해 드리겠습니다.", "담당 부서에서 빠른 시일 내에 연락드릴 예정입니다.",
    "중복 결제된 ⟪won⟫원은 방금 취소해 드렸습니다.", "새 비밀번호 설정 링크를 메일로 다시 보내 드렸습니다.",
    "해당 기능은 다음 업데이트에서 추가될 예정입니다.", "확인되는 대로 다시 연락드릴게요.",
    "제가 직접 확인해서 오늘 오후 3시까지 연락드리겠습니다.", "수정된 세금계산서를 이 메일에 첨부해 드렸습니다.",
    "재입고되면 문자로 바로 알려 드리겠습니다."],
  info: ["배송 조회는 https://track.⟪domain⟫/⟪track⟫ 에서 하실 수 있습니다.",
    "자세한 내용은 도움말 페이지(https://help.⟪domain⟫/ko/articles/⟪article⟫)를 참고해 주세요.",
    "구독 관리는 https://⟪domain⟫/account/billing 에서 언제든지 하실 수 있습니다.", "사진은 ⟪email⟫로 보내 주셔도 됩니다."],
  policy: ["환불은 결제하신 수단으로만 가능합니다.", "상품 수령 후 7일 이내에는 교환 및 반품이 가능합니다.",
    "고객센터 운영 시간은 평일 오전 9시부터 오후 6시까지입니다.", "할인 상품은 단순 변심에 의한 반품이 어렵습니다.",
    "이번에는 배송비도 함께 환불해 드렸습니다."],
  closer: ["더 궁금하신 점이 있으시면 언제든지 문의해 주세요.", "추가로 궁금하신 사항이 있으시면 언제든지 문의해 주세요.",
    "다른 문의 사항은 없으신가요?", "더 도와드릴 부분이 있으실까요?", "그 밖에 필요하신 게 있으면 편하게 말씀해 주세요.",
    "기타 문의 사항은 고객센터로 연락 주시기 바랍니다.", "제가 더 도와드릴 일은 없을까요?", "더 궁금하신 점이 있으시면 언제든지 문의해 주세요!"],
  closerOther: ["같은 증상이 다시 나타나면 이 메일에 바로 회신해 주세요.", "목요일에 제가 다시 한번 확인 연락을 드리겠습니다.",
    "기다려 주셔서 감사합니다.", "오늘도 좋은 하루 보내세요.", "행복한 하루 되세요!", "새 ⟪kproduct⟫ 잘 사용하시길 바랍니다."],
  signoff: ["감사합니다.\n⟪brand⟫ 고객센터 ⟪agent⟫ 드림", "감사합니다.\n⟪agent⟫ 드림", "⟪brand⟫ 고객지원팀 드림", "감사합니다.",
    "⟪agent⟫ 올림", "감사합니다.\n{{current_user.name}} 드림"],
  chatGreet: ["안녕하세요 고객님!", "안녕하세요~", "{{ticket.requester.name}}님 안녕하세요!"],
  quote: ["⟪day⟫, ⟪kname⟫님이 작성:\n> 주문한 상품이 아직도 안 왔어요. 배송 조회도 며칠째 그대로입니다.\n> 빨리 확인 부탁드립니다."],
};

// ---------------------------------------------------------------------------------------------
// Chinese, Simplified (mainland usage).

const ZH_HANS = {
  slots: {
    zname: ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"],
    agent: ["小美", "小雪", "阿杰", "小林", "晓晓", "小王", "婷婷"],
    brand: ["星光优选", "家居生活馆", "极速数码", "悦享商城", "云购", "乐跑运动"],
    zproduct: ["蓝牙耳机", "破壁机", "手机壳", "升降桌", "智能手表", "卫衣", "咖啡机", "空气炸锅", "双肩包", "跑鞋", "台灯"],
    plan: ["年度会员", "月度会员", "家庭套餐", "高级版"],
    day: ["周一", "周二", "周三", "周四", "周五", "上周末", "5月3日", "6月14日", "昨天"],
    weekday: ["周一", "周三", "周五", "明天上午", "本周五"],
  },
  greet: ["您好，", "亲，您好～", "{{ticket.requester.name}}您好，", "尊敬的客户，您好！", "⟪zname⟫先生您好，", "⟪zname⟫女士，您好！",
    "您好，欢迎咨询⟪brand⟫客服。", "亲爱的顾客您好，"],
  opener: ["感谢您联系⟪brand⟫客服。", "感谢您的耐心等待。", "您反馈的问题我们已经收到了。", "这边已经看到您发来的图片和说明了。",
    "我是客服⟪agent⟫，很高兴为您服务。", "让您久等了。", "关于您的工单{{ticket.id}}，这边给您回复一下。"],
  issue: ["您反映订单号⟪order⟫的包裹到现在还没有收到。", "您说本月的⟪plan⟫费用被扣了两次。", "您提到更新App之后一直无法登录。",
    "您说收到的⟪zproduct⟫外壳有裂痕。", "您下单时优惠券⟪code⟫没有生效。", "您说一直收不到重置密码的邮件。",
    "您收到的尺码和下单的不一致。", "您的退款⟪yuan⟫元到现在还没有到账。", "物流显示已签收，但您并没有收到包裹。",
    "您想修改订单⟪order⟫的收货地址。", "您说发票上的公司抬头写错了。", "您说⟪zproduct⟫充电几分钟就停了。",
    "您打开包装后发现⟪zproduct⟫少了一个配件。", "您想取消订阅，并退还剩余月份的费用。"],
  apologyTemplate: ["给您带来不便，敬请谅解。", "由此给您带来的不便，我们深表歉意。", "给您带来困扰真的很抱歉哦～", "如有不便，敬请谅解。",
    "给您带来不便敬请谅解。", "对此造成的不便，我们深感抱歉。", "实在是给您添麻烦了。", "服务不周之处，还请您多多包涵。",
    "给您带来不好的购物体验，真的很抱歉。", "抱歉给您带来不便。"],
  apologySpecific: ["抱歉让您久等了。", "包裹在运输途中被压坏了，真的很抱歉。", "我们发错了尺码，真的很抱歉。",
    "让您为了同一个问题联系了好几次，真的很对不起。", "重复扣款让您白白多付了一笔钱，真的很抱歉。"],
  empathy: ["理解您着急的心情。", "我非常理解您的感受。", "换谁遇到这种情况都会着急的。", "您现在一定很着急吧。"],
  explain: ["经核实，快递在中转站扫描时出现了异常。", "第二笔扣款是银行的预授权，3到5个工作日内会自动解除。",
    "由于支付超时，系统自动取消了您的订单。", "这是⟪ver⟫版本App的一个问题，技术同事已经修复了。", "最近咨询量比较大，回复得比较慢。",
    "这张优惠券只适用于原价商品，所以特价商品无法使用。", "仓库那边发错货了。", "由于多次登录失败，系统为了安全暂时锁定了您的账户。",
    "国际件清关可能会多花一到两天。", "目前⟪zproduct⟫暂时缺货。", "系统显示您的包裹已于⟪day⟫下午2点签收。",
    "快递公司反馈包裹目前在本地网点，预计今天派送。", "重置邮件一直发到了您之前绑定的旧邮箱。"],
  stepsIntro: ["麻烦您按照以下步骤操作一下：", "您可以先试试下面的方法：", "请按以下步骤操作："],
  steps: ["打开App，进入【我的】-【设置】。", "退出登录后用手机号重新登录。", "清除浏览器缓存后刷新页面。", "重启一下手机。",
    "在应用商店更新到最新版本（⟪ver⟫）。", "在【支付方式】里重新绑定银行卡。", "检查一下垃圾邮件文件夹里有没有来自⟪email⟫的邮件。"],
  stepBullets: ["1、", "1. ", "①"],
  ask: ["麻烦您提供一下破损商品和快递面单的照片。", "麻烦您提供一下注册时使用的手机号。", "麻烦您截图发一下报错页面。",
    "麻烦您提供一下订单号，我们帮您查询。", "请问您使用的是什么手机型号和系统版本呢？", "不好意思，请问您的订单号是多少？"],
  promise: ["我已经把问题反馈给物流部门，他们会在24小时内联系您。", "我们核实后会给您回复。", "⟪weekday⟫之前我会再跟您确认一次。",
    "退款将于3个工作日内原路退回。", "补发的商品今天下午会为您发出。", "稍后会有专员联系您。", "重复扣的⟪yuan⟫元我已经帮您退了。",
    "新的登录链接已经发到您的邮箱了。", "这个功能下个版本会上线。", "有进展我们会第一时间通知您。",
    "这件事我来跟进，明天中午12点前给您回电话。", "更正后的发票已经重新开好，发到您的邮箱了。"],
  info: ["您可以在这里查看物流信息：https://track.⟪domain⟫/⟪track⟫", "详细说明请参考帮助中心：https://help.⟪domain⟫/zh-cn/articles/⟪article⟫",
    "订阅可以随时在 https://⟪domain⟫/account/billing 管理。", "照片也可以发送到⟪email⟫。"],
  policy: ["退款只能原路退回。", "签收后7天内支持无理由退换货。", "客服工作时间为周一至周五9:00-18:00。", "特价商品不支持无理由退货。",
    "这次的运费也一并给您退了。"],
  closer: ["如有其他问题欢迎随时联系我们。", "如有其他问题，欢迎随时联系我们。", "请问还有什么可以帮您的吗？", "还有其他问题吗？",
    "亲，还有什么需要帮助的吗？", "请问还有其他可以为您效劳的吗？", "还有别的需要我帮忙的吗？"],
  closerOther: ["后续有任何问题随时找小妹哦～", "感谢您的耐心等待，祝您生活愉快～", "祝您购物愉快！", "周四我会再跟您确认一次。"],
  signoff: ["⟪brand⟫客服 ⟪agent⟫", "祝好！\n⟪agent⟫", "⟪brand⟫客服团队 敬上", "客服⟪agent⟫"],
  chatGreet: ["亲，在的～", "您好～", "亲亲您好"],
  quote: ["⟪day⟫，{{ticket.requester.name}} 写道：\n> 我的订单到现在还没发货，能不能帮我查一下？\n> 已经等了一个星期了。"],
};

// ---------------------------------------------------------------------------------------------
// Chinese, Traditional (Taiwan usage).

const ZH_HANT = {
  slots: {
    zname: ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"],
    agent: ["小美", "阿凱", "小雯", "佳佳", "小安", "怡君"],
    brand: ["星光選物", "好生活家居", "極速3C", "悅享購物", "樂跑運動"],
    zproduct: ["藍牙耳機", "果汁機", "手機殼", "升降桌", "智慧手錶", "帽T", "咖啡機", "氣炸鍋", "後背包", "慢跑鞋", "檯燈"],
    plan: ["年繳方案", "月繳方案", "家庭方案", "進階版"],
    day: ["週一", "週二", "週三", "週四", "週五", "上週末", "5月3日", "6月14日", "昨天"],
    weekday: ["週一", "週三", "週五", "明天上午", "本週五"],
  },
  greet: ["您好，", "親愛的顧客您好，", "{{ticket.requester.name}}您好，", "⟪zname⟫先生您好，", "⟪zname⟫小姐您好！", "您好，這裡是⟪brand⟫客服中心。"],
  opener: ["感謝您聯繫⟪brand⟫客服。", "感謝您的耐心等候。", "您反映的問題我們已經收到了。", "已經看到您傳來的照片和說明了。",
    "我是客服⟪agent⟫，很高興為您服務。", "讓您久等了。", "關於您的案件編號{{ticket.id}}，這邊回覆您。"],
  issue: ["您反映訂單編號⟪order⟫的包裹到現在還沒有收到。", "您說這個月的⟪plan⟫費用被重複扣款了。", "您提到更新App之後一直無法登入。",
    "您說收到的⟪zproduct⟫外殼有裂痕。", "您結帳時優惠碼⟪code⟫沒有套用成功。", "您說一直收不到重設密碼的信件。",
    "您收到的尺寸和訂購的不一樣。", "您的退款⟪yuan⟫元到現在還沒有入帳。", "物流顯示已經簽收，但您並沒有收到包裹。",
    "您想更改訂單⟪order⟫的收件地址。", "您說發票上的公司抬頭打錯了。", "您說⟪zproduct⟫充電幾分鐘就停了。",
    "您打開包裝後發現⟪zproduct⟫少了一個配件。"],
  apologyTemplate: ["造成您的不便，敬請見諒。", "造成不便，深感抱歉。", "不便之處，敬請見諒。", "如有造成您的困擾，還請見諒。",
    "對於造成您的不便，我們深表歉意。", "帶來不便，敬請原諒。", "真的給您添麻煩了。", "招待不周之處，請您多多包涵。"],
  apologySpecific: ["抱歉讓您久等了。", "包裹在運送途中被壓壞了，真的很抱歉。", "我們寄錯了尺寸，真的很抱歉。",
    "讓您為了同一個問題聯絡了好幾次，真的很對不起。"],
  empathy: ["能體會您著急的心情。", "非常理解您的感受。", "換作是誰遇到這種狀況都會著急的。", "我了解這件事讓您很困擾。"],
  explain: ["經確認，物流在轉運站掃描時出現了異常。", "第二筆扣款是銀行的預先授權，3到5個工作天內會自動取消。",
    "因為付款逾時，系統自動取消了您的訂單。", "這是⟪ver⟫版App的問題，工程團隊已經修正完成。", "最近詢問量比較大，所以比較晚回覆您。",
    "這張優惠券只適用於原價商品，所以特價商品無法使用。", "倉庫那邊寄錯商品了。", "因為多次登入失敗，系統為了安全暫時鎖定了您的帳號。",
    "國際包裹清關可能會多花一到兩天。", "目前⟪zproduct⟫暫時缺貨。", "系統顯示您的包裹已在⟪day⟫下午兩點簽收。",
    "重設密碼的信件一直寄到您之前綁定的舊信箱。"],
  stepsIntro: ["麻煩您依照以下步驟操作：", "您可以先試試下面的方法：", "請依照下列步驟操作："],
  steps: ["打開App，進入「我的」>「設定」。", "登出後再用手機號碼重新登入。", "清除瀏覽器快取後重新整理頁面。", "將手機重新開機。",
    "到App Store或Google Play更新到最新版本（⟪ver⟫）。", "在「付款方式」重新綁定信用卡。", "看看垃圾郵件匣裡有沒有⟪email⟫寄出的信件。"],
  stepBullets: ["1. ", "1、", "①"],
  ask: ["麻煩您提供一下破損商品和出貨單的照片。", "麻煩您提供註冊時使用的手機號碼。", "麻煩您截圖傳一下錯誤畫面。",
    "麻煩您提供訂單編號，我們會幫您查詢。", "請問您使用的是什麼手機型號和系統版本呢？", "不好意思，想跟您確認一下收件地址是否正確？"],
  promise: ["我已經把問題轉給物流部門，他們會在24小時內跟您聯絡。", "我們確認後會再回覆您。", "⟪weekday⟫之前我會再跟您確認一次。",
    "退款將於3個工作天內退回您的信用卡。", "補寄的商品今天下午會幫您寄出。", "稍後會有專人與您聯繫。",
    "重複扣的⟪yuan⟫元我已經幫您退了。", "新的登入連結已經寄到您的信箱了。", "這項功能下一個版本會加入。",
    "有進度我們會在第一時間通知您。", "這件事我會負責追蹤，明天中午12點前回電給您。"],
  info: ["您可以在這裡查詢物流狀態：https://track.⟪domain⟫/⟪track⟫", "詳細說明請參考幫助中心：https://help.⟪domain⟫/zh-tw/articles/⟪article⟫",
    "訂閱可以隨時在 https://⟪domain⟫/account/billing 管理。", "照片也可以寄到⟪email⟫。"],
  policy: ["退款只能退回原付款方式。", "收到商品後7天內都可以申請退換貨。", "客服服務時間為週一至週五9:00-18:00。",
    "依照規定，特價商品恕不退換。"],
  closer: ["如有其他問題，歡迎隨時與我們聯繫。", "請問還有什麼可以幫您的嗎？", "還有其他問題嗎？", "請問還有需要協助的地方嗎？",
    "若有任何疑問，歡迎再來信詢問。", "還有其他我能幫忙的嗎？"],
  closerOther: ["之後若問題再次出現，歡迎隨時私訊我們。", "感謝您的耐心等候，祝您有美好的一天！", "祝您購物愉快！", "週四我會再跟您確認一次。"],
  signoff: ["⟪brand⟫客服 ⟪agent⟫ 敬上", "敬祝 順心\n⟪agent⟫", "⟪brand⟫客服中心", "客服⟪agent⟫"],
  chatGreet: ["您好～", "哈囉您好！"],
  quote: ["⟪day⟫，{{ticket.requester.name}} 寫道：\n> 我的訂單到現在還沒出貨，可以幫我查一下嗎？\n> 已經等一個禮拜了。"],
};

// ---------------------------------------------------------------------------------------------
// Thai. ⟪k⟫ statement particle, ⟪kq⟫ question particle, ⟪nk⟫ นะคะ/นะครับ, ⟪me⟫ first person.

const TH = {
  slots: {
    tname: ["สมชาย", "วิภา", "ณัฐพล", "กนกวรรณ", "ธนวัฒน์", "พิมพ์ชนก", "อรุณี", "ปิยะ", "ศิริพร", "ชัยวัฒน์"],
    brand: ["ช้อปดี", "บ้านสบาย", "ไอทีพลัส", "สุขใจมาร์ท", "รันนิ่งเมท", "บิวตี้บ็อกซ์"],
    tproduct: ["หูฟังไร้สาย", "เครื่องปั่น", "เคสโทรศัพท์", "โต๊ะปรับระดับ", "สมาร์ทวอทช์", "เสื้อฮู้ด", "หม้อทอดไร้น้ำมัน",
      "กระเป๋าเป้", "รองเท้าวิ่ง", "โคมไฟตั้งโต๊ะ", "ลำโพงบลูทูธ"],
    plan: ["พรีเมียม", "รายปี", "รายเดือน", "ครอบครัว"],
    day: ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "เมื่อวาน", "วันที่ 3 พ.ค.", "วันที่ 14 มิ.ย."],
    weekday: ["วันจันทร์", "วันพุธ", "วันศุกร์", "พรุ่งนี้", "สัปดาห์นี้"],
  },
  greet: ["สวัสดี⟪k⟫ คุณ⟪tname⟫", "สวัสดี⟪k⟫ คุณลูกค้า", "เรียน คุณ⟪tname⟫", "สวัสดี⟪k⟫ คุณ{{ticket.requester.first_name}}",
    "สวัสดี⟪k⟫", "เรียน คุณ{{ticket.requester.name}}", "สวัสดี⟪k⟫ ⟪agent⟫จาก ⟪brand⟫ยินดีให้บริการ⟪k⟫"],
  opener: ["ขอบคุณที่ติดต่อ ⟪brand⟫ ⟪k⟫", "ขอบคุณที่รอ⟪nk⟫", "ได้รับข้อความของคุณลูกค้าแล้ว⟪k⟫", "⟪me⟫ได้ตรวจสอบรูปภาพที่ส่งมาแล้ว⟪k⟫",
    "ขอบคุณที่แจ้งเข้ามา⟪nk⟫", "ต้องขอบคุณที่รอการตอบกลับ⟪nk⟫", "เรื่องเคสหมายเลข {{ticket.id}} ⟪me⟫ขอแจ้งความคืบหน้า⟪k⟫"],
  issue: ["คุณลูกค้าแจ้งว่ายังไม่ได้รับพัสดุของคำสั่งซื้อเลขที่ ⟪order⟫", "คุณลูกค้าแจ้งว่าโดนตัดเงินค่าแพ็กเกจ⟪plan⟫ซ้ำสองครั้งในเดือนนี้",
    "หลังจากอัปเดตแอป คุณลูกค้าเข้าสู่ระบบไม่ได้", "⟪tproduct⟫ที่ได้รับเมื่อ⟪day⟫ตัวเครื่องมีรอยร้าว", "โค้ดส่วนลด ⟪code⟫ ใช้ไม่ได้ตอนชำระเงิน",
    "คุณลูกค้าไม่ได้รับอีเมลรีเซ็ตรหัสผ่าน", "คุณลูกค้าได้รับสินค้าไซซ์ไม่ตรงกับที่สั่ง", "คุณลูกค้ายังไม่ได้รับเงินคืนจำนวน ⟪baht⟫ บาท",
    "ระบบขึ้นว่าจัดส่งสำเร็จแล้ว แต่คุณลูกค้ายังไม่ได้รับพัสดุ", "คุณลูกค้าต้องการเปลี่ยนที่อยู่จัดส่งของคำสั่งซื้อ ⟪order⟫",
    "⟪tproduct⟫ชาร์จได้ไม่กี่นาทีก็หยุด", "เปิดกล่องแล้วพบว่า⟪tproduct⟫มีอุปกรณ์ไม่ครบ", "ใบกำกับภาษีระบุชื่อบริษัทไม่ถูกต้อง"],
  apologyTemplate: ["ขออภัยในความไม่สะดวก⟪k⟫", "ต้องขออภัยในความไม่สะดวกมา ณ ที่นี้ด้วย⟪nk⟫", "ขออภัยในความไม่สะดวกที่เกิดขึ้น⟪k⟫",
    "ขออภัยหากทำให้เกิดความไม่สะดวก⟪k⟫", "ขออภัยในความไม่สะดวกทุกประการ⟪k⟫", "ต้องขออภัยในเรื่องที่เกิดขึ้นเป็นอย่างสูง⟪k⟫",
    "ขออภัยในความไม่สดวก⟪k⟫", "ขอโทษที่ทำให้ไม่สะดวก⟪nk⟫"],
  apologySpecific: ["ขอโทษจริง ๆ ⟪k⟫ที่พัสดุส่งถึงช้ากว่ากำหนด", "ขออภัยที่ตอบกลับช้า⟪nk⟫", "ขออภัยที่ให้รอนาน⟪nk⟫",
    "ขอโทษที่ส่งไซซ์ผิดไปให้⟪nk⟫", "ขออภัยที่ตัดเงินซ้ำสองครั้ง⟪nk⟫", "ขอโทษที่ทำให้คุณลูกค้าต้องติดต่อเข้ามาหลายรอบ⟪nk⟫"],
  empathy: ["เข้าใจความรู้สึกของคุณลูกค้าเลย⟪k⟫", "⟪me⟫เข้าใจเลย⟪k⟫ว่าเรื่องนี้ทำให้หงุดหงิดมาก", "คุณลูกค้าคงกังวลมากเลย⟪k⟫",
    "โดนตัดเงินซ้ำก่อนสิ้นเดือน ใครเจอก็ต้องกังวล⟪k⟫"],
  explain: ["ตรวจสอบแล้วพบว่าขนส่งสแกนพัสดุไม่สำเร็จที่ศูนย์กระจายสินค้า⟪k⟫",
    "ยอดที่ตัดซ้ำเป็นการกันวงเงินชั่วคราวของธนาคาร จะคืนเข้าบัตรภายใน 3–5 วันทำการ⟪k⟫",
    "ระบบยกเลิกคำสั่งซื้ออัตโนมัติเนื่องจากชำระเงินไม่ทันเวลา⟪k⟫", "ปัญหานี้เกิดจากแอปเวอร์ชัน ⟪ver⟫ ซึ่งทีมพัฒนาแก้ไขเรียบร้อยแล้ว⟪k⟫",
    "ช่วงนี้มีลูกค้าติดต่อเข้ามาเยอะมาก เลยตอบกลับช้า⟪k⟫", "โค้ดนี้ใช้ได้เฉพาะสินค้าราคาปกติ⟪k⟫", "ฝ่ายคลังสินค้าส่งของผิดไปให้⟪k⟫",
    "บัญชีถูกล็อกชั่วคราวเพื่อความปลอดภัยเนื่องจากใส่รหัสผ่านผิดหลายครั้ง⟪k⟫", "พัสดุต่างประเทศอาจใช้เวลาผ่านศุลกากรเพิ่ม 1–2 วัน⟪k⟫",
    "ตอนนี้⟪tproduct⟫หมดชั่วคราว⟪k⟫", "ในระบบแสดงว่าพัสดุจัดส่งสำเร็จเมื่อ⟪day⟫ เวลา 14.00 น. ⟪k⟫",
    "ขนส่งแจ้งว่าพัสดุอยู่ที่สาขาปลายทางแล้ว จะนำส่งภายในวันนี้⟪k⟫", "อีเมลรีเซ็ตถูกส่งไปที่อีเมลเก่าที่ผูกไว้กับบัญชี⟪k⟫"],
  stepsIntro: ["รบกวนคุณลูกค้าลองทำตามขั้นตอนนี้⟪nk⟫", "ลองทำตามนี้ดู⟪nk⟫", "วิธีแก้ไขเบื้องต้น⟪k⟫"],
  steps: ["เปิดแอป แล้วไปที่ ตั้งค่า > บัญชี", "ออกจากระบบแล้วเข้าสู่ระบบใหม่ด้วยอีเมล", "ล้างแคชและคุกกี้ของเบราว์เซอร์",
    "รีสตาร์ตเครื่อง", "อัปเดตแอปเป็นเวอร์ชันล่าสุด (⟪ver⟫)", "ตรวจสอบโฟลเดอร์อีเมลขยะว่ามีอีเมลจาก ⟪email⟫ หรือไม่",
    "ถอดปลั๊ก⟪tproduct⟫ทิ้งไว้ 30 วินาทีแล้วเสียบใหม่"],
  stepBullets: ["1. ", "- ", "1) "],
  ask: ["รบกวนส่งรูปสินค้าที่เสียหายและใบปะหน้าพัสดุมาทางแชท⟪nk⟫", "รบกวนแจ้งอีเมลที่ใช้สมัครสมาชิกด้วย⟪nk⟫",
    "รบกวนแคปหน้าจอที่ขึ้นข้อผิดพลาดส่งมาให้⟪me⟫ด้วย⟪nk⟫", "รบกวนแจ้งเลขคำสั่งซื้อทางอินบ็อกซ์ได้เลย⟪nk⟫",
    "ขออนุญาตสอบถามรุ่นมือถือที่ใช้อยู่ด้วย⟪nk⟫", "รบกวนแจ้งด้วย⟪nk⟫ว่าเริ่มมีปัญหาตั้งแต่เมื่อไหร่"],
  promise: ["⟪me⟫ส่งเรื่องให้ฝ่ายจัดส่งแล้ว ฝ่ายจัดส่งจะติดต่อกลับภายใน 24 ชั่วโมง⟪k⟫", "ทางเราจะตรวจสอบและติดต่อกลับ⟪k⟫",
    "⟪me⟫จะแจ้งความคืบหน้าภายใน⟪weekday⟫นี้⟪k⟫", "จะดำเนินการคืนเงินภายใน 7 วันทำการ⟪k⟫", "สินค้าชิ้นใหม่จะส่งออกภายในวันนี้⟪k⟫",
    "เจ้าหน้าที่จะติดต่อกลับในภายหลัง⟪nk⟫", "⟪me⟫ยกเลิกยอดที่ตัดซ้ำ ⟪baht⟫ บาทให้แล้ว⟪k⟫", "ส่งลิงก์ตั้งรหัสผ่านใหม่ไปที่อีเมลแล้ว⟪k⟫",
    "ฟีเจอร์นี้จะเพิ่มเข้ามาในเวอร์ชันหน้า⟪k⟫", "ได้รับข้อมูลแล้วจะแจ้งให้ทราบอีกครั้ง⟪k⟫", "⟪me⟫จะโทรกลับภายในบ่ายสามโมงวันนี้⟪k⟫",
    "เมื่อสินค้าเข้า ⟪me⟫จะแจ้งทางแชททันที⟪k⟫"],
  info: ["ติดตามพัสดุได้ที่ https://track.⟪domain⟫/⟪track⟫ ⟪k⟫", "ดูรายละเอียดเพิ่มเติมได้ที่ https://help.⟪domain⟫/th/articles/⟪article⟫ ⟪k⟫",
    "ส่งรูปมาที่ ⟪email⟫ ก็ได้⟪k⟫", "จัดการแพ็กเกจได้ที่ https://⟪domain⟫/account/billing ⟪k⟫"],
  policy: ["การคืนเงินจะคืนเข้าช่องทางที่ชำระเท่านั้น⟪k⟫", "สินค้าเปลี่ยนคืนได้ภายใน 7 วันหลังได้รับสินค้า⟪k⟫",
    "ทีมงานให้บริการทุกวัน 09.00–18.00 น. ⟪k⟫", "สินค้าลดราคาไม่สามารถเปลี่ยนคืนได้⟪k⟫", "ครั้งนี้ทางร้านคืนค่าส่งให้ด้วย⟪nk⟫"],
  closer: ["หากมีข้อสงสัยเพิ่มเติม ติดต่อได้ตลอด⟪k⟫", "หากมีข้อสงสัยเพิ่มเติม สามารถติดต่อเราได้ตลอด 24 ชั่วโมง⟪k⟫",
    "มีอะไรให้ช่วยเหลือเพิ่มเติมไหม⟪kq⟫", "ไม่ทราบว่ามีอะไรให้⟪me⟫ช่วยอีกไหม⟪kq⟫", "มีข้อสงสัยอื่นอีกไหม⟪kq⟫",
    "หากต้องการความช่วยเหลือเพิ่มเติม ติดต่อมาได้เลย⟪nk⟫"],
  closerOther: ["ขอบคุณที่รอ⟪nk⟫", "ขอให้มีความสุขกับการช้อปปิ้ง⟪nk⟫", "ถ้ายังพบปัญหาอยู่ แจ้งแอดมินได้ทุกเมื่อ⟪k⟫",
    "วันพฤหัสฯ นี้⟪me⟫จะทักมาเช็กอีกครั้ง⟪nk⟫"],
  signoff: ["ขอบคุณ⟪k⟫\n⟪agent⟫ ⟪brand⟫", "ขอบคุณ⟪k⟫", "ด้วยความเคารพ\n⟪agent⟫\nฝ่ายบริการลูกค้า ⟪brand⟫", "แอดมิน⟪agent⟫"],
  chatGreet: ["สวัสดี⟪k⟫", "สวัสดี⟪k⟫ คุณลูกค้า"],
  quote: ["เมื่อ⟪day⟫ คุณ⟪tname⟫ เขียนว่า:\n> สั่งของไปตั้งแต่อาทิตย์ที่แล้ว ยังไม่ได้รับเลยค่ะ\n> ช่วยเช็กให้หน่อยนะคะ"],
};

const TH_FEMALE = { k: "ค่ะ", kq: "คะ", nk: "นะคะ", agent: ["พลอย", "มายด์", "น้ำฝน", "แพรว", "ขวัญ"], me: ["ดิฉัน", "ดิฉัน", "แอดมิน"] };
const TH_MALE = { k: "ครับ", kq: "ครับ", nk: "นะครับ", agent: ["ต้น", "บอส", "เจมส์", "ภูมิ", "กอล์ฟ"], me: ["ผม", "ผม", "แอดมิน"] };

// ---------------------------------------------------------------------------------------------
// Composition.

const STYLE = {
  en: { sep: " ", para: "\n\n", afterGreet: ["\n\n", "\n\n", "\n"], beforeSign: "\n\n" },
  ko: { sep: " ", para: "\n\n", afterGreet: ["\n\n", "\n", " "], beforeSign: "\n\n" },
  zh: { sep: "", para: "\n", afterGreet: ["", "", "\n"], beforeSign: "\n\n" },
  th: { sep: " ", para: "\n", afterGreet: ["\n", " ", "\n\n"], beforeSign: "\n\n" },
};

function expand(text, rng, slots, depth = 0) {
  if (depth > 3) return text;
  return text.replace(/⟪(\w+)⟫/g, (whole, key) => {
    const v = slots[key];
    if (v === undefined) return whole;
    const s = typeof v === "function" ? v(rng) : Array.isArray(v) ? rng.pick(v) : v;
    return expand(s, rng, slots, depth + 1);
  });
}

/** Length the reply aims at: mostly 300–600 characters, some short chat answers, some long e-mails. */
function targetLength(rng) {
  const u = rng.next();
  if (u < 0.84) return { kind: "normal", min: 300, max: 600, target: rng.int(330, 560) };
  if (u < 0.94) return { kind: "short", min: 60, max: 299, target: rng.int(110, 270) };
  return { kind: "long", min: 601, max: 1600, target: rng.int(650, 1100) };
}

function stepsBlock(d, rng) {
  const bullet = rng.pick(d.stepBullets);
  const steps = rng.sample(d.steps, rng.int(2, 4));
  const numbered = /1/.test(bullet);
  const circled = "①②③④⑤";
  const lines = steps.map((s, i) => {
    const b = bullet === "①" || bullet === "① " ? bullet.replace("①", circled[i]) : numbered ? bullet.replace("1", String(i + 1)) : bullet;
    return b + s;
  });
  return rng.pick(d.stepsIntro) + "\n" + lines.join("\n");
}

function variantFor(lang, rng) {
  if (lang === "en") return { d: EN, style: STYLE.en, slots: { ...COMMON_SLOTS, ...EN.slots } };
  if (lang === "ko") return { d: KO, style: STYLE.ko, slots: { ...COMMON_SLOTS, ...KO.slots } };
  if (lang === "zh") {
    const d = rng.chance(0.33) ? ZH_HANT : ZH_HANS;
    return { d, style: STYLE.zh, slots: { ...COMMON_SLOTS, ...d.slots } };
  }
  if (lang === "th") {
    const g = rng.chance(0.6) ? TH_FEMALE : TH_MALE;
    const me = rng.pick(g.me);
    return { d: TH, style: STYLE.th, slots: { ...COMMON_SLOTS, ...TH.slots, k: g.k, kq: g.kq, nk: g.nk, me, agent: g.agent } };
  }
  throw new Error(`corpus: unknown language ${JSON.stringify(lang)} (use one of ${LANGS.join(", ")})`);
}

/**
 * One reply. Blocks are { text, para } (para: starts a new paragraph). The head (greeting, opener,
 * issue, apology), the body (filled up to the target length) and the tail (closer, sign-off) are
 * chosen first; then body blocks are added or dropped until the length falls in the target band.
 */
function makeReply(lang, rng) {
  const { d, style, slots } = variantFor(lang, rng);
  const x = (t) => expand(t, rng, slots);
  const band = targetLength(rng);
  const chat = band.kind === "short" && rng.chance(0.6);

  const greeting = x(chat ? rng.pick(d.chatGreet) : rng.pick(d.greet));
  const head = [];
  if (!chat && rng.chance(0.7)) head.push(x(rng.pick(d.opener)));
  const apologyKind = rng.next();
  const apology = apologyKind < 0.45 ? x(rng.pick(d.apologyTemplate)) : apologyKind < 0.72 ? x(rng.pick(d.apologySpecific)) : null;
  const apologyFirst = rng.chance(lang === "en" ? 0.3 : 0.5);
  if (apology && apologyFirst) head.push(apology);
  if (rng.chance(chat ? 0.5 : 0.9)) head.push(x(rng.pick(d.issue)));
  if (apology && !apologyFirst) head.push(apology);

  // Body candidates in a plausible order; the filler draws from them until the target is reached.
  const body = [];
  const used = new Set();
  const take = (key, para = false) => {
    const list = d[key];
    for (let tries = 0; tries < 6; tries++) {
      const raw = rng.pick(list);
      if (!used.has(raw)) {
        used.add(raw);
        return { text: x(raw), para };
      }
    }
    return null;
  };
  const plan = [];
  if (rng.chance(0.3)) plan.push(["empathy", false]);
  if (rng.chance(0.65)) plan.push(["explain", rng.chance(0.4)]);
  if (rng.chance(0.28)) plan.push(["steps", true]);
  else if (rng.chance(0.4)) plan.push(["ask", rng.chance(0.3)]);
  plan.push(["promise", rng.chance(0.35)]);
  if (rng.chance(0.3)) plan.push(["info", rng.chance(0.5)]);
  if (rng.chance(0.2)) plan.push(["policy", false]);
  const fillers = ["explain", "promise", "ask", "info", "policy", "explain", "promise"];

  const closers = [];
  const c = rng.next();
  if (c < 0.55) closers.push(x(rng.pick(d.closer)));
  else if (c < 0.8) closers.push(x(rng.pick(d.closerOther)));
  else if (c < 0.9) closers.push(x(rng.pick(d.closerOther)), x(rng.pick(d.closer)));
  const signoff = chat ? (rng.chance(0.3) ? x(rng.pick(d.signoff)) : null) : rng.chance(0.85) ? x(rng.pick(d.signoff)) : null;
  const quote = band.kind === "long" && rng.chance(0.35) ? x(rng.pick(d.quote)) : null;
  const afterGreet = rng.pick(style.afterGreet);

  const render = (headParts, bodyBlocks) => {
    let s = greeting + afterGreet + headParts.join(style.sep);
    let first = headParts.length === 0;
    for (const b of bodyBlocks) {
      const multiLine = b.text.includes("\n");
      s += first ? b.text : (b.para || multiLine ? style.para : style.sep) + b.text;
      first = false;
    }
    if (closers.length > 0) s += (first ? "" : style.para) + closers.join(style.sep);
    if (signoff) s += style.beforeSign + signoff;
    if (quote) s += "\n\n" + quote;
    return s;
  };

  for (const [key, para] of plan) {
    if (chat && body.length >= 1) break;
    const block = key === "steps" ? { text: x(stepsBlock(d, rng)), para: true } : take(key, para);
    if (block) body.push(block);
  }
  // Fill up to the target.
  for (let guard = 0; guard < 12 && render(head, body).length < band.target; guard++) {
    const block = take(rng.pick(fillers), rng.chance(0.25));
    if (block) body.splice(rng.int(Math.max(0, body.length - 1), body.length), 0, block);
  }
  // Trim back into the band: drop body blocks (last first), then the opener.
  while (render(head, body).length > band.max && body.length > 1) body.splice(rng.int(0, body.length - 1), 1);
  while (render(head, body).length > band.max && head.length > 1) head.shift();
  return render(head, body);
}

/** `count` replies in `lang` ("en", "ko", "zh" or "th"); the same (lang, count, seed) always gives the same strings. */
export function corpus(lang, count, seed = 1) {
  if (!LANGS.includes(lang)) throw new Error(`corpus: unknown language ${JSON.stringify(lang)} (use one of ${LANGS.join(", ")})`);
  const out = [];
  for (let i = 0; i < count; i++) out.push(makeReply(lang, new Rng(hash(`${lang}:${seed}:${i}`))));
  return out;
}

/** One long text of at least `chars` characters (replies separated by blank lines), cut at `chars`. */
export function corpusText(lang, chars, seed = 1) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const reply = makeReply(lang, new Rng(hash(`${lang}:text:${seed}:${i}`)));
    parts.push(reply);
    length += reply.length + 2;
  }
  return parts.join("\n\n").slice(0, chars);
}
