import { EXCHANGE_FORMAT } from '../../electron/core/settings/settings-exchange';
import { DEMO_API_ACCOUNT } from '../simulators/secret-server';
import { DEMO_CLI_USER, demoCliKey } from '../simulators/tpam/demo-world';
import type { TpamSimulator } from '../simulators/tpam/tpam-simulator';

/**
 * The demo's settings as a settings exchange document: both plugins pointed at the running
 * simulators, with the simulators' CA certificate and pinned host keys. Secrets are in clear here
 * because they are the simulators' own, made up for the demo; the app seals them on import.
 */
export function demoSettings(secretServer: { url: string; caPem: string }, tpam: TpamSimulator) {
  return {
    format: EXCHANGE_FORMAT,
    version: 1,
    activePlugin: 'secret-server',
    plugins: {
      'secret-server': {
        endpointUrl: secretServer.url,
        apiUser: DEMO_API_ACCOUNT.username,
        apiPassword: DEMO_API_ACCOUNT.password,
        includeDomainCredentialsFor: ['CORP'],
        caCertificate: secretServer.caPem,
      },
      tpam: {
        server: tpam.host,
        server_port: tpam.port,
        server_public_key: tpam.hostKeys.map((k) => k.knownHostsLine).join('\n'),
        server_user: DEMO_CLI_USER,
        server_user_key: demoCliKey().privateKey,
        authorization: 'policy',
      },
    },
  };
}
