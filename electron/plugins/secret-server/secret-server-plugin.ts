import type { LookupFunction } from 'node:net';
import { EcmError } from '../../../shared/errors';
import type { CredentialStorePlugin, PluginContext, RetrievedCredential } from '../../../shared/plugin/contract';
import type { SettingsValues } from '../../../shared/plugin/settings-schema';
import { StepRecorder } from '../../../shared/plugin-kit';
import { checkSecretServerSettings } from './secret-server-checks';
import { SECRET_SERVER_SETTINGS, toSecretServerSettings, type SecretServerSettings } from './secret-server-settings';
import { SoapTransport } from './soap-transport';
import { errorsOf, secretErrorOf, secretItemsOf, type SecretSummaryRow } from './ss-results';
import { mergeFound, searchAsUser, searchesFor } from './ss-search';
import { ImpersonationRefused, SecretServerSession } from './ss-session';
import { describeUser, impersonationAttempts, type SsUserRef } from './user-name';
import { explainEmpty } from './why-not';

export const SECRET_SERVER_PLUGIN_ID = 'secret-server';

/**
 * Delinea/Thycotic Secret Server over its SOAP web services, as the vendor describes the ECM
 * integration: Authenticate (API account) → ImpersonateUser (the gateway user) →
 * SearchSecretsByFieldValue (machine field for the endpoint, domain field for each configured
 * domain). Test Settings never calls GetSecret: no password is fetched to list credentials.
 */
export interface SecretServerPluginOptions {
  /** Name resolution for the endpoint (tests inject failures; the default asks the OS). */
  lookup?: LookupFunction;
}

export function createSecretServerPlugin(options: SecretServerPluginOptions = {}): CredentialStorePlugin {
  const transports = new Map<string, SoapTransport>();

  function transportFor(s: SecretServerSettings): SoapTransport {
    const key = `${s.endpointUrl}\n${s.caCertificate}\n${s.timeoutSeconds}\n${s.allowUnencryptedHttp}`;
    let transport = transports.get(key);
    if (!transport) {
      transport = new SoapTransport(s.endpointUrl, {
        caCertificate: s.caCertificate,
        timeoutSeconds: s.timeoutSeconds,
        allowHttp: s.allowUnencryptedHttp,
        ...(options.lookup ? { lookup: options.lookup } : {}),
      });
      transports.set(key, transport);
    }
    return transport;
  }

  function open(values: SettingsValues, ctx: PluginContext): { s: SecretServerSettings; session: SecretServerSession } {
    const s = toSecretServerSettings(values);
    ctx.registerSecret(s.apiPassword);
    const session = new SecretServerSession(s, transportFor(s), ctx);
    if (s.endpointUrl.toLowerCase().startsWith('http:')) {
      // Once per run: an access review of 1,000 pairs says it once, not 1,000 times.
      void session.once('warn-http', async () =>
        ctx.log.warn(
          `Endpoint URL ${s.endpointUrl} uses http: the API password and tokens cross the network unencrypted. Use https.`,
        ),
      );
    }
    return { s, session };
  }

  return {
    id: SECRET_SERVER_PLUGIN_ID,
    displayName: 'Thycotic Secret Server',
    version: '1.0.0',
    description:
      'Delinea (Thycotic) Secret Server through its SOAP web services, with impersonation of the gateway user (Secret Server 9.1 or later).',
    settings: SECRET_SERVER_SETTINGS,
    checkSettings: (values) => checkSecretServerSettings(values),

    async testSettings(values, target, ctx) {
      const { s, session } = open(values, ctx);
      const steps = new StepRecorder(ctx.reportStep);
      const authStep = `Authenticate API account ${session.apiPrincipal}`;
      // Within one run (an access review) the API account authenticates once, each user is
      // impersonated once and each search runs once per user: the run memo holds the outcomes.
      await steps.run(
        authStep,
        () => session.once('authenticate', async () => (await session.apiToken(authStep)).fresh),
        tokenDetail,
      );
      const user = await impersonateFirst(session, impersonationAttempts(target.user, s), steps, ctx);
      const searches = searchesFor(s, target.endpoint);
      const found = await steps.all(
        searches.map((q) => {
          const name = `Search ${q.field} = ${q.term}`;
          return {
            name,
            body: () => searchAsUser(session, user, q, name),
            detail: (rows: SecretSummaryRow[]) => `${rows.length} found`,
          };
        }),
      );
      const reasons = await explainEmpty(session, user, searches, found, steps, ctx.signal);
      return {
        credentials: mergeFound(searches, found),
        steps: steps.steps,
        ...(reasons.length > 0 ? { reasons } : {}),
      };
    },

    async retrieveCredential(values, request, ctx): Promise<RetrievedCredential> {
      const { s, session } = open(values, ctx);
      const secretId = Number(request.credentialId);
      if (!Number.isInteger(secretId)) {
        throw new EcmError({
          code: 'VALIDATION',
          field: 'credentialId',
          message: `'${request.credentialId}' is not a Secret Server secret id.`,
        });
      }
      const user = await impersonateFirst(session, impersonationAttempts(request.user, s), new StepRecorder(), ctx);
      // The secret must be one Test Settings would list for this endpoint: a credential chosen for
      // one host is never handed out for another.
      const searches = searchesFor(s, request.endpoint);
      const found = await Promise.all(
        searches.map((q) => searchAsUser(session, user, q, `Search ${q.field} = ${q.term}`)),
      );
      if (!found.flat().some((row) => row.id === secretId)) {
        throw new EcmError({
          code: 'NOT_AUTHORIZED',
          message: `Secret ${secretId} is not one of the credentials ${describeUser(user)} may use on ${request.endpoint}.`,
          hint: 'Choose a credential listed for this endpoint (Test Settings shows them).',
        });
      }
      const result = await session.withUserToken(user, 'GetSecret', (token) => ({
        token,
        secretId,
        loadSettingsAndPermissions: false,
      }));
      const errors = errorsOf(result);
      const secretError = secretErrorOf(result);
      if (secretError?.allowsResponse) {
        const asks =
          [secretError.commentTitle, secretError.additionalCommentTitle].filter(Boolean).join(' and ') || 'a response';
        throw new EcmError({
          code: 'NOT_AUTHORIZED',
          message: `Secret Server asks for ${asks} before secret ${secretId} may be used (${secretError.errorCode || 'no code'}).`,
          serverText: secretError.errorMessage || errors.join(' '),
          hint: "Secrets that require a comment, approval or a ticket cannot be injected automatically; change the secret's settings in Secret Server or choose another credential.",
        });
      }
      if (errors.length > 0) {
        throw new EcmError({
          code: 'PROTOCOL',
          message: `Secret Server answered GetSecret for secret ${secretId} with an error.`,
          serverText: errors.join(' '),
          hint: `Check that ${describeUser(user)} may view this secret.`,
        });
      }
      const items = secretItemsOf(result);
      const field = (name: string) => items.find((i) => i.fieldName.toLowerCase() === name.toLowerCase())?.value;
      const password = items.find((i) => i.isPassword)?.value ?? field('Password');
      if (password === undefined) {
        throw new EcmError({
          code: 'PROTOCOL',
          message: `Secret ${secretId} has no password field.`,
          hint: 'Choose a secret made from a template with a password.',
        });
      }
      ctx.registerSecret(password);
      const domain = field(s.domainField);
      return { username: field('Username') ?? '', password, ...(domain ? { domain } : {}) };
    },

    async clearTokenCache(ctx) {
      return ctx.tokens.clear();
    },

    async dispose() {
      for (const transport of transports.values()) transport.close();
      transports.clear();
    },
  };
}

/** Tries each form of the user in turn; records one step per attempt so the admin sees the fallback. */
async function impersonateFirst(
  session: SecretServerSession,
  attempts: SsUserRef[],
  steps: StepRecorder,
  ctx: PluginContext,
): Promise<SsUserRef> {
  const refused: ImpersonationRefused[] = [];
  for (const attempt of attempts) {
    const name = `Impersonate ${describeUser(attempt)}`;
    try {
      await steps.run(
        name,
        () =>
          session.once(`impersonate|${attempt.domain}\\${attempt.username}`.toLowerCase(), async () => {
            try {
              return (await session.userToken(attempt, name)).fresh;
            } catch (err) {
              // Logged where the refusal is learnt, so a review logs it once per user, not per pair.
              if (err instanceof ImpersonationRefused) {
                ctx.log.info(
                  `${err.message}${attempt === attempts.at(-1) ? '' : ' Trying the next form of the user name.'}`,
                );
              }
              throw err;
            }
          }),
        tokenDetail,
      );
      return attempt;
    } catch (err) {
      if (!(err instanceof ImpersonationRefused)) throw err;
      refused.push(err);
    }
  }
  // Classified by the answer's shape (Errors, no Token, no AuthorizeURL): the back end refuses to
  // act for this user. Its wording differs by version and does not say which cause applies, so the
  // hint names both and the server's text is passed on verbatim.
  throw new EcmError({
    code: 'NOT_AUTHORIZED',
    step: `Impersonate ${describeUser(attempts.at(-1)!)}`,
    message: `Secret Server refused to act as ${attempts.map(describeUser).join(', then as ')}: the API account may not impersonate this user (ImpersonateUser).`,
    serverText: refused.map((r) => r.serverText).join(' | '),
    hint: 'Either the user is not known to Secret Server under that name and domain (check the spelling; for gateway users without a domain see "Default Domain for Local Bomgar Users" and "Enable fallback to local account"), or the API account lacks the "Web Services Impersonate" role permission (Admin > Roles in Secret Server).',
  });
}

function tokenDetail(r: { value: boolean; shared: boolean }): string {
  if (r.shared) return 'shared within this run';
  return r.value ? 'new token' : 'cached token';
}
