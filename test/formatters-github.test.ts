// `--format github`: GitHub Actions workflow commands.

import { describe, expect, it } from "vitest";
import { formatters } from "../src/node/formatters/index.js";
import { escapeData, escapeProperty } from "../src/node/formatters/github.js";
import type { ReportFile } from "../src/node/report.js";
import * as fx from "./formatters.fixtures.js";

const github = (files: ReportFile[]): string => formatters.github(files, fx.context());

describe("github", () => {
  it("prints nothing without problems", () => {
    expect(github([])).toBe("");
    expect(github([fx.cleanFile()])).toBe("");
  });

  it("writes one annotation per problem, paths relative to cwd", () => {
    expect(github([fx.enFile(), fx.cjkFile(), fx.entriesFile()])).toBe([
      "::warning file=replies/en.txt,line=5,col=1,endLine=5,endColumn=35,title=replylint/template-apology::Boilerplate apology",
      "::error file=replies/en.txt,line=6,col=1,endLine=6,endColumn=32,title=replylint/blame-shifting::Blames the customer",
      "::warning file=replies/asia.md,line=1,col=6,endLine=1,endColumn=18,title=replylint/template-apology::상투적인 사과",
      "::warning file=replies/asia.md,line=3,col=4,endLine=3,endColumn=15,title=replylint/template-apology::套话式道歉",
      "::warning file=replies/asia.md,line=5,col=11,endLine=5,endColumn=31,title=replylint/template-apology::คำขอโทษสำเร็จรูป",
      "::notice file=replies/asia.md,line=2,col=6,endLine=2,endColumn=14,title=replylint/missing-timeline::언제 연락할지 알려 주세요",
      "::warning file=macros/zendesk.json,line=3,col=82,endLine=3,endColumn=116,title=replylint/template-apology::Boilerplate apology (in Refund delay)",
      "::warning file=macros/zendesk.json,line=4,col=75,endLine=4,endColumn=87,title=replylint/template-apology::상투적인 사과 (in 환불 지연)",
      "",
    ].join("\n"));
  });

  it("leaves columns out of spans over several lines", () => {
    const out = github([fx.mixedFile()]).split("\n");
    expect(out[2]).toBe("::warning file=replies/mixed.txt,line=4,endLine=6,title=replylint/template-apology::Boilerplate apology");
  });

  it("reports fatal file problems, with or without a position", () => {
    expect(github([fx.fatalFile(), fx.unreadableFile()])).toBe([
      "::error file=macros/broken.json,line=3,col=20,endLine=3,endColumn=21,title=replylint (fatal)::Invalid JSON: property name expected (line 3, column 20)",
      "::error file=macros/secret.yaml,title=replylint (fatal)::Cannot read file: EACCES: permission denied",
      "",
    ].join("\n"));
  });

  it("escapes like @actions/core", () => {
    expect(escapeData("50% off\r\nnext::x, y")).toBe("50%25 off%0D%0Anext::x, y");
    expect(escapeProperty("a:b,c%d\ne")).toBe("a%3Ab%2Cc%25d%0Ae");
    const f = fx.enFile();
    const out = github([{
      ...f,
      filePath: fx.path("dir, with: odd%/file.txt"),
      messages: [{ ...f.messages[0]!, message: "100% sure\n::error::injected", entry: "A, B: C" }],
    }]);
    expect(out).toBe(
      "::warning file=dir%2C with%3A odd%25/file.txt,line=5,col=1,endLine=5,endColumn=35,title=replylint/template-apology::100%25 sure%0A::error::injected (in A, B: C)\n",
    );
    // One command per line: nothing the file says can start a command of its own.
    expect(out.split("\n").filter(Boolean)).toHaveLength(1);
  });
});
