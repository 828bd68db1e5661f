// The input readers on their own: every decoded char maps back to the source chars it came from, and
// rewriting a reply changes only its own span, in the file's syntax.
import { describe, expect, it } from "vitest";
import { readCsvInput } from "../src/node/inputs/csv.js";
import { decodeJsonString, readJsonInput } from "../src/node/inputs/json.js";
import type { ReplyEntry } from "../src/node/inputs/types.js";
import { readYamlInput } from "../src/node/inputs/yaml.js";

/** The source text of each decoded char, joined with "|". */
const sources = (src: string, e: ReplyEntry): string => Array.from({ length: e.text.length }, (_, i) => src.slice(e.map.starts[i], e.map.ends[i])).join("|");

describe("JSON", () => {
  it("maps escapes to their whole escape sequence", () => {
    const src = '"a\\n\\u00e9\\"\\/b"';
    const { value, map } = decodeJsonString(src, 0, src.length);
    expect(value).toBe(JSON.parse(src));
    expect(Array.from(map.starts)).toEqual([1, 2, 4, 10, 12, 14]);
    expect(Array.from(map.ends)).toEqual([2, 4, 10, 12, 14, 15]);
  });

  it("finds Zendesk, Freshdesk, Help Scout and Intercom replies with titles and pointers; honors replylint: off", () => {
    const src = JSON.stringify({
      macros: [
        { title: "A", actions: [{ field: "comment_value", value: ["channel:all", "Hi"] }, { field: "comment_value_html", value: "<p>Hi</p>" }, { field: "status", value: "open" }] },
        { title: "B", replylint: "off", actions: [{ field: "comment_value", value: "x" }] },
      ],
      canned: [{ title: "C", content: "plain", content_html: "<b>rich</b>" }],
      _embedded: { replies: [{ name: "D", text: "t" }] },
      list: [{ body: "no title" }],
      tags: ["not", "replies"],
    });
    const { entries } = readJsonInput(src);
    expect(entries.map((e) => [e.entry, e.format, e.text])).toEqual([
      ["A", "text", "Hi"], ["A", "html", "<p>Hi</p>"], ["C", "html", "<b>rich</b>"], ["D", "text", "t"], ["/list/0/body", "text", "no title"],
    ]);
  });

  it("takes a macro's declared language (language / locale fields, region suffixes allowed)", () => {
    const { entries } = readJsonInput(JSON.stringify([{ locale: "ko-KR", body: "a" }, { language: "zh_Hant", body: "b" }, { language: "fr", body: "c" }]));
    expect(entries.map((e) => e.language)).toEqual(["ko", "zh", undefined]);
  });

  it("reports the offset of a syntax error", () => {
    expect(readJsonInput('{"a": }').error).toEqual({ message: "invalid JSON: ValueExpected", offset: 6 });
  });
});

describe("YAML", () => {
  const src = "- title: L\n  body: |\n    one\n      two\n\n    three\n- title: F\n  body: >-\n    folded\n    line\n- title: Q\n  body: 'it''s'\n- title: D\n  body: \"x\\ty\"\n";
  const { entries } = readYamlInput(src);

  it("maps literal, folded and quoted scalars char by char", () => {
    expect(entries.map((e) => [e.entry, e.text, e.map.exact])).toEqual([["L", "one\n  two\n\nthree\n", true], ["F", "folded line", true], ["Q", "it's", true], ["D", "x\ty", true]]);
    expect(sources(src, entries[0] as ReplyEntry)).toBe("o|n|e|\n| | |t|w|o|\n|\n|t|h|r|e|e|\n");
    expect(sources(src, entries[1] as ReplyEntry)).toBe("f|o|l|d|e|d|\n|l|i|n|e");
    expect(sources(src, entries[2] as ReplyEntry)).toBe("i|t|''|s");
    expect(sources(src, entries[3] as ReplyEntry)).toBe("x|\\t|y");
  });

  it("rewrites a literal block by lines and a quoted scalar in its own quoting", () => {
    const l = entries[0] as ReplyEntry;
    expect(l.rewrite(src, "one\n  two\n\nTHREE\nfour\n")).toBe(src.replace("    three\n", "    THREE\n    four\n"));
    const q = entries[2] as ReplyEntry;
    expect(q.rewrite(src, "isn't")).toBe(src.replace("'it''s'", "'isn''t'"));
    // A newline cannot live in a single-quoted scalar this way: it becomes double-quoted.
    expect(q.rewrite(src, "a\nb")).toBe(src.replace("'it''s'", '"a\\nb"'));
  });
});

describe("CSV", () => {
  const src = 'name,body\nA,"say ""hi""\nthere"\nB,plain\n';
  const { entries } = readCsvInput(src);
  it("maps quoted fields through doubled quotes; titles from the name column", () => {
    expect(entries.map((e) => [e.entry, e.text])).toEqual([["A", 'say "hi"\nthere'], ["B", "plain"]]);
    expect(sources(src, entries[0] as ReplyEntry)).toBe('s|a|y| |""|h|i|""|\n|t|h|e|r|e');
  });
  it("quotes a field that needs it", () => {
    expect((entries[1] as ReplyEntry).rewrite(src, "a, b")).toBe(src.replace("B,plain", 'B,"a, b"'));
    expect((entries[0] as ReplyEntry).rewrite(src, 'say "yo"\nthere')).toBe(src.replace('""hi""', '""yo""'));
  });
});
