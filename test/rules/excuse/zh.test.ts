import rule from "../../../rules/excuse.js";
import zh from "../../../locales/zh/excuse.js";
import { RuleTester } from "../../rule-tester.js";

const HANS = ["{现状}", "{处理措施}", "{时间}", "{结果}"];
const HANT_POLICY = ["{不能做的事}", "{方案一}", "{方案二}"];

new RuleTester().run(rule, {
  zh: {
    valid: [
      // RULES.md §4.4 zh-Hans "Don't flag"
      "国际件清关可能会多花一到两天，如果您的包裹被海关查验，我会当天告诉您新的预计送达时间。",
      "按照我们的规定，30天内都可以退货，我已经帮您提交了退货申请。",
      "新版App的\"我的订单\"在右下角，点进去就能看到物流信息。",
      "回复晚了是我们的问题，运费已经退给您，换货商品今天发出。",
      "按照平台规定，定制商品不支持退换。",
      "昨天故障的原因是我们上线的配置有误，责任在我们。已经回滚修复，之后每次上线前都会加一道检查，避免再次发生。",
      "我们已经注意到部分用户无法登录，正在排查。",
      // RULES.md §4.4 zh-Hant "Don't flag"
      "國際包裹清關可能會多花一到兩天，如果被海關抽驗，我會當天通知您新的預計送達時間。",
      "依照我們的規定，30天內都可以退貨，我已經幫您送出退貨申請了。",
      "新版App的「我的訂單」在右下角，點進去就能看到物流狀態。",
      "這麼晚才回覆您是我們的疏失，運費已經退給您，換貨商品今天會寄出。",
      "依照規定，客製化商品恕不退換。",
      "這次當機的原因是我們更新設定時出錯，是我們的疏失。已經修正完成，也加了上線前檢查，避免再次發生。",
      // variants: near misses
      { text: "这款库存有限，我已经先帮您预留了一件。", note: "excuse word, no failure" },
      { text: "系统将于周日凌晨2点到4点进行维护，届时暂停下单。", note: "advance maintenance notice" },
      { text: "按照规定没办法直接退款，不过我可以帮您换货。", note: "policy with an alternative" },
      { text: "您好{{ticket.requester.name}}，您的订单已经发货，预计周四送达。", note: "placeholder, nothing to flag" },
      { text: "如果遇到系统故障，请先重启App。", note: "conditional" },
      { text: "限量款不能退换。", note: "same clause, no connector: a policy statement" },
      { text: "这款很火爆，我已经帮您预留了一件。", note: "demand, no failure" },
      { text: "因为是生鲜商品，我们用冷链当天发出。", note: "product nature, no failure" },
    ],
    invalid: [
      // RULES.md §4.4 zh-Hans "Flag"
      { text: "最近咨询量太大了，所以回复得比较慢。", note: "zh-Hans 1",
        errors: [{ messageId: "internalReason", span: "最近咨询量太大了", suggestions: [
          { output: "{现状}。我已经{处理措施}，{时间}前会{结果}。", needsInput: HANS },
        ] }] },
      { text: "双十一期间单量激增，发货会有延迟，请您耐心等待。", note: "zh-Hans 2", errors: [{ span: "双十一期间单量激增" }] },
      { text: "负责您订单的同事请假了，所以一直没人处理。", note: "zh-Hans 3", errors: [{ messageId: "internalReason", span: "负责您订单的同事请假了" }] },
      { text: "我们最近在升级系统，订单记录暂时查不到。", note: "zh-Hans 4", errors: [{ span: "我们最近在升级系统" }] },
      { text: "我们这边人手不够，麻烦您多等等。", note: "zh-Hans 5", errors: [{ span: "我们这边人手不够" }] },
      { text: "这是公司的规定，我也没办法。", note: "zh-Hans 6", errors: [{ messageId: "policyShield", span: "这是公司的规定，我也没办法" }] },
      { text: "由于系统故障，您的订单今天没能发出。", note: "zh-Hans 7", errors: [{ messageId: "internalReason", span: "由于系统故障" }] },
      { text: "这款货源紧张，所以发货晚了几天。", note: "zh-Hans 8", errors: [{ messageId: "externalReason", span: "这款货源紧张" }] },
      { text: "因为是生鲜商品，运输途中有少量压伤是难免的。", note: "zh-Hans 9", errors: [{ messageId: "externalReason", span: "因为是生鲜商品" }] },
      { text: "受台风天气影响，包裹会晚到一两天。", note: "zh-Hans 10", errors: [{ messageId: "externalReason", span: "受台风天气影响" }] },
      { text: "这是不可抗力造成的，还请您谅解。", note: "zh-Hans 11", errors: [{ messageId: "externalReason", span: "这是不可抗力造成的" }] },
      // RULES.md §4.4 zh-Hant "Flag"
      { text: "最近詢問量真的太大，所以比較晚回覆您。", note: "zh-Hant 1",
        errors: [{ span: "最近詢問量真的太大", suggestions: [{ output: "{現況}。我已經{處理措施}，{時間}前會{結果}。" }] }] },
      { text: "週年慶期間訂單量暴增，出貨會比較慢，請您耐心等候。", note: "zh-Hant 2", errors: [{ span: "週年慶期間訂單量暴增" }] },
      { text: "負責的同事請假了，所以一直沒有人處理。", note: "zh-Hant 3", errors: [{ span: "負責的同事請假了" }] },
      { text: "我們最近在更換系統，所以暫時查不到訂單紀錄。", note: "zh-Hant 4", errors: [{ span: "我們最近在更換系統" }] },
      { text: "目前客服人力不足，還請您多包涵。", note: "zh-Hant 5", errors: [{ span: "目前客服人力不足" }] },
      { text: "這是公司規定，我也沒辦法。", note: "zh-Hant 6",
        errors: [{ messageId: "policyShield", span: "這是公司規定，我也沒辦法", suggestions: [
          { output: "{不能做的事}，我可以幫您{方案一}或{方案二}。", needsInput: HANT_POLICY },
        ] }] },
      { text: "因為伺服器異常，昨天的訂單還沒出貨。", note: "zh-Hant 7", errors: [{ messageId: "internalReason", span: "因為伺服器異常" }] },
      { text: "這款太熱賣，所以要延到下週才能出貨。", note: "zh-Hant 8", errors: [{ messageId: "externalReason", span: "這款太熱賣" }] },
      { text: "受颱風影響，包裹會晚一到兩天送達。", note: "zh-Hant 9", errors: [{ span: "受颱風影響" }] },
      { text: "因為版權的關係，這部影片在台灣暫時無法播放。", note: "zh-Hant 10", errors: [{ messageId: "externalReason", span: "因為版權的關係" }] },
      // variants
      { text: "{{ticket.requester.name}}您好，由于仓库爆仓，您的包裹延迟发出了哦。", note: "placeholder in the sentence",
        errors: [{ span: "由于仓库爆仓" }] },
      { text: "目前服务器宕机了，大家都登录不了。", note: "outage as a fact", errors: [{ messageId: "internalReason", span: "目前服务器宕机了" }] },
      { text: "系统升级导致您的积分暂时没有到账。", note: "connector inside the clause", errors: [{ span: "系统升级" }] },
      { text: "因为缺货，订单被取消了，请您谅解。", errors: [{ messageId: "externalReason", span: "因为缺货" }] },
      { text: "这是平台规则，我们也无能为力。", errors: [{ messageId: "policyShield", span: "这是平台规则，我们也无能为力" }] },
      { text: "由于这款商品太火爆，需要等到月底才能补货。", note: "waiting as the failure", errors: [{ messageId: "externalReason", span: "由于这款商品太火爆" }] },
      { text: "因为是生鲜类商品，运输中难免有些磕碰。", note: "damage word", errors: [{ messageId: "externalReason", span: "因为是生鲜类商品" }] },
      { text: "抢购的人太多，库存不足，只能先给您退款。", note: "stock shortage as a failure of demand", errors: [{ messageId: "externalReason", span: "抢购的人太多" }] },
      { text: "因為授權到期，這部劇已經下架了。", note: "licensing, taken down", errors: [{ messageId: "externalReason", span: "因為授權到期" }] },
    ],
  },
}, { zh });
