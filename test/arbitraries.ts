// Shared generators and invariant checks for the robustness tests (properties, adversarial inputs).
// Replies are built from real fragments (the corpus, plus hand-written apologies, "but" pivots,
// closers and promises in every language), with placeholders, markup and noise spliced in.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { Diagnostic, FixResult, Lang, LintOptions, LintResult } from "../src/index.js";

export const LANG_LIST: readonly Lang[] = ["en", "ko", "zh", "th"];

/** Reply texts of the test corpus, per language. */
const readCorpus = (lang: Lang): readonly string[] =>
  readFileSync(new URL(`./corpus/${lang}.jsonl`, import.meta.url), "utf8").split("\n").filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
export const corpus: Record<Lang, readonly string[]> = { en: readCorpus("en"), ko: readCorpus("ko"), zh: readCorpus("zh"), th: readCorpus("th") };

/** Hand-written fragments in the shapes the rules look for, per language. */
export const fragments: Record<Lang, Record<"apology" | "butPivot" | "closer" | "promise" | "neutral", readonly string[]>> = {
  en: {
    apology: ["We apologize for any inconvenience.", "Sorry for the inconvenience!", "I'm so sorry about the delay with your order.",
      "We're sorry for any trouble this may have caused.", "Our apologies for the confusion.", "Sorry for the wait and any hassle."],
    butPivot: ["I'm sorry, but we can't refund this order.", "We apologize for the delay, but the courier lost your parcel.",
      "I understand your frustration, but this is our policy.", "Sorry about that, however the warranty has expired."],
    closer: ["Is there anything else I can help with?", "Is there anything else I can help you with today?",
      "Let me know if you have any other questions.", "Feel free to reach out anytime!", "Anything else I can do for you?"],
    promise: ["We'll look into it.", "Our team will get back to you soon.", "We will investigate this as soon as possible.",
      "Our engineers are looking into the sync issue."],
    neutral: ["Hi there,", "Thanks for reaching out.", "Your refund of $42 was issued today.", "Did you try restarting the app?",
      "As a one-off goodwill gesture, we've waived the fee.", "That's the courier's fault, not ours.", "Best regards,\nDana"],
  },
  ko: {
    apology: ["이용에 불편을 드려 죄송합니다.", "불편을 드려 대단히 죄송합니다.", "기다리게 해 드려 정말 죄송합니다."],
    butPivot: ["답변이 늦어 죄송하지만 할인 상품은 교환이 불가합니다.", "불편을 드려 죄송하지만 택배사 쪽 문제라 저희도 어쩔 수 없습니다."],
    closer: ["더 궁금하신 점이 있으시면 언제든지 문의해 주세요.", "다른 문의 사항이 있으시면 말씀해 주세요."],
    promise: ["확인 후 연락드리겠습니다.", "빠른 시일 내에 연락드리겠습니다.", "담당 부서에서 확인 중입니다."],
    neutral: ["안녕하세요, 고객님.", "주문하신 운동화가 오늘 발송되었습니다.", "감사합니다."],
  },
  zh: {
    apology: ["给您带来不便，敬请谅解。", "给您带来不便非常抱歉哦～", "造成您的不便，敬請見諒。"],
    butPivot: ["理解您的心情，但是定制商品是不支持退换的哦。", "非常抱歉，但是这个订单已经发货了。"],
    closer: ["请问还有什么可以帮您的吗？", "还有其他可以帮您的吗？"],
    promise: ["我们会尽快处理。", "技术部门正在排查，请您耐心等待。"],
    neutral: ["亲，", "订单已经帮您改好地址了。", "这个是快递那边弄丢的，跟我们店没关系哦。"],
  },
  th: {
    apology: ["ขออภัยในความไม่สะดวกค่ะ", "ขอโทษจริงๆ นะคะที่ส่งเสื้อผิดไซซ์ไป"],
    butPivot: ["ขออภัยในความไม่สะดวกค่ะ แต่เป็นปัญหาจากขนส่งนะคะ", "เข้าใจความรู้สึกของคุณลูกค้าค่ะ แต่สินค้าโปรโมชันไม่สามารถคืนได้ค่ะ"],
    closer: ["มีอะไรให้ช่วยเหลือเพิ่มเติมไหมคะ", "หากมีข้อสงสัยเพิ่มเติม สามารถติดต่อได้ตลอดเลยนะคะ"],
    promise: ["จะดำเนินการให้โดยเร็วค่ะ", "ทางเราจะตรวจสอบและแจ้งกลับค่ะ"],
    neutral: ["สวัสดีค่ะ", "ทางร้านได้ส่งสินค้าชิ้นใหม่ให้เรียบร้อยแล้วนะคะ"],
  },
};

/** Protected tokens: each is masked in every format, so it must come out of fix() byte for byte. */
export const placeholders: readonly string[] = [
  "{{ticket.requester.name}}", "{{ticket.requester.first_name}}", "{{ticket.id}}", "{{{ticket.description}}}",
  "{% if ticket.status == 'open' %}", "{% endif %}", "{%customer.firstName,fallback=there%}", "%{name}", "%{order_number}",
  "${agent.name}", "[[agent]]", "[[order_id]]", "{!Case.CaseNumber}", "{count, plural, one {# item} other {# items}}",
  "{{!-- internal note --}}", "%s", "%1$s", "{% comment %}secret note{% endcomment %}",
  "https://example.com/orders/123?ref=a", "www.example.com/help", "help@example.com", "@support",
];
/** Markup: masked only in its own format (so rules may edit around or over it in "text"). */
export const markup: readonly string[] = [
  "<p>", "</p>", "<br>", "<b>bold</b>", "&amp;", "&nbsp;", "&#x1F600;", '<a href="https://example.com">link</a>',
  "<!-- note -->", "**bold**", "_em_", "`code`", "[link](https://example.com/x)", "# Heading\n", "- item\n",
  "```\ncode block\n```\n", "> quoted line\n", "<div><span>nested</span></div>",
];
/** Noise that cannot open a masked range (safe to drop anywhere without swallowing a placeholder). */
export const softNoise: readonly string[] = [
  "\ud800", "\udc00", "\udbff", "\udfff", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u200b", "\u200c", "\u200d", "\u2060",
  "\ufeff", "\u00ad", "\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u0301", "\u0308\u0323", "\u0e33", "\u0e48", "เเ", "ๆ",
  "👩🏽‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇰🇷", "\r\n", "\r", "\n", "\n\n", "\u2028", "\u2029", " ", "\t", "\u3000", "\u00a0",
  "。", "！", "？", "，", "、", "～", "…", "—", "ครับ ", "ค่ะ ", "นะคะ", "Ｓｏｒｒｙ", "ﬁ", "㎏", "①", "Ⅻ", "ǅ", "İ", "ß",
  "한", "漢", "ไทย", "Zoë", "Ж", "ع", "कि", "ア", "'", "\u2019", "\"", ".", "?", "!", ",", ":", ";", "-", "~",
];
/** Noise that can open or close masked ranges and so interact with neighbouring placeholders. */
export const hardNoise: readonly string[] = [
  "{{", "}}", "{%", "%}", "{", "}", "[[", "]]", "%{", "${", "`", "```", "<", ">", "</", "&", "&#", "*", "_", "[", "](", ")",
  "> ", "On Mon, Ann wrote:\n", "{{name}}", "%d", "http://", "@", "#", "<script>", "<!--",
];

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** A fragment of a reply in one language: hand-written or a sentence-ish slice of a corpus reply. */
export function fragmentArb(lang: Lang): fc.Arbitrary<string> {
  const f = fragments[lang];
  return fc.oneof(
    { weight: 3, arbitrary: pick([...f.apology, ...f.butPivot, ...f.closer, ...f.promise, ...f.neutral]) },
    { weight: 1, arbitrary: pick(corpus[lang]) },
  );
}

export interface Spliced {
  text: string;
  lang: Lang;
  /** The protected tokens spliced in, in order, with their input ranges. */
  protectedRanges: { start: number; end: number; text: string }[];
}

const JOIN: Record<Lang, readonly string[]> = {
  en: [" ", " ", "\n", "\r\n", "\n\n", "\r\n\r\n"],
  ko: [" ", " ", "\n", "\r\n\r\n"],
  zh: ["", "", " ", "\n", "\r\n"],
  th: [" ", " ", "", "\n", "\r\n"],
};

/** Drops noise pieces into a fragment at arbitrary code-unit positions. */
function sprinkle(base: string, inserts: readonly [number, string][]): string {
  return inserts.reduce((text, [at, piece]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + piece + text.slice(i);
  }, base);
}

/**
 * A realistic reply: fragments (mostly of one language, sometimes another), joined the language's way,
 * with protected tokens between them (padded by a space or a line break), markup and soft noise inside.
 * Every spliced protected token is recorded with its range: they must be masked, whatever the format.
 */
export function splicedReply(opts: { hard?: boolean } = {}): fc.Arbitrary<Spliced> {
  const noise = opts.hard ? [...softNoise, ...hardNoise] : softNoise;
  return pick(LANG_LIST).chain((lang) => {
    const part = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.oneof({ weight: 5, arbitrary: fragmentArb(lang) }, { weight: 1, arbitrary: fragmentArb("en") },
        { weight: 1, arbitrary: pick(LANG_LIST).chain(fragmentArb) }),
      fc.array(fc.tuple(fc.nat(), pick(noise)), { maxLength: 3 })).map(([f, ins]) => ({ kind: "text" as const, value: sprinkle(f, ins) })) },
      { weight: 2, arbitrary: fc.tuple(pick(placeholders), pick([" ", "\n"]), pick([" ", "\n", ", ", ". ", "! "]))
        .map(([p, before, after]) => ({ kind: "protected" as const, value: p, before, after })) },
      { weight: 1, arbitrary: pick(markup).map((m) => ({ kind: "text" as const, value: ` ${m} ` })) },
    );
    return fc.tuple(fc.array(part, { minLength: 1, maxLength: 8 }), fc.array(pick(JOIN[lang]), { minLength: 8, maxLength: 8 }))
      .map(([parts, joins]) => {
        let text = "";
        const protectedRanges: Spliced["protectedRanges"] = [];
        parts.forEach((p, k) => {
          if (k > 0) text += joins[k] as string;
          if (p.kind === "protected") {
            text += p.before;
            protectedRanges.push({ start: text.length, end: text.length + p.value.length, text: p.value });
            text += p.value + p.after;
          } else {
            text += p.value;
          }
        });
        return { text, lang, protectedRanges };
      });
  });
}

/** Arbitrary strings, from raw code units to realistic spliced replies. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme-composite", maxLength: 120 }),
  fc.string({ unit: fc.constantFrom(...softNoise, ...hardNoise, ...placeholders, ...markup, "a", "I", " ", "sorry", "but"), maxLength: 40 }),
  splicedReply({ hard: true }).map((s) => s.text),
);

export const lintOptionsArb: fc.Arbitrary<LintOptions> = fc.record({
  language: pick<LintOptions["language"]>(["auto", "auto", "en", "ko", "zh", "th"]),
  format: pick<LintOptions["format"]>(["text", "markdown", "html"]),
  messageLanguage: pick<LintOptions["messageLanguage"]>(["auto", "en", "ko", "zh", "th"]),
}, { requiredKeys: ["format"] });

// ---------------------------------------------------------------------------------------------
// Independent oracles (not the library's own helpers).

/** 1-based line and UTF-16 column; lines break at \n, \r\n and a lone \r (src/positions.ts). */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Precomputed line starts for long texts (same definition as locate). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function locateWith(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

/** True when offset splits a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const fail = (what: string, text: string, detail: unknown): never => {
  throw new Error(`${what}\ntext: ${JSON.stringify(text)}\n${JSON.stringify(detail)}`);
};

/**
 * Every diagnostic: offsets in bounds, on code-point boundaries, sorted by start; line/column agree;
 * every suggestion's edits sorted, non-overlapping, in bounds, on code-point boundaries, and clear of
 * every protected range (no overlap, no insertion strictly inside); no diagnostic edge inside one.
 */
export function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[],
  protectedRanges: readonly { start: number; end: number }[] = []): void {
  const starts = lineStarts(text);
  let previous = 0;
  for (const d of diagnostics) {
    if (!(Number.isInteger(d.start) && Number.isInteger(d.end) && 0 <= d.start && d.start <= d.end && d.end <= text.length)) {
      fail("diagnostic out of bounds", text, d);
    }
    if (d.start < previous) fail("diagnostics not sorted by start", text, diagnostics);
    previous = d.start;
    if (splitsPair(text, d.start) || splitsPair(text, d.end)) fail("diagnostic splits a surrogate pair", text, d);
    const a = locateWith(starts, d.start);
    const b = locateWith(starts, d.end);
    if (a.line !== d.line || a.column !== d.column || b.line !== d.endLine || b.column !== d.endColumn) {
      fail("line/column disagree with offsets", text, { d, expected: [a, b] });
    }
    for (const p of protectedRanges) {
      if ((p.start < d.start && d.start < p.end) || (p.start < d.end && d.end < p.end)) fail("diagnostic edge inside a placeholder", text, { d, p });
    }
    for (const s of d.suggestions) {
      let reach = 0;
      if (!Array.isArray(s.needsInput) || typeof s.message !== "string") fail("malformed suggestion", text, s);
      for (const e of s.edits) {
        if (!(typeof e.text === "string" && Number.isInteger(e.start) && Number.isInteger(e.end) && reach <= e.start && e.start <= e.end && e.end <= text.length)) {
          fail("edit out of bounds, unsorted or overlapping", text, { d, s });
        }
        reach = e.end;
        if (splitsPair(text, e.start) || splitsPair(text, e.end)) fail("edit splits a surrogate pair", text, { d, e });
        for (const p of protectedRanges) {
          const overlaps = e.start === e.end ? p.start < e.start && e.start < p.end : e.start < p.end && p.start < e.end;
          if (overlaps) fail("edit touches a placeholder", text, { e, p });
        }
      }
    }
  }
}

/** Each token appears in output in the same order, byte for byte, at distinct places. */
export function checkSurvives(output: string, tokens: readonly string[], text: string): void {
  let at = 0;
  for (const t of tokens) {
    const i = output.indexOf(t, at);
    if (i < 0) fail(`placeholder ${JSON.stringify(t)} lost or reordered by fix`, text, { output });
    at = i + t.length;
  }
}

/** A deep-comparable form of diagnostics. */
export const plain = (ds: readonly Diagnostic[]): unknown => JSON.parse(JSON.stringify(ds));

export interface FixCheck {
  lint: (text: string, options?: LintOptions) => LintResult;
  fix: (text: string, options?: LintOptions) => FixResult;
}
