import { createWriteStream, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { commandExists, runOk } from "./exec";

/** The tool {@link zipDir} uses: the `zip` CLI when present, else archiver (a cdktf dependency). */
export const ZIP_TOOL: "zip-cli" | "archiver" = commandExists("zip") ? "zip-cli" : "archiver";

/**
 * Zips the contents of `dir` (not the folder itself) into `outFile` with the tool's default compression, and
 * returns the archive's size in bytes. Every package in the bench is zipped by this one function.
 */
export async function zipDir(dir: string, outFile: string): Promise<number> {
  rmSync(outFile, { force: true });
  if (ZIP_TOOL === "zip-cli") {
    // -X: no extra file attributes (uid/gid, timestamps), so the size depends on content only.
    await runOk("zip", ["-q", "-r", "-X", path.resolve(outFile), "."], { cwd: dir });
  } else {
    await zipWithArchiver(dir, outFile);
  }
  return statSync(outFile).size;
}

/** The part of archiver 7's API used here (it ships no types). */
interface Archiver {
  directory(dir: string, destination: false): Archiver;
  pipe(stream: NodeJS.WritableStream): void;
  on(event: "error", listener: (error: Error) => void): Archiver;
  finalize(): Promise<void>;
}

function zipWithArchiver(dir: string, outFile: string): Promise<void> {
  const archiver = createRequire(__filename)("archiver") as (
    format: "zip",
    options: { zlib: { level: number } },
  ) => Archiver;
  return new Promise((resolve, reject) => {
    const output = createWriteStream(outFile);
    const archive = archiver("zip", { zlib: { level: 6 } });
    output.on("close", () => resolve());
    archive.on("error", reject);
    archive.pipe(output);
    archive.directory(dir, false);
    void archive.finalize();
  });
}
