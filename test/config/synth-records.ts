/**
 * Runs the app's `main` on the records given as JSON in argv[2], as `cdktf synth` runs main.ts: for tests that need
 * a broken record to go through the real process, its output and its exit code.
 */
import { main } from "../../main";

main(JSON.parse(process.argv[2] ?? "[]") as unknown[]);
