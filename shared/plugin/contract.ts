import { z } from 'zod';
import type { DraftValues } from './draft-values';
import type { SettingField, SettingsValues } from './settings-schema';
import type { FieldProblem } from './settings-validation';

/**
 * The contract every credential-store plugin implements. Built-in plugins (Secret Server,
 * TPAM) and third-party ones are held to the same shape; the core checks a plugin's
 * description with `pluginDescriptionSchema` when it is registered.
 */

/** One credential a user may use on an endpoint. Never holds a secret: the schema strips anything else. */
export const credentialSummarySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  username: z.string().optional(),
  domain: z.string().optional(),
  /** Where the credential was found, e.g. `machine`, `domain`, `tpam`. */
  source: z.string().min(1),
  /** Template (Secret Server) or system (TPAM). */
  template: z.string().optional(),
  restricted: z.boolean().optional(),
  /** Extra facts for the admin (e.g. a TPAM request id). Never a secret. */
  detail: z.string().optional(),
});
export type CredentialSummary = z.infer<typeof credentialSummarySchema>;

/** One step of a Test Settings run, as the admin sees it. */
export const stepSchema = z.object({
  name: z.string().min(1),
  ok: z.boolean(),
  ms: z.number().nonnegative(),
  detail: z.string().optional(),
});
export type Step = z.infer<typeof stepSchema>;

/** A step as it happens: `running` first, then its outcome. Shown live in the Test Settings dialog. */
export interface StepProgress {
  name: string;
  status: 'running' | 'ok' | 'failed';
  ms?: number;
  detail?: string;
}

/**
 * Why a credential is not usable, or why nothing was found: data, so that Test Settings and the
 * access review show the same explanation. `code` is the plugin's own stable, kebab-case name for
 * the case (e.g. `no-active-request`); `text` is one plain sentence for the admin; `credential`
 * names the account or secret the reason is about, when it is about one.
 */
export const reasonSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
    text: z.string().min(1).max(2000),
    credential: z.string().max(500).optional(),
  })
  .strict();
export type Reason = z.infer<typeof reasonSchema>;

export const testSettingsResultSchema = z.object({
  credentials: z.array(credentialSummarySchema),
  steps: z.array(stepSchema),
  /** Why credentials were not usable or none were found; omitted or empty when there is nothing to explain. */
  reasons: z.array(reasonSchema).max(1000).optional(),
});
export type TestSettingsResult = z.infer<typeof testSettingsResultSchema>;

export interface TestTarget {
  /** The gateway user being tested, as typed: `DOMAIN\name`, `name@domain` or `name`. */
  user: string;
  /** Host name, FQDN or IP address of the endpoint. */
  endpoint: string;
}

export interface RetrieveRequest extends TestTarget {
  credentialId: string;
  /** The gateway user's own password, for plugins that may reuse it (TPAM reuse_gateway_password). */
  gatewayPassword?: string;
}

/** A retrieved secret. Lives in memory only, for injection; never crosses IPC. */
export interface RetrievedCredential {
  username: string;
  password: string;
  domain?: string;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface PluginLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The plugin's own view of the sealed token cache (keys are namespaced by plugin). */
export interface PluginTokenCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, token: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Returns the cached token, or runs `fetch` once for all concurrent callers and caches its result. */
  getOrFetch(key: string, fetch: () => Promise<{ token: string; ttlMs: number }>): Promise<string>;
  /** Removes this plugin's entries whose key starts with `prefix` (all when omitted); returns how many. */
  clear(prefix?: string): Promise<number>;
}

/**
 * Lookups shared by every pair of one run. An access review passes one memo to all its pairs, so
 * a plugin that asks `once('impersonate:CORP\\bob', …)` for each endpoint talks to its back end
 * once per user; a single Test Settings run gets a fresh memo. A rejected lookup is remembered too
 * (the same question gets the same answer within a run). Keys are the plugin's own.
 */
export interface RunMemo {
  once<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export interface PluginContext {
  log: PluginLogger;
  tokens: PluginTokenCache;
  /** Aborted when the admin cancels or the overall time runs out. */
  signal: AbortSignal;
  timeouts: { connectMs: number; requestMs: number };
  /** Tells the log redaction about a secret the plugin learnt (a token, a password). */
  registerSecret(value: string): void;
  /** Reports a step as it starts and ends, for the live view; optional for plugins to call. */
  reportStep?(step: StepProgress): void;
  /** Lookups shared across the pairs of one run; optional so older plugins and callers keep working. */
  memo?: RunMemo;
}

/**
 * What a plugin keeps between requests, so Clear Token Cache can say what it dropped:
 * `tokens` (cached authentication tokens, the default), `ssh-connections` (pooled SSH sessions, e.g.
 * TPAM's) or `nothing` (the app shows no Clear Token Cache button for it).
 */
export const PLUGIN_CACHE_KINDS = ['tokens', 'ssh-connections', 'nothing'] as const;
export type PluginCacheKind = (typeof PLUGIN_CACHE_KINDS)[number];

export interface PluginDescription {
  id: string;
  displayName: string;
  version: string;
  description: string;
  settings: SettingField[];
  /** What `clearTokenCache` drops and counts; `tokens` when omitted. */
  caches?: PluginCacheKind;
}

/** What a field action proposes: a value for the field and what the admin must check before accepting it. */
export const fieldActionResultSchema = z
  .object({
    value: z.string().max(100_000),
    /** One line to compare, e.g. the key type and SHA256 fingerprint. */
    summary: z.string(),
    details: z
      .array(z.object({ label: z.string(), value: z.string() }).strict())
      .max(20)
      .optional(),
  })
  .strict();
export type FieldActionResult = z.infer<typeof fieldActionResultSchema>;

/** A file format a plugin's settings can be imported from and exported to (TPAM: the SPS ini). */
export interface SettingsFileFormat {
  label: string;
  extension: string;
  /** Values as a draft: secrets given as "keep the stored one" come back as `{ stored: true }`. */
  import(text: string): { values: DraftValues; warnings: string[] };
  /** Secrets are never written: the format's "stored elsewhere" marker stands in for them. */
  export(values: Partial<SettingsValues>): string;
}

/**
 * What `checkSettings` receives besides the values. A secret kept from the saved settings (not
 * typed again) arrives as '' in the values and is named in `storedSecrets`; `storedSecret` unseals
 * it only when a check needs it (e.g. a new key with the stored passphrase).
 */
export interface SettingsCheckContext {
  storedSecrets: ReadonlySet<string>;
  /** The clear text of a stored secret; undefined when none is stored or it cannot be unsealed here. */
  storedSecret(key: string): Promise<string | undefined>;
}

export interface CredentialStorePlugin extends PluginDescription {
  testSettings(settings: SettingsValues, target: TestTarget, ctx: PluginContext): Promise<TestSettingsResult>;
  retrieveCredential(
    settings: SettingsValues,
    request: RetrieveRequest,
    ctx: PluginContext,
  ): Promise<RetrievedCredential>;
  /** Drops what `caches` declares and returns how many: tokens removed, or connections closed. */
  clearTokenCache(ctx: PluginContext): Promise<number>;
  /** Runs an action declared on a field (`SettingField.actions`) with the values on screen. */
  runFieldAction?(
    actionId: string,
    fieldKey: string,
    settings: Partial<SettingsValues>,
    ctx: PluginContext,
  ): Promise<FieldActionResult>;
  settingsFile?: SettingsFileFormat;
  /**
   * Checks that need more than the field schema (parsing a key, a certificate, a URL), run by the
   * core on Save, on import, and as the admin types, after the schema validation. Returns one
   * problem per field at fault (`key`, `label`, a message naming the field and what to do); never
   * quotes a secret. Must not touch the network: it runs on every pause in typing.
   */
  checkSettings?(values: SettingsValues, ctx: SettingsCheckContext): FieldProblem[] | Promise<FieldProblem[]>;
  /** Closes connections and timers; called on settings change and on exit. */
  dispose?(): Promise<void>;
}

export const pluginIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,63}$/, 'a plugin id is 2–64 lower-case letters, digits and dashes, starting with a letter');
