// Entry for running `replylint serve` without the CLI (tests bundle this with esbuild).
import { runServeCli } from "./server.js";

runServeCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`replylint serve: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
