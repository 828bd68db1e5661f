/** A configuration or API misuse: names the problem; never a stack from deep inside. */
export class ReplylintConfigError extends Error {
  override name = "ReplylintConfigError";
}
