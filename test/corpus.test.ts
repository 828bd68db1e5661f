// The labelled evaluation corpus (test/corpus/<lang>.jsonl, used by `npm run eval`) is well formed
// and balanced enough for precision and recall to mean something.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const LANGS = ["en", "ko", "zh", "th"] as const;
const RULE_IDS: readonly string[] = JSON.parse(readFileSync(new URL("./corpus/rules.json", import.meta.url), "utf8"));
const MIN_ENTRIES = 150;
const MIN_PER_CLASS = 15;

interface Entry {
  id: string;
  text: string;
  rules: string[];
  note?: string;
}

function load(lang: string): { entries: Entry[]; problems: string[] } {
  const file = fileURLToPath(new URL(`./corpus/${lang}.jsonl`, import.meta.url));
  const entries: Entry[] = [];
  const problems: string[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        entries.push(JSON.parse(line) as Entry);
      } catch (err) {
        problems.push(`line ${i + 1}: ${(err as Error).message}`);
      }
    });
  return { entries, problems };
}

describe.each(LANGS)("corpus %s", (lang) => {
  const { entries, problems } = load(lang);

  it("parses as JSON lines", () => {
    expect(problems).toEqual([]);
  });

  it(`has at least ${MIN_ENTRIES} entries with unique ids`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(MIN_ENTRIES);
    const ids = entries.map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    for (const e of entries) expect(e.id, JSON.stringify(e)).toMatch(new RegExp(`^${lang}-\\d{3,}$`));
  });

  it("has non-empty text, a rules array of known ids without repeats, and a string note if any", () => {
    const known = new Set<string>(RULE_IDS);
    for (const e of entries) {
      expect(typeof e.text, e.id).toBe("string");
      expect(e.text.trim().length, e.id).toBeGreaterThan(0);
      expect(Array.isArray(e.rules), e.id).toBe(true);
      for (const r of e.rules) expect(known.has(r), `${e.id}: unknown rule ${r}`).toBe(true);
      expect(new Set(e.rules).size, `${e.id}: repeated rule`).toBe(e.rules.length);
      if (e.note !== undefined) expect(typeof e.note, e.id).toBe("string");
      const extra = Object.keys(e).filter((k) => !["id", "text", "rules", "note"].includes(k));
      expect(extra, e.id).toEqual([]);
    }
  });

  it.each(RULE_IDS)(`has at least ${MIN_PER_CLASS} positive and ${MIN_PER_CLASS} negative replies for %s`, (rule) => {
    const positives = entries.filter((e) => e.rules.includes(rule)).length;
    const negatives = entries.length - positives;
    expect(positives, `${lang} ${rule} positives`).toBeGreaterThanOrEqual(MIN_PER_CLASS);
    expect(negatives, `${lang} ${rule} negatives`).toBeGreaterThanOrEqual(MIN_PER_CLASS);
  });
});
