/**
 * Local COS endpoints for one test file: a test CA made before its tests, trusted by `cos-nodejs-sdk-v5` clients in
 * this process while they run, and every endpoint started through {@link LocalCos.start} closed after each test.
 */
import { CosServer, CosServerProps, startCosServer } from "../../local/cos-server";
import { createCosTestCertificate, CosTestCertificate, trustCosTestCa } from "../../local/cos-tls";

/** What a test file gets. */
export interface LocalCos {
  /** The test CA and the server certificate, once `beforeAll` has run. */
  tls(): CosTestCertificate;
  /** Starts an endpoint serving HTTPS (with {@link tls}) beside HTTP; it is closed after the test. */
  start(props: Omit<CosServerProps, "https">): Promise<CosServer>;
}

/** Registers the hooks; call it at the top level of a test file. */
export function useLocalCos(region: string): LocalCos {
  const running: CosServer[] = [];
  let certificate: CosTestCertificate | undefined;
  let untrust: (() => void) | undefined;

  beforeAll(async () => {
    certificate = await createCosTestCertificate(region);
    untrust = trustCosTestCa(certificate.ca);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });
  afterAll(() => untrust?.());

  const tls = (): CosTestCertificate => {
    if (certificate === undefined) {
      throw new Error("the test CA is made in beforeAll; use it inside a test");
    }
    return certificate;
  };
  return {
    tls,
    async start(props) {
      const server = await startCosServer({ ...props, https: tls() });
      running.push(server);
      return server;
    },
  };
}
