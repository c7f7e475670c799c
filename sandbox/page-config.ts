import type { AppOutputs } from "../scripts/outputs";

/** What the demo page reads from `config.json` on its own origin. */
export interface PageConfig {
  /** The key service, `http://127.0.0.1:<port>/`. */
  readonly keyServiceUrl: string;
  /** A caller token for the sandbox user, prefilled. */
  readonly token: string;
  /** The sandbox's outputs file: COS domain and protocol, upload limits. */
  readonly outputs: AppOutputs;
}
