// Offsets are exact UTF-16 positions in the input, whatever normalization did to the text.
import { describe, expect, it } from "vitest";
import { lint } from "../src/index.js";
import { normalize } from "../src/normalize.js";
import { findMasks } from "../src/mask.js";

const spans = (text: string, options = {}) => lint(text, options).diagnostics.map((d) => text.slice(d.start, d.end));

describe("offsets round-trip", () => {
  it("with emoji before and inside", () => {
    const text = "👩🏽‍💻🎉 Sorry for the inconvenience! 🙏🏻 Anything else?";
    expect(spans(text)).toEqual(["Sorry for the inconvenience", "Anything else"]);
  });
  it("with CRLF line breaks and line/column", () => {
    const text = "Hello,\r\n\r\nSorry for the inconvenience.\r\nThanks";
    const [d] = lint(text).diagnostics;
    expect(text.slice(d!.start, d!.end)).toBe("Sorry for the inconvenience");
    expect([d!.line, d!.column, d!.endLine, d!.endColumn]).toEqual([3, 1, 3, 28]);
  });
  it("with combining marks (NFD) in the text", () => {
    const text = "Cafe\u0301 order: sorry for the inconvenience.";
    expect(spans(text)).toEqual(["sorry for the inconvenience"]);
  });
  it("with full-width Latin letters", () => {
    const text = "ＳＯＲＲＹ ＦＯＲ ＴＨＥ ＩＮＣＯＮＶＥＮＩＥＮＣＥ！";
    expect(spans(text, { language: "en" })).toEqual(["ＳＯＲＲＹ ＦＯＲ ＴＨＥ ＩＮＣＯＮＶＥＮＩＥＮＣＥ"]);
  });
  it("with zero-width characters, NBSP and runs of spaces", () => {
    const text = "Sorry\u200b for\u00a0the    inconvenience.";
    expect(spans(text)).toEqual(["Sorry\u200b for\u00a0the    inconvenience"]);
  });
  it("with compatibility characters that NFKC expands", () => {
    const { norm, starts, ends } = normalize("ﬁx ㎏ ①");
    expect(norm).toBe("fix kg 1");
    expect([starts[0], ends[0], starts[1], ends[1], starts[2]]).toEqual([0, 1, 0, 1, 1]);
  });
  it("Thai ๆ sticks to its word: spaces around it are dropped for matching", () => {
    expect(normalize("เร็ว ๆ นี้ ดีๆ").norm).toBe("เร็วๆนี้ ดีๆ");
    expect(normalize("เร็ว ๆ\nนี้").norm).toBe("เร็วๆ\nนี้");
  });
  it("Thai SARA AM survives and เเ is repaired for matching only", () => {
    const { norm } = normalize("ทำ เเก้ไข ๒๔");
    expect(norm).toBe("ทำ แก้ไข 24");
  });
  it("masks never produce diagnostics inside placeholders", () => {
    const text = "{{sorry for the inconvenience}} and %{name} — all good.";
    expect(spans(text)).toEqual([]);
    expect(findMasks(text).map((m) => text.slice(m.start, m.end))).toEqual(["{{sorry for the inconvenience}}", "%{name}"]);
  });
});
