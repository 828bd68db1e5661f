import rule from "../../../rules/missing-timeline.js";
import zh from "../../../locales/zh/missing-timeline.js";
import { RuleTester } from "../../rule-tester.js";

new RuleTester().run(rule, {
  zh: {
    valid: [
      // RULES.md §4.6 "Don't flag" (zh-Hans)
      "我今天下午3点前把处理结果发短信告诉您。",
      "请稍等，我马上帮您查一下订单。",
      "如果您需要，我也可以帮您换成年付套餐。",
      "会员积分已经补发到您的账户了。",
      "麻烦您提供一下订单号，我们帮您查询。",
      "感谢您的建议，我们会反馈给产品部门。",
      "已经帮您联系商家，商家会在24小时内给您回电。",
      "马上为您跟进处理。",
      // zh-Hant
      "我今天下午三點前會把處理結果用簡訊告訴您。",
      "請稍等一下，我馬上幫您查詢訂單。",
      "如果您需要，我也可以幫您改成年繳方案。",
      "會員點數已經補發到您的帳戶了。",
      "麻煩您提供訂單編號，我們會幫您查詢。",
      "感謝您的建議，我們會轉達給產品團隊。",
      "已經幫您聯絡物流，對方會在兩個工作天內回電給您。",
      "馬上為您處理。",
      // variants
      "我们会在二十四小时内给您回复。",
      "退款会在3-5个工作日内原路退回。",
      "售后明天上午会联系您。",
      "我们会在{{eta}}前给您答复。",
      "请问您会操作吗？",
      "已经为您安排全额退款了。",
      "这个问题我们周五之前会给您答复。",
      "下午三点前会有专员联系您哦。",
      "我们已经把您的问题上报给技术部门，会在两个工作日内回复您。",
      "非常抱歉，我们会马上安排补发。",
      "商家会在48小时内处理您的退款申请。",
      "您的订单已经发货了哦。",
      "我們已將您的意見轉達給相關部門。",
      "您可以在个人中心查看订单状态。",
      "这个问题我们会在明天下午给您答复。",
      "我們會在二十四小時內回覆您。",
      // a state or what a product does is not a promise (会比较慢, 會自動關機)
      "节假日期间快递会比平时慢一些。",
      "选择平邮的话到货会比较晚哦。",
      "電池沒電時機器會自動關機。",
      "优惠券过了有效期就会失效。",
      // the customer's own action, and what is done on the spot
      "这类订单需要您自己联系卖家处理哦。",
      "已经给您换好新的收货地址了。",
      "帮您改好了，您刷新一下页面就能看到。",
      // time grammar: glued durations, ISO dates, bare clock hours and day numbers
      "我们会在24h内给您回复。",
      "补发的包裹会在2026-12-10送到。",
      "我會在三點前回電給您。",
      "师傅会在本月15号上门安装。",
      "我们会在5号前把发票寄给您。",
      "接下来两天内我会跟进您的工单。",
      // a request before the promise: the promise depends on the customer
      "请您把截图发给我们，我们收到后会马上处理。",
    ],
    invalid: [
      { text: "我们核实后会给您回复。", errors: [{ messageId: "noTimeframe", span: "我们核实后会给您回复",
        suggestions: [{ output: "我们核实后会给您回复。我会在{时间}前告诉您进展。", needsInput: ["{时间}"] }] }] },
      { text: "退款会尽快为您处理。", errors: [{ messageId: "vagueTime", span: "尽快",
        suggestions: [{ output: "退款会在{时间}前为您处理。", needsInput: ["{时间}"] }] }] },
      { text: "我们会第一时间通知您。", errors: [{ span: "第一时间" }] },
      { text: "稍后会有专员联系您。", errors: [{ span: "稍后" }] },
      { text: "我们会及时跟进您的问题。", errors: [{ span: "及时" }] },
      { text: "技术同事会跟进处理的。", errors: [{ span: "技术同事会跟进处理的" }] },
      { text: "售后正在为您核实换货信息。", errors: [{ span: "售后正在为您核实换货信息" }] },
      { text: "已经帮您把问题反馈给仓库了。", errors: [{ span: "已经帮您把问题反馈给仓库了" }] },
      { text: "这个功能下个版本会上线。", errors: [{ span: "下个版本" }] },
      { text: "等商家回复后我们会再联系您。", errors: [{ span: "等商家回复后" }] },
      // zh-Hant
      { text: "我們確認後會再回覆您。", errors: [{ span: "我們確認後會再回覆您",
        suggestions: [{ output: "我們確認後會再回覆您。我會在{時間}前告訴您進度。", needsInput: ["{時間}"] }] }] },
      { text: "退款會盡快為您處理。", errors: [{ span: "盡快" }] },
      { text: "我們會在第一時間通知您。", errors: [{ span: "第一時間",
        suggestions: [{ output: "我們會在{時間}前通知您。", needsInput: ["{時間}"] }] }] },
      { text: "稍後會有專人與您聯繫。", errors: [{ span: "稍後" }] },
      { text: "後續會再跟您說明處理進度。", errors: [{ span: "後續" }] },
      { text: "相關單位會再跟您聯絡。", errors: [{ span: "相關單位會再跟您聯絡" }] },
      { text: "技術團隊正在排查問題。", errors: [{ span: "技術團隊正在排查問題" }] },
      { text: "已經幫您把案件轉交給物流部門了。", errors: [{ span: "已經幫您把案件轉交給物流部門了" }] },
      { text: "這項功能下一個版本會加入。", errors: [{ span: "下一個版本" }] },
      { text: "等廠商回覆後我們會再跟您聯絡。", errors: [{ span: "等廠商回覆後" }] },
      // variants
      { text: "{{ticket.requester.name}}您好，我们会尽快给您答复哦～", errors: [{ span: "尽快" }] },
      { text: "亲，您的问题已经提交给技术部门了。", errors: [{ span: "您的问题已经提交给技术部门了" }] },
      { text: "订单目前审核中，有结果就会通知您。", errors: [{ span: "有结果就" }] },
      { text: "我们将于下个版本修复这个问题。", errors: [{ span: "下个版本" }] },
      { text: "工作人员会联系您的。", errors: [{ span: "工作人员会联系您的" }] },
      { text: "亲，这边已经帮您催促快递了哦。", errors: [{ span: "这边已经帮您催促快递了" }] },
      { text: "物流部門會跟您聯繫。", errors: [{ span: "物流部門會跟您聯繫" }] },
      // 稍后/马上 + a verb commits without 会
      { text: "物流单号晚点发给您。", errors: [{ span: "晚点" }] },
      { text: "新的发票待會寄到您的信箱。", errors: [{ span: "待會" }] },
      // "请谅解" is not a request the promise waits for
      { text: "请您谅解，我们会再跟进这个问题。", errors: [{ messageId: "noTimeframe", span: "我们会再跟进这个问题" }] },
    ],
  },
}, { zh });
