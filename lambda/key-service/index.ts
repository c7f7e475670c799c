/** SCF entry point: `index.main_handler`. */
import { ConfigError, parseConfig } from "./config";
import { errorResponse, requestIdOf, ScfContext, ScfResponse } from "./event";
import { createHandler, Handler } from "./handler";
import { ServiceError } from "../shared/service-error";

let handler: Handler | undefined;

/**
 * Answers one SCF invocation. The configuration is read from the environment on the first invocation of an
 * instance and kept, together with the STS connection and the key cache.
 */
export function main_handler(event: unknown, context?: ScfContext): Promise<ScfResponse> {
  handler ??= handlerFromEnvironment(process.env);
  return handler(event, context);
}

/**
 * The handler for an environment. A configuration problem answers every request with 503 and logs the problem,
 * naming the variable, instead of failing the invocation with a platform error the caller cannot parse.
 */
export function handlerFromEnvironment(env: Readonly<Record<string, string | undefined>>): Handler {
  try {
    return createHandler(parseConfig(env));
  } catch (error) {
    if (!(error instanceof ConfigError)) {
      throw error;
    }
    const failure = new ServiceError(
      503,
      "ServiceMisconfigured",
      "the key service is not configured correctly; see its log",
    );
    return async (_event, context) => {
      const requestId = requestIdOf(context);
      console.log(
        JSON.stringify({
          requestId,
          status: failure.status,
          outcome: failure.code,
          errorCode: failure.code,
          problem: error.message,
        }),
      );
      return errorResponse(failure, requestId);
    };
  }
}
