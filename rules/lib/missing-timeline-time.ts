// The TIMEFRAME grammar of missing-timeline (RULES.md §4.6): bounded durations, clock times, dates,
// weekdays and relative days, per language. The structure lives here; the words (units, markers,
// number words, weekdays, months) come from the rule's locale lexicon under short names:
//
//   n    number words (one, 한/두, 两/二十四, สอง/ยี่สิบสี่); digits are built in below
//   rng  range joiners between two numbers (-, ~, to, 至, ถึง)
//   u    duration units (business days, 영업일, 个工作日, วันทำการ)
//   pre  markers before a duration (within, in the next, 영업일 기준, ภายใน, ไม่เกิน)
//   post markers after a duration (이내, 안에, 内, 之后)
//   span durations that carry their own number (하루, 이틀)
//   sn / su (ko) Sino-Korean numerals and the duration units they count (삼 일, 이십사 시간)
//   pt   bare points in time (today, tomorrow, Friday, EOD, 내일, 下周一, พรุ่งนี้)
//   dp   day parts before a clock hour (오후, 下午, บ่าย)
//   hr   clock-hour words after a number (시, 点/點, โมง, ทุ่ม); ap: am/pm after an hour (en)
//   mo / dy  month and day words of a numeric date (월 일, 月 日); mon: month names (en)
//   dpre markers before a day number (วันที่, by the)
//   mk   time markers next to a date/time placeholder (by, 까지, 前, ภายใน)
//   hrmk (zh) what may follow a bare clock hour (三点前, 十点半); dmk (zh) what may follow a bare day
//        number (5号前, 5號下午); mth (zh) month words before a day number (本月5号, 下個月3日)
// A template is used only when the locale defines every list it names.

import type { Lexicon, Patterns } from "../../src/types.js";

const range = (from: number, to: number, pad = false): string[] =>
  Array.from({ length: to - from + 1 }, (_, k) => (pad && from + k < 10 ? `0${from + k}` : String(from + k)));

/** Any number: digits 0–120 (and a few larger durations) or a number word of the locale. */
const N = `(${[...range(0, 120), "144", "168"].join("|")}|@n)`;
/** Clock hours and minutes. */
const H = `(${[...range(0, 24), ...range(0, 9, true)].join("|")})`;
const MM = `(${range(0, 59, true).join("|")})`;
/** Hour and day numbers for dates. */
const DAY = `(${[...range(1, 31), ...range(1, 9, true)].join("|")})`;
const ORD = `(${range(1, 31).flatMap((d) => [`${d}st`, `${d}nd`, `${d}rd`, `${d}th`]).join("|")})`;
/** Clock hours glued to am/pm (3pm, 11am), written so in every language. */
const AMPM = `(${range(1, 12).flatMap((h) => [`${h}am`, `${h}pm`]).join("|")})`;
/** Durations glued to an hour/minute abbreviation (24h, 48hrs, 30min), written so in every language. */
const GLUED = `(${[...range(1, 72), "96", "120"].flatMap((h) => [`${h}h`, `${h}hr`, `${h}hrs`, `${h}min`, `${h}mins`]).join("|")})`;
/** Years of an ISO date (2026-05-03). */
const YEAR = `(${range(2020, 2035).join("|")})`;
/** A masked placeholder (reads as U+FFFC in the normalized text). */
const SLOT = "\uFFFC";

/** A number or a range of two (3-5, 2~3, two to three). */
const NR = `${N} (-|~|@rng)? ${N}?`;

const COMMON = [
  `@pre ${NR} @u`,
  `${NR} @u @post`,
  `@pre ${GLUED}`,
  `${GLUED} @post`,
  "@span @post",
  "@pt",
  AMPM,
  `${YEAR} (-|/|.) ${DAY} (-|/|.) ${DAY}`,
];

const GRAMMAR: Record<string, readonly string[]> = {
  en: [
    ...COMMON,
    `${H} : ${MM} @ap?`,
    `${H} @ap`,
    `@mon (${DAY}|${ORD.slice(1, -1)})`,
    `(${DAY}|${ORD.slice(1, -1)}) @mon`,
    `(the)? ${ORD} of @mon`,
    // by May 3 / on the 5th / before 3/5: a day number shortly after a time marker
    `@mk ...10? (${DAY}|${ORD.slice(1, -1)})`,
    `@mk ${SLOT}`,
  ],
  ko: [
    ...COMMON,
    "@sn @su @post",
    "@pre @sn @su",
    `@dp? ${N} @hr`,
    `@dp? ${H} : ${MM}`,
    `${N} @mo ${N} @dy`,
    `${DAY} / ${DAY} @post`,
    `${SLOT} @mk`,
  ],
  zh: [
    ...COMMON,
    `@dp ${N} @hr`,
    `${H} @hr`,
    `${N} @hr @hrmk`,
    `${DAY} (号|號) @dmk`,
    `@mth ${N} @dy`,
    `@dp? ${H} : ${MM}`,
    `${N} @mo ${N} @dy`,
    `${SLOT} @mk`,
    `@mk ${SLOT}`,
  ],
  th: [
    ...COMMON,
    `@dp? ${N} @hr`,
    `${H} (:|.) ${MM} (น.)?`,
    `@dpre ${N}`,
    `@mk ${SLOT}`,
  ],
};

const cache = new WeakMap<Lexicon, Patterns>();

/** The TIMEFRAME patterns of a language whose lists the locale lexicon defines (cached per lexicon). */
export function timePatterns(lang: string, lexicon: Lexicon | undefined): Patterns {
  const lex = lexicon ?? {};
  let patterns = cache.get(lex);
  if (!patterns) {
    // The range joiner list is optional: without it, only "-" and "~" join a range.
    const grammar = (GRAMMAR[lang] ?? []).map((t) => (lex.rng?.length ? t : t.replace("|@rng", "")));
    patterns = grammar.filter((t) => [...t.matchAll(/@(\w+)/g)].every((m) => (lex[m[1] as string]?.length ?? 0) > 0));
    cache.set(lex, patterns);
  }
  return patterns;
}

/** Placeholder names that stand for a time (RULES.md §2): by {{ticket.due_date}}, {{eta}}까지. */
export const TIME_SLOT_NAME = /date|time|due|eta|deadline|sla/i;
