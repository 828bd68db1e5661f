// The playground's languages and its UI strings, in one place. The UI follows the message language: the
// one chosen in the select, or with "Same as the reply" the language the reply is linted in (English when
// it is none of the four). Adding a language: one entry in LANGUAGES and one in UI.

import type { Lang, Severity } from "../src/index.js";

/** The options of both language selects, in this order, each labelled in its own language. */
export const LANGUAGES: readonly { code: Lang; name: string }[] = [
  { code: "en", name: "English" },
  { code: "ko", name: "한국어" },
  { code: "zh", name: "中文" },
  { code: "th", name: "ไทย" },
];

/** Static texts of index.html: the text of the elements with `data-ui="<key>"`, the aria-label of those with `data-ui-aria`. */
export interface UiLabels {
  settings: string;
  samples: string;
  replyLanguage: string;
  autoDetect: string;
  messageLanguage: string;
  sameAsReply: string;
  detected: string;
  draft: string;
  fixAll: string;
  problems: string;
}

export interface UiStrings {
  labels: UiLabels;
  /** Language names in this UI language. */
  names: Record<Lang, string>;
  /** The detected language when it is none of `codes` ("en/ko/zh/th"). */
  otherLanguage: (codes: string) => string;
  lintedAs: (code: string) => string;
  loadSample: (name: string) => string;
  loaded: (name: string) => string;
  noProblems: string;
  /** "2 problems", and the same for each severity; `summary` joins them. */
  problems: (n: number) => string;
  severityCount: Record<Severity, (n: number) => string>;
  summary: (total: string, parts: readonly string[]) => string;
  /** The severity shown on each problem. */
  severity: Record<Severity, string>;
  select: (text: string, line: number, column: number) => string;
  suggestionsFor: (ruleId: string) => string;
  /** The preview of a suggestion that only removes text: what goes before and after the removed text. */
  removal: readonly [before: string, after: string];
  thenFillIn: (slots: readonly string[]) => string;
  applied: string;
  appliedThenType: (slot: string) => string;
  stale: string;
  nothingToFix: string;
  fixed: (fixed: number, left: number) => string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

export const UI: Readonly<Record<Lang, UiStrings>> = {
  en: {
    labels: {
      settings: "Settings",
      samples: "Sample replies",
      replyLanguage: "Reply language",
      autoDetect: "Auto-detect",
      messageLanguage: "Message language",
      sameAsReply: "Same as the reply",
      detected: "Detected language: ",
      draft: "Draft reply",
      fixAll: "Fix all safe",
      problems: "Problems",
    },
    names: { en: "English", ko: "Korean", zh: "Chinese", th: "Thai" },
    otherLanguage: (codes) => `not one of ${codes}`,
    lintedAs: (code) => `Linted as ${code}`,
    loadSample: (name) => `Load the ${name} sample reply`,
    loaded: (name) => `Loaded the ${name} sample.`,
    noProblems: "No problems found.",
    problems: (n) => plural(n, "problem"),
    severityCount: { error: (n) => plural(n, "error"), warning: (n) => plural(n, "warning"), info: (n) => plural(n, "note") },
    summary: (total, parts) => `${total}: ${parts.join(", ")}.`,
    severity: { error: "error", warning: "warning", info: "info" },
    select: (text, line, column) => `Select “${text}” (line ${line}, column ${column}) in the reply`,
    suggestionsFor: (ruleId) => `Suggestions for ${ruleId}`,
    removal: ["delete “", "”"],
    thenFillIn: (slots) => `Then fill in ${slots.join(", ")}`,
    applied: "Applied.",
    appliedThenType: (slot) => `Applied. Now type ${slot}.`,
    stale: "The reply changed; the suggestions are updated. Choose again.",
    nothingToFix: "Nothing to fix safely: every remaining suggestion needs your input.",
    fixed: (fixed, left) => `Fixed ${plural(fixed, "problem")}; ${plural(left, "problem")} left.`,
  },
  ko: {
    labels: {
      settings: "설정",
      samples: "샘플 답변",
      replyLanguage: "답변 언어",
      autoDetect: "자동 감지",
      messageLanguage: "메시지 언어",
      sameAsReply: "답변과 같은 언어",
      detected: "감지된 언어: ",
      draft: "답변 초안",
      fixAll: "안전한 수정 모두 적용",
      problems: "문제",
    },
    names: { en: "영어", ko: "한국어", zh: "중국어", th: "태국어" },
    otherLanguage: (codes) => `기타 언어 (${codes} 아님)`,
    lintedAs: (code) => `${code} 기준으로 검사함`,
    loadSample: (name) => `${name} 샘플 답변 불러오기`,
    loaded: (name) => `${name} 샘플 답변을 불러왔습니다.`,
    noProblems: "문제가 없습니다.",
    problems: (n) => `문제 ${n}개`,
    severityCount: { error: (n) => `오류 ${n}개`, warning: (n) => `경고 ${n}개`, info: (n) => `참고 ${n}개` },
    summary: (total, parts) => `${total}: ${parts.join(", ")}`,
    severity: { error: "오류", warning: "경고", info: "참고" },
    select: (text, line, column) => `답변에서 “${text}” 선택 (${line}행 ${column}열)`,
    suggestionsFor: (ruleId) => `${ruleId} 수정 제안`,
    removal: ["“", "” 삭제"],
    thenFillIn: (slots) => `이어서 ${slots.join(", ")} 입력`,
    applied: "적용했습니다.",
    appliedThenType: (slot) => `적용했습니다. 이제 ${slot} 부분을 입력하세요.`,
    stale: "답변이 변경되어 제안을 업데이트했습니다. 다시 선택해 주세요.",
    nothingToFix: "안전하게 자동 수정할 항목이 없습니다. 남은 제안은 모두 직접 입력이 필요합니다.",
    fixed: (fixed, left) => `문제 ${fixed}개를 수정했습니다. 남은 문제 ${left}개.`,
  },
  zh: {
    labels: {
      settings: "设置",
      samples: "示例回复",
      replyLanguage: "回复语言",
      autoDetect: "自动检测",
      messageLanguage: "提示语言",
      sameAsReply: "与回复相同",
      detected: "检测到的语言：",
      draft: "回复草稿",
      fixAll: "应用全部安全修复",
      problems: "问题",
    },
    names: { en: "英语", ko: "韩语", zh: "中文", th: "泰语" },
    otherLanguage: (codes) => `其他语言（非 ${codes}）`,
    lintedAs: (code) => `按 ${code} 检查`,
    loadSample: (name) => `载入${name}示例回复`,
    loaded: (name) => `已载入${name}示例回复。`,
    noProblems: "未发现问题。",
    problems: (n) => `${n} 个问题`,
    severityCount: { error: (n) => `${n} 个错误`, warning: (n) => `${n} 个警告`, info: (n) => `${n} 条提示` },
    summary: (total, parts) => `${total}：${parts.join("、")}。`,
    severity: { error: "错误", warning: "警告", info: "提示" },
    select: (text, line, column) => `在回复中选中“${text}”（第 ${line} 行，第 ${column} 列）`,
    suggestionsFor: (ruleId) => `${ruleId} 的修改建议`,
    removal: ["删除“", "”"],
    thenFillIn: (slots) => `然后填写 ${slots.join("、")}`,
    applied: "已应用。",
    appliedThenType: (slot) => `已应用。请填写 ${slot}。`,
    stale: "回复已更改，建议已更新，请重新选择。",
    nothingToFix: "没有可以安全自动修复的问题：剩下的建议都需要您补充内容。",
    fixed: (fixed, left) => `已修复 ${fixed} 个问题，还剩 ${left} 个。`,
  },
  th: {
    labels: {
      settings: "การตั้งค่า",
      samples: "ตัวอย่างคำตอบ",
      replyLanguage: "ภาษาของคำตอบ",
      autoDetect: "ตรวจหาอัตโนมัติ",
      messageLanguage: "ภาษาของข้อความแจ้งเตือน",
      sameAsReply: "ตามภาษาของคำตอบ",
      detected: "ภาษาที่ตรวจพบ: ",
      draft: "ร่างคำตอบ",
      fixAll: "แก้ไขจุดที่ปลอดภัยทั้งหมด",
      problems: "ปัญหา",
    },
    names: { en: "อังกฤษ", ko: "เกาหลี", zh: "จีน", th: "ไทย" },
    otherLanguage: (codes) => `ภาษาอื่น (ไม่ใช่ ${codes})`,
    lintedAs: (code) => `ตรวจตามภาษา ${code}`,
    loadSample: (name) => `โหลดตัวอย่างคำตอบภาษา${name}`,
    loaded: (name) => `โหลดตัวอย่างคำตอบภาษา${name}แล้ว`,
    noProblems: "ไม่พบปัญหา",
    problems: (n) => `พบปัญหา ${n} รายการ`,
    severityCount: { error: (n) => `ข้อผิดพลาด ${n} รายการ`, warning: (n) => `คำเตือน ${n} รายการ`, info: (n) => `หมายเหตุ ${n} รายการ` },
    summary: (total, parts) => `${total}: ${parts.join(" ")}`,
    severity: { error: "ข้อผิดพลาด", warning: "คำเตือน", info: "หมายเหตุ" },
    select: (text, line, column) => `เลือก “${text}” ในคำตอบ (บรรทัด ${line} คอลัมน์ ${column})`,
    suggestionsFor: (ruleId) => `คำแนะนำสำหรับ ${ruleId}`,
    removal: ["ลบ “", "”"],
    thenFillIn: (slots) => `จากนั้นกรอก ${slots.join(" ")}`,
    applied: "นำไปใช้แล้ว",
    appliedThenType: (slot) => `นำไปใช้แล้ว ต่อไปพิมพ์ ${slot}`,
    stale: "คำตอบมีการเปลี่ยนแปลง จึงอัปเดตคำแนะนำแล้ว กรุณาเลือกอีกครั้ง",
    nothingToFix: "ไม่มีจุดที่แก้ไขอัตโนมัติได้อย่างปลอดภัย คำแนะนำที่เหลือต้องให้คุณกรอกข้อมูลเอง",
    fixed: (fixed, left) => `แก้ไขแล้ว ${fixed} รายการ เหลืออีก ${left} รายการ`,
  },
};
