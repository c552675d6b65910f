// The kordoc peer for the benchmarks (benchmarks/kordoc_peer.py): kordoc's parser on each file named on
// stdin (one path a line; PDF, HWP, HWPX — whatever kordoc reads), in one Node process, so node start-up
// and module loading are not charged to any file.
// Prints one line per file, "@@kordoc " and JSON {"path", "seconds", "pages", "markdown", "error"}
// (kordoc itself may log to stdout).
// Usage: node benchmarks/kordoc_parse.mjs /path/to/node_modules/kordoc < paths.txt
import { readFileSync } from "fs";
import { pathToFileURL } from "url";
import { join } from "path";

const root = process.argv[2];
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const entry = join(root, manifest.exports["."].import);
const { parse } = await import(pathToFileURL(entry).href);
const paths = readFileSync(0, "utf8").split("\n").filter((p) => p.length > 0);
for (const path of paths) {
  const bytes = readFileSync(path);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const started = process.hrtime.bigint();
  let result;
  try {
    result = await parse(buffer);
  } catch (err) {
    result = { success: false, error: String(err) };
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    "@@kordoc " +
      JSON.stringify({
      path,
      seconds,
      pages: result.pageCount ?? 0,
      markdown: result.success ? result.markdown : "",
      error: result.success ? null : String(result.error ?? "failed"),
    }) + "\n",
  );
}
