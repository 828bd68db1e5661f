// Plain text, Markdown and HTML files: the whole file is one reply.

import { identityMap, type ParsedInput, type ReplyFormat } from "./types.js";

export function readTextInput(source: string, format: ReplyFormat): ParsedInput {
  return {
    multi: false,
    entries: [{
      text: source,
      format,
      range: [0, source.length],
      map: identityMap(0, source.length),
      rewrite: (_file, next) => next,
      encodeFragment: (s) => s,
    }],
  };
}
