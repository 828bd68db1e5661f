// Entry for running `replylint --lsp` without the CLI (tests bundle this with esbuild).
import { runLsp } from "./lsp.js";

void runLsp();
