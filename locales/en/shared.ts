// Shared English word lists (RULES.md §3), referenced from patterns as @name.

export default {
  /** Intensifiers before "sorry" / "apologize". */
  intensifier: ["so", "very", "truly", "really", "terribly", "deeply", "sincerely", "extremely", "incredibly", "awfully",
    "genuinely", "most", "so very", "really really"],
  /** Determiners before a generic object. */
  determiner: ["any", "the", "all", "this", "that", "such", "your", "these", "those", "all the", "any of the", "all of the",
    "any and all", "this whole", "the whole"],
  /** Adjectives allowed between the determiner and a generic object. */
  adjective: ["further", "added", "ongoing", "recent", "bad", "poor", "unpleasant", "negative", "additional", "extra",
    "unnecessary", "earlier", "previous", "continued", "inconvenient", "frustrating", "confusing", "great", "major",
    "minor", "temporary", "possible", "potential", "current"],
  /** Generic objects of a template apology. */
  generic: ["inconvenience", "inconveniences", "inconvenince", "inconvience", "inconveniance", "inconvinience",
    "trouble", "troubles", "hassle", "hassles", "confusion", "frustration", "frustrations", "disappointment",
    "disappointments", "experience", "issue", "issues", "problem", "problems", "difficulty", "difficulties",
    "annoyance", "stress", "concern", "concerns", "discomfort", "disruption", "disruptions", "bother",
    "headache", "headaches", "worry"],
  /** Generic tails after the object; they stay inside the span. */
  genericTail: ["caused", "this caused", "this has caused", "this may have caused", "this might have caused",
    "this may cause", "this may've caused", "it caused", "it has caused", "it may have caused", "that caused",
    "that this caused", "that this has caused", "that this may have caused", "this has caused you",
    "this may have caused you", "this caused you", "caused to you", "caused by this", "you experienced",
    "you've experienced", "you had", "you've had", "you faced", "you've faced", "you may have experienced",
    "you have been experiencing", "you've been experiencing", "you encountered", "you've encountered",
    "we caused", "we may have caused", "we've caused", "this situation caused", "this situation has caused",
    "in this matter", "this may have created", "it may have created"],
  /** "sorry" heads, with and without subject. */
  sorry: ["sorry", "i'm sorry", "we're sorry", "i am sorry", "we are sorry", "i'm so sorry", "we're so sorry"],
  /** Verbs of apologizing with a subject. */
  apologizeVerb: ["apologize", "apologise", "apologize again", "apologise again", "regret", "deeply regret",
    "sincerely apologize", "sincerely apologise", "do apologize", "do apologise", "truly apologize",
    "truly apologise", "must apologize", "must apologise", "would like to apologize", "would like to apologise",
    "want to apologize", "want to apologise", "wish to apologize", "wish to apologise", "'d like to apologize",
    "'d like to apologise"],
  apologyNoun: ["apology", "apologies", "apologys", "appologies", "apologie"],
  apologyAdjective: ["sincere", "sincerest", "deepest", "deep", "humble", "heartfelt", "profound", "profuse", "utmost"],
} as const;
