// Latin-script languages franc chooses between. English is the one we lint; the others exist so that
// a Spanish or German reply is recognised as "not English" (→ "und") instead of being linted. A reply
// in a language missing here still lands on its nearest neighbour (Danish → German or Dutch), which is just as
// "not English". The build bundles franc with only these trigram models (tsup.config.ts).
export const FRANC_LANGUAGES = ["eng", "spa", "por", "fra", "deu", "ita", "nld", "ind"];
