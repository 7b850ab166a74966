import { EcmError } from '../../../shared/errors';

/**
 * Every value that goes into a SOAP envelope passes here first (SoapTransport.call does it for
 * each call). node-soap escapes text, except a value of the form <![CDATA[...]]>, which it copies
 * into the message as it is: such a user name could close its element and add elements of its own.
 * So no value carries what makes up those markers (<![CDATA[, ]]>, < and >) or a control character.
 *
 * Passwords may hold < > & (node-soap escapes them correctly), but never <![CDATA[ (the form it
 * does not escape) nor a control character XML cannot carry at all.
 */
const MARKUP = /<!\[CDATA\[|\]\]>|[<>]/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** XML 1.0 allows tab, LF and CR (node-soap writes them as character references), no other C0. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const SECRET_ARGUMENTS = new Set(['password']);

/** Where each argument comes from, in the admin's words, so the error names what to correct. */
const SOURCES: Record<string, { field: string; label: string }> = {
  'Authenticate.username': { field: 'values.apiUser', label: 'API User' },
  'Authenticate.password': { field: 'values.apiPassword', label: 'API Password' },
  'Authenticate.domain': { field: 'values.apiDomain', label: 'API Domain' },
  'Authenticate.organization': { field: 'values.apiOrganization', label: 'API Organization' },
  'ImpersonateUser.username': { field: 'user', label: 'The user name' },
  'ImpersonateUser.domain': { field: 'user', label: "The user's domain (or Default Domain for Local Bomgar Users)" },
  'ImpersonateUser.organization': { field: 'values.apiOrganization', label: 'API Organization' },
  'SearchSecretsByFieldValue.fieldName': { field: 'values.machineField', label: 'Machine Field or Domain Field' },
  'SearchSecretsByFieldValue.searchTerm': {
    field: 'endpoint',
    label: 'The endpoint (or a domain in "Include domain credentials for")',
  },
};

/** Throws before anything is sent when a value could change the SOAP message it goes into. */
export function assertSafeArguments(operation: string, args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) checkValue(operation, name, value);
}

function checkValue(operation: string, name: string, value: unknown): void {
  if (Array.isArray(value)) return value.forEach((item) => checkValue(operation, name, item));
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) checkValue(operation, `${name}.${key}`, inner);
    return;
  }
  if (typeof value !== 'string') return; // numbers and booleans are written by node-soap itself
  if (SECRET_ARGUMENTS.has(name)) {
    if (value.includes('<![CDATA[') || NOT_XML.test(value)) throw refusal(operation, name, true);
    return;
  }
  if (MARKUP.test(value) || CONTROL.test(value)) throw refusal(operation, name, false);
}

function refusal(operation: string, name: string, secret: boolean): EcmError {
  // A token comes from Secret Server itself: an answer the plugin cannot use, not the admin's input.
  if (name === 'token') {
    return new EcmError({
      code: 'PROTOCOL',
      message: `Secret Server returned a token with markup or control characters; it was not sent back with ${operation}.`,
      hint: 'Check that the Endpoint URL points at Secret Server and not at another service.',
    });
  }
  const source = SOURCES[`${operation}.${name}`] ?? { field: name, label: `The value of ${name}` };
  // The value itself is never repeated: it may be a secret, or hold characters that would forge log lines.
  return new EcmError({
    code: 'VALIDATION',
    field: source.field,
    message: secret
      ? `${source.label} cannot contain "<![CDATA[" or control characters other than tab and line breaks: it could not be sent safely inside a SOAP message. Nothing was sent to Secret Server.`
      : `${source.label} cannot contain < or > or control characters: it is sent inside a SOAP message, which such a value could change. Nothing was sent to Secret Server.`,
    hint: secret
      ? "Change the API account's password in Secret Server to one without these characters, then enter it here."
      : 'Correct it: Secret Server user, domain and field names never contain these characters.',
  });
}
