import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import type { Dispatcher } from '../../../electron/core/api/dispatch';
import type { SenderInfo } from '../../../electron/core/api/sender-policy';
import { ERROR_CODES } from '../../../shared/errors';

/** The invariants every IPC answer must keep: a Result, in time, no stack, clean prototypes. */
export const CALL_TIMEOUT_MS = 5_000;

export type Outcome =
  { kind: 'answer'; answer: unknown; ms: number } | { kind: 'threw'; error: unknown } | { kind: 'hung' };

export async function callWithin(
  dispatch: Dispatcher,
  sender: SenderInfo,
  channel: string,
  payload: unknown,
): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  const hung = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hung' }), CALL_TIMEOUT_MS);
  });
  try {
    const answered = (async (): Promise<Outcome> => {
      try {
        const answer = await dispatch(sender, channel, payload);
        return { kind: 'answer', answer, ms: performance.now() - started };
      } catch (error) {
        return { kind: 'threw', error };
      }
    })();
    return await Promise.race([answered, hung]);
  } finally {
    clearTimeout(timer);
  }
}

const ERROR_FIELDS = new Set(['code', 'message', 'hint', 'field', 'serverText', 'step']);
/** A V8 stack frame: "    at fn (/path/file.ts:12:34)", "at node:internal/…:1:2", "at file:///…". */
const STACK_FRAME =
  /(^|\n)\s*at\s+(?:async\s+)?(?:\S+\s+\()?(?:file:\/\/|node:|\/|[A-Za-z]:\\)[^\s()]*:\d+(?::\d+)?\)?/;
const INDENTED_AT = /\n\s{4}at /;

function* stringsIn(value: unknown): Generator<string> {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') yield v;
    else if (typeof v === 'object' && v !== null && !seen.has(v)) {
      seen.add(v);
      for (const [k, inner] of Object.entries(v)) {
        yield k;
        stack.push(inner);
      }
    }
  }
}

/** What is wrong with an answer, or null. */
export function problemWith(answer: unknown, channel: string): string | null {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
    return `the answer is not a Result object: ${show(answer)}`;
  const keys = Object.keys(answer).sort().join(',');
  const result = answer as { ok?: unknown; value?: unknown; error?: unknown };
  if (result.ok === true) {
    if (keys !== 'ok,value') return `an ok answer has keys ${keys}`;
    try {
      structuredClone(answer);
    } catch (err) {
      return `an ok answer cannot cross IPC (structured clone: ${(err as Error).message})`;
    }
    // Configurator.log may hold stack traces by design (stacks go to the log only), so readLog's lines are exempt.
    if (channel !== 'readLog') {
      for (const s of stringsIn(result.value))
        if (STACK_FRAME.test(s)) return `an ok answer holds a stack frame: ${show(s)}`;
    }
    return null;
  }
  if (result.ok !== false) return `the answer's ok is ${show(result.ok)}`;
  if (keys !== 'error,ok') return `a failed answer has keys ${keys}`;
  const error = result.error as Record<string, unknown> | null;
  if (typeof error !== 'object' || error === null) return `error is ${show(error)}`;
  for (const [k, v] of Object.entries(error)) {
    if (!ERROR_FIELDS.has(k)) return `error has an unexpected field '${k}'`;
    if (typeof v !== 'string') return `error.${k} is not text: ${show(v)}`;
    if (STACK_FRAME.test(v) || INDENTED_AT.test(v)) return `error.${k} holds a stack trace: ${show(v)}`;
  }
  if (!(ERROR_CODES as readonly unknown[]).includes(error.code))
    return `error.code ${show(error.code)} is not one of ERROR_CODES`;
  if (typeof error.message !== 'string' || error.message.length === 0) return 'error.message is empty';
  return null;
}

export function show(value: unknown): string {
  return inspect(value, { depth: 3, maxStringLength: 120, maxArrayLength: 8, breakLength: Infinity });
}

/** Every own property of the built-in prototypes, by identity, to detect pollution of any kind. */
function prototypeSnapshot(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const protos: [string, object][] = [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
    ['Number', Number.prototype],
    ['Boolean', Boolean.prototype],
  ];
  for (const [name, proto] of protos) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      out.set(`${name}.${String(key)}`, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
    }
  }
  out.set('Object.getPrototypeOf({})', Object.getPrototypeOf({}));
  return out;
}

const PROTOTYPES_BEFORE = prototypeSnapshot();

export function pollution(): string | null {
  const now = prototypeSnapshot();
  for (const [key, before] of PROTOTYPES_BEFORE) {
    const after = now.get(key);
    if (after === undefined) return `${key} was removed`;
    if (
      Array.isArray(before) && Array.isArray(after)
        ? before.some((v, i) => !Object.is(v, after[i]))
        : !Object.is(before, after)
    )
      return `${key} was changed`;
  }
  for (const key of now.keys()) if (!PROTOTYPES_BEFORE.has(key)) return `${key} was added`;
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined)
    return 'a "polluted" property is inherited';
  return null;
}

export function readBytes(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

export function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
