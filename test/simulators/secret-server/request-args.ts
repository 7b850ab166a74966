import { z } from 'zod';

/**
 * The parsed SOAP arguments of each operation, as node-soap hands them over: strings stay
 * strings, ints and booleans are typed by the WSDL, empty elements are '', nil or absent
 * elements are missing, and repeated elements (CodeResponse) are always arrays.
 */

const text = z.string().optional();

export const authenticateArgs = z.object({ username: text, password: text, organization: text, domain: text });

export const impersonateUserArgs = z.object({ token: text, username: text, organization: text, domain: text });

export const getTokenIsValidArgs = z.object({ token: text });

export const searchSecretsByFieldValueArgs = z.object({
  token: text,
  fieldName: text,
  searchTerm: text,
  showDeleted: z.boolean().optional(),
  showRestricted: z.boolean().optional(),
});

const codeResponse = z.object({
  ErrorCode: text,
  Comment: text,
  AdditionalComment: text,
  TicketSystemId: z.number().int().optional(),
});

export const getSecretArgs = z.object({
  token: text,
  secretId: z.number().int(),
  loadSettingsAndPermissions: z.boolean().optional(),
  codeResponses: z.object({ CodeResponse: z.array(codeResponse).optional() }).optional(),
});

export type AuthenticateArgs = z.infer<typeof authenticateArgs>;
export type ImpersonateUserArgs = z.infer<typeof impersonateUserArgs>;
export type GetTokenIsValidArgs = z.infer<typeof getTokenIsValidArgs>;
export type SearchSecretsByFieldValueArgs = z.infer<typeof searchSecretsByFieldValueArgs>;
export type GetSecretArgs = z.infer<typeof getSecretArgs>;
