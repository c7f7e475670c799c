import type { AppOutputs } from "./outputs-file";

/** What the demo page reads from `config.json` on its own origin. */
export interface PageConfig {
  /** The key service, `http://127.0.0.1:<port>/`. */
  readonly keyServiceUrl: string;
  /** A caller token for the sandbox user, prefilled. */
  readonly token: string;
  /** The sandbox's outputs file: environment, key mode, COS domain and protocol, upload limits. */
  readonly outputs: AppOutputs;
  /** Whether the post-upload check runs after every upload; the page then shows its verdict (`/verdict?key=`). */
  readonly uploadCheck: boolean;
}

/** `/verdict?key=<object key>`: the post-upload check's verdict on the object, once the check has run. */
export interface PageVerdict {
  /** `accepted`, `quarantined`, `deleted`, …; absent when the check never saw the object. */
  readonly verdict?: string;
  readonly reason?: string;
  readonly quarantineKey?: string;
}
