import type { Data, MessageId } from "../../rules/favor-framing.js";
import type { RuleLocale } from "../../src/types.js";

// RULES.md §4.10 zh-Hans and zh-Hant. 破例, 特批, 看在…的份上, 本来是不可以的, 仅此一次, 下不为例,
// 虽然不是我们的责任, 通融. Software 异常/例外 and marketing 特别优惠 are other senses.

export default {
  messages: {
    favorFraming: "弥补我们自己的失误不是恩惠（“{{actual}}”）。去掉这种说法，保留处理结果。",
    dropFraming: "去掉施恩的说法，说明这本来就该做",
  },
  data: {
    phrases: [
      "(这次|這次|这一次|這一次|本次|此次)? (就|算是|特别|特別)? (破例|破格)",
      "特批",
      "(特事特办|特事特辦)",
      "看在 ...12 (的份上|的分上|份上|分上|面子上|的面子上)",
      "(本来|本來|原本|照理说|照理說|按理说|按理說|按理|照理) ...6? (是)? (不可以|不行|不能|不允许|不允許|不支持|不支援) (退|换|換|退换|退換|退款|补发|補發|取消|修改|改)? (的)?",
      "(仅此一次|僅此一次|只此一次|下不为例|下不為例)",
      "(虽然|雖然|尽管|儘管|即使|即便) ...6? (不是|并非|並非|并不是|並不是) (我们|我們|我方|我司|本店|商家|平台)? (的)? (责任|責任|过错|過錯|失误|失誤|问题|問題)",
      "(特别|特別)? (通融|通融一下)",
      "(作为|作為|当作|當作|算是)? (特例)",
      "(特殊处理|特殊處理|特殊照顾|特殊照顧|额外照顾|額外照顧)",
    ],
    // asking the customer for leniency is not a favour of ours: 还请您通融
    exceptions: ["(请|請|还请|還請|望|希望|麻烦|麻煩)(您|你)? (多)? (通融|通融一下)"],
    reason: "{我们的问题}，这本来就是我们应该做的。",
  },
  variants: {
    hant: {
      messages: {
        favorFraming: "彌補我們自己的失誤不是恩惠（「{{actual}}」）。拿掉這種說法，保留處理結果。",
        dropFraming: "拿掉施恩的說法，說明這本來就該做",
      },
      data: { reason: "{我們的問題}，這本來就是我們應該做的。" },
    },
  },
} satisfies RuleLocale<MessageId, Data>;
