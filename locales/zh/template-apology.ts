import type { Data, MessageId } from "../../rules/template-apology.js";
import type { RuleLocale } from "../../src/types.js";

// zh-Hans and zh-Hant (RULES.md §4.1). A FRAME around a generic object (带来/造成不便, 由此/对此 + 不便,
// 不便之处, 如有不便, 让您失望 …) joined in the same sentence to an apology or forbearance request
// (@apologyPhrase) before or after it; the span covers both and what lies between. A cause named
// before the frame (快递延误给您带来不便) stays outside the span: no lead item swallows it.

// 给您带来了一些不便 / 由此给您带来的不便 / 造成您的困擾 / 對於造成您的不便 / 如有造成您的困擾 / 给您添麻烦
const CAUSED = "@lead? @toYou? @cause (了)? (您的|你的|您|你|大家的|大家)? (的)? @causedAmount? @genericTrouble (了)?";
// 如有不便 / 对此不便 / 若有任何困擾
const HEDGED = "@hedge (的)? @troubleAmount? @genericTrouble";
// 不便之处 / 服务不周之处 / 招待不周之處 / 有什么不周到的地方
const FAULT = "@faultHedge? @faultArea? @fault (之处|之處|的地方)";
// 让您失望(了) / 讓您感到困擾
const LET_DOWN = "@letYou (感到|觉得|覺得|有|产生|產生|有了)? (很|非常|如此|这么|這麼|那么|那麼|有些|有点|有點)? @letDown";
const FRAMES = [CAUSED, HEDGED, FAULT, LET_DOWN];

export default {
  messages: {
    templateApology: "套话式道歉（“{{actual}}”）：请说清楚具体出了什么问题，以及给客户带来了什么影响。",
    useSpecific: "写明具体问题以及给客户造成的影响",
  },
  data: {
    lexicon: {
      /** Generic heads before the cause verb; they belong to the formula (由此, 对此, 這次, 如有 …). */
      lead: ["由此(而)?", "(对|對)此", "对于(此次|这次|本次|由此|因此)?", "對於(此次|這次|本次|由此|因此)?", "(这|這|此|本)次", "因(此|而)",
        "(为|為)此", "(如|若)(有)?(因此)?", "如果(有|因此)?", "倘若", "假如", "要是", "(万|萬)一", "可能", "(我|我们|小妹|本店|再次)?对",
        "(我|我們|本店|再次)?對", "我们对(于|此次)", "我們對(於|此次)", "(再次|在此|谨此|特此|我们)?为", "(再次|在此|謹此|特此|我們)?為"],
      toYou: ["(而|再次|又|一直)?给您", "(而|再次|又|一直)?給您", "给(您(的|们|和家人)|你|大家|亲(亲)?|各位)",
        "給(您(的|們|和家人)|你|大家|親(親)?|各位)", "(对|對)(您(的)?|你)", "(为|為)您"],
      cause: ["(所)?(带来|帶來|造成|产生|產生|引起)", "所(造成|带来|帶來)的", "带给(您|你)", "帶給(您|你)", "引起您", "(增)?添", "(导|導|招)致",
        "(带|帶)去", "造成了您"],
      hedge: ["(如|若|如果|倘若|假如|要是)有", "(如|若|如果)?有任何", "(如|若)有任何的", "由此((产生|產生|引起)的|而(来|來)的)?", "对此(产生的)?",
        "對此(產生的)?", "(如|若)(存在|(对|對)您有)"],
      faultHedge: ["(如|若|如果)?有(什么|什麼|任何)?", "其(他|它)", "一切", "所有"],
      faultArea: ["服(务|務)(上|中)?", "招待", "照(顾|顧)", "(我们)?工作(中)?", "我們工作(中)?", "回(复|覆)", "(处|處)理(上)?", "售(后|後)",
        "(沟|溝)通", "解答", "客服", "接待", "安排", "考(虑|慮)", "(准备|準備)", "我们(的|服务)?", "我們(的|服務)?", "小妹", "本店"],
      fault: ["不(周(到)?|到(位)?|妥|足|便|好|完善)", "怠慢(了您|您)?", "疏忽", "欠妥", "做(得|的)不((够|夠))?好", "不(够|夠)(好|周到)", "失(误|誤)",
        "不(当|當)", "不(尽|盡)如人意"],
      letYou: ["让(您(们)?|你|亲(亲)?|大家|各位)", "讓(您(們)?|你|親(親)?|大家|各位)", "(令|使)(您|你)"],
      letDown: ["失望(了)?", "困(扰|擾)", "不(便|愉快|舒服|爽|悦|悅)", "不(开|開)心", "不(满|滿)意", "(为难|為難)", "心(烦|煩)", "(烦恼|煩惱)", "困惑",
        "有不(好|愉快)的(体验|體驗)", "有不好的(购物体验|購物體驗|感受|经历|經驗)", "有不愉快的(经历|經歷)", "(扫兴|掃興)"],
      /** A subject before an apology that opens the sentence: 我们非常抱歉给您带来不便. */
      sorrySubject: ["(我们|我們)(在此)?", "(我|我们)?这边", "(我|我們)?這邊", "我(司|方)?", "小妹", "本店", "在此", "本公司", "客服", "小(编|編)"],
      /** Intensifiers before the fixed formulas: 实在是给您添麻烦了, 真的給您添麻煩了. */
      fixedLead: ["(实在|實在)(是(又)?|太|很)?", "真的(是|太|又|很)?", "真(是(太)?|心)", "又(一次)?", "再次", "太", "(这|這)次(真的|又)?"],
      /** Amounts in a frame and in the fixed formulas: 带来诸多不便, 给您添了不少麻烦. */
      causedAmount: ["一(些|点|點)", "任何", "(诸|諸|许|許|很|太|这么|這麼|如此)多", "不少", "些(许|許)", "(额外|額外|一定|极大|極大|很大)的"],
      fixedAmount: ["不少", "(很|许|許|诸|諸|这么|這麼|那么|那麼|太)多", "一(些|点|點)"],
      fixedTo: ["给(您|你|亲(亲)?|大家|各位)", "給(您|你|親(親)?|大家|各位)"],
    },
    patterns: [
      // frame, then the apology: 给您带来不便，敬请谅解 / 由此给您带来的不便，我们深表歉意 / 不便之處，敬請見諒
      ...FRAMES.map((f) => `${f} ...12? @apologyPhrase`),
      // apology first: 抱歉给您带来不便 / 非常抱歉让您失望了 (and a second apology after: 抱歉给您带来不便，敬请谅解)
      ...FRAMES.map((f) => `@sorrySubject? @apologyPhrase ...12? ${f}`),
      ...FRAMES.map((f) => `@sorrySubject? @apologyPhrase ...12? ${f} ...12? @apologyPhrase`),
      // FIXED FORMULAS, no apology word needed: 给您添麻烦了 / 给您带来不便了 / 實在是給您添麻煩了
      "@fixedLead? @fixedTo 添 (了)? @fixedAmount? (麻(烦|煩)|困(扰|擾)) (了)",
      "@fixedLead? @fixedTo (带来|帶來|造成) (了)? (一些|一点|一點|不少|很多|许多|許多|诸多|諸多|这么多|這麼多|太多)? (不便|麻(烦|煩)|困(扰|擾)) (了)",
      // FIXED FORMULAS with a forbearance request and no apology word: 服务不周之处，还请您多多包涵 (covered
      // by FAULT + @apologyPhrase above); 怠慢了，请见谅
      "(怠慢了|(招待|服(务|務)|照(顾|顧))不周|多有(怠慢|打(扰|擾))) ...4? @apologyPhrase",
    ],
    exceptions: [
      // not causing trouble: 为避免给您带来不便 / 以免造成困扰 / 不会给您带来任何影响
      "((才)?不(会|會)|并不会|並不會|不至(于|於)|不(致|想|希望|再|能|可能|要|愿|願)|避免|以免|免得|防止|减少(对)?|減少(對)?|降低|(为|為)了不|(尽|盡)量不|尽可能减少|儘可能減少|怕|(担|擔)心|(没|沒)有|毫(无|無)) (再|又|任何|会|會|对|對)? ((给|給)(您|你)|(对|對|为|為|让|讓)您|带来|帶來|造成|添|引起|(产|產)生)",
      // 了解, not the sentence-final 了 of a fixed formula: 给您带来不便了解…
      "(麻(烦|煩)|困(扰|擾)|不便) 了解",
    ],
    rewrites: [
      "{具体问题}，真的很抱歉",
      "{我们做错了什么}，还让您{额外的麻烦}，真的很抱歉",
    ],
  },
  variants: {
    hant: {
      messages: {
        templateApology: "套話式道歉（「{{actual}}」）：請說清楚具體出了什麼問題，以及給客戶帶來了什麼影響。",
        useSpecific: "寫明具體問題以及給客戶造成的影響",
      },
      data: {
        rewrites: [
          "{具體問題}，真的很抱歉",
          "{我們做錯了什麼}，還讓您{額外的麻煩}，真的很抱歉",
        ],
      },
    },
  },
} satisfies RuleLocale<MessageId, Data>;
