import { SECRET_SERVER_OPERATIONS } from '../../../electron/plugins/secret-server/ss-wsdl';

export const SS_OPERATIONS = SECRET_SERVER_OPERATIONS;
export type SsOperation = (typeof SECRET_SERVER_OPERATIONS)[number];

export function isSsOperation(name: string | undefined): name is SsOperation {
  return (SS_OPERATIONS as readonly string[]).includes(name ?? '');
}

/**
 * http500: IIS HTML error page; soapFault: HTTP 500 SOAP 1.1 Fault; hang: never answer;
 * malformedXml: HTTP 200 with a cut-off envelope; drop: close the socket without answering.
 */
export type FaultKind = 'http500' | 'soapFault' | 'hang' | 'malformedXml' | 'drop';
