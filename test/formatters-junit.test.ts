// `--format junit`: JUnit XML, checked with a strict XML 1.0 well-formedness parser written here (the
// project has no XML parser as a dependency).

import { describe, expect, it } from "vitest";
import { formatters } from "../src/node/formatters/index.js";
import { escapeXmlAttr, escapeXmlText, stripInvalidXmlChars } from "../src/node/formatters/junit.js";
import type { ReportFile } from "../src/node/report.js";
import * as fx from "./formatters.fixtures.js";

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Decoded character data directly inside the element. */
  text: string;
}

/** XML 1.0 Char production; anything else anywhere in a document makes it not well-formed. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Parses a document made of an XML declaration, elements, attributes, character data and references; throws on anything not well-formed. */
function parseXml(doc: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(doc);
  if (bad) throw new Error(`character U+${bad[0].charCodeAt(0).toString(16)} is not allowed in XML 1.0 (at ${bad.index})`);
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: ${JSON.stringify(doc.slice(i, i + 30))}`);
  };
  const sticky = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    const m = re.exec(doc);
    if (m) i = re.lastIndex;
    return m;
  };
  const space = (): number => {
    const m = sticky(SPACE);
    return m ? m[0].length : 0;
  };
  const name = (): string => sticky(NAME)?.[0] ?? fail("name expected");
  const reference = (): string => {
    const m = sticky(REFERENCE) ?? fail("bad reference");
    if (m[1]) return ENTITIES[m[1]] as string;
    const cp = m[2] ? Number.parseInt(m[2], 10) : Number.parseInt(m[3] as string, 16);
    if (cp > 0x10ffff) fail("reference out of range");
    const ch = String.fromCodePoint(cp);
    if (NOT_XML_CHAR.test(ch)) fail("reference to a character XML does not allow");
    return ch;
  };
  const element = (): XmlElement => {
    if (doc[i] !== "<") fail("element expected");
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: "" };
    for (;;) {
      const hadSpace = space() > 0;
      if (doc.startsWith("/>", i)) { i += 2; return el; }
      if (doc[i] === ">") { i++; break; }
      if (!hadSpace) fail("space expected before attribute");
      const attr = name();
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      space();
      if (doc[i] !== "=") fail("= expected");
      i++;
      space();
      const quote = doc[i];
      if (quote !== '"' && quote !== "'") fail("quoted value expected");
      i++;
      let value = "";
      for (;;) {
        const c = doc[i] ?? fail("unterminated attribute");
        if (c === quote) { i++; break; }
        if (c === "<") fail("< in attribute value");
        if (c === "&") value += reference();
        else {
          // Attribute-value normalization: literal whitespace characters become spaces.
          value += c === "\t" || c === "\n" || c === "\r" ? " " : c;
          i++;
        }
      }
      el.attrs[attr] = value;
    }
    for (;;) {
      if (i >= doc.length) fail(`unclosed <${el.name}>`);
      if (doc.startsWith("</", i)) {
        i += 2;
        if (name() !== el.name) fail(`mismatched end tag for <${el.name}>`);
        space();
        if (doc[i] !== ">") fail("> expected");
        i++;
        return el;
      }
      if (doc.startsWith("<!", i) || doc.startsWith("<?", i)) fail("comments, CDATA, DTDs and PIs are not expected");
      if (doc[i] === "<") el.children.push(element());
      else if (doc[i] === "&") el.text += reference();
      else {
        if (doc.startsWith("]]>", i)) fail("]]> in character data");
        el.text += doc[i];
        i++;
      }
    }
  };
  const decl = '<?xml version="1.0" encoding="UTF-8"?>';
  if (doc.startsWith(decl)) i = decl.length;
  space();
  const root = element();
  space();
  if (i !== doc.length) fail("content after the root element");
  return root;
}

const junit = (files: ReportFile[], over = {}): string => formatters.junit(files, fx.context(over));
const all = (): ReportFile[] => [fx.enFile(), fx.cjkFile(), fx.mixedFile(), fx.entriesFile(), fx.fatalFile(), fx.unreadableFile(), fx.cleanFile()];

describe("the test's XML checker", () => {
  it.each([
    ["<a>", "unclosed"],
    ["<a></b>", "mismatched"],
    ['<a x="1" x="2"/>', "duplicate"],
    ['<a x="<"/>', "< in attribute"],
    ["<a>&bogus;</a>", "bad reference"],
    ["<a>&#1;</a>", "does not allow"],
    ["<a>]]></a>", "]]>"],
    ["<a>\u0001</a>", "not allowed"],
    ["<a>\ud800</a>", "not allowed"],
    ["<a/><b/>", "after the root"],
    ["<a>&</a>", "bad reference"],
  ])("rejects %j", (doc, why) => {
    expect(() => parseXml(doc)).toThrow(why);
  });

  it("accepts and decodes well-formed XML", () => {
    expect(parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="&lt;&#10;&#x1F600;"><b/>t&amp;u</a>\n')).toEqual({
      name: "a", attrs: { x: "<\n😀" }, children: [{ name: "b", attrs: {}, children: [], text: "" }], text: "t&u",
    });
  });
});

describe("junit", () => {
  it("writes a suite per file, a case per problem and a passing case for a clean file", () => {
    const xml = junit(all(), { elapsedMs: 1500 });
    const root = parseXml(xml);
    expect(root.name).toBe("testsuites");
    expect(root.attrs).toEqual({ name: "replylint", tests: "14", failures: "11", errors: "2", time: "1.500" });
    expect(root.children.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures, s.attrs.errors])).toEqual([
      ["replies/en.txt", "2", "2", "0"],
      ["replies/asia.md", "4", "4", "0"],
      ["replies/mixed.txt", "3", "3", "0"],
      ["macros/zendesk.json", "2", "2", "0"],
      ["macros/broken.json", "1", "0", "1"],
      ["macros/secret.yaml", "1", "0", "1"],
      ["replies/clean.txt", "1", "0", "0"],
    ]);
    const clean = root.children[6]!.children[0]!;
    expect(clean).toEqual({ name: "testcase", attrs: { classname: "replies/clean.txt", name: "no problems" }, children: [], text: "" });
  });

  it("names cases by rule, entry and position, with the severity as failure type", () => {
    const root = parseXml(junit([fx.entriesFile(), fx.cjkFile(), fx.fatalFile()]));
    const [zendesk, asia, broken] = root.children as [XmlElement, XmlElement, XmlElement];
    expect(zendesk.children.map((c) => c.attrs.name)).toEqual(["template-apology (Refund delay) 3:82", "template-apology (환불 지연) 4:75"]);
    const failure = zendesk.children[1]!.children[0]!;
    expect(failure.name).toBe("failure");
    expect(failure.attrs).toEqual({ message: "상투적인 사과", type: "warning" });
    expect(failure.text).toBe("macros/zendesk.json:4:75: warning: 상투적인 사과 (template-apology)\nEntry: 환불 지연\nText: 불편을 드려 죄송합니다");
    expect(asia.children.map((c) => c.children[0]!.attrs.type)).toEqual(["warning", "warning", "warning", "info"]);
    const error = broken.children[0]!.children[0]!;
    expect(error.name).toBe("error");
    expect(error.attrs.type).toBe("fatal");
  });

  it("writes an empty report for no files", () => {
    const xml = junit([]);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="replylint" tests="0" failures="0" errors="0">\n</testsuites>\n');
    expect(parseXml(xml).children).toEqual([]);
  });

  it("stays well-formed whatever the file and the messages hold", () => {
    const nasty = 'a\u0000b\u0001\u0008\u000b\u000c\u001f c]]>d "q" \'s\' <tag> & &amp; \ud800 \udc00 \ufffe\uffff 😀 한 \t tab\r\nline';
    const f = fx.enFile();
    const file: ReportFile = {
      ...f,
      filePath: fx.path('we"ird & <odd>\u0007.txt'),
      source: `${nasty}\n${f.source}`,
      messages: [{ ...f.messages[0]!, message: nasty, entry: nasty, start: 0, end: nasty.length, ruleId: "x]]>y" }],
    };
    const root = parseXml(junit([file]));
    const testcase = root.children[0]!.children[0]!;
    const failure = testcase.children[0]!;
    const stripped = stripInvalidXmlChars(nasty);
    expect(stripped).toBe('ab c]]>d "q" \'s\' <tag> & &amp;    😀 한 \t tab\r\nline');
    // Tabs and line breaks in attributes are written as references, so they survive normalization.
    expect(failure.attrs.message).toBe(stripped);
    expect(testcase.attrs.classname).toBe('we"ird & <odd>.txt');
    expect(failure.text).toContain(`Entry: ${stripped}`);
  });

  it("escapes text and attributes", () => {
    expect(escapeXmlText("a<b>&c]]>\r")).toBe("a&lt;b&gt;&amp;c]]&gt;&#13;");
    expect(escapeXmlAttr("\"'\t\n")).toBe("&quot;&apos;&#9;&#10;");
  });
});
