import type { Data, MessageId } from "../../rules/condescending-question.js";
import type { RuleLocale } from "../../src/types.js";

// RULES.md §4.9 zh-Hans and zh-Hant. Doubt (您确定…吗, 到底有没有, 是不是没看), and "I already said it"
// or "it is written clearly" remarks, reported as their clause. Confirming intent (确定要) passes.

export default {
  messages: {
    condescending: "听起来像在怀疑客户（“{{actual}}”）。请中立地提问，并说明为什么要问。",
    askNeutrally: "问事情本身，不质疑客户，并说明原因",
    giveReason: "去掉责备的话，说明原因",
  },
  data: {
    lexicon: {
      you: ["(您|你|亲|親)"],
      look: ["(看|看到|注意|注意到|留意|阅读|閱讀|读|讀|查看|核对|核對|检查|檢查)"],
      said: ["(说|說|讲|講|告诉|告訴|提|解释|解釋|说明|說明|强调|強調)过", "(说|說|讲|講|告诉|告訴|提|解释|解釋|说明|說明|强调|強調)過"],
      toYou: ["(跟|和|给|給|向|对|對)(您|你)"],
    },
    questions: [
      // 您确定点的是正确的链接吗？
      "@you (真的)? (确定|確定|肯定) ...20 (吗|嗎|么|麼)",
      // 您到底有没有重启过 / 您真的有看吗
      "@you 真的 (有没有|有沒有|有|没有|沒有|没|沒)",
      "(到底|究竟) (有没有|有沒有|是不是|是否|有|没|沒)",
      // 有没有仔细看 / 看清楚了吗 / 是不是没看
      "(有没有|有沒有|是否|有) (仔细|仔細|认真|認真|好好) @look",
      "(看清楚|看清|看仔细|看仔細|看明白) (了)? (吗|嗎|没|沒)",
      "(是不是|是否|是不) (没|沒|没有|沒有) (@look|仔细|仔細|看清)",
      "@you (是)? (都)? (没|沒|没有|沒有) @look (吗|嗎)",
    ],
    statements: [
      // 我刚才已经说过了 / 剛剛已經跟您說過了 / 不是说过了吗
      "(已经|已經|早就|都) @toYou? @said",
      "(刚才|剛才|刚刚|剛剛|之前|前面|上面) @toYou? @said 了",
      "不是 (已经|已經|都)? @toYou? (@said|说了|說了) (了)? (吗|嗎)",
      "(说|說|讲|講|强调|強調|解释|解釋)(过|過|了) (好几|好幾|很多|多少|无数|無數|几|幾) (遍|次)",
      // 页面上写得很清楚 / 明明写着
      "(写|寫|标|標|标注|標註|注明|註明|说|說|讲|講|说明|說明|标示|標示|列) (得|的) (很|非常|十分|特别|特別|清清)? (清楚|明白|明确|明確)",
      "(都|早就|明明) (写明|寫明|注明|註明|标明|標明|写着|寫著|写了|寫了|说了|說了)",
    ],
    exceptions: [
      // confirming intent; a request to check; praise for the customer's description
      "(确定|確定|肯定) (要|想|需要|是要|还要|還要|继续|繼續|取消|删除|刪除|退订|退訂|一下|下|好|了吗|了嗎)",
      "@you (说|說|描述|讲|講|写|寫|解释|解釋) (得|的)",
    ],
    rewrites: ["麻烦告诉我{需要确认的信息}？{为什么需要}。"],
    reason: "{为什么适用于您的情况}",
  },
  variants: {
    hant: {
      messages: {
        condescending: "聽起來像在懷疑客戶（「{{actual}}」）。請中立地提問，並說明為什麼要問。",
        askNeutrally: "問事情本身，不質疑客戶，並說明原因",
        giveReason: "拿掉責備的話，說明原因",
      },
      data: {
        rewrites: ["麻煩告訴我{需要確認的資訊}？{為什麼需要}。"],
        reason: "{為什麼適用於您的情況}",
      },
    },
  },
} satisfies RuleLocale<MessageId, Data>;
