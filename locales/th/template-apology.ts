import type { Data, MessageId } from "../../rules/template-apology.js";
import type { RuleLocale } from "../../src/types.js";

// Thai template apologies (RULES.md §4.1 th). Spaces are optional inside and between items, and both
// edges of a match must be segmenter word boundaries. Trailing particles (ค่ะ, นะคะ) stay outside the
// span; particles inside the formula (ขอโทษด้วยนะคะที่ทำให้ไม่สะดวก) are part of it.

// Who apologizes, the apology, the addressee and up to two intensifiers.
const HEAD = "@apologySubject? (ก็|จึง|จึงต้อง|ก็ต้อง)? @apology @addressee? @onBehalf? @intensifier? @intensifier?";
// The same, with a polite particle that may sit before the object (ขอโทษจริง ๆ ค่ะที่ทำให้สับสน).
const HEAD_P = `${HEAD} @particleInside?`;
// Generic tails kept inside the span: ใดๆ, ที่เกิดขึ้น, (ใน)ครั้งนี้, ทุกประการ, เป็นอย่างสูง, มา ณ ที่นี้, ด้วย.
const TAIL = "@genericAny? @genericTail? @occasion? @intensifier? @intensifier? @hereFormula? (ด้วย)?";
// Tails of an object that comes before the apology (no มา ณ ที่นี้ there).
const PRE_TAIL = "@genericAny? @genericTail? @occasion?";
// The apology after an object that came first (ทางร้านขออภัยด้วย).
const APOLOGY_AFTER = "@apologySubject? (ก็|จึง|จึงต้อง|ก็ต้อง|ขอ)? @apology @addressee? @intensifier? @intensifier? @hereFormula? (ด้วย)?";
const IF = "(หาก(ว่า|เกิด)?|ถ้า(หาก(ว่า)?|เกิด)?|(ใน)?กรณีที่)";
const CAUSE = "(อาจ|อาจจะ)? (ได้)? (ทำให้|สร้าง|ก่อให้เกิด|ทำให้เกิด|สร้างความ)";
const UNDERGO = "(เกิด|ได้รับ|รู้สึก|มี|พบ|พบกับ|ประสบ|เจอ|ต้องพบกับ|ต้องเจอกับ)";

export default {
  messages: {
    templateApology: "คำขอโทษสำเร็จรูป (\"{{actual}}\") บอกให้ชัดว่าเกิดอะไรผิดพลาด และลูกค้าต้องเจอผลกระทบอะไร",
    useSpecific: "ระบุปัญหาที่เกิดขึ้นและผลกระทบต่อลูกค้า",
  },
  data: {
    patterns: [
      // ขออภัยในความไม่สะดวก(ที่เกิดขึ้น)(มา ณ ที่นี้)(ด้วย) / ขออภัยเป็นอย่างสูงสำหรับความสับสน
      `${HEAD_P} (ใน|สำหรับ|กับ|ต่อ|เรื่อง)? @genericObject ${TAIL}`,
      // a specific object joined to a generic one: ขออภัยในความล่าช้าและความไม่สะดวกที่เกิดขึ้น
      `${HEAD_P} (ใน|สำหรับ|กับ|ต่อ) ...25 (และ|รวมถึง|รวมทั้ง|หรือ|ตลอดจน) (ใน|สำหรับ)? @genericObject ${TAIL}`,
      // ต้องขออภัยในเรื่องที่เกิดขึ้น / ขออภัยในปัญหาที่เกิดขึ้นครั้งนี้
      `${HEAD_P} (ใน|สำหรับ|กับ|ต่อ) @genericEvent (@genericTail|@occasion|ดังกล่าว|ทั้งหมด|นี้|ที่ผ่านมา) ${TAIL}`,
      // ขอโทษที่ทำให้ไม่สะดวก / ขออภัยที่ทำให้คุณลูกค้าผิดหวัง
      `${HEAD_P} (ที่|ซึ่ง) ${CAUSE} @addressee? (ต้อง)? ${UNDERGO}? @genericState ${TAIL}`,
      // ขออภัยที่เกิดความไม่สะดวก / ขออภัยที่เกิดข้อผิดพลาด (the cause after it stays outside)
      `${HEAD_P} (ที่|ซึ่ง) (อาจ|อาจจะ)? (มี|เกิด|ได้รับ|มีการ) @genericObject ${TAIL}`,
      // hedges: ขออภัยหากทำให้เกิดความไม่สะดวก / ขออภัยหากข้อความก่อนหน้าทำให้สับสน
      `${HEAD_P} ${IF} ...20? ${CAUSE} @addressee? (ต้อง)? ${UNDERGO}? @genericState ${TAIL}`,
      // ขออภัยหากเกิดความไม่สะดวก / ขออภัยหากคุณลูกค้าได้รับความไม่สะดวก / ขออภัยหากมีความผิดพลาด
      `${HEAD_P} ${IF} @addressee? (ต้อง)? ${UNDERGO} (@genericObject|@genericState) ${TAIL}`,
      // an addressee by name: ขออภัยคุณสมชายในความไม่สะดวก
      `@apologySubject? @apology (คุณ|คุณลูกค้า) ...15 (ใน|สำหรับ) @genericObject ${TAIL}`,
      // ขออภัยหากบริการของเราไม่เป็นที่ประทับใจ
      `${HEAD_P} ${IF} ...25? (ไม่เป็นที่ประทับใจ|ไม่เป็นที่พอใจ|ไม่เป็นที่พึงพอใจ|ไม่ประทับใจ|ไม่พึงพอใจ|ไม่ถูกใจ) ${TAIL}`,
      // เสียใจกับประสบการณ์ที่ไม่ดี (regret for a generic object, like "sorry for your experience")
      `@apologySubject? (รู้สึก)? @sympathy @intensifier? (กับ|ต่อ|ใน|สำหรับ) (@genericObject|@genericState) ${TAIL}`,
      `@apologySubject? (รู้สึก)? @sympathy @intensifier? (กับ|ต่อ|ใน|สำหรับ) @genericEvent @genericTail ${TAIL}`,
      // FIXED FORMULA: ขออภัย(+ addressee / intensifier)มา ณ ที่นี้(ด้วย)
      `${HEAD} @hereFormula (ด้วย)?`,
      // the generic object first, in the same or the next clause:
      // สำหรับความไม่สะดวกที่เกิดขึ้น ทางร้านขออภัยด้วย
      `(สำหรับ|ใน|ต่อ|กับ)? @genericObject ${PRE_TAIL} ${APOLOGY_AFTER}`,
      // หากเกิดความไม่สะดวกประการใด ต้องขออภัยมา ณ ที่นี้ / หากทำให้คุณลูกค้าไม่สะดวก ขออภัยด้วยนะคะ
      `${IF} ${CAUSE}? @addressee? (ต้อง)? ${UNDERGO}? (@genericObject|@genericState) ${PRE_TAIL} ${APOLOGY_AFTER}`,
      // เหตุการณ์ที่เกิดขึ้น ต้องขออภัยเป็นอย่างสูง
      `(สำหรับ|ใน|ต่อ|กับ)? @genericEvent @genericTail @occasion? ${APOLOGY_AFTER}`,
    ],
    exceptions: [
      // "no need to apologize"
      "ไม่ต้อง (ขอ)? @apology",
      "ไม่ต้อง (ขอ)? อภัย",
    ],
    rewrites: [
      "ขอโทษจริง ๆ ที่{ปัญหา} ทำให้คุณลูกค้า{ผลกระทบ}",
      "{ผม/ดิฉัน}ขอโทษที่{ปัญหา}",
    ],
  },
} satisfies RuleLocale<MessageId, Data>;
