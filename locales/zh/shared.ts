// Shared Chinese word lists (RULES.md §3), referenced from patterns as @name.
// Every phrase is carried in both scripts (Hans and Hant, incl. Taiwan/Hong Kong wording);
// scripts are never converted at match time (RULES.md §0).

/** Every concatenation of one item from each part, in order, without duplicates. */
export function cross(...parts: readonly (readonly string[])[]): string[] {
  return uniq(parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), [""]));
}

/** Removes duplicates and empty phrases (lexicon lists must hold each phrase once). */
export function uniq(list: readonly string[]): string[] {
  return [...new Set(list.filter((s) => s.trim() !== ""))];
}

/** Adverbs that intensify an apology: 非常抱歉, 真的很抱歉, 實在不好意思. */
const intensifier = uniq([
  "非常", "很", "真的很", "真的非常", "十分", "实在", "實在", "实在是", "實在是", "实在很", "實在很", "实在非常",
  "實在非常", "真的", "真是", "真的是", "万分", "萬分", "特别", "特別", "深深", "深感", "再次", "再度", "太", "好",
  "超级", "超級", "真心", "由衷", "由衷地", "在此", "诚挚地", "誠摯地", "深深地", "非常非常", "真的真的", "也很",
]);

/** Bare apology heads (APOLOGY, RULES.md §3). */
const apologyHead = ["抱歉", "对不起", "對不起", "不好意思", "抱歉了", "sorry"];

/** Forbearance verbs: 谅解 / 見諒 … (a forbearance request counts as an apology in zh). */
const forbearance = ["谅解", "諒解", "见谅", "見諒", "包涵", "海涵", "原谅", "原諒", "理解", "体谅", "體諒"];

export default {
  /** APOLOGY (RULES.md §3): 抱歉, 对不起/對不起, 不好意思, 致歉, 道歉, 歉意, 见谅/見諒. */
  apology: ["抱歉", "对不起", "對不起", "不好意思", "致歉", "道歉", "歉意", "见谅", "見諒"],

  /**
   * Apologies and forbearance requests that complete a template-apology frame (§4.1):
   * 敬请谅解, 请(您)(多多)谅解/理解/见谅/包涵, 深表歉意, (非常/很/真的很)抱歉, 不好意思, 对不起;
   * Hant 敬請見諒, 還請見諒, 請(您)(多多)見諒/諒解/包涵, 敬請原諒, 深感抱歉 ….
   */
  apologyPhrase: uniq([
    ...cross(["", ...intensifier], apologyHead),
    ...cross(
      ["敬请", "敬請", "还请", "還請", "请", "請", "烦请", "煩請", "望", "还望", "還望", "恳请", "懇請", "希望", "也请",
        "也請", "尚请", "尚請", "敬希", "祈请", "祈請", "务请", "務請"],
      ["", "您", "你", "大家", "各位"],
      ["", "多多", "多", "能", "能够", "能夠", "多加"],
      forbearance,
    ),
    ...cross(["", "深表", "表示", "致以", "献上", "獻上", "送上", "奉上"],
      ["", "深深的", "深切的", "诚挚的", "誠摯的", "最诚挚的", "最誠摯的", "万分的", "萬分的", "真诚的", "真誠的", "由衷的", "十二万分的", "十二萬分的"],
      ["歉意"]),
    "深感抱歉", "深感歉意", "深表遗憾", "深表遺憾", "深感遗憾", "深感遺憾", "致歉", "道歉", "深致歉意",
    "见谅", "見諒", "包涵", "海涵", "多多包涵", "多多见谅", "多多見諒", "多多谅解", "多多諒解", "多多海涵",
    "敬请原谅", "敬請原諒", "请多包涵", "請多包涵", "请多见谅", "請多見諒",
  ]),

  /** GENERIC OBJECTS of a zh template apology: 不便, 困扰/困擾, 麻烦/麻煩, 不好的(购物)体验 …. */
  genericTrouble: uniq([
    "不便", "不便之处", "不便之處", "困扰", "困擾", "麻烦", "麻煩", "烦恼", "煩惱", "困惑", "不愉快", "不快", "不悦",
    "不悅", "不适", "不適", "影响", "影響", "不必要的麻烦", "不必要的麻煩", "额外的麻烦", "額外的麻煩", "不必要的困扰",
    "不必要的困擾", "不好的印象",
    ...cross(
      ["不好的", "不愉快的", "不佳的", "不良的", "糟糕的", "不满意的", "不滿意的", "不好", "不佳", "不良", "糟糕", "负面的", "負面的"],
      ["", "购物", "購物", "服务", "服務", "用户", "用戶", "使用", "消费", "消費", "用餐", "入住", "乘车", "乘車"],
      ["体验", "體驗", "经历", "經歷", "经验", "經驗", "感受"],
    ),
  ]),

  /** Quantifiers before a generic object: 一些不便, 诸多不便, 任何困扰. */
  troubleAmount: ["一些", "一点", "一點", "些许", "些許", "任何", "诸多", "諸多", "许多", "許多", "很多", "不少", "这么多",
    "這麼多", "那么多", "那麼多", "如此多", "一定的", "极大的", "極大的", "很大的", "这样的", "這樣的", "这些", "這些",
    "太多", "这样那样的", "這樣那樣的", "些", "点", "點"],
} as const;
