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
  domain: DOMAINS,
  mailbox: ["support", "help", "billing", "returns", "care", "cs"],
  email: "⟪mailbox⟫@⟪domain⟫",
  ver: (r) => `${r.int(2, 9)}.${r.int(0, 19)}.${r.int(0, 9)}`,
  code: (r) => `${r.pick(["SAVE", "WELCOME", "SPRING", "VIP", "FREESHIP", "SUMMER"])}${r.int(5, 50)}`,
  amount: (r) => `${r.int(5, 480)}.${r.pick(["00", "99", "50", "95", "49"])}`,
  won: (r) => `${r.int(3, 240)},${r.pick(["000", "500", "900"])}`,
  yuan: (r) => String(r.int(9, 2999)),
  baht: (r) => `${r.int(1, 9)},${r.digits(3).slice(0, 2)}0`,
  num: (r) => String(r.int(2, 5)),
};

// ---------------------------------------------------------------------------------------------
// Language data. Each language has generic lists (greeting, opener, boilerplate apology, empathy,
// links, policy, closers, sign-offs…) and topics: one customer problem each, with its own issue
// statements, specific apologies (sorry), explanations, questions for the customer (ask) and
// promises or actions taken (promise). A reply keeps to one topic, as a real reply does.
// Topics: delivery, billing, account, damage, wrong, coupon, refund, bug, change.

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
  apologyTemplate: ["We apologize for any inconvenience this may have caused.", "Sorry for the inconvenience!",
    "We apologize for any inconvenience.", "I'm sorry for any confusion.", "Please accept our apologies for the inconvenience caused.",
    "We regret any inconvenience.", "Apologies for any trouble this has caused.", "I apologize for the frustration this has caused.",
    "We're truly sorry for your experience.", "Our apologies!", "Sorry for the wait and any hassle.",
    "We sincerely apologize for the inconvenience.", "I'm sorry for any inconvenience this may have caused you.",
    "We apologise for any inconvenience caused.", "Sorry for the trouble!", "Apologies for the confusion."],
  empathy: ["I understand how frustrating this must be.", "I completely understand your frustration.",
    "That's really frustrating, especially when you need it for work.", "I can see why you'd be upset about this.",
    "We understand your frustration and appreciate your patience.", "I know how annoying this is, so let's get it sorted."],
  stepsIntro: ["Could you please try the following steps:", "Here's what you can try in the meantime:",
    "To fix this, please:", "Please follow these steps:", "In the meantime, could you try this:"],
  steps: ["Open the ⟪brand⟫ app and go to Settings > Account.", "Tap \"Sign out\" and then sign back in with your email address.",
    "Clear your browser cache and cookies.", "Restart your device.",
    "Make sure you're on the latest version (⟪ver⟫) from the App Store or Google Play.",
    "Try again in a private/incognito window.", "Check your spam or promotions folder for an email from ⟪email⟫.",
    "Turn notifications off and on again under Settings > Notifications."],
  stepBullets: ["1. ", "- ", "• ", "Step 1: "],
  info: ["For more details, please check our help article: https://help.⟪domain⟫/hc/en-us/articles/⟪article⟫",
    "You can manage your account at any time at https://⟪domain⟫/account.",
    "Our return policy is available here: https://⟪domain⟫/returns",
    "If it's easier, you can also email us at ⟪email⟫."],
  policy: ["Please note that refunds can only be issued to the original payment method.",
    "Under our returns policy, items can be returned within 30 days of delivery.",
    "Our support hours are 9 am to 6 pm, Monday to Friday.", "Express orders placed before 2 pm usually ship the same day."],
  genericPromise: ["We will look into this and get back to you as soon as possible.",
    "I'll keep an eye on your case and update you as soon as I hear back.", "I've added a note to your account so any of my colleagues can pick this up."],
  closer: ["Is there anything else I can help you with?", "Is there anything else I can help you with today?",
    "Let me know if there's anything else we can assist with!",
    "If there is anything else I can help with, please don't hesitate to reach out.",
    "Please don't hesitate to contact us if you have any further questions.", "Feel free to reach out if you need anything else.",
    "Let me know if you have any other questions!", "Can I help you with anything else?", "Anything else I can do for you?",
    "If you have any other questions, feel free to reply to this email."],
  closerOther: ["Just reply to this email if anything still looks wrong and I'll pick it up straight away.",
    "I'll check in on ⟪weekday⟫ to make sure everything's sorted.", "Thanks again for your patience!",
    "Have a great day!", "Have a lovely weekend!", "Thanks for choosing ⟪brand⟫."],
  signoff: ["Best regards,\n⟪agent⟫\n⟪brand⟫ Support", "Kind regards,\n⟪agent⟫", "Thanks,\n{{current_user.first_name}}",
    "Cheers,\n⟪agent⟫", "Best,\n⟪agent⟫ | ⟪brand⟫ Customer Care", "Warm regards,\n⟪agent⟫\nCustomer Success Team",
    "Thank you,\n⟪agent⟫", "Sincerely,\n{{current_user.name}}\n⟪brand⟫ Support Team", "— ⟪agent⟫"],
  chatGreet: ["Hi ⟪cname⟫! 👋", "Hey there!", "Hi {{ticket.requester.first_name}}!", "Hello!"],
  quote: ["On ⟪day⟫, ⟪cname⟫ <customer@gmail.com> wrote:\n> Hi, I still haven't heard back about this and it's been a week.\n> Can you please check what's going on? This is the second time I'm asking.",
    "On ⟪day⟫ at ⟪time⟫, {{ticket.requester.name}} wrote:\n> Please sort this out, I need it fixed before the weekend.\n> Thanks"],
  topics: {
    delivery: {
      issue: ["I understand that your order ⟪order⟫ hasn't arrived yet, even though the tracking page says it shipped on ⟪day⟫.",
        "I can see your parcel was marked as delivered on ⟪day⟫, but you haven't received it.",
        "You mentioned the tracking for order ⟪order⟫ hasn't updated in four days."],
      sorry: ["I'm sorry your order is running late — I know you were counting on it.", "Sorry you've had to chase us about this parcel."],
      explain: ["It looks like the courier had a problem scanning the parcel at the local depot.",
        "The courier has confirmed the parcel is at their sorting centre and will be out for delivery soon.",
        "It seems the parcel is held at customs, which can add one or two days to international orders.",
        "Our records show the package was delivered on ⟪day⟫ at ⟪time⟫ and left with a neighbour."],
      ask: ["Could you check with your neighbours or building reception in case it was left with them?",
        "Could you confirm the delivery address on the order is still correct?"],
      promise: ["I've opened a trace with the courier and I'll update you by ⟪weekday⟫.",
        "If it hasn't arrived by ⟪weekday⟫, I'll send a replacement by express shipping.",
        "We will look into this with the courier and get back to you as soon as possible.",
        "I've asked the courier to redeliver tomorrow morning.", "You can track your package here: https://track.⟪domain⟫/⟪track⟫"],
    },
    billing: {
      issue: ["I can see that you were charged twice for your ⟪plan⟫ subscription this month.",
        "You mentioned a charge of ⟪dollars⟫ on your statement that you don't recognize.",
        "I see the payment for order ⟪order⟫ failed on ⟪day⟫, but the money still left your account."],
      sorry: ["I'm really sorry you were charged twice — that shouldn't have happened.", "I'm sorry the failed payment left you out of pocket."],
      explain: ["The second charge is a temporary authorization from your bank and should drop off within 3–5 business days.",
        "Your card issuer declined the renewal, so the subscription was paused.",
        "The charge is for the annual renewal of your ⟪plan⟫ plan, which was due on ⟪day⟫."],
      ask: ["Would you mind checking whether the payment shows as pending or completed in your banking app?",
        "Could you send me the last four digits of the card that was charged?"],
      promise: ["I've cancelled the duplicate charge, and you'll get a confirmation email in the next few minutes.",
        "I've refunded the extra ⟪dollars⟫; it should be back on your card within 5–10 business days.",
        "Someone from our billing team will reach out to you shortly.",
        "Our billing team will review the charge by ⟪weekday⟫ and email you the outcome."],
    },
    account: {
      steps: true,
      issue: ["I see that you haven't been able to log in to the ⟪brand⟫ app since the latest update.",
        "From your message, it sounds like the password reset email never reached your inbox.",
        "It sounds like your account was locked after a few login attempts."],
      sorry: ["I'm sorry you've been locked out for two days.", "Sorry the reset link didn't work for you."],
      explain: ["Your account was locked as a security precaution after too many failed login attempts.",
        "The reset emails were going to an old address that was still on file.",
        "Version ⟪ver⟫ had a bug that signed some people out, and it's fixed in the latest release."],
      ask: ["Can you confirm the email address linked to your account?", "Could you send me a screenshot of the error message you see?"],
      promise: ["I've unlocked your account and sent a new login link to your inbox.",
        "I've updated the email on file, so the next reset email will go to the right address.",
        "Our engineers are investigating the login errors.",
        "Here's the link to reset your password: https://⟪domain⟫/reset?token={{reset_token}}"],
    },
    damage: {
      issue: ["You mentioned that the ⟪product⟫ you received on ⟪day⟫ arrived with a cracked housing.",
        "You mentioned that the ⟪product⟫ was missing a part when you opened the box.",
        "I can see from your photos that the box was crushed when the ⟪product⟫ arrived."],
      sorry: ["I'm sorry your package arrived damaged.", "I'm sorry the ⟪product⟫ arrived in that state — that's not what you paid for."],
      explain: ["It looks like the parcel was damaged in transit.",
        "Our warehouse team confirmed that a batch of ⟪product⟫ boxes was packed without the charging cable."],
      ask: ["Could you please send us a photo of the damaged item and the shipping label?", "Could you send a photo of the box and what was inside?"],
      promise: ["I've sent a replacement by express shipping; you'll receive a tracking number by email today.",
        "I've issued a full refund of ⟪dollars⟫, which should appear on your statement within 5–10 business days.",
        "The missing part will ship today and should arrive within 2–3 business days.",
        "Once I have the photos, I'll arrange the replacement the same day."],
    },
    wrong: {
      issue: ["I understand you received the wrong size — you ordered a ⟪size⟫ but got a different one.",
        "You received the ⟪product⟫ in the wrong colour.", "It looks like your parcel contained someone else's order."],
      sorry: ["I'm sorry we sent you the wrong size.", "Sorry about the mix-up with your order."],
      explain: ["The warehouse shipped the wrong item by mistake.",
        "The labels on two shelves were swapped, so a few orders went out with each other's items."],
      ask: ["Could you let me know which size you'd like instead?", "Could you confirm the colour you'd like us to send?"],
      promise: ["I've sent the right one by express today, and you're welcome to keep or donate the wrong one.",
        "A prepaid return label is attached to this email.", "Your exchange will ship as soon as the warehouse scans the return."],
    },
    coupon: {
      issue: ["It looks like the discount code ⟪code⟫ wasn't applied at checkout.",
        "You mentioned that your gift card balance didn't carry over to the new account."],
      sorry: ["Sorry the code didn't work when you checked out."],
      explain: ["The promo code only applies to full-price items, which is why it wasn't accepted.",
        "Gift card balances are tied to the email address they were sent to, which is why it didn't move over.",
        "That code expired on ⟪day⟫, a day before your order."],
      ask: ["Could you tell me the email address the gift card was sent to?"],
      promise: ["I've applied the discount manually, so you'll see ⟪dollars⟫ credited back to your card.",
        "I've moved the balance over, and it's already showing in your wallet.", "I'll pass your feedback on to our marketing team.",
        "As a one-time courtesy, I've also refunded the shipping fee."],
    },
    refund: {
      issue: ["I see you were expecting your refund of ⟪dollars⟫ by now.",
        "I understand you'd like to cancel your subscription and get a refund for the unused months.",
        "You asked about the status of the refund for order ⟪order⟫."],
      sorry: ["I'm sorry the refund is taking longer than we told you it would.", "Sorry for the delay in getting back to you about the refund."],
      explain: ["The refund was issued on ⟪day⟫; banks usually take 5–10 business days to show it.",
        "We received your return on ⟪day⟫, and it's waiting for inspection."],
      ask: ["Could you check whether a pending credit from ⟪brand⟫ shows in your banking app?"],
      promise: ["Your refund will be processed within 3 business days.",
        "I've cancelled the subscription and refunded the unused months; you'll get a confirmation email shortly.",
        "I've asked our returns team to prioritise your parcel, and I'll email you once it's inspected.",
        "We will process your refund as soon as possible."],
    },
    bug: {
      steps: true,
      issue: ["You let us know that the CSV export keeps failing with an error.",
        "I can see the sync between the mobile app and the web dashboard stopped on ⟪day⟫.",
        "You let us know that notifications stopped working on your phone after the ⟪ver⟫ update.",
        "You wrote that the ⟪product⟫ app disconnects after a few minutes."],
      sorry: ["I'm sorry the export has been failing — I know you need those reports."],
      explain: ["This was caused by a bug in version ⟪ver⟫ of the app, which our developers have already fixed.",
        "We're aware of an issue affecting exports and our engineers are on it now.",
        "The crash report shows the app fails when it starts without a network connection."],
      ask: ["Could you let me know which browser and device you're using?", "Could you tell me roughly when the problem started?"],
      promise: ["Our team is working on a fix and we'll update you once it's live.", "I've forwarded your case to our technical team.",
        "The fix is coming in the next update.", "I'll email you as soon as the fix is released."],
    },
    change: {
      issue: ["You asked whether you can change the delivery address for order ⟪order⟫.",
        "I see that the invoice for ⟪month⟫ shows the wrong company address.", "You'd like to switch your ⟪plan⟫ plan to annual billing."],
      sorry: [],
      explain: ["The order hasn't left the warehouse yet, so there's still time to change it.",
        "Invoices are generated from the billing address on the account at the time of payment."],
      ask: ["Could you confirm the full new address, including the postcode?"],
      promise: ["I've updated the address on the order; you'll get a new confirmation email shortly.",
        "I've updated the address on the invoice and attached the corrected copy to this email.",
        "I've switched you to annual billing, and the difference will be credited on your next invoice."],
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Korean. ⟪slot:을⟫ attaches the particle form that agrees with the value (을/를, 이/가, 은/는, 과/와, 으로/로).

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
    size: ["240", "250", "M", "L", "95", "100"],
  },
  greet: ["안녕하세요, 고객님.", "안녕하세요, {{ticket.requester.name}}님.", "안녕하세요 ⟪kname⟫ 고객님,", "⟪kname⟫님, 안녕하세요.",
    "안녕하세요, ⟪brand⟫ 고객센터입니다.", "안녕하세요. ⟪brand⟫ 고객지원팀 ⟪agent⟫입니다.", "고객님, 안녕하세요!",
    "안녕하세요, {{ticket.requester.first_name}} 고객님.", "⟪kname⟫ 고객님께,"],
  opener: ["⟪brand:을⟫ 이용해 주셔서 감사합니다.", "문의 주셔서 감사합니다.", "오래 기다리셨습니다.", "남겨 주신 문의 내용 잘 확인했습니다.",
    "보내 주신 사진과 내용 모두 확인했습니다.", "다시 연락 주셔서 감사합니다.",
    "문의하신 티켓 번호 {{ticket.id}} 건에 대해 안내드립니다.", "항상 ⟪brand:을⟫ 아껴 주셔서 감사합니다."],
  apologyTemplate: ["이용에 불편을 드려 죄송합니다.", "불편을 드려 죄송해요.", "불편을 끼쳐 드린 점 진심으로 사과드립니다.",
    "심려를 끼쳐 드려 죄송합니다.", "혹시 불편하셨다면 죄송합니다.", "이용에 불편을 드린 점 너그러운 양해 부탁드립니다.",
    "불편을 드려 대단히 죄송합니다.", "고객님께 불편을 드려 정말 죄송합니다.", "너그러운 양해 부탁드립니다.",
    "번거롭게 해 드려 죄송합니다.", "불편을 드려 죄송합니다.", "혼란을 드려 죄송합니다."],
  empathy: ["많이 답답하셨겠어요.", "고객님 마음 충분히 이해합니다.", "기다리시는 동안 많이 불편하셨을 것 같아요.",
    "중요한 일정에 쓰실 상품이었는데 정말 속상하셨겠어요.", "같은 문제로 여러 번 연락 주시느라 번거로우셨을 것 같아요."],
  stepsIntro: ["아래 방법으로 한 번 시도해 주시겠어요?", "다음 순서대로 진행해 주세요.", "번거로우시겠지만 아래 방법을 확인해 주세요."],
  steps: ["앱을 실행한 뒤 [설정] > [계정] 메뉴로 이동해 주세요.", "로그아웃 후 이메일 주소로 다시 로그인해 주세요.",
    "브라우저의 캐시와 쿠키를 삭제해 주세요.", "기기를 재부팅해 주세요.", "앱스토어 또는 플레이스토어에서 최신 버전(⟪ver⟫)으로 업데이트해 주세요.",
    "스팸 메일함에 ⟪email⟫에서 보낸 메일이 있는지 확인해 주세요.", "[설정] > [알림]에서 알림을 껐다가 다시 켜 주세요."],
  stepBullets: ["1. ", "- ", "① ", "1) "],
  info: ["자세한 내용은 도움말 페이지(https://help.⟪domain⟫/ko/articles/⟪article⟫)를 참고해 주세요.",
    "계정 정보는 https://⟪domain⟫/account 에서 언제든지 확인하실 수 있습니다.", "사진은 이메일(⟪email⟫)로 보내 주셔도 됩니다."],
  policy: ["환불은 결제하신 수단으로만 가능합니다.", "상품 수령 후 7일 이내에는 교환 및 반품이 가능합니다.",
    "고객센터 운영 시간은 평일 오전 9시부터 오후 6시까지입니다.", "할인 상품은 단순 변심에 의한 반품이 어렵습니다."],
  genericPromise: ["확인 후 연락드리겠습니다.", "확인되는 대로 다시 연락드릴게요.", "담당 부서에서 빠른 시일 내에 연락드릴 예정입니다.",
    "다른 상담원도 바로 확인할 수 있도록 상담 내역에 메모를 남겨 두었습니다."],
  closer: ["더 궁금하신 점이 있으시면 언제든지 문의해 주세요.", "추가로 궁금하신 사항이 있으시면 언제든지 문의해 주세요.",
    "다른 문의 사항은 없으신가요?", "더 도와드릴 부분이 있으실까요?", "그 밖에 필요하신 게 있으면 편하게 말씀해 주세요.",
    "기타 문의 사항은 고객센터로 연락 주시기 바랍니다.", "제가 더 도와드릴 일은 없을까요?", "더 궁금하신 점이 있으시면 언제든지 문의해 주세요!"],
  closerOther: ["문제가 다시 생기면 이 메일에 바로 회신해 주세요.", "⟪weekday⟫에 제가 다시 한번 확인 연락을 드리겠습니다.",
    "기다려 주셔서 감사합니다.", "오늘도 좋은 하루 보내세요.", "행복한 하루 되세요!"],
  signoff: ["감사합니다.\n⟪brand⟫ 고객센터 ⟪agent⟫ 드림", "감사합니다.\n⟪agent⟫ 드림", "⟪brand⟫ 고객지원팀 드림", "감사합니다.",
    "⟪agent⟫ 올림", "감사합니다.\n{{current_user.name}} 드림"],
  chatGreet: ["안녕하세요 고객님!", "안녕하세요~", "{{ticket.requester.name}}님 안녕하세요!"],
  quote: ["⟪day⟫, ⟪kname⟫님이 작성:\n> 문의 드린 지 일주일이 지났는데 아직 답이 없네요.\n> 빨리 확인 부탁드립니다."],
  topics: {
    delivery: {
      issue: ["주문번호 ⟪order⟫ 상품이 아직 도착하지 않았다고 말씀해 주셨습니다.", "배송 완료로 나오는데 상품을 받지 못하셨다고 하셨습니다.",
        "배송 조회가 나흘째 그대로라는 문의 주셨습니다."],
      sorry: ["배송이 늦어져 정말 죄송합니다.", "상품을 기다리시게 해서 정말 죄송합니다."],
      explain: ["확인해 보니 택배사 집하 과정에서 송장 스캔이 누락된 것으로 보입니다.", "택배사에 확인해 보니 상품은 현재 지역 터미널에 도착해 있습니다.",
        "해외 배송 건은 통관 과정에서 1~2일 더 걸릴 수 있습니다.", "배송 조회 시스템에는 ⟪day⟫ 오후 2시에 경비실에 전달된 것으로 나옵니다."],
      ask: ["번거로우시겠지만 경비실이나 이웃분께 맡겨졌는지 한 번 확인해 주시겠어요?", "주문서의 배송지 주소가 맞는지 확인해 주시겠어요?"],
      promise: ["택배사에 배송 추적을 요청해 두었고, ⟪weekday⟫까지 결과를 안내해 드리겠습니다.",
        "⟪weekday⟫까지 도착하지 않으면 새 상품을 빠른 배송으로 다시 보내 드리겠습니다.", "택배사에는 제가 직접 연락해서 내일 오전 재배송을 요청해 두었습니다.",
        "배송 조회는 https://track.⟪domain⟫/⟪track⟫ 에서 하실 수 있습니다."],
    },
    billing: {
      issue: ["이번 달 ⟪plan⟫ 요금이 두 번 결제되었다는 문의 주셨네요.", "카드 명세서에 모르는 결제 ⟪won⟫원이 있다고 하셨습니다.",
        "주문번호 ⟪order⟫ 결제가 실패했는데 금액이 빠져나갔다고 하셨습니다."],
      sorry: ["같은 금액이 두 번 결제되게 해서 정말 죄송합니다.", "결제 오류로 돈이 묶이게 해 드려 죄송합니다."],
      explain: ["두 번째 결제는 카드사의 임시 승인으로, 영업일 기준 3~5일 이내에 자동 취소됩니다.",
        "카드사에서 정기 결제 승인이 거절되어 구독이 일시 정지되었습니다.", "해당 금액은 ⟪plan⟫ 요금제의 연간 자동 갱신 결제입니다."],
      ask: ["카드사 앱에서 해당 결제가 승인 대기인지 승인 완료인지 확인해 주시겠어요?", "결제된 카드 번호 끝 네 자리를 알려 주시겠어요?"],
      promise: ["중복 결제된 ⟪won⟫원은 방금 취소해 드렸습니다.", "결제 담당 부서에서 ⟪weekday⟫까지 검토한 뒤 결과를 메일로 보내 드릴 예정입니다.",
        "취소 확인 메일이 몇 분 안에 도착할 거예요.", "환불 금액은 영업일 기준 3~5일 이내에 카드로 돌아갑니다."],
    },
    account: {
      steps: true,
      issue: ["최근 앱 업데이트 이후 로그인이 되지 않는 문제로 문의 주셨습니다.", "비밀번호 재설정 메일이 오지 않는다고 하셨습니다.",
        "로그인을 여러 번 시도하신 뒤 계정이 잠겼다고 하셨습니다."],
      sorry: ["이틀 동안 로그인을 못 하시게 해서 정말 죄송합니다.", "재설정 링크가 제대로 작동하지 않아 죄송합니다."],
      explain: ["로그인 시도가 여러 번 실패해 보안을 위해 계정이 일시적으로 잠겼습니다.", "재설정 메일이 예전 이메일 주소로 발송되고 있었습니다.",
        "⟪ver⟫ 버전 앱에서 일부 계정이 로그아웃되는 오류가 있었고, 최신 버전에서 수정되었습니다."],
      ask: ["가입하신 이메일 주소를 한 번 더 알려 주시겠어요?", "오류 화면을 캡처해서 보내 주시면 빠르게 확인해 드리겠습니다."],
      promise: ["계정 잠금을 해제하고 새 로그인 링크를 메일로 보내 드렸습니다.", "등록된 이메일을 변경해 두어 이제 재설정 메일이 정상적으로 발송됩니다.",
        "개발팀에서 로그인 오류를 확인하고 있습니다."],
    },
    damage: {
      issue: ["⟪day⟫에 받으신 ⟪kproduct⟫ 외관에 금이 가 있었다고 하셨습니다.", "상자를 열어 보니 ⟪kproduct⟫ 부품 하나가 빠져 있었다고 하셨습니다.",
        "보내 주신 사진을 보니 상자가 심하게 찌그러진 상태로 도착했네요."],
      sorry: ["상품이 파손된 채로 도착해 정말 죄송합니다.", "구성품이 빠진 상품을 보내 드려 죄송합니다."],
      explain: ["배송 과정에서 상품이 파손된 것으로 보입니다.", "물류센터 확인 결과 일부 ⟪kproduct⟫ 상자에 충전 케이블이 빠진 채 포장되었습니다."],
      ask: ["번거로우시겠지만 파손된 상품 사진과 송장 사진을 함께 보내 주시겠어요?", "상자와 구성품 사진을 한 장 보내 주시겠어요?"],
      promise: ["교환 상품은 오늘 중으로 발송해 드리겠습니다.", "결제하신 ⟪won⟫원은 전액 환불 처리해 드렸습니다.",
        "빠진 부품은 오늘 발송되어 2~3일 안에 도착할 예정입니다.", "사진을 받는 대로 당일에 교환을 진행해 드리겠습니다."],
    },
    wrong: {
      issue: ["주문하신 상품과 다른 사이즈가 배송되었다고 하셨습니다.", "주문하신 색상과 다른 ⟪kproduct:이⟫ 왔다고 하셨습니다.",
        "다른 고객님의 주문 상품이 들어 있었다고 하셨습니다."],
      sorry: ["다른 사이즈를 보내 드려 정말 죄송합니다.", "주문과 다른 상품을 보내 드려 죄송합니다."],
      explain: ["물류센터에서 다른 상품을 잘못 출고한 것으로 확인됩니다.", "선반 라벨이 서로 바뀌어 일부 주문 상품이 뒤바뀌어 출고되었습니다."],
      ask: ["원하시는 사이즈를 알려 주시겠어요?", "받으실 색상을 한 번 더 확인해 주시겠어요?"],
      promise: ["맞는 상품을 오늘 빠른 배송으로 보내 드렸고, 잘못 간 상품은 반송하지 않으셔도 됩니다.", "반품 라벨은 이 메일에 첨부해 드렸습니다.",
        "반품 상품이 입고되는 대로 교환 상품을 발송해 드리겠습니다."],
    },
    coupon: {
      issue: ["쿠폰 코드(⟪code⟫)가 결제 시 적용되지 않았다고 말씀하셨습니다.", "기프트카드 잔액이 새 계정으로 옮겨지지 않았다고 하셨습니다."],
      sorry: ["결제하실 때 쿠폰이 적용되지 않아 죄송합니다."],
      explain: ["해당 쿠폰은 정가 상품에만 적용되어 할인 상품에는 사용되지 않았습니다.", "기프트카드 잔액은 받으신 이메일 계정에 연결되어 있어 자동으로 옮겨지지 않습니다.",
        "해당 쿠폰은 ⟪day⟫에 사용 기한이 끝났습니다."],
      ask: ["기프트카드를 받으신 이메일 주소를 알려 주시겠어요?"],
      promise: ["할인 금액 ⟪won⟫원은 제가 직접 카드로 환불해 드렸습니다.", "잔액을 새 계정으로 옮겨 드렸고, 지금 바로 확인하실 수 있습니다.",
        "말씀하신 의견은 마케팅팀에 전달하겠습니다.", "이번에는 배송비도 함께 환불해 드렸습니다."],
    },
    refund: {
      issue: ["환불 금액 ⟪won⟫원이 아직 입금되지 않았다는 문의 주셨습니다.", "구독을 해지하고 남은 기간에 대한 환불을 원하신다고 하셨습니다.",
        "주문번호 ⟪order⟫ 환불 진행 상황을 문의 주셨습니다."],
      sorry: ["안내드린 기간보다 환불이 늦어져 죄송합니다.", "환불 관련 답변이 늦어 죄송합니다."],
      explain: ["환불은 ⟪day⟫에 처리되었고, 카드사 반영까지 영업일 기준 3~5일이 걸립니다.", "반품 상품은 ⟪day⟫에 입고되어 현재 검수 대기 중입니다."],
      ask: ["카드사 앱에서 ⟪brand⟫ 취소 내역이 보이는지 확인해 주시겠어요?"],
      promise: ["환불은 영업일 기준 3일 이내에 처리될 예정입니다.", "구독을 해지하고 남은 기간 요금을 환불해 드렸습니다.",
        "반품 검수를 우선 진행하도록 요청해 두었고, 검수가 끝나면 메일로 알려 드리겠습니다.", "환불은 최대한 빨리 처리해 드리겠습니다."],
    },
    bug: {
      steps: true,
      issue: ["엑셀 내보내기를 할 때마다 오류가 난다고 알려 주셨습니다.", "⟪day⟫부터 앱과 웹 대시보드 동기화가 멈췄다고 하셨습니다.",
        "⟪ver⟫ 업데이트 이후 알림이 오지 않는다고 말씀해 주셨습니다."],
      sorry: ["보고서가 필요하신데 내보내기가 계속 실패해 죄송합니다."],
      explain: ["⟪ver⟫ 버전 앱의 오류로 발생한 문제이며, 현재 개발팀에서 수정을 완료했습니다.", "내보내기 기능에 장애가 있어 개발팀에서 조치 중입니다.",
        "오류 로그를 보니 네트워크 연결이 없을 때 앱이 종료되는 문제로 보입니다."],
      ask: ["사용 중이신 기기와 브라우저 종류를 알려 주시겠어요?", "문제가 언제부터 발생했는지 알려 주시면 확인에 도움이 됩니다."],
      promise: ["해당 오류는 다음 업데이트에서 수정될 예정입니다.", "개발팀에 전달해 두었습니다.", "수정 버전이 배포되면 바로 메일로 알려 드리겠습니다."],
    },
    change: {
      issue: ["주문번호 ⟪order⟫의 배송지 주소 변경이 가능한지 문의 주셨습니다.", "세금계산서에 사업자 정보가 잘못 기재되었다고 말씀해 주셨습니다.",
        "⟪plan⟫ 요금제를 연간 결제로 바꾸고 싶다고 하셨습니다."],
      sorry: [],
      explain: ["아직 출고 전이라 주소 변경이 가능합니다.", "세금계산서는 결제 당시 계정에 등록된 사업자 정보로 발행됩니다."],
      ask: ["변경하실 주소를 우편번호까지 정확히 알려 주시겠어요?"],
      promise: ["배송지를 변경해 두었고, 변경 확인 메일이 곧 발송됩니다.", "수정된 세금계산서를 이 메일에 첨부해 드렸습니다.",
        "연간 결제로 변경해 드렸고, 차액은 다음 청구서에서 차감됩니다."],
    },
  },
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
  opener: ["感谢您联系⟪brand⟫客服，这边是客服⟪agent⟫，很高兴为您服务。", "非常感谢您的耐心等待，您反馈的问题我们已经收到了。",
    "这边已经看到您发来的图片和详细说明了，辛苦您了。", "让您久等了，关于您咨询的问题，这边给您详细说明一下。",
    "关于您的工单{{ticket.id}}，这边给您回复一下处理情况。", "感谢您一直以来对⟪brand⟫的支持和信任。"],
  apologyTemplate: ["给您带来不便，敬请谅解。", "由此给您带来的不便，我们深表歉意。", "给您带来困扰真的很抱歉哦～", "如有不便，敬请谅解。",
    "给您带来不便敬请谅解。", "对此造成的不便，我们深感抱歉。", "实在是给您添麻烦了。", "服务不周之处，还请您多多包涵。",
    "给您带来不好的购物体验，真的很抱歉。", "抱歉给您带来不便。"],
  empathy: ["理解您着急的心情，换作是我也会很着急的。", "我非常理解您现在的感受。", "换谁遇到这种情况都会着急的，您先别担心。",
    "您现在一定很着急吧，这边一定尽力帮您处理好。"],
  stepsIntro: ["麻烦您按照以下步骤操作一下：", "您可以先试试下面的方法：", "请按以下步骤操作："],
  steps: ["打开App，进入【我的】-【设置】。", "退出登录后用手机号重新登录。", "清除浏览器缓存后刷新页面。", "重启一下手机。",
    "在应用商店更新到最新版本（⟪ver⟫）。", "检查一下垃圾邮件文件夹里有没有来自⟪email⟫的邮件。", "在【设置】-【通知】里把通知关掉再重新打开。"],
  stepBullets: ["1、", "1. ", "①"],
  info: ["详细说明请参考帮助中心：https://help.⟪domain⟫/zh-cn/articles/⟪article⟫ ，里面有图文步骤。", "账户信息可以随时在 https://⟪domain⟫/account 查看和修改。",
    "照片也可以直接发送到邮箱⟪email⟫，我们收到后会第一时间处理。"],
  policy: ["温馨提示：退款只能按原支付方式原路退回，暂时无法退到其他账户。", "签收后7天内支持无理由退换货，商品需保持完好、配件齐全。",
    "我们的人工客服工作时间为周一至周五9:00-18:00，其他时间留言也会尽快回复。", "特价商品不支持无理由退货，但质量问题可以正常售后。"],
  genericPromise: ["我们核实后会第一时间给您回复。", "有任何进展我们会第一时间通知您，请您留意短信和邮件。", "稍后会有专员联系您，请您保持电话畅通。",
    "这边已经在您的工单里做了备注，其他同事也能看到处理进度。"],
  closer: ["如有其他问题欢迎随时联系我们。", "如有其他问题，欢迎随时联系我们。", "请问还有什么可以帮您的吗？", "还有其他问题吗？",
    "亲，还有什么需要帮助的吗？", "请问还有其他可以为您效劳的吗？", "还有别的需要我帮忙的吗？"],
  closerOther: ["后续有任何问题随时找小妹哦～", "感谢您的耐心等待，祝您生活愉快～", "祝您购物愉快！", "⟪weekday⟫我会再跟您确认一次处理结果。"],
  signoff: ["⟪brand⟫客服 ⟪agent⟫", "祝好！\n⟪agent⟫", "⟪brand⟫客服团队 敬上", "客服⟪agent⟫"],
  chatGreet: ["亲，在的～", "您好～", "亲亲您好"],
  quote: ["⟪day⟫，{{ticket.requester.name}} 写道：\n> 问题到现在还没解决，能不能帮我查一下？\n> 已经等了一个星期了。"],
  topics: {
    delivery: {
      issue: ["您反映订单号⟪order⟫的包裹到现在还没有收到，物流信息也一直停在⟪day⟫。", "物流显示包裹已经签收，但您本人并没有收到，门口和快递柜也都没有找到。",
        "您说订单⟪order⟫的物流信息已经四天没有更新了。"],
      sorry: ["包裹迟迟没到，让您一直等着，真的很抱歉。", "让您为了一个包裹来回追问好几次，真的很对不起。"],
      explain: ["经核实，快递在中转站扫描时出现了异常，所以物流信息一直没有更新。", "快递公司反馈包裹目前在本地网点，预计今天就会安排派送。",
        "国际件清关可能会多花一到两天，如果海关抽检还会再晚一点。", "系统显示您的包裹已于⟪day⟫下午2点签收，签收人是门卫室。"],
      ask: ["麻烦您先问一下门卫室或者邻居，看看是不是帮您代收了。", "麻烦您确认一下订单上的收货地址和手机号是否正确。"],
      promise: ["我已经联系快递公司加急处理，⟪weekday⟫之前一定给您一个明确的答复。", "如果⟪weekday⟫前还没送到，我们直接给您顺丰补发一件。",
        "我已经联系了快递公司，请他们明天上午重新派送。", "您可以在这里查看物流信息：https://track.⟪domain⟫/⟪track⟫"],
    },
    billing: {
      issue: ["您说本月的⟪plan⟫费用被扣了两次。", "您在账单上看到一笔⟪yuan⟫元的扣款，不清楚是什么费用。", "您说订单⟪order⟫显示支付失败，但银行卡的钱已经扣了。"],
      sorry: ["重复扣款让您白白多付了一笔钱，真的很抱歉。", "支付失败还扣了您的钱，真的很抱歉。"],
      explain: ["第二笔扣款是银行的预授权，不是实际扣款，3到5个工作日内会自动解除。", "由于银行卡续费失败，您的会员暂时处于暂停状态。",
        "这笔费用是您⟪plan⟫的年度自动续费，扣款日期是⟪day⟫。"],
      ask: ["麻烦您在银行App里看一下，这笔扣款显示的是“处理中”还是“已完成”。", "麻烦您提供一下被扣款银行卡的后四位。"],
      promise: ["重复扣的⟪yuan⟫元我已经帮您退了，稍后您会收到退款成功的短信。", "财务同事会在⟪weekday⟫之前核实这笔费用，并把结果发到您的邮箱。",
        "退款一般3到5个工作日原路退回到您的银行卡。", "稍后会有财务专员联系您，请您保持电话畅通。"],
    },
    account: {
      steps: true,
      issue: ["您提到更新App之后一直无法登录，输入密码后就提示网络错误。", "您说一直收不到重置密码的邮件。", "您多次登录失败后，账户被锁定了。"],
      sorry: ["让您两天都登录不了账户，真的很抱歉。", "重置链接用不了，耽误了您的时间，真的很抱歉。"],
      explain: ["由于多次登录失败，系统为了保护您的账户安全，暂时锁定了登录。", "重置邮件一直发到了您之前绑定的旧邮箱，所以您一直没有收到。",
        "这是⟪ver⟫版本App的一个问题，部分用户会被自动退出登录，新版本已经修复了。"],
      ask: ["麻烦您提供一下注册时使用的手机号或邮箱。", "麻烦您截图发一下报错页面，方便我们排查。"],
      promise: ["已经帮您解除锁定，新的登录链接也发到您的邮箱了。", "绑定邮箱已经帮您更新，之后的重置邮件会发到新邮箱。", "技术同事正在排查登录异常的问题。"],
    },
    damage: {
      issue: ["您说⟪day⟫收到的⟪zproduct⟫外壳有明显裂痕。", "您打开包装后发现⟪zproduct⟫少了一个配件。", "从您发来的照片看，外箱在运输中被压得很严重。"],
      sorry: ["收到的商品是坏的，真的很抱歉。", "少发了配件，还要您专门来联系我们，真的很抱歉。"],
      explain: ["看起来是运输途中被挤压导致的破损。", "仓库核实后发现，有一批⟪zproduct⟫在打包时漏放了充电线。"],
      ask: ["麻烦您提供一下破损商品和快递面单的照片。", "麻烦您拍一张外箱和里面物品的照片发给我们。"],
      promise: ["新的商品今天下午就给您发出，快递单号稍后会短信通知您。", "货款⟪yuan⟫元已经全额退回，3到5个工作日到账。",
        "缺少的配件今天就寄出，大概2到3天能收到。", "收到照片后，我们当天就为您安排换货。"],
    },
    wrong: {
      issue: ["您收到的尺码和下单的不一致。", "您收到的⟪zproduct⟫颜色和下单时选的不一样。", "您收到的包裹里装的是别人的商品。"],
      sorry: ["我们发错了尺码，真的很抱歉。", "发错了商品，还耽误了您的时间，真的很对不起。"],
      explain: ["仓库那边发错货了，是我们的失误。", "仓库货架上的标签贴反了，导致几个订单的商品发混了。"],
      ask: ["麻烦您告诉我需要换成哪个尺码。", "麻烦您再确认一下想要的颜色。"],
      promise: ["正确的商品今天已经给您加急发出，发错的那件不用寄回了。", "退货面单已经发到您的邮箱，您打印出来贴在箱子上就可以。",
        "仓库收到退回的商品后，会马上给您发出新的。"],
    },
    coupon: {
      issue: ["您下单时优惠券⟪code⟫没有生效。", "您说礼品卡余额没有转到新账户里。"],
      sorry: ["优惠券没用上，让您多付了钱，真的很抱歉。"],
      explain: ["这张优惠券只适用于原价商品，所以特价商品无法使用。", "礼品卡余额是绑定在收卡邮箱上的，所以不会自动转到新账户。", "这张优惠券已经在⟪day⟫过期了。"],
      ask: ["麻烦您提供一下收到礼品卡的邮箱地址。"],
      promise: ["优惠的⟪yuan⟫元已经帮您手动退回到支付账户了。", "余额已经帮您转到新账户，现在就可以使用。", "您的建议我们会反馈给活动部门。",
        "这次的运费也一并给您退了。"],
    },
    refund: {
      issue: ["您的退款⟪yuan⟫元到现在还没有到账。", "您想取消订阅，并退还剩余月份的费用。", "您想了解订单⟪order⟫的退款进度。"],
      sorry: ["退款比之前说的时间晚了，真的很抱歉。", "这么晚才回复您退款的事情，真的很抱歉。"],
      explain: ["退款已于⟪day⟫提交，银行入账一般需要3到5个工作日。", "您寄回的商品⟪day⟫已经签收，目前正在等待质检。"],
      ask: ["麻烦您在银行App里看一下有没有来自⟪brand⟫的待入账退款。"],
      promise: ["退款将于3个工作日内原路退回。", "订阅已经帮您取消，剩余月份的费用也已经退回。", "已经请仓库优先质检您的退货，质检完成后我会邮件通知您。",
        "退款会尽快为您处理。"],
    },
    bug: {
      steps: true,
      issue: ["您反馈导出Excel时一直报错。", "您说从⟪day⟫开始，App和网页后台的数据就不同步了。", "您说升级到⟪ver⟫版本之后就收不到消息通知了。"],
      sorry: ["导出一直失败，耽误了您做报表，真的很抱歉。"],
      explain: ["这是⟪ver⟫版本App的一个问题，技术同事已经修复了。", "导出功能目前有故障，技术团队正在紧急处理。", "崩溃日志显示，没有网络时打开App会出现闪退。"],
      ask: ["请问您使用的是什么手机型号和系统版本呢？", "麻烦您告诉我们大概是什么时候开始出现这个问题的。"],
      promise: ["这个问题下个版本会修复。", "已经帮您把问题反馈给技术部门了。", "修复版本上线后，我们会第一时间邮件通知您。"],
    },
    change: {
      issue: ["您想修改订单⟪order⟫的收货地址。", "您说⟪day⟫开的发票上公司抬头写错了。", "您想把⟪plan⟫改成按年付费。"],
      sorry: [],
      explain: ["订单目前还没有出库，所以还来得及修改地址。", "发票是按付款时账户里填写的开票信息自动开具的。"],
      ask: ["麻烦您提供一下完整的新地址和邮编。"],
      promise: ["地址已经帮您改好了，稍后会收到修改成功的短信。", "更正后的发票已经重新开好，发到您的邮箱了。", "已经帮您改成年付，差价会在下一期账单里抵扣。"],
    },
  },
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
  opener: ["感謝您聯繫⟪brand⟫客服，我是客服⟪agent⟫，很高興為您服務。", "非常感謝您的耐心等候，您反映的問題我們已經收到了。",
    "已經看到您傳來的照片和詳細說明了，辛苦您了。", "讓您久等了，關於您詢問的問題，這邊跟您詳細說明。",
    "關於您的案件編號{{ticket.id}}，這邊回覆您目前的處理狀況。", "謝謝您一直以來對⟪brand⟫的支持。"],
  apologyTemplate: ["造成您的不便，敬請見諒。", "造成不便，深感抱歉。", "不便之處，敬請見諒。", "如有造成您的困擾，還請見諒。",
    "對於造成您的不便，我們深表歉意。", "帶來不便，敬請原諒。", "真的給您添麻煩了。", "招待不周之處，請您多多包涵。"],
  empathy: ["能體會您著急的心情，換作是我也會很著急。", "非常理解您現在的感受。", "換作是誰遇到這種狀況都會著急的，您先別擔心。",
    "我了解這件事讓您很困擾，這邊一定盡力幫您處理好。"],
  stepsIntro: ["麻煩您依照以下步驟操作：", "您可以先試試下面的方法：", "請依照下列步驟操作："],
  steps: ["打開App，進入「我的」>「設定」。", "登出後再用手機號碼重新登入。", "清除瀏覽器快取後重新整理頁面。", "將手機重新開機。",
    "到App Store或Google Play更新到最新版本（⟪ver⟫）。", "看看垃圾郵件匣裡有沒有⟪email⟫寄出的信件。", "在「設定」>「通知」把通知關掉再重新開啟。"],
  stepBullets: ["1. ", "1、", "①"],
  info: ["詳細說明請參考幫助中心：https://help.⟪domain⟫/zh-tw/articles/⟪article⟫ ，裡面有圖文步驟。", "帳戶資料可以隨時在 https://⟪domain⟫/account 查看和修改。",
    "照片也可以直接寄到⟪email⟫，我們收到後會馬上處理。"],
  policy: ["提醒您，退款只能退回原付款方式，無法退到其他帳戶。", "收到商品後7天內都可以申請退換貨，商品需保持完整、配件齊全。",
    "客服服務時間為週一至週五9:00-18:00，其他時間留言我們也會盡快回覆。", "依照規定，特價商品恕不退換，但品質問題仍可正常售後。"],
  genericPromise: ["我們確認後會再回覆您。", "有任何進度我們會在第一時間通知您，請留意簡訊和Email。", "稍後會有專人與您聯繫，請保持電話暢通。",
    "這邊已經在您的案件裡做了備註，其他同仁也能看到處理進度。"],
  closer: ["如有其他問題，歡迎隨時與我們聯繫。", "請問還有什麼可以幫您的嗎？", "還有其他問題嗎？", "請問還有需要協助的地方嗎？",
    "若有任何疑問，歡迎再來信詢問。", "還有其他我能幫忙的嗎？"],
  closerOther: ["之後若問題再次出現，歡迎隨時私訊我們。", "感謝您的耐心等候，祝您有美好的一天！", "祝您購物愉快！", "⟪weekday⟫我會再跟您確認一次處理結果。"],
  signoff: ["⟪brand⟫客服 ⟪agent⟫ 敬上", "敬祝 順心\n⟪agent⟫", "⟪brand⟫客服中心", "客服⟪agent⟫"],
  chatGreet: ["您好～", "哈囉您好！"],
  quote: ["⟪day⟫，{{ticket.requester.name}} 寫道：\n> 問題到現在還沒解決，可以幫我查一下嗎？\n> 已經等一個禮拜了。"],
  topics: {
    delivery: {
      issue: ["您反映訂單編號⟪order⟫的包裹到現在還沒有收到，物流狀態也一直停在⟪day⟫。", "物流顯示已經簽收，但您並沒有收到包裹，管理室也沒有代收。",
        "您說訂單⟪order⟫的物流狀態已經四天沒有更新了。"],
      sorry: ["包裹遲遲沒有送到，讓您一直等，真的很抱歉。", "讓您為了一個包裹來回詢問好幾次，真的很對不起。"],
      explain: ["經確認，物流在轉運站掃描時出現了異常，所以狀態一直沒有更新。", "物流公司回覆包裹目前在配送站，預計今天就會配送。",
        "國際包裹清關可能會多花一到兩天，如果被海關抽驗會再晚一點。", "系統顯示您的包裹已在⟪day⟫下午兩點簽收，簽收人是管理室。"],
      ask: ["麻煩您先詢問一下管理室或鄰居，看看是不是幫您代收了。", "麻煩您確認一下訂單上的收件地址和電話是否正確。"],
      promise: ["我已經請物流公司加急處理，⟪weekday⟫之前一定給您明確的答覆。", "如果⟪weekday⟫前還沒送到，我們會直接幫您補寄一份。",
        "我已經聯絡物流公司，請他們明天上午重新配送。", "您可以在這裡查詢物流狀態：https://track.⟪domain⟫/⟪track⟫"],
    },
    billing: {
      issue: ["您說這個月的⟪plan⟫費用被重複扣款了。", "您在帳單上看到一筆⟪yuan⟫元的扣款，不清楚是什麼費用。", "您說訂單⟪order⟫顯示付款失敗，但信用卡已經被扣款了。"],
      sorry: ["重複扣款讓您多付了一筆錢，真的很抱歉。", "付款失敗還扣了您的款項，真的很抱歉。"],
      explain: ["第二筆扣款是銀行的預先授權，不是實際請款，3到5個工作天內會自動取消。", "因為信用卡續約失敗，您的方案目前暫停中。",
        "這筆費用是您⟪plan⟫的年度自動續約，扣款日是⟪day⟫。"],
      ask: ["麻煩您在銀行App查看一下，這筆扣款顯示的是「處理中」還是「已入帳」。", "麻煩您提供被扣款信用卡的末四碼。"],
      promise: ["重複扣的⟪yuan⟫元我已經幫您退了，稍後會收到退款成功的簡訊。", "帳務同仁會在⟪weekday⟫之前確認這筆費用，並把結果寄到您的信箱。",
        "退款一般3到5個工作天會退回您的信用卡。", "稍後會有帳務專員與您聯繫，請保持電話暢通。"],
    },
    account: {
      steps: true,
      issue: ["您提到更新App之後一直無法登入，輸入密碼後就顯示網路錯誤。", "您說一直收不到重設密碼的信件。", "您多次登入失敗後，帳號被鎖定了。"],
      sorry: ["讓您兩天都無法登入帳號，真的很抱歉。", "重設連結不能用，耽誤了您的時間，真的很抱歉。"],
      explain: ["因為多次登入失敗，系統為了保護您的帳號安全，暫時鎖定了登入。", "重設密碼的信件一直寄到您之前綁定的舊信箱，所以您才沒有收到。",
        "這是⟪ver⟫版App的問題，部分使用者會被自動登出，新版本已經修正了。"],
      ask: ["麻煩您提供註冊時使用的手機號碼或Email。", "麻煩您截圖傳一下錯誤畫面，方便我們查詢。"],
      promise: ["已經幫您解除鎖定，新的登入連結也寄到您的信箱了。", "綁定的信箱已經幫您更新，之後的重設信件會寄到新信箱。", "技術團隊正在排查登入異常的問題。"],
    },
    damage: {
      issue: ["您說⟪day⟫收到的⟪zproduct⟫外殼有明顯裂痕。", "您打開包裝後發現⟪zproduct⟫少了一個配件。", "從您傳來的照片看，外箱在運送途中被壓得很嚴重。"],
      sorry: ["收到的商品是壞的，真的很抱歉。", "少寄了配件，還要您特地來聯絡我們，真的很抱歉。"],
      explain: ["看起來是運送途中被擠壓造成的破損。", "倉庫確認後發現，有一批⟪zproduct⟫在包裝時漏放了充電線。"],
      ask: ["麻煩您提供一下破損商品和出貨單的照片。", "麻煩您拍一張外箱和裡面物品的照片傳給我們。"],
      promise: ["新的商品今天下午就幫您寄出，物流單號稍後會用簡訊通知您。", "貨款⟪yuan⟫元已經全額退刷，3到5個工作天會入帳。",
        "缺少的配件今天就寄出，大約2到3天會收到。", "收到照片後，我們當天就為您安排換貨。"],
    },
    wrong: {
      issue: ["您收到的尺寸和訂購的不一樣。", "您收到的⟪zproduct⟫顏色和下單時選的不同。", "您收到的包裹裡裝的是別人的商品。"],
      sorry: ["我們寄錯了尺寸，真的很抱歉。", "寄錯了商品，還耽誤了您的時間，真的很對不起。"],
      explain: ["倉庫那邊寄錯商品了，是我們的疏失。", "倉庫貨架上的標籤貼反了，導致幾筆訂單的商品寄混了。"],
      ask: ["麻煩您告訴我需要換成哪個尺寸。", "麻煩您再確認一下想要的顏色。"],
      promise: ["正確的商品今天已經幫您加急寄出，寄錯的那件不用寄回了。", "退貨單已經寄到您的信箱，列印出來貼在箱子上就可以了。",
        "倉庫收到退回的商品後，會馬上幫您寄出新的。"],
    },
    coupon: {
      issue: ["您結帳時優惠碼⟪code⟫沒有套用成功。", "您說禮物卡餘額沒有轉到新帳號。"],
      sorry: ["優惠碼沒有套用到，讓您多付了錢，真的很抱歉。"],
      explain: ["這張優惠券只適用於原價商品，所以特價商品無法使用。", "禮物卡餘額是綁定在收卡的Email上，所以不會自動轉到新帳號。", "這組優惠碼已經在⟪day⟫到期了。"],
      ask: ["麻煩您提供收到禮物卡的Email。"],
      promise: ["優惠的⟪yuan⟫元已經幫您手動退回信用卡了。", "餘額已經幫您轉到新帳號，現在就可以使用。", "您的建議我們會轉達給行銷部門。",
        "這次的運費也一併退給您了。"],
    },
    refund: {
      issue: ["您的退款⟪yuan⟫元到現在還沒有入帳。", "您想取消訂閱，並退還剩餘月份的費用。", "您想了解訂單⟪order⟫的退款進度。"],
      sorry: ["退款比當初說的時間還晚，真的很抱歉。", "這麼晚才回覆您退款的事情，真的很抱歉。"],
      explain: ["退款已在⟪day⟫送出，銀行入帳一般需要3到5個工作天。", "您寄回的商品已在⟪day⟫簽收，目前正在等待檢查。"],
      ask: ["麻煩您在銀行App查看一下有沒有⟪brand⟫的退款紀錄。"],
      promise: ["退款將於3個工作天內退回您的信用卡。", "訂閱已經幫您取消，剩餘月份的費用也已經退回。", "已經請倉庫優先檢查您的退貨，檢查完成後我會寄信通知您。",
        "退款會盡快為您處理。"],
    },
    bug: {
      steps: true,
      issue: ["您反映匯出Excel時一直出現錯誤。", "您說從⟪day⟫開始，App和網頁後台的資料就不同步了。", "您說更新到⟪ver⟫版之後就收不到通知了。"],
      sorry: ["匯出一直失敗，耽誤了您做報表，真的很抱歉。"],
      explain: ["這是⟪ver⟫版App的問題，工程團隊已經修正完成。", "匯出功能目前有異常，技術團隊正在緊急處理。", "當機紀錄顯示，沒有網路時開啟App會閃退。"],
      ask: ["請問您使用的是什麼手機型號和系統版本呢？", "麻煩您告訴我們大概是什麼時候開始出現這個問題的。"],
      promise: ["這個問題下一個版本會修正。", "已經幫您把問題轉給技術部門了。", "修正版本上線後，我們會第一時間寄信通知您。"],
    },
    change: {
      issue: ["您想更改訂單⟪order⟫的收件地址。", "您說⟪day⟫開立的發票上公司抬頭打錯了。", "您想把⟪plan⟫改成年繳。"],
      sorry: [],
      explain: ["訂單目前還沒有出貨，所以還來得及修改地址。", "發票是依照付款時帳戶裡填寫的資料自動開立的。"],
      ask: ["麻煩您提供完整的新地址和郵遞區號。"],
      promise: ["地址已經幫您改好了，稍後會收到修改成功的簡訊。", "更正後的發票已經重新開立，寄到您的信箱了。", "已經幫您改成年繳，差額會在下一期帳單折抵。"],
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Thai. ⟪k⟫ statement particle, ⟪kq⟫ question particle, ⟪nk⟫ นะคะ/นะครับ, ⟪me⟫ first person;
// one speaker per reply (female ค่ะ/คะ + ดิฉัน, or male ครับ + ผม; some shops write as แอดมิน).

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
  apologyTemplate: ["ขออภัยในความไม่สะดวก⟪k⟫", "ต้องขออภัยในความไม่สะดวกมา ณ ที่นี้ด้วย⟪nk⟫", "ขออภัยในความไม่สะดวกที่เกิดขึ้น⟪k⟫",
    "ขออภัยหากทำให้เกิดความไม่สะดวก⟪k⟫", "ขออภัยในความไม่สะดวกทุกประการ⟪k⟫", "ต้องขออภัยในเรื่องที่เกิดขึ้นเป็นอย่างสูง⟪k⟫",
    "ขออภัยในความไม่สดวก⟪k⟫", "ขอโทษที่ทำให้ไม่สะดวก⟪nk⟫", "สำหรับความไม่สะดวกที่เกิดขึ้น ทางร้านขออภัยด้วย⟪nk⟫"],
  empathy: ["เข้าใจความรู้สึกของคุณลูกค้าเลย⟪k⟫", "⟪me⟫เข้าใจเลย⟪k⟫ว่าเรื่องนี้ทำให้หงุดหงิดมาก", "คุณลูกค้าคงกังวลมากเลย⟪k⟫",
    "ต้องติดต่อเข้ามาหลายรอบแบบนี้ ใครเจอก็ต้องเหนื่อย⟪k⟫"],
  stepsIntro: ["รบกวนคุณลูกค้าลองทำตามขั้นตอนนี้⟪nk⟫", "ลองทำตามนี้ดู⟪nk⟫", "วิธีแก้ไขเบื้องต้น⟪k⟫"],
  steps: ["เปิดแอป แล้วไปที่ ตั้งค่า > บัญชี", "ออกจากระบบแล้วเข้าสู่ระบบใหม่ด้วยอีเมล", "ล้างแคชและคุกกี้ของเบราว์เซอร์",
    "รีสตาร์ตเครื่อง", "อัปเดตแอปเป็นเวอร์ชันล่าสุด (⟪ver⟫)", "ตรวจสอบโฟลเดอร์อีเมลขยะว่ามีอีเมลจาก ⟪email⟫ หรือไม่",
    "ปิดการแจ้งเตือนแล้วเปิดใหม่ที่ ตั้งค่า > การแจ้งเตือน"],
  stepBullets: ["1. ", "- ", "1) "],
  info: ["ดูรายละเอียดเพิ่มเติมได้ที่ https://help.⟪domain⟫/th/articles/⟪article⟫ ⟪k⟫", "ส่งรูปมาที่ ⟪email⟫ ก็ได้⟪k⟫",
    "ตรวจสอบข้อมูลบัญชีได้ที่ https://⟪domain⟫/account ⟪k⟫"],
  policy: ["การคืนเงินจะคืนเข้าช่องทางที่ชำระเท่านั้น⟪k⟫", "สินค้าเปลี่ยนคืนได้ภายใน 7 วันหลังได้รับสินค้า⟪k⟫",
    "ทีมงานให้บริการทุกวัน 09.00–18.00 น. ⟪k⟫", "สินค้าลดราคาไม่สามารถเปลี่ยนคืนได้⟪k⟫"],
  genericPromise: ["ทางเราจะตรวจสอบและติดต่อกลับ⟪k⟫", "ได้รับข้อมูลแล้วจะแจ้งให้ทราบอีกครั้ง⟪k⟫", "เจ้าหน้าที่จะติดต่อกลับในภายหลัง⟪nk⟫",
    "⟪me⟫บันทึกรายละเอียดไว้ในเคสแล้ว เจ้าหน้าที่ท่านอื่นจะเห็นข้อมูลเดียวกัน⟪k⟫"],
  closer: ["หากมีข้อสงสัยเพิ่มเติม ติดต่อได้ตลอด⟪k⟫", "หากมีข้อสงสัยเพิ่มเติม สามารถติดต่อเราได้ตลอด 24 ชั่วโมง⟪k⟫",
    "มีอะไรให้ช่วยเหลือเพิ่มเติมไหม⟪kq⟫", "ไม่ทราบว่ามีอะไรให้⟪me⟫ช่วยอีกไหม⟪kq⟫", "มีข้อสงสัยอื่นอีกไหม⟪kq⟫",
    "หากต้องการความช่วยเหลือเพิ่มเติม ติดต่อมาได้เลย⟪nk⟫"],
  closerOther: ["ขอบคุณที่รอ⟪nk⟫", "ขอให้มีความสุขกับการช้อปปิ้ง⟪nk⟫", "ถ้ายังพบปัญหาอยู่ แจ้งแอดมินได้ทุกเมื่อ⟪k⟫",
    "⟪weekday⟫นี้⟪me⟫จะทักมาเช็กอีกครั้ง⟪nk⟫"],
  signoff: ["ขอบคุณ⟪k⟫\n⟪agent⟫ ⟪brand⟫", "ขอบคุณ⟪k⟫", "ด้วยความเคารพ\n⟪agent⟫\nฝ่ายบริการลูกค้า ⟪brand⟫", "แอดมิน⟪agent⟫"],
  chatGreet: ["สวัสดี⟪k⟫", "สวัสดี⟪k⟫ คุณลูกค้า"],
  quote: ["เมื่อ⟪day⟫ คุณ⟪tname⟫ เขียนว่า:\n> แจ้งไปตั้งแต่อาทิตย์ที่แล้ว ยังไม่มีใครตอบเลย\n> ช่วยเช็กให้หน่อยนะคะ"],
  topics: {
    delivery: {
      issue: ["คุณลูกค้าแจ้งว่ายังไม่ได้รับพัสดุของคำสั่งซื้อเลขที่ ⟪order⟫", "ระบบขึ้นว่าจัดส่งสำเร็จแล้ว แต่คุณลูกค้ายังไม่ได้รับพัสดุ",
        "สถานะพัสดุของคำสั่งซื้อ ⟪order⟫ ไม่อัปเดตมาสี่วันแล้ว"],
      sorry: ["ขอโทษจริง ๆ ⟪k⟫ที่พัสดุส่งถึงช้ากว่ากำหนด", "ขอโทษที่ทำให้คุณลูกค้าต้องติดตามพัสดุหลายรอบ⟪nk⟫"],
      explain: ["ตรวจสอบแล้วพบว่าขนส่งสแกนพัสดุไม่สำเร็จที่ศูนย์กระจายสินค้า⟪k⟫", "ขนส่งแจ้งว่าพัสดุอยู่ที่สาขาปลายทางแล้ว จะนำส่งภายในวันนี้⟪k⟫",
        "พัสดุต่างประเทศอาจใช้เวลาผ่านศุลกากรเพิ่ม 1–2 วัน⟪k⟫", "ในระบบแสดงว่าพัสดุจัดส่งสำเร็จเมื่อ⟪day⟫ เวลา 14.00 น. โดยฝากไว้กับนิติบุคคล⟪k⟫"],
      ask: ["รบกวนสอบถามนิติบุคคลหรือเพื่อนบ้านว่ารับพัสดุแทนไว้หรือไม่⟪nk⟫", "รบกวนตรวจสอบที่อยู่จัดส่งในคำสั่งซื้ออีกครั้ง⟪nk⟫"],
      promise: ["⟪me⟫ส่งเรื่องให้ขนส่งตามพัสดุแล้ว จะแจ้งผลภายใน⟪weekday⟫นี้⟪k⟫", "ถ้าภายใน⟪weekday⟫ยังไม่ได้รับ ⟪me⟫จะส่งสินค้าชิ้นใหม่แบบด่วนให้⟪k⟫",
        "⟪me⟫ติดต่อขนส่งให้แล้ว เขาจะนำส่งใหม่พรุ่งนี้ช่วงเช้า⟪k⟫", "ติดตามพัสดุได้ที่ https://track.⟪domain⟫/⟪track⟫ ⟪k⟫"],
    },
    billing: {
      issue: ["คุณลูกค้าแจ้งว่าโดนตัดเงินค่าแพ็กเกจ⟪plan⟫ซ้ำสองครั้งในเดือนนี้", "มียอด ⟪baht⟫ บาทในใบแจ้งยอดที่คุณลูกค้าไม่ทราบว่าเป็นค่าอะไร",
        "คำสั่งซื้อ ⟪order⟫ ชำระเงินไม่สำเร็จ แต่เงินถูกตัดไปแล้ว"],
      sorry: ["ขออภัยที่ตัดเงินซ้ำสองครั้ง⟪nk⟫", "ขอโทษที่ชำระเงินไม่สำเร็จแต่เงินถูกตัดไป⟪nk⟫"],
      explain: ["ยอดที่ตัดซ้ำเป็นการกันวงเงินชั่วคราวของธนาคาร จะคืนเข้าบัตรภายใน 3–5 วันทำการ⟪k⟫",
        "ธนาคารปฏิเสธการต่ออายุ แพ็กเกจจึงถูกพักไว้ชั่วคราว⟪k⟫", "ยอดนี้เป็นค่าต่ออายุแพ็กเกจ⟪plan⟫อัตโนมัติ ตัดเมื่อ⟪day⟫⟪k⟫"],
      ask: ["รบกวนเช็กในแอปธนาคารว่ารายการนี้ขึ้นว่ารอดำเนินการหรือสำเร็จแล้ว⟪nk⟫", "รบกวนแจ้งเลขบัตร 4 หลักสุดท้ายที่ถูกตัดเงินด้วย⟪nk⟫"],
      promise: ["⟪me⟫ยกเลิกยอดที่ตัดซ้ำ ⟪baht⟫ บาทให้แล้ว⟪k⟫", "ฝ่ายบัญชีจะตรวจสอบยอดนี้และแจ้งผลทางอีเมลภายใน⟪weekday⟫⟪k⟫",
        "ยอดเงินจะคืนเข้าบัตรภายใน 3–5 วันทำการ⟪k⟫", "เจ้าหน้าที่ฝ่ายบัญชีจะติดต่อกลับเร็ว ๆ นี้⟪k⟫"],
    },
    account: {
      steps: true,
      issue: ["หลังจากอัปเดตแอป คุณลูกค้าเข้าสู่ระบบไม่ได้", "คุณลูกค้าไม่ได้รับอีเมลรีเซ็ตรหัสผ่าน", "บัญชีถูกล็อกหลังจากลองเข้าสู่ระบบหลายครั้ง"],
      sorry: ["ขอโทษที่ทำให้เข้าบัญชีไม่ได้มาสองวัน⟪nk⟫", "ขออภัยที่ลิงก์รีเซ็ตใช้งานไม่ได้⟪nk⟫"],
      explain: ["บัญชีถูกล็อกชั่วคราวเพื่อความปลอดภัยเนื่องจากใส่รหัสผ่านผิดหลายครั้ง⟪k⟫", "อีเมลรีเซ็ตถูกส่งไปที่อีเมลเก่าที่ผูกไว้กับบัญชี⟪k⟫",
        "แอปเวอร์ชัน ⟪ver⟫ มีปัญหาทำให้บางบัญชีออกจากระบบเอง ซึ่งแก้ไขแล้วในเวอร์ชันล่าสุด⟪k⟫"],
      ask: ["รบกวนแจ้งอีเมลที่ใช้สมัครสมาชิกด้วย⟪nk⟫", "รบกวนแคปหน้าจอที่ขึ้นข้อผิดพลาดส่งมาให้⟪me⟫ด้วย⟪nk⟫"],
      promise: ["⟪me⟫ปลดล็อกบัญชีและส่งลิงก์เข้าสู่ระบบใหม่ไปที่อีเมลแล้ว⟪k⟫", "⟪me⟫เปลี่ยนอีเมลในบัญชีให้แล้ว อีเมลรีเซ็ตครั้งต่อไปจะส่งถึงอีเมลใหม่⟪k⟫",
        "ทีมงานกำลังตรวจสอบปัญหาการเข้าสู่ระบบอยู่⟪k⟫"],
    },
    damage: {
      issue: ["⟪tproduct⟫ที่ได้รับเมื่อ⟪day⟫ตัวเครื่องมีรอยร้าว", "เปิดกล่องแล้วพบว่า⟪tproduct⟫มีอุปกรณ์ไม่ครบ", "จากรูปที่ส่งมา กล่องพัสดุบุบมาก"],
      sorry: ["ขอโทษจริง ๆ ⟪k⟫ที่สินค้าถึงมือในสภาพเสียหาย", "ขอโทษที่ส่งอุปกรณ์ไม่ครบ⟪nk⟫"],
      explain: ["น่าจะเกิดความเสียหายระหว่างการขนส่ง⟪k⟫", "คลังสินค้าตรวจสอบแล้วพบว่า⟪tproduct⟫บางล็อตแพ็กโดยไม่ได้ใส่สายชาร์จ⟪k⟫"],
      ask: ["รบกวนส่งรูปสินค้าที่เสียหายและใบปะหน้าพัสดุมาทางแชท⟪nk⟫", "รบกวนถ่ายรูปกล่องและของในกล่องส่งมาให้ด้วย⟪nk⟫"],
      promise: ["สินค้าชิ้นใหม่จะส่งออกภายในวันนี้⟪k⟫", "⟪me⟫คืนเงิน ⟪baht⟫ บาทให้เต็มจำนวนแล้ว จะเข้าบัญชีภายใน 3–5 วันทำการ⟪k⟫",
        "อุปกรณ์ที่ขาดจะส่งออกวันนี้ ได้รับภายใน 2–3 วัน⟪k⟫", "ได้รับรูปแล้ว ⟪me⟫จะเปลี่ยนสินค้าให้ภายในวันเดียวกัน⟪k⟫"],
    },
    wrong: {
      issue: ["คุณลูกค้าได้รับสินค้าไซซ์ไม่ตรงกับที่สั่ง", "⟪tproduct⟫ที่ได้รับเป็นคนละสีกับที่สั่ง", "ในกล่องเป็นสินค้าของลูกค้าท่านอื่น"],
      sorry: ["ขอโทษที่ส่งไซซ์ผิดไปให้⟪nk⟫", "ขอโทษที่ส่งสินค้าผิดรายการไปให้⟪nk⟫"],
      explain: ["ฝ่ายคลังสินค้าส่งของผิดไปให้ เป็นความผิดพลาดของเราเอง⟪k⟫", "ป้ายบนชั้นวางสินค้าสลับกัน ทำให้บางออร์เดอร์ได้ของสลับกัน⟪k⟫"],
      ask: ["รบกวนแจ้งไซซ์ที่ต้องการด้วย⟪nk⟫", "รบกวนยืนยันสีที่ต้องการอีกครั้ง⟪nk⟫"],
      promise: ["⟪me⟫ส่งสินค้าที่ถูกต้องแบบด่วนไปให้แล้ววันนี้ ชิ้นที่ส่งผิดไม่ต้องส่งคืน⟪k⟫", "ใบส่งคืนสินค้าแนบไว้ในอีเมลนี้แล้ว⟪k⟫",
        "เมื่อคลังได้รับสินค้าที่ส่งคืน จะส่งชิ้นใหม่ให้ทันที⟪k⟫"],
    },
    coupon: {
      issue: ["โค้ดส่วนลด ⟪code⟫ ใช้ไม่ได้ตอนชำระเงิน", "ยอดเงินในบัตรของขวัญไม่ย้ายไปบัญชีใหม่"],
      sorry: ["ขออภัยที่โค้ดส่วนลดใช้ไม่ได้ตอนชำระเงิน⟪nk⟫"],
      explain: ["โค้ดนี้ใช้ได้เฉพาะสินค้าราคาปกติ⟪k⟫", "ยอดเงินในบัตรของขวัญผูกกับอีเมลที่ได้รับบัตร จึงไม่ย้ายไปบัญชีใหม่เอง⟪k⟫", "โค้ดนี้หมดอายุไปเมื่อ⟪day⟫⟪k⟫"],
      ask: ["รบกวนแจ้งอีเมลที่ได้รับบัตรของขวัญด้วย⟪nk⟫"],
      promise: ["⟪me⟫คืนส่วนลด ⟪baht⟫ บาทเข้าบัตรให้แล้ว⟪k⟫", "⟪me⟫ย้ายยอดเงินไปบัญชีใหม่ให้แล้ว ใช้งานได้ทันที⟪k⟫", "⟪me⟫จะส่งความเห็นนี้ให้ทีมการตลาด⟪k⟫",
        "ครั้งนี้ทางร้านคืนค่าส่งให้ด้วย⟪nk⟫"],
    },
    refund: {
      issue: ["คุณลูกค้ายังไม่ได้รับเงินคืนจำนวน ⟪baht⟫ บาท", "คุณลูกค้าต้องการยกเลิกแพ็กเกจและขอเงินคืนสำหรับเดือนที่เหลือ", "คุณลูกค้าสอบถามสถานะการคืนเงินของคำสั่งซื้อ ⟪order⟫"],
      sorry: ["ขออภัยที่การคืนเงินช้ากว่าที่แจ้งไว้⟪nk⟫", "ขออภัยที่ตอบกลับเรื่องคืนเงินช้า⟪nk⟫"],
      explain: ["ทางเราคืนเงินไปเมื่อ⟪day⟫ ธนาคารใช้เวลา 3–5 วันทำการ⟪k⟫", "คลังได้รับสินค้าที่ส่งคืนเมื่อ⟪day⟫ ตอนนี้รอตรวจสอบสภาพ⟪k⟫"],
      ask: ["รบกวนเช็กในแอปธนาคารว่ามีรายการคืนเงินจาก ⟪brand⟫ รออยู่หรือไม่⟪nk⟫"],
      promise: ["จะดำเนินการคืนเงินภายใน 7 วันทำการ⟪k⟫", "⟪me⟫ยกเลิกแพ็กเกจและคืนเงินเดือนที่เหลือให้แล้ว⟪k⟫",
        "⟪me⟫แจ้งคลังให้ตรวจสินค้าของคุณลูกค้าก่อน ตรวจเสร็จจะแจ้งทางอีเมล⟪k⟫", "จะดำเนินการคืนเงินให้โดยเร็วที่สุด⟪k⟫"],
    },
    bug: {
      steps: true,
      issue: ["คุณลูกค้าแจ้งว่าส่งออกไฟล์ CSV แล้วขึ้นข้อผิดพลาดทุกครั้ง", "ข้อมูลในแอปกับหน้าเว็บไม่ซิงก์กันตั้งแต่⟪day⟫",
        "หลังอัปเดตเป็นเวอร์ชัน ⟪ver⟫ การแจ้งเตือนไม่ขึ้นเลย"],
      sorry: ["ขอโทษที่ส่งออกรายงานไม่ได้จนกระทบงานของคุณลูกค้า⟪nk⟫"],
      explain: ["ปัญหานี้เกิดจากแอปเวอร์ชัน ⟪ver⟫ ซึ่งทีมพัฒนาแก้ไขเรียบร้อยแล้ว⟪k⟫", "ตอนนี้ระบบส่งออกไฟล์มีปัญหา ทีมงานกำลังเร่งแก้ไขอยู่⟪k⟫",
        "ไฟล์ล็อกแสดงว่าแอปปิดเองเมื่อเปิดใช้งานตอนไม่มีอินเทอร์เน็ต⟪k⟫"],
      ask: ["ขออนุญาตสอบถามรุ่นมือถือที่ใช้อยู่ด้วย⟪nk⟫", "รบกวนแจ้งด้วย⟪nk⟫ว่าเริ่มมีปัญหาตั้งแต่เมื่อไหร่"],
      promise: ["ฟีเจอร์นี้จะแก้ไขในเวอร์ชันหน้า⟪k⟫", "⟪me⟫ส่งเรื่องให้ทีมพัฒนาแล้ว⟪k⟫", "เมื่อเวอร์ชันที่แก้ไขออกแล้ว ⟪me⟫จะแจ้งทางอีเมลทันที⟪k⟫"],
    },
    change: {
      issue: ["คุณลูกค้าต้องการเปลี่ยนที่อยู่จัดส่งของคำสั่งซื้อ ⟪order⟫", "ใบกำกับภาษีระบุชื่อบริษัทไม่ถูกต้อง", "คุณลูกค้าต้องการเปลี่ยนแพ็กเกจ⟪plan⟫เป็นแบบรายปี"],
      sorry: [],
      explain: ["คำสั่งซื้อยังไม่ออกจากคลัง จึงยังเปลี่ยนที่อยู่ได้⟪k⟫", "ใบกำกับภาษีออกตามข้อมูลในบัญชี ณ วันที่ชำระเงิน⟪k⟫"],
      ask: ["รบกวนแจ้งที่อยู่ใหม่พร้อมรหัสไปรษณีย์ด้วย⟪nk⟫"],
      promise: ["⟪me⟫เปลี่ยนที่อยู่ให้แล้ว จะมีอีเมลยืนยันส่งไปเร็ว ๆ นี้⟪k⟫", "⟪me⟫แนบใบกำกับภาษีฉบับแก้ไขไว้ในอีเมลนี้แล้ว⟪k⟫",
        "⟪me⟫เปลี่ยนเป็นแพ็กเกจรายปีให้แล้ว ส่วนต่างจะหักในบิลรอบหน้า⟪k⟫"],
    },
  },
};

const TH_FEMALE = { k: "ค่ะ", kq: "คะ", nk: "นะคะ", agent: ["พลอย", "มายด์", "น้ำฝน", "แพรว", "ขวัญ"], me: ["ดิฉัน", "ดิฉัน", "แอดมิน"] };
const TH_MALE = { k: "ครับ", kq: "ครับ", nk: "นะครับ", agent: ["ต้น", "บอส", "เจมส์", "ภูมิ", "กอล์ฟ"], me: ["ผม", "ผม", "แอดมิน"] };

// ---------------------------------------------------------------------------------------------
// Composition.

const TOPICS = ["delivery", "billing", "account", "damage", "wrong", "coupon", "refund", "bug", "change"];

const STYLE = {
  en: { sep: " ", para: "\n\n", afterGreet: ["\n\n", "\n\n", "\n"] },
  ko: { sep: " ", para: "\n\n", afterGreet: ["\n\n", "\n", " "] },
  zh: { sep: "", para: "\n", afterGreet: ["", "", "\n"] },
  th: { sep: " ", para: "\n", afterGreet: ["\n", " ", "\n\n"] },
};

// Korean particles that depend on whether the word ends in a consonant (batchim).
const JOSA = { 을: ["을", "를"], 이: ["이", "가"], 은: ["은", "는"], 과: ["과", "와"] };
// Final consonant of each digit as read in Sino-Korean (영 일 이 삼 사 오 육 칠 팔 구); 8 = ㄹ.
const DIGIT_BATCHIM = [21, 8, 0, 16, 0, 0, 1, 8, 8, 0];

function batchim(word) {
  const c = word.charCodeAt(word.length - 1);
  if (c >= 0xac00 && c <= 0xd7a3) return (c - 0xac00) % 28;
  if (c >= 48 && c <= 57) return DIGIT_BATCHIM[c - 48];
  return 0;
}

function josa(word, particle) {
  const b = batchim(word);
  if (particle === "으로") return word + (b !== 0 && b !== 8 ? "으로" : "로");
  const forms = JOSA[particle];
  return forms ? word + (b !== 0 ? forms[0] : forms[1]) : word + particle;
}

function expand(text, rng, slots, depth = 0) {
  if (depth > 3) return text;
  return text.replace(/⟪(\w+)(?::([^⟫]+))?⟫/g, (whole, key, particle) => {
    const v = slots[key];
    if (v === undefined) return whole;
    const s = expand(typeof v === "function" ? v(rng) : Array.isArray(v) ? rng.pick(v) : v, rng, slots, depth + 1);
    return particle ? josa(s, particle) : s;
  });
}

/** Length the reply aims at: mostly 300–600 characters, some short chat answers, some long e-mails. */
function targetLength(rng) {
  const u = rng.next();
  if (u < 0.84) return { kind: "normal", max: 600, target: rng.int(330, 560) };
  if (u < 0.94) return { kind: "short", max: 299, target: rng.int(110, 270) };
  return { kind: "long", max: 1600, target: rng.int(650, 1100) };
}

function stepsBlock(d, rng) {
  const bullet = rng.pick(d.stepBullets);
  const steps = rng.sample(d.steps, rng.int(2, 4));
  const circled = "①②③④⑤";
  const lines = steps.map((s, i) => (bullet.includes("①") ? bullet.replace("①", circled[i]) : bullet.replace("1", String(i + 1))) + s);
  return rng.pick(d.stepsIntro) + "\n" + lines.join("\n");
}

// Who is writing to whom, about what: chosen once per reply so the reply stays consistent.
const FIXED = ["brand", "agent", "domain", "cname", "lname", "kname", "zname", "tname", "product", "kproduct", "zproduct",
  "tproduct", "plan"];

function variantFor(lang, rng) {
  let v;
  if (lang === "en") v = { d: EN, style: STYLE.en, slots: { ...COMMON_SLOTS, ...EN.slots } };
  else if (lang === "ko") v = { d: KO, style: STYLE.ko, slots: { ...COMMON_SLOTS, ...KO.slots } };
  else if (lang === "zh") {
    const d = rng.chance(0.33) ? ZH_HANT : ZH_HANS;
    v = { d, style: STYLE.zh, slots: { ...COMMON_SLOTS, ...d.slots } };
  } else if (lang === "th") {
    const g = rng.chance(0.6) ? TH_FEMALE : TH_MALE;
    v = { d: TH, style: STYLE.th, slots: { ...COMMON_SLOTS, ...TH.slots, k: g.k, kq: g.kq, nk: g.nk, me: rng.pick(g.me), agent: g.agent } };
  } else throw new Error(`corpus: unknown language ${JSON.stringify(lang)} (use one of ${LANGS.join(", ")})`);
  for (const key of FIXED) if (Array.isArray(v.slots[key])) v.slots[key] = rng.pick(v.slots[key]);
  return v;
}

const TOPIC_KEYS = new Set(["explain", "ask", "promise"]);
const ENDS_IN_URL = /https?:\/\/\S+$|[\w.-]+@[\w.-]+$/;

/**
 * One reply on one topic. The head (greeting, opener, issue, apology: boilerplate, specific or none)
 * and the tail (closer, sign-off, sometimes quoted customer text) are chosen first; body blocks
 * (explanation, steps or a question, promises, links, policy) are then added until the reply reaches
 * its target length, and dropped again if it overshoots its band.
 */
function makeReply(lang, rng, { quotes = true } = {}) {
  const { d, style, slots } = variantFor(lang, rng);
  const x = (t) => expand(t, rng, slots);
  const band = targetLength(rng);
  const chat = band.kind === "short" && rng.chance(0.6);
  const topic = d.topics[rng.pick(TOPICS)];

  const greeting = x(rng.pick(chat ? d.chatGreet : d.greet));
  const head = [];
  if (!chat && rng.chance(0.7)) head.push(x(rng.pick(d.opener)));
  const a = rng.next();
  const apology = a < 0.45 ? x(rng.pick(d.apologyTemplate)) : a < 0.72 && topic.sorry.length > 0 ? x(rng.pick(topic.sorry)) : null;
  const apologyFirst = rng.chance(lang === "en" ? 0.3 : 0.5);
  if (apology && apologyFirst) head.push(apology);
  if (rng.chance(chat ? 0.6 : 0.92)) head.push(x(rng.pick(topic.issue)));
  if (apology && !apologyFirst) head.push(apology);

  const used = new Set();
  const take = (key, para = false) => {
    const list = TOPIC_KEYS.has(key) ? topic[key] : d[key];
    for (let tries = 0; tries < 4; tries++) {
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
  if (rng.chance(0.7)) plan.push(["explain", rng.chance(0.4)]);
  if (topic.steps && rng.chance(0.55)) plan.push(["steps", true]);
  else if (rng.chance(0.45)) plan.push(["ask", rng.chance(0.3)]);
  plan.push(["promise", rng.chance(0.35)]);
  if (rng.chance(0.25)) plan.push(["info", rng.chance(0.5)]);
  if (rng.chance(0.15)) plan.push(["policy", false]);
  const fillers = ["explain", "promise", "promise", "ask", "genericPromise", "info", "policy", "empathy"];

  const closers = [];
  const c = rng.next();
  if (c < 0.55) closers.push(x(rng.pick(d.closer)));
  else if (c < 0.8) closers.push(x(rng.pick(d.closerOther)));
  else if (c < 0.9) closers.push(x(rng.pick(d.closerOther)), x(rng.pick(d.closer)));
  const signoff = rng.chance(chat ? 0.3 : 0.85) ? x(rng.pick(d.signoff)) : null;
  const quote = band.kind === "long" && rng.chance(0.35) && quotes ? x(rng.pick(d.quote)) : null;
  const afterGreet = rng.pick(style.afterGreet);

  const render = (headParts, bodyBlocks) => {
    let s = greeting + (headParts.length > 0 ? afterGreet : "");
    let prev = null;
    const add = (text, para) => {
      if (prev !== null) {
        const breakLine = para || text.includes("\n") || prev.includes("\n");
        s += breakLine ? style.para : style.sep === "" && ENDS_IN_URL.test(prev) ? " " : style.sep;
      } else if (headParts.length === 0) {
        s += afterGreet === "" ? "" : "\n";
      }
      s += text;
      prev = text;
    };
    for (const h of headParts) add(h, false);
    for (const b of bodyBlocks) add(b.text, b.para);
    if (closers.length > 0) add(closers.join(style.sep), true);
    if (signoff) s += "\n\n" + signoff;
    if (quote) s += "\n\n" + quote;
    return s;
  };

  const body = [];
  for (const [key, para] of plan) {
    if (chat && body.length >= 1) break;
    const block = key === "steps" ? { text: x(stepsBlock(d, rng)), para: true } : take(key, para);
    if (block) body.push(block);
  }
  for (let guard = 0; guard < 24 && render(head, body).length < band.target; guard++) {
    const block = take(rng.pick(fillers), rng.chance(0.2));
    if (block) body.push(block);
  }
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

/**
 * One long text of exactly `chars` characters: replies separated by blank lines (the last one cut).
 * Without quoted customer text: the engine masks everything after an "On … wrote:" line, which would
 * hide the rest of the text from the rules.
 */
export function corpusText(lang, chars, seed = 1) {
  if (!LANGS.includes(lang)) throw new Error(`corpus: unknown language ${JSON.stringify(lang)} (use one of ${LANGS.join(", ")})`);
  const parts = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const reply = makeReply(lang, new Rng(hash(`${lang}:text:${seed}:${i}`)), { quotes: false });
    parts.push(reply);
    length += reply.length + 2;
  }
  return parts.join("\n\n").slice(0, chars);
}
