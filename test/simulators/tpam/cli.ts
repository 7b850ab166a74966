import { resolveOptions, tokenize } from './command-line';
import {
  listAccounts,
  listAssignedPolicies,
  listRequestDetails,
  listSystems,
  listUsers,
  UsageProblem,
  type CliContext,
} from './list-commands';
import { retrieve } from './retrieve-command';
import { findCommandSpec, usageText, type CommandSpec } from './usage-texts';

/**
 * One TPAM CLI command line in, TPAM's stdout out. A line TPAM would not accept (unknown or
 * ambiguous option, missing value, bad quoting, `--Help`) is answered with the command's
 * `Usage:` help text, as TPAM does.
 */

type Handler = (ctx: CliContext, options: ReadonlyMap<string, string>) => string;

const HANDLERS: Readonly<Record<string, Handler>> = {
  ListSystems: listSystems,
  ListAccounts: listAccounts,
  ListUsers: listUsers,
  ListAssignedPolicies: listAssignedPolicies,
  ListRequestDetails: listRequestDetails,
  Retrieve: retrieve,
};

/** TPAM's answer to a command it does not have is not documented; this one is plain and has no `Usage:`. */
export function unknownCommandText(name: string): string {
  return `Invalid command: ${name}\r\n`;
}

export function runTpamCommand(ctx: CliContext, commandLine: string): string {
  const tokenized = tokenize(commandLine);
  const first = tokenized.ok ? tokenized.tokens[0] : undefined;
  const name = first?.text ?? commandLine.trim().split(/\s+/)[0] ?? '';
  const spec = findCommandSpec(name);
  const handler = spec ? HANDLERS[spec.name] : undefined;
  if (!spec || !handler) return unknownCommandText(name);
  if (!tokenized.ok) return usage(spec);

  const resolved = resolveOptions(
    tokenized.tokens.slice(1),
    spec.options.map((o) => o.name),
  );
  if (!resolved.ok || resolved.help) return usage(spec);
  try {
    return handler(ctx, resolved.values);
  } catch (err) {
    if (err instanceof UsageProblem) return usage(spec);
    throw err;
  }
}

function usage(spec: CommandSpec): string {
  return `${usageText(spec)}\r\n`;
}
