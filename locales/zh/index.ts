import type { LocalePack, RuleLocale } from "../../src/types.js";
import anythingElseCloser from "./anything-else-closer.js";
import blameShifting from "./blame-shifting.js";
import butPivot from "./but-pivot.js";
import condescendingQuestion from "./condescending-question.js";
import emptyEmpathy from "./empty-empathy.js";
import excuse from "./excuse.js";
import favorFraming from "./favor-framing.js";
import missingTimeline from "./missing-timeline.js";
import noIOwnership from "./no-i-ownership.js";
import lexicon from "./shared.js";
import templateApology from "./template-apology.js";

export default {
  lang: "zh",
  lexicon,
  core: { inputTooLong: "回复长度为 {{length}} 个字符，超过了 replylint 的上限 {{max}}。" },
  text: {
    abbreviations: [],
    sentenceFinalParticles: [],
    // Modal particles excluded from spans (RULES.md §0), longest first.
    trailingParticles: ["哦", "哈", "呢", "啦", "呀", "喔", "啊", "~", "～"],
  },
  // Traditional replies get Traditional messages and rewrites (RULES.md §0: pick the script by
  // counting script-specific characters). Each marker is paired with its Simplified form.
  variant: {
    name: "hant",
    markers: "們這會時為個說問題還聯體驗處與後對來麼幫請謝單購買貨發資訊號碼絡關經過優給讓訂運遞賣錢歡無將於當應該樣長開門間電話務變換帳戶額價錯誤補償諒寫態誠擾煩確認達週證術統維護業員線權種機東車邊",
    defaultMarkers: "们这会时为个说问题还联体验处与后对来么帮请谢单购买货发资讯号码络关经过优给让订运递卖钱欢无将于当应该样长开门间电话务变换账户额价错误补偿谅写态诚扰烦确认达周证术统维护业员线权种机东车边",
  },
  rules: {
    "anything-else-closer": anythingElseCloser as RuleLocale,
    "blame-shifting": blameShifting as RuleLocale,
    "but-pivot": butPivot as RuleLocale,
    "condescending-question": condescendingQuestion as RuleLocale,
    "empty-empathy": emptyEmpathy as RuleLocale,
    "excuse": excuse as RuleLocale,
    "favor-framing": favorFraming as RuleLocale,
    "missing-timeline": missingTimeline as RuleLocale,
    "no-i-ownership": noIOwnership as RuleLocale,
    "template-apology": templateApology as RuleLocale,
  },
} satisfies LocalePack;
