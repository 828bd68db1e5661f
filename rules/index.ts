// builtinRules: rule id → rule, ids sorted. A new rule is one file here plus its locale data.

import anythingElseCloser from "./anything-else-closer.js";
import blameShifting from "./blame-shifting.js";
import butPivot from "./but-pivot.js";
import condescendingQuestion from "./condescending-question.js";
import emptyEmpathy from "./empty-empathy.js";
import excuse from "./excuse.js";
import favorFraming from "./favor-framing.js";
import missingTimeline from "./missing-timeline.js";
import noIOwnership from "./no-i-ownership.js";
import templateApology from "./template-apology.js";
import type { Rule } from "../src/types.js";

export const builtinRules: Readonly<Record<string, Rule>> = Object.freeze({
  "anything-else-closer": anythingElseCloser as Rule,
  "blame-shifting": blameShifting as Rule,
  "but-pivot": butPivot as Rule,
  "condescending-question": condescendingQuestion as Rule,
  "empty-empathy": emptyEmpathy as Rule,
  "excuse": excuse as Rule,
  "favor-framing": favorFraming as Rule,
  "missing-timeline": missingTimeline as Rule,
  "no-i-ownership": noIOwnership as Rule,
  "template-apology": templateApology as Rule,
});
