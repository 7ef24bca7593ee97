#!/usr/bin/env node
import { runCli } from "./run-cli.js";

const code = await runCli(process.argv.slice(2));
process.exitCode = code;
// Let pending output drain; if a stray handle (a keep-alive socket) lingers, do not hang on it.
setTimeout(() => process.exit(code), 1000).unref();
