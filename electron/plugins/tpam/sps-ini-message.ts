/**
 * Messages in the SPS plugin SDK's exception format, so an admin sees in the ECM the same words
 * SPS would log: `message; option='server', section='tpam'` (S3 `exceptions.py`: the message, "; ",
 * then `key='value'` pairs in insertion order).
 */
export type SpsMessageVars = Record<string, string | number>;

/** Shown instead of the value of a secret option: an error message must never carry a key. */
export const REDACTED = '<redacted>';

export function spsMessage(message: string, vars: SpsMessageVars): string {
  const pairs = Object.entries(vars).map(([k, v]) => `${k}='${printable(String(v))}'`);
  return pairs.length === 0 ? message : `${message}; ${pairs.join(', ')}`;
}

/** Multi-line values (known_hosts, PEM) stay on one message line; very long ones are cut. */
function printable(value: string): string {
  const oneLine = value.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

/** One problem found in an ini file: the formatted message plus where it is, for the form to point at. */
export interface SpsIniProblem {
  message: string;
  section?: string;
  option?: string;
}

export function spsProblem(message: string, vars: SpsMessageVars): SpsIniProblem {
  const problem: SpsIniProblem = { message: spsMessage(message, vars) };
  if (vars.section !== undefined) problem.section = String(vars.section);
  if (vars.option !== undefined) problem.option = String(vars.option);
  return problem;
}
