/**
 * The canned bodies IIS/ASP.NET sends when no web method answers: error pages, SOAP 1.1 faults,
 * the .asmx help page, and the deliberately broken answers the fault injector needs.
 */

export const XML_CONTENT_TYPE = 'text/xml; charset=utf-8';
export const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

/** Headers an IIS-hosted ASMX service adds to every answer. */
export const IIS_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'private, max-age=0',
  Server: 'Microsoft-IIS/10.0',
  'X-AspNet-Version': '4.0.30319',
  'X-Powered-By': 'ASP.NET',
};

const ENVELOPE_OPEN =
  '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">';

function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function soapFaultEnvelope(faultcode: 'soap:Server' | 'soap:Client', faultstring: string): string {
  return `${ENVELOPE_OPEN}<soap:Body><soap:Fault><faultcode>${faultcode}</faultcode><faultstring>${escapeXmlText(faultstring)}</faultstring><detail /></soap:Fault></soap:Body></soap:Envelope>`;
}

export const SIMULATED_FAULT_STRING = 'Server was unable to process request. ---> Simulated failure.';

/** What ASMX says to a SOAPAction it has no method for. */
export function unknownSoapActionFault(soapAction: string): string {
  return soapFaultEnvelope(
    'soap:Client',
    `System.Web.Services.Protocols.SoapException: Server did not recognize the value of HTTP Header SOAPAction: ${soapAction}.`,
  );
}

/** A 200 answer cut off in the middle of an element, as a proxy that drops a connection leaves it. */
export function truncatedEnvelope(operation: string): string {
  return `${ENVELOPE_OPEN}<soap:Body><${operation}Response xmlns="urn:thesecretserver.com"><${operation}Result><Errors /><To`;
}

/** IIS's detailed-errors-off page for an unhandled 500. */
export const IIS_500_PAGE = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>500 - Internal server error.</title>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>500 - Internal server error.</h2>
  <h3>There is a problem with the resource you are looking for, and it cannot be displayed.</h3>
 </fieldset></div>
</div>
</body>
</html>
`;

export const IIS_404_PAGE = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>404 - File or directory not found.</title></head>
<body><div id="content"><h2>404 - File or directory not found.</h2>
<h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3></div></body>
</html>
`;

/** The page ASMX shows for a plain GET of the service. */
export const SERVICE_HELP_PAGE = `<html><head><title>SSWebService Web Service</title></head>
<body><div id="content"><p class="heading1">SSWebService</p>
<p>The following operations are supported. For a formal definition, please review the <a href="SSWebService.asmx?WSDL">Service Description</a>.</p></div></body></html>
`;
