// Finder answers exactly what String#indexOf answers, for any order of questions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Finder } from "../src/finder.js";

describe("Finder", () => {
  it("agrees with indexOf for any sequence of searches", () => {
    const text = fc.stringMatching(/^[ab\]()]{0,40}$/);
    const query = fc.record({ needle: fc.constantFrom("a", "b", "](", ")", "ab", "zz"), from: fc.integer({ min: -2, max: 45 }) });
    fc.assert(
      fc.property(text, fc.array(query, { maxLength: 20 }), (t, queries) => {
        const find = new Finder(t);
        for (const { needle, from } of queries) expect(find.indexOf(needle, from)).toBe(t.indexOf(needle, from));
      }),
      { numRuns: 3000 },
    );
  });
});
