import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTML_CONTENT_TYPE,
  IIS_404_PAGE,
  IIS_500_PAGE,
  IIS_HEADERS,
  SERVICE_HELP_PAGE,
  SIMULATED_FAULT_STRING,
  soapFaultEnvelope,
  truncatedEnvelope,
  unknownSoapActionFault,
  XML_CONTENT_TYPE,
} from './asmx-responses';
import type { CallLog } from './call-log';
import type { FaultPlan } from './fault-plan';
import { detectOperation, soapActionOf } from './operation-detector';
import type { ServerLifecycle } from './server-lifecycle';
import { ENDPOINT_PATH, type SoapProcessor } from './soap-processor';
import { isSsOperation, type FaultKind } from './types';
import { classifyWsdlQuery, wsdlForEndpoint } from './wsdl-document';

export interface RequestHandlerDeps {
  soap: SoapProcessor;
  log: CallLog;
  faults: FaultPlan;
  lifecycle: ServerLifecycle;
  latencyMs: () => number;
  now: () => number;
  protocol: 'http' | 'https';
  /** host:port the server listens on, used when a request's Host header is unusable */
  listenHost: string;
}

/** Requests to the service are small; anything bigger is a test bug, not a load test. */
const MAX_BODY_BYTES = 1024 * 1024;
const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { ...IIS_HEADERS, 'Content-Type': contentType });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function applyFault(kind: FaultKind, operation: string, req: IncomingMessage, res: ServerResponse): void {
  switch (kind) {
    case 'http500':
      return send(res, 500, HTML_CONTENT_TYPE, IIS_500_PAGE);
    case 'soapFault':
      return send(res, 500, XML_CONTENT_TYPE, soapFaultEnvelope('soap:Server', SIMULATED_FAULT_STRING));
    case 'malformedXml':
      return send(res, 200, XML_CONTENT_TYPE, truncatedEnvelope(operation));
    case 'drop':
      req.socket.destroy();
      return;
    case 'hang':
      // Never answer; ServerLifecycle.close() destroys the socket.
      return;
  }
}

/**
 * The simulator's only HTTP listener. It plays IIS in front of the ASMX handler: routing
 * (case-insensitive path), the WSDL and help pages, call counting, latency and injected faults;
 * then hands the SOAP envelope to node-soap.
 */
export function createRequestHandler(deps: RequestHandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  // ASMX writes the host the client used into the WSDL's soap:address.
  function endpointUrlFor(req: IncomingMessage): string {
    const host = req.headers.host && SAFE_HOST.test(req.headers.host) ? req.headers.host : deps.listenHost;
    return `${deps.protocol}://${host}${ENDPOINT_PATH}`;
  }

  async function handleGet(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    if (!(await deps.lifecycle.delay(deps.latencyMs()))) return;
    switch (classifyWsdlQuery(search)) {
      case 'wsdl':
        return send(res, 200, XML_CONTENT_TYPE, wsdlForEndpoint(endpointUrlFor(req)));
      case 'malformed-wsdl':
        return send(res, 500, HTML_CONTENT_TYPE, IIS_500_PAGE);
      case 'none':
        return send(res, 200, HTML_CONTENT_TYPE, SERVICE_HELP_PAGE);
    }
  }

  async function handlePost(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const operation = detectOperation(req.headers, body);
    deps.log.record(operation ?? '(unknown)', operation ? deps.soap.argumentsOf(body, operation) : {}, deps.now());
    if (!(await deps.lifecycle.delay(deps.latencyMs()))) return;
    if (!isSsOperation(operation)) {
      return send(res, 500, XML_CONTENT_TYPE, unknownSoapActionFault(soapActionOf(req.headers) ?? operation ?? ''));
    }
    const fault = deps.faults.take(operation);
    if (fault) return applyFault(fault, operation, req, res);
    const answer = await deps.soap.answer(body, req.headers, req.url ?? ENDPOINT_PATH);
    if (deps.lifecycle.isClosing) return;
    send(res, answer.statusCode, XML_CONTENT_TYPE, answer.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    if (url.pathname.toLowerCase() !== ENDPOINT_PATH.toLowerCase()) {
      if (!(await deps.lifecycle.delay(deps.latencyMs()))) return;
      return send(res, 404, HTML_CONTENT_TYPE, IIS_404_PAGE);
    }
    if (req.method === 'GET' || req.method === 'HEAD') return handleGet(req, res, url.search);
    if (req.method === 'POST') return handlePost(req, res);
    res.setHeader('Allow', 'GET, HEAD, POST');
    return send(res, 405, HTML_CONTENT_TYPE, '');
  }

  return (req, res) => {
    handle(req, res).catch(() => {
      // A simulator bug or a client that went away mid-request: answer like IIS if still possible.
      if (!res.headersSent && !res.destroyed && !deps.lifecycle.isClosing)
        send(res, 500, HTML_CONTENT_TYPE, IIS_500_PAGE);
      else res.destroy();
    });
  };
}
