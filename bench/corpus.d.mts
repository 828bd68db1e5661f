// Types for the benchmark corpus generator (bench/corpus.mjs), so tests can import it.
export type CorpusLang = "en" | "ko" | "zh" | "th";
export declare const LANGS: readonly CorpusLang[];
/** `count` deterministic replies in the language, from the seed. */
export declare function corpus(lang: CorpusLang, count: number, seed?: number): string[];
/** One long deterministic text of about `chars` characters. */
export declare function corpusText(lang: CorpusLang, chars: number, seed?: number): string;
