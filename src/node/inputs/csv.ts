// CSV macro libraries, read with csv-parse (values, records and their raw text). Each record's raw text
// is located in the file; inside it, the reply field's span is found by walking the fields csv-parse
// already split (quoted: "…" with "" for a quote), and checked against the parsed value.

import { parse } from "csv-parse/sync";
import { langOf, textFormat } from "./tree.js";
import { buildMap, spliceReply, type ParsedInput, type ReplyEntry } from "./types.js";

const BODY_COLUMNS = ["body", "text", "content", "reply", "message", "response", "template", "comment_value", "content_html", "body_html", "answer", "macro", "value"];
const TITLE_COLUMNS = ["title", "name", "subject", "label", "macro_title", "id"];

interface CsvRecord {
  record: string[];
  raw: string;
  info: { bytes: number; lines: number };
}

/** Char offset of each UTF-8 byte count boundary (for csv-parse's `bytes`). */
function byteToChar(source: string): (bytes: number) => number {
  const buf = Buffer.from(source, "utf8");
  return (bytes: number) => buf.subarray(0, bytes).toString("utf8").length;
}

/** Spans of the fields of one raw record (without its line break). */
function fieldSpans(raw: string, delimiter: string): { start: number; end: number; quoted: boolean }[] {
  const spans: { start: number; end: number; quoted: boolean }[] = [];
  let i = 0;
  for (;;) {
    if (raw[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = raw.indexOf('"', j);
        if (q < 0) {
          j = raw.length;
          break;
        }
        if (raw[q + 1] === '"') j = q + 2;
        else {
          j = q + 1;
          break;
        }
      }
      spans.push({ start: i, end: j, quoted: true });
      i = j;
    } else {
      let j = i;
      while (j < raw.length && raw[j] !== delimiter && raw[j] !== "\n" && raw[j] !== "\r") j++;
      spans.push({ start: i, end: j, quoted: false });
      i = j;
    }
    if (raw[i] === delimiter) i++;
    else break;
  }
  return spans;
}

function detectDelimiter(source: string): string {
  const header = source.slice(0, Math.max(0, source.indexOf("\n")) || source.length);
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return (counts[0] as readonly [string, number])[0];
}

export function readCsvInput(source: string, options: { column?: string } = {}): ParsedInput {
  const delimiter = detectDelimiter(source);
  let records: CsvRecord[];
  try {
    records = parse(source, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: false }) as unknown as CsvRecord[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const message = (e.message ?? String(error)).replace(/^Invalid Record Length: /, "").split("\n")[0];
    return { multi: true, entries: [], error: { message: `invalid CSV: ${message}` } };
  }
  const header = records[0]?.record.map((h) => h.trim()) ?? [];
  const lower = header.map((h) => h.toLowerCase());
  let column = -1;
  if (options.column !== undefined) {
    column = header.indexOf(options.column);
    if (column < 0) column = lower.indexOf(options.column.toLowerCase());
    if (column < 0) return { multi: true, entries: [], error: { message: `no column "${options.column}" (columns: ${header.join(", ")})` } };
  } else {
    for (const name of BODY_COLUMNS) {
      column = lower.indexOf(name);
      if (column >= 0) break;
    }
    if (column < 0) {
      // The column with the longest text on average.
      let best = -1;
      header.forEach((_h, c) => {
        const total = records.slice(1).reduce((n, r) => n + (r.record[c]?.length ?? 0), 0);
        if (total > best) {
          best = total;
          column = c;
        }
      });
    }
  }
  if (column < 0) return { multi: true, entries: [], error: { message: "no text column found (use --csv-column NAME)" } };
  const titleColumn = TITLE_COLUMNS.map((t) => lower.indexOf(t)).find((c) => c >= 0 && c !== column) ?? -1;
  const languageColumn = ["language", "locale", "lang"].map((t) => lower.indexOf(t)).find((c) => c >= 0 && c !== column) ?? -1;
  const toChar = byteToChar(source);
  const entries: ReplyEntry[] = [];
  records.forEach((r, index) => {
    if (index === 0) return;
    const value = r.record[column];
    if (value === undefined || value.trim() === "") return;
    const recordEnd = toChar(r.info.bytes);
    const recordStart = recordEnd - r.raw.length;
    const raw = source.slice(recordStart, recordEnd);
    const span = fieldSpans(raw, delimiter)[column];
    if (!span) return;
    const start = recordStart + span.start;
    const end = recordStart + span.end;
    const pairs: [number, number][] = [];
    let decoded = "";
    if (span.quoted) {
      for (let i = start + 1; i < end - 1; i++) {
        if (source[i] === '"' && source[i + 1] === '"') {
          pairs.push([i, i + 2]);
          decoded += '"';
          i++;
        } else {
          pairs.push([i, i + 1]);
          decoded += source[i];
        }
      }
    } else {
      for (let i = start; i < end; i++) pairs.push([i, i + 1]);
      decoded = source.slice(start, end);
    }
    const exact = decoded === value;
    const map = exact ? buildMap(pairs, span.quoted ? end - 1 : end) : buildMap(Array.from({ length: value.length }, () => [start, start] as const), start, false);
    const title = titleColumn >= 0 ? r.record[titleColumn]?.trim() : undefined;
    const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
    const needsQuotes = (s: string): boolean => s.includes(delimiter) || /["\r\n]/.test(s) || s !== s.trim();
    const self: ReplyEntry = {
      text: value,
      format: textFormat(value),
      entry: title ? title : `row ${index + 1}`,
      range: [start, end],
      map,
      rewrite(file, next) {
        if (!exact) return undefined;
        if (span.quoted) return spliceReply(file, self, next, (s) => s.replace(/"/g, '""'));
        if (!needsQuotes(next)) return spliceReply(file, self, next, (s) => s);
        return file.slice(0, start) + quote(next) + file.slice(end);
      },
      encodeFragment: (s) => (span.quoted ? s.replace(/"/g, '""') : s),
    };
    const declared = languageColumn >= 0 ? langOf(r.record[languageColumn] ?? "") : undefined;
    if (declared) self.language = declared;
    entries.push(self);
  });
  return { multi: true, entries };
}
