// reply.clauses() answers for the segment asked about. It used to cache by start offset only, so a
// rule asking for the clauses of a shorter segment after those of its sentence got the sentence's.
import { describe, expect, it } from "vitest";
import { createLinter, defineRule } from "../src/index.js";
import type { Segment } from "../src/index.js";

describe("reply.clauses", () => {
  it("splits the segment asked about, whichever was asked first", () => {
    const seen: string[][] = [];
    const rule = defineRule({
      meta: { id: "clauses-probe", type: "suggestion", description: "probe", defaultSeverity: "info", languages: ["en"],
        messageIds: ["x"], messages: { x: "x" }, hasSuggestions: false },
      create: () => ({
        reply(reply) {
          const sentence = reply.sentences[0] as Segment;
          const firstClause = (reply.clauses(sentence)[0] as Segment);
          // A segment that starts where the sentence does but ends inside its second clause.
          const shorter: Segment = { ...sentence, nend: firstClause.nend + 8, end: reply.toInputEnd(firstClause.nend + 8) };
          for (const s of [sentence, shorter]) seen.push(reply.clauses(s).map((c) => reply.normText(c)));
        },
      }),
    });
    const linter = createLinter({ plugins: [{ rules: { "clauses-probe": rule } }], rules: { "clauses-probe": "info" } });
    linter.lint("We checked your order, and the parcel left today.", { language: "en" });
    expect(seen).toEqual([["we checked your order", "and the parcel left today."], ["we checked your order", "and th"]]);
  });
});
