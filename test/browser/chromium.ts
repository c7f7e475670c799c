/**
 * Headless Chromium for browser tests: Debian's `chromium` package driven by playwright-core (never a downloaded
 * browser build). Every host name but localhost and 127.0.0.1 resolves to nothing, so a page cannot reach the network.
 * No request interception (`page.route`): with it on, Playwright answers CORS preflights itself.
 */
import fs from "node:fs";
import { Browser, chromium } from "playwright-core";

/** Where Debian's package installs the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Launches the browser; fails loudly, with the fix, when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser tests need Debian's chromium package (apt-get install -y chromium)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ],
  });
}
