import type { IServices } from 'soap';
import type { z } from 'zod';
import { authenticate, getTokenIsValid, impersonateUser } from './identity-operations';
import type { OperationContext } from './operation-context';
import {
  authenticateArgs,
  getSecretArgs,
  getTokenIsValidArgs,
  impersonateUserArgs,
  searchSecretsByFieldValueArgs,
} from './request-args';
import { getSecret, searchSecretsByFieldValue } from './secret-operations';

/**
 * ASMX answers arguments it cannot deserialize (e.g. a non-integer secretId) with a
 * soap:Client fault, HTTP 500. node-soap turns a thrown `{ Fault }` into a SOAP 1.1 fault
 * envelope; `statusCode` is the HTTP status it sends with it.
 */
function unreadableRequestFault(): { Fault: Record<string, unknown> } {
  return {
    Fault: {
      faultcode: 'soap:Client',
      faultstring: 'Server was unable to read request. ---> There is an error in XML document.',
      detail: {},
      statusCode: 500,
    },
  };
}

function handler<S extends z.ZodType, R>(schema: S, operation: (args: z.infer<S>) => R, resultName: string) {
  return (rawArgs: unknown): Record<string, R> => {
    const parsed = schema.safeParse(rawArgs ?? {});
    if (!parsed.success) throw unreadableRequestFault();
    return { [resultName]: operation(parsed.data) };
  };
}

/** The node-soap service tree for the SSWebService / SSWebServiceSoap port of the WSDL. */
export function createSecretServerService(ctx: OperationContext): IServices {
  return {
    SSWebService: {
      SSWebServiceSoap: {
        Authenticate: handler(authenticateArgs, (args) => authenticate(ctx, args), 'AuthenticateResult'),
        ImpersonateUser: handler(impersonateUserArgs, (args) => impersonateUser(ctx, args), 'ImpersonateUserResult'),
        SearchSecretsByFieldValue: handler(
          searchSecretsByFieldValueArgs,
          (args) => searchSecretsByFieldValue(ctx, args),
          'SearchSecretsByFieldValueResult',
        ),
        GetSecret: handler(getSecretArgs, (args) => getSecret(ctx, args), 'GetSecretResult'),
        GetTokenIsValid: handler(getTokenIsValidArgs, (args) => getTokenIsValid(ctx, args), 'GetTokenIsValidResult'),
      },
    },
  };
}
