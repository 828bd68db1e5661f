import type { Data, MessageId } from "../../rules/but-pivot.js";
import type { RuleLocale } from "../../src/types.js";

// zh-Hans and zh-Hant (RULES.md §4.2). Both scripts in every list; edges are free (substring match),
// so single-character connectives (但, 却) carry `<` `>` word edges.

export default {
  messages: {
    butPivot: "道歉后紧跟“{{actual}}”，等于收回道歉。先用句号结束道歉，再说能为客户做什么。",
    dropConnective: "删除“{{actual}}”",
    endApology: "用句号结束道歉，再提出能做的事",
  },
  data: {
    lexicon: {
      f: ["(着急|著急|生气|生氣|难过|難過|失望|担心|擔心|不满|不滿|伤心|傷心|心疼|委屈|无奈|無奈|焦急|郁闷|鬱悶|不好受)"],
    },
    triggers: [
      "(抱歉|(对|對)不起|不好意思|致歉|道歉|歉意|(见|見)(谅|諒)|(遗|遺)憾|感同身受|心疼|理解|体会|體會|体谅|體諒|久等了)",
      "了解 (您|你)? (的)? (心情|感受|处境|處境|难处|難處|@f)",
      "(给|給|让|讓) (您|你|亲|親)? (添|久等)",
      "(请|請|敬请|敬請|还请|還請) (您)? ((谅|諒)解|包涵)",
      "(一定|肯定|想必|也|也是|同样|同樣) (很|非常|特别|特別|十分|真的)? @f",
    ],
    notTriggers: [
      "的 理解", "理解了", "(感谢|感謝|谢谢|謝謝|多谢|多謝) (您|你|亲|親|大家)? ((谅|諒)解|体谅|體諒|理解|配合)",
      "(不|无法|無法|难以|難以|没有|沒有) (理解|体会|體會)", "理解 (错|錯|有误|有誤|为|為|成)",
    ],
    connectives: ["(但是|可是|不(过|過)|然而)", "<但>", "<(却|卻)>"],
    openers: ["(只是|只不(过|過))"],
    concessives: ["((虽|雖)(然|说|說)|(尽|儘)管)"],
    exceptions: [
      "(不但|但(愿|願)|但凡|不(过|過)分|好不(过|過))", "只是 (想|要|需要|麻(烦|煩)|(确|確)(认|認)|提醒|跟您)",
    ],
    fillers: ["((亲|親)(爱的|愛的)?|(您|你)好|哈|嗯|哎|唉|呢|哦|呀|啦|啊|真的|(实|實)在|再次|姓名|数字)"],
    reasons: ["(因(为|為)|由(于|於))"],
    requests: ["(麻(烦|煩)|(烦|煩)(请|請)|辛苦) (您|你|亲|親)", "<(请|請)>", "(能否|能不能|可否)", "(可以|方便|能) ...12 (吗|嗎)"],
    notRequests: ["(请|請) (您)? ((谅|諒)解|理解|包涵|(见|見)(谅|諒)|放心|注意|知悉)"],
    stop: "。",
    offer: "我可以帮您{方案一}或者{方案二}，您看哪种更方便？",
  },
  variants: {
    hant: {
      messages: {
        butPivot: "道歉後緊接「{{actual}}」，等於收回道歉。先用句號結束道歉，再說能為客戶做什麼。",
        dropConnective: "刪除「{{actual}}」",
        endApology: "用句號結束道歉，再提出能做的事",
      },
      data: { offer: "我可以幫您{方案一}或{方案二}，您看哪一種比較方便？" },
    },
  },
} satisfies RuleLocale<MessageId, Data>;
