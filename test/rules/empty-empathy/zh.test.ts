import rule from "../../../rules/empty-empathy.js";
import zh from "../../../locales/zh/empty-empathy.js";
import { RuleTester } from "../../rule-tester.js";

const HANS = ["{发生了什么}", "{这给您带来的麻烦}", "{我正在做的事}"];
const HANT = ["{發生了什麼}", "{這給您帶來的麻煩}", "{我正在做的事}"];

new RuleTester().run(rule, {
  zh: {
    valid: [
      // RULES.md §4.8 zh-Hans "Don't flag"
      "明白了，我现在就把收货地址改成您公司的地址。",
      "房租到期前被重复扣了一笔钱，换谁都会着急。第二笔扣款我已经帮您撤销了。",
      "我理解您的意思是想换成黑色，对吗？",
      "听到这个情况真的很抱歉，麻烦您提供一下订单号。",
      "感谢您的理解和支持，补发的包裹今天已经发出。",
      "我们一直致力于让每一笔订单都准时送达。",
      // RULES.md §4.8 zh-Hant "Don't flag"
      "了解，我現在就把收件地址改成您公司的地址。",
      "繳房租前被重複扣了一筆錢，換作是誰都會著急。第二筆扣款我已經幫您取消了。",
      "我了解您的意思是想換成黑色，對嗎？",
      "感謝您的體諒，補寄的商品今天已經寄出。",
      "我們始終致力於讓每一筆訂單準時送達。",
      // variants
      { text: "请您理解，活动规则是统一的。", note: "a request for the customer's understanding" },
      { text: "希望您能理解。", note: "the customer understands" },
      { text: "谢谢理解！", note: "thanks for understanding" },
      { text: "我不理解您说的是哪一笔订单，麻烦再发一下截图。", note: "negated" },
      { text: "这句话可以理解为七天内无理由退货。", note: "interpretive 理解为" },
      { text: "我们已经了解您的需求，马上安排补发。", note: "comprehension object" },
      { text: "包裹在仓库压了一周，您一定很着急吧？我已经催仓库今天发出了。", note: "situation named before the guess" },
      { text: "您不用着急，订单已经发出。", note: "no guess" },
      { text: "一上午两次草稿都没保存下来，确实让人崩溃。我们先把问题彻底解决：{步骤}。", note: "RULES.md rewrite output" },
      { text: "{{ticket.requester.name}}您好，感谢您的耐心等待。", note: "placeholder; no formula" },
      { text: "還請您見諒與理解。", note: "Hant: the customer's understanding" },
      { text: "這句話可以理解為七天內可以無理由退貨。", note: "Hant interpretive 理解為" },
      { text: "我們無法理解您說的是哪一筆訂單，麻煩再提供截圖。", note: "Hant negated" },
      { text: "了解您的需求後，我們會盡快安排補寄。", note: "Hant comprehension object" },
      { text: "请放心，您的账户是安全的。", note: "reassurance about facts, not feelings" },
      { text: "我们非常重视每一位顾客的体验。", note: "corporate platitude" },
    ],
    invalid: [
      // RULES.md §4.8 zh-Hans "Flag"
      { text: "我非常理解您的心情，但是优惠券已经过期了。", note: "zh 1",
        errors: [{ messageId: "emptyEmpathy", span: "我非常理解您的心情", suggestions: [
          { output: "{发生了什么}，{这给您带来的麻烦}。{我正在做的事}，但是优惠券已经过期了。", needsInput: HANS },
        ] }] },
      { text: "理解您的感受，请您先清除一下缓存再试试。", note: "zh 2", errors: [{ span: "理解您的感受" }] },
      { text: "我们完全理解您的不满，也感谢您的耐心。", note: "zh 3", errors: [{ span: "我们完全理解您的不满" }] },
      { text: "我能理解您现在的心情。根据平台规则，退货需要提供发票。", note: "zh 4", errors: [{ span: "我能理解您现在的心情" }] },
      { text: "感同身受！麻烦您重新登录一下。", note: "zh 5", errors: [{ span: "感同身受" }] },
      { text: "亲，理解理解～您的账户是安全的。", note: "zh 6", errors: [{ span: "理解理解" }] },
      { text: "我理解这件事让您很着急，我现在就帮您看看能怎么处理。", note: "zh 7", errors: [{ span: "我理解这件事让您很着急" }] },
      { text: "理解您的着急，这边已经帮您催促仓库了。", note: "zh 8", errors: [{ span: "理解您的着急" }] },
      { text: "小妹看了也很难过，这边马上帮您登记补发。", note: "zh 9", errors: [{ span: "小妹看了也很难过" }] },
      { text: "您现在一定很着急吧？麻烦您提供一下订单号。", note: "zh 10", errors: [{ span: "您现在一定很着急吧" }] },
      { text: "很抱歉让您有这样的感受，我们的价格在各平台都是一致的。", note: "zh 11", errors: [{ span: "很抱歉让您有这样的感受" }] },
      // RULES.md §4.8 zh-Hant "Flag"
      { text: "非常理解您的心情，但是優惠券已經過期了。", note: "zh-Hant 1 (no script marker: Simplified messages)", errors: [{ span: "非常理解您的心情" }] },
      { text: "能體會您的感受，麻煩您先清除快取再試一次。", note: "zh-Hant 2", errors: [{ span: "能體會您的感受" }] },
      { text: "我們完全理解您的不滿，也謝謝您的耐心。", note: "zh-Hant 3; Traditional rewrite",
        errors: [{ span: "我們完全理解您的不滿", suggestions: [
          { output: "{發生了什麼}，{這給您帶來的麻煩}。{我正在做的事}，也謝謝您的耐心。", needsInput: HANT },
        ] }] },
      { text: "我能理解您現在的心情。依照規定，退貨需要附上發票。", note: "zh-Hant 4", errors: [{ span: "我能理解您現在的心情" }] },
      { text: "感同身受！麻煩您重新登入一次。", note: "zh-Hant 5", errors: [{ span: "感同身受" }] },
      { text: "了解您的感受，您的帳號目前是安全的。", note: "zh-Hant 6", errors: [{ span: "了解您的感受" }] },
      { text: "我了解這件事讓您很著急，我現在就幫您看看可以怎麼處理。", note: "zh-Hant 7", errors: [{ span: "我了解這件事讓您很著急" }] },
      { text: "小編看了也很難過，這邊馬上幫您登記補寄。", note: "zh-Hant 8", errors: [{ span: "小編看了也很難過" }] },
      { text: "很抱歉讓您有這樣的感受，我們各通路的售價都是一致的。", note: "zh-Hant 9", errors: [{ span: "很抱歉讓您有這樣的感受" }] },
      // variants
      { text: "{{ticket.requester.name}}您好，非常理解您的心情，我们马上为您处理。", note: "placeholder in the sentence",
        errors: [{ span: "非常理解您的心情", suggestions: [{ needsInput: HANS }] }] },
      { text: "这边非常理解。优惠券过期后无法补发哦。", note: "bare", errors: [{ span: "这边非常理解" }] },
      { text: "亲，非常理解您，但是活动已经结束了呢。", note: "bare with 您", errors: [{ span: "非常理解您" }] },
      { text: "我们非常理解您着急的心情，仓库已经在加急处理。", errors: [{ span: "我们非常理解您着急的心情" }] },
      { text: "看得出来您很生气，我先帮您查一下物流。", errors: [{ span: "看得出来您很生气" }] },
      { text: "我们也同样着急，已经第三次催快递了。", errors: [{ span: "我们也同样着急" }] },
      { text: "请您放心，我们非常在乎您的感受。", errors: [{ span: "我们非常在乎您的感受" }] },
      { text: "我們非常體諒您的處境，但規定無法更改。", errors: [{ span: "我們非常體諒您的處境" }] },
      { text: "亲，遇到这种情况您一定很郁闷吧～", note: "generic reference before the guess", errors: [{ span: "您一定很郁闷吧" }] },
      { text: "亲亲，非常理解您的心情哈，这边马上为您处理。", note: "particle after the formula", errors: [{ span: "非常理解您的心情" }] },
      { text: "我們非常理解您著急的心情，倉庫已經在加急處理。", note: "Hant adjective + noun", errors: [{ span: "我們非常理解您著急的心情" }] },
      { text: "您現在一定很著急吧？麻煩提供一下訂單編號。", note: "Hant guess", errors: [{ span: "您現在一定很著急吧" }] },
      { text: "很抱歉讓您有這種感覺，我們會再加強客服培訓。", note: "Hant non-apology", errors: [{ span: "很抱歉讓您有這種感覺" }] },
      { text: "我們也同樣難過，這邊已經幫您申請補償。", note: "Hant shared feeling", errors: [{ span: "我們也同樣難過" }] },
      { text: "完全可以理解！不过活动已经结束了。", note: "bare", errors: [{ span: "完全可以理解" }] },
      { text: "我们理解您的顾虑，但系统是安全的。", note: "any feeling noun", errors: [{ span: "我们理解您的顾虑" }] },
    ],
  },
}, { zh });
