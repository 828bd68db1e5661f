// Shared Chinese word lists (RULES.md §3), referenced from patterns as @name.
// Every phrase is carried in both scripts (Hans and Hant, incl. Taiwan/Hong Kong wording);
// scripts are never converted at match time (RULES.md §0). An entry expands to at most 512 phrases.

/** Forbearance requests, one entry per request word: 敬请谅解, 请您多多包涵, 還請見諒 …. */
const forbear = (head: string): string =>
  `${head}(您|你|大家|各位)?(多多|多|能|能够|能夠|多加)?(谅解|諒解|见谅|見諒|包涵|海涵|原谅|原諒|理解|体谅|體諒)`;

/** Adjective and kind of a bad experience, before its noun: 不好的购物体验, 不愉快的經歷. */
const badExperience = (noun: string): string =>
  `((不好|不佳|不良|糟糕)(的)?|(不愉快|不满意|不滿意|负面|負面)的)(购物|購物|服务|服務|用户|用戶|使用|消费|消費|用餐|入住|乘车|乘車)?${noun}`;

export default {
  /** APOLOGY (RULES.md §3): 抱歉, 对不起/對不起, 不好意思, 致歉, 道歉, 歉意, 见谅/見諒. */
  apology: ["抱歉", "(对|對)不起", "不好意思", "致歉", "道歉", "歉意", "见谅", "見諒"],

  /**
   * Apologies and forbearance requests that complete a template-apology frame (§4.1):
   * 敬请谅解, 请(您)(多多)谅解/理解/见谅/包涵, 深表歉意, (非常/很/真的很)抱歉, 不好意思, 对不起;
   * Hant 敬請見諒, 還請見諒, 請(您)(多多)見諒/諒解/包涵, 敬請原諒, 深感抱歉 ….
   */
  apologyPhrase: [
    // an intensified bare apology: 非常抱歉, 真的很抱歉, 實在不好意思
    "(非常(非常)?|很|十分|(实在|實在)(是|很|非常)?|真的(很|非常|是|真的)?|真(是|心)|(万|萬)分|特(别|別)|深深(地)?|深感|再(次|度)|太|好|超(级|級)|由衷(地)?|在此|(诚挚|誠摯)地|也很)?(抱歉(了)?|(对|對)不起|不好意思|sorry)",
    ...["敬请", "敬請", "还请", "還請", "请", "請", "烦请", "煩請", "望", "还望", "還望", "恳请", "懇請", "希望", "也请", "也請",
      "尚请", "尚請", "敬希", "祈请", "祈請", "务请", "務請"].map(forbear),
    "(深表|表示|致以|(献|獻|送|奉)上)?(深深的|深切的|(最)?(诚挚|誠摯)的|(万|萬)分的|(真诚|真誠)的|由衷的|十二(万|萬)分的)?歉意",
    "深感歉意", "深(表|感)(遗|遺)憾", "致歉", "道歉", "深致歉意", "(多多)?(见谅|見諒|包涵|海涵)", "多多(谅解|諒解)",
  ],

  /** GENERIC OBJECTS of a zh template apology: 不便, 困扰/困擾, 麻烦/麻煩, 不好的(购物)体验 …. */
  genericTrouble: [
    "不便(之(处|處))?", "(不必要的)?(困扰|困擾|麻烦|麻煩)", "(烦恼|煩惱)", "困惑", "不愉快", "不快", "不(悦|悅|适|適)", "影(响|響)",
    "额外的麻烦", "額外的麻煩", "不好的印象", ...["(体验|體驗)", "(经历|經歷)", "(经验|經驗)", "感受"].map(badExperience),
  ],

  /** Quantifiers before a generic object: 一些不便, 诸多不便, 任何困扰. */
  troubleAmount: ["(一)?(些|点|點)", "些(许|許)", "任何", "(诸|諸|许|許|很|太|这么|這麼|那么|那麼|如此)多", "不少",
    "(一定|极大|極大|很大|这样(那样)?|這樣(那樣)?)的", "(这|這)些"],
} as const;
