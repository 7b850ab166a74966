import { createHash } from 'node:crypto';
import { EcmError } from '../../../shared/errors';
import type {
  CredentialStorePlugin,
  PluginContext,
  PluginLogger,
  RetrievedCredential,
} from '../../../shared/plugin/contract';
import type { SettingsValues } from '../../../shared/plugin/settings-schema';
import { StepRecorder } from '../../../shared/plugin-kit';
import { authorize, mapToReal, notAuthorized, type RealTarget } from './account-authorization';
import { fetchHostKey } from './fetch-host-key';
import { fieldName } from './tpam-field-names';
import { exportSpsIni, importSpsIni } from './sps-ini';
import { SSH_CHANNELS_PER_CONNECTION, SSH_CONNECTIONS, SshPool, commandName } from './ssh-pool';
import { checkAccount } from './account-check';
import { emptySystemReason, unresolvedReason } from './system-reasons';
import { findSystem, resolveSystem, type ReverseLookup } from './system-resolver';
import { listSystemAccountsCommand, reasonText, retrieveCommand, TPAM_LIST_DEFAULT_ROWS } from './tpam-commands';
import { classifyRetrieveOutput, readAccounts } from './tpam-output';
import type { TpamLogLevel } from './tpam-log-level';
import { checkTpamSettings } from './tpam-checks';
import { TPAM_SETTINGS, toTpamSettings, type TpamSettings } from './tpam-settings';

export const TPAM_PLUGIN_ID = 'tpam';

export interface TpamPluginOptions {
  /** Reverse DNS for system_name_resolver=dns (tests pass their own; the default asks the OS). */
  reverseLookup?: ReverseLookup;
  /** How long an idle SSH connection is kept for the next request. */
  idleMs?: number;
  /** SSH channels open at once on one connection (the server's session limit). */
  maxChannels?: number;
  /** SSH connections open at once when every channel of the open ones is busy. */
  maxConnections?: number;
  /** Name resolution of the TPAM server (tests inject failures; by default the OS resolves). */
  lookup?: (host: string) => Promise<string>;
}

/**
 * One Identity TPAM over its SSH CLI, with the SPS plugin's command lines:
 * Test Settings lists the accounts of the endpoint's system that the gateway user may use;
 * retrieveCredential checks a password out with Retrieve. Errors name the command and mode.
 */
export function createTpamPlugin(options: TpamPluginOptions = {}): CredentialStorePlugin & { pools(): SshPool[] } {
  const pools = new Map<string, SshPool>();

  function poolFor(s: TpamSettings, ctx: PluginContext): SshPool {
    const settings = [
      s.server,
      s.server_port,
      s.server_user,
      s.server_user_key,
      s.server_user_key_passphrase,
      s.server_public_key,
      s.timeout_seconds,
    ].join('\n');
    // Only the hash is kept as the pool's key: no copy of the private key outlives the pool. Hashing
    // a few KB per pair costs microseconds.
    const key = createHash('sha256').update(settings).digest('hex');
    let pool = pools.get(key);
    if (!pool) {
      // Settings changed: connections made with the old ones are closed.
      for (const old of pools.values()) old.close();
      pools.clear();
      pool = new SshPool(
        {
          host: s.server,
          port: s.server_port,
          username: s.server_user,
          privateKey: s.server_user_key,
          passphrase: s.server_user_key_passphrase,
          knownHosts: s.server_public_key,
          timeoutSeconds: s.timeout_seconds,
          idleMs: options.idleMs ?? 5000,
          maxChannels: options.maxChannels ?? SSH_CHANNELS_PER_CONNECTION,
          maxConnections: options.maxConnections ?? SSH_CONNECTIONS,
          ...(options.lookup ? { lookup: options.lookup } : {}),
        },
        ctx.log,
      );
      pools.set(key, pool);
    }
    return pool;
  }

  function open(values: SettingsValues, rawCtx: PluginContext) {
    const s = toTpamSettings(values);
    // log_level, as in the SPS plugin: lines below it are not written.
    const ctx = { ...rawCtx, log: atLevel(rawCtx.log, s.log_level) };
    ctx.registerSecret(s.server_user_key);
    ctx.registerSecret(s.server_user_key_passphrase);
    const pool = poolFor(s, ctx);
    const run = async (command: string): Promise<string> => {
      ctx.log.debug(`Running TPAM command: ${command}`);
      const result = await pool.exec(command, ctx.signal);
      if (result.stderr.trim()) ctx.log.debug(`${commandName(command)} wrote to stderr: ${result.stderr.trim()}`);
      return result.stdout;
    };
    return { s, pool, run, ctx };
  }

  return {
    id: TPAM_PLUGIN_ID,
    displayName: 'One Identity TPAM',
    caches: 'ssh-connections',
    version: '1.0.0',
    description:
      'One Identity Total Privileged Access Management through its SSH command-line interface, with SPS-compatible settings.',
    settings: TPAM_SETTINGS,
    pools: () => [...pools.values()],

    async testSettings(values, target, rawCtx) {
      const { s, pool, run, ctx } = open(values, rawCtx);
      // Within one access review, each endpoint is resolved and each system listed once.
      const once = <T>(key: string, work: () => Promise<T>): Promise<T> =>
        ctx.memo ? ctx.memo.once(`tpam:${key}`, work) : work();
      const steps = new StepRecorder(ctx.reportStep);
      await steps.run(
        `Connect to TPAM ${s.server}:${s.server_port} as ${s.server_user}`,
        () => pool.ready(),
        (fresh) =>
          fresh
            ? `new SSH connection, host key matches the ${fieldName('server_public_key')}`
            : 'reused SSH connection',
      );
      const endpointKey = `${s.system_name_resolver}:${s.system_prefix}:${target.endpoint}`;
      const found = await steps.run(
        `Resolve the system for ${target.endpoint}`,
        () => once(`system:${endpointKey}`, () => findSystem(target.endpoint, s, run, options.reverseLookup)),
        (r) => (r.system === null ? `no system: ${r.why}` : `${r.system} (${r.how})`),
      );
      if (found.system === null) {
        return { credentials: [], steps: steps.steps, reasons: [unresolvedReason(target.endpoint, found, s)] };
      }
      const system = found.system;
      const accounts = await steps.run(
        `List accounts on ${system}`,
        () => once(`accounts:${system}`, async () => readAccounts(await run(listSystemAccountsCommand(system)))),
        // A full page may not be all of them: say so rather than let the list look complete.
        (a) =>
          a.length >= TPAM_LIST_DEFAULT_ROWS
            ? `${a.length} account(s), as many as TPAM lists at once: the system may have more`
            : `${a.length} account(s)`,
      );
      if (accounts.length === 0) {
        const reason = await steps.run(
          `Look for the system ${system} in TPAM`,
          () => once(`empty:${endpointKey}`, () => emptySystemReason(target.endpoint, found, s, run)),
          (r) => (r.code === 'no-system' ? 'TPAM has no such system' : 'the system exists'),
        );
        return { credentials: [], steps: steps.steps, reasons: [reason] };
      }
      const verdicts = await steps.run(
        `Check ${s.authorization} authorization for ${target.user}`,
        () => Promise.all(accounts.map((a) => checkAccount(s, target.user, system, a, run))),
        (list) => `${list.filter((v) => 'credential' in v).length} of ${accounts.length} usable`,
      );
      return {
        credentials: verdicts.flatMap((v) => ('credential' in v ? [v.credential] : [])),
        steps: steps.steps,
        reasons: verdicts.flatMap((v) => ('reason' in v ? [v.reason] : [])),
      };
    },

    async retrieveCredential(values, request, ctx): Promise<RetrievedCredential> {
      const s = toTpamSettings(values);
      const account = accountOf(request.credentialId);
      // Same user at the gateway and on the target: the gateway password is reused, no SSH at all.
      if (s.reuse_gateway_password && request.user === account && request.gatewayPassword !== undefined) {
        ctx.registerSecret(request.gatewayPassword);
        ctx.log.info("Gateway and target user are the same, no TPAM lookup needed. Using gateway user's password.");
        return { username: account, password: request.gatewayPassword };
      }
      const { run, ctx: logged } = open(values, ctx);
      const { system } = await resolveSystem(request.endpoint, s, run, options.reverseLookup);
      let target: RealTarget = { account, system };
      if (s.system_maptoreal) {
        logged.log.info(`Retrieving real account and system name for account: '${account}' and system: '${system}'`);
        const real = await mapToReal(account, system, run);
        if (!real) {
          throw new EcmError({
            code: 'CONFIG',
            message: `TPAM has no real account and system (AccountCustom1/AccountCustom2) for ${account} on ${system}.`,
            hint: `Fill AccountCustom1 (real account) and AccountCustom2 (real system) on that TPAM account, or turn ${fieldName('system_maptoreal')} off.`,
          });
        }
        target = real;
      }
      const comment = await authorize(s, request.user, target, run);
      if (!comment) throw notAuthorized(s, request.user, target);
      const reason = reasonText(request.user, comment);
      logged.log.info(
        `Checking out password for account: '${target.account}' on server: '${target.system}' reason: '${reason}'`,
      );
      const outcome = classifyRetrieveOutput(await run(retrieveCommand(target.account, target.system, reason)));
      if (outcome.kind === 'error') {
        throw new EcmError({
          code: outcome.reason === 'not-authorized' ? 'NOT_AUTHORIZED' : 'PROTOCOL',
          message: `TPAM did not hand out the password of ${target.account} on ${target.system}.`,
          serverText: outcome.text || '(no output)',
          hint:
            outcome.reason === 'required'
              ? 'TPAM asks for more (e.g. a ticket) before a CLI retrieval of this account.'
              : 'See the TPAM text above.',
        });
      }
      logged.registerSecret(outcome.password);
      return { username: target.account, password: outcome.password };
    },

    async clearTokenCache(ctx) {
      // TPAM has no tokens: its cache is the pooled SSH connections, closed so the next request reconnects.
      let closed = 0;
      for (const pool of pools.values()) closed += pool.close();
      pools.clear();
      await ctx.tokens.clear();
      ctx.log.info(`Closed ${closed} SSH connection(s) to TPAM.`);
      return closed;
    },

    async runFieldAction(actionId, fieldKey, values) {
      if (actionId !== 'fetch-host-key' || fieldKey !== 'server_public_key') {
        throw new EcmError({
          code: 'VALIDATION',
          field: 'actionId',
          message: `Unknown action ${actionId} on ${fieldKey}.`,
        });
      }
      const s = toTpamSettings(values as SettingsValues);
      if (!s.server)
        throw new EcmError({
          code: 'VALIDATION',
          field: 'values.server',
          message: `Enter the ${fieldName('server')} first: the host key is fetched from it.`,
        });
      const key = await fetchHostKey(s.server, s.server_port, Math.min(s.timeout_seconds, 30));
      return {
        value: key.knownHostsLine,
        summary: `${key.keyType} ${key.fingerprint}`,
        // The summary already carries the key type and fingerprint: shown once, not repeated here.
        details: [{ label: 'Server', value: `${s.server}:${s.server_port}` }],
      };
    },

    checkSettings: (values, ctx) => checkTpamSettings(values, ctx),

    settingsFile: {
      label: 'SPS plugin configuration (.ini)',
      extension: 'ini',
      import: (text) => importSpsIni(text),
      export: (values) => exportSpsIni(values),
    },

    async dispose() {
      for (const pool of pools.values()) pool.close();
      pools.clear();
    },
  };
}

/** Credential ids are `<account>@<system>` as listed; retrieval resolves the system again from the endpoint. */
function accountOf(credentialId: string): string {
  const at = credentialId.lastIndexOf('@');
  return at > 0 ? credentialId.slice(0, at) : credentialId;
}

const RANK: Record<TpamLogLevel, number> = { debug: 10, info: 20, warning: 30, error: 40, critical: 50 };

/** A logger that drops lines below the plugin's log_level. */
function atLevel(log: PluginLogger, level: TpamLogLevel): PluginLogger {
  const min = RANK[level];
  return {
    debug: (m) => (min <= RANK.debug ? log.debug(m) : undefined),
    info: (m) => (min <= RANK.info ? log.info(m) : undefined),
    warn: (m) => (min <= RANK.warning ? log.warn(m) : undefined),
    error: (m) => (min <= RANK.error ? log.error(m) : undefined),
  };
}
