/**
 * The `default` of a switch that must handle every member of a union (e.g. every setting field
 * type): adding a member makes the call fail to compile, because the value is then not `never`.
 * At run time it is reached only by a value the types rule out, which is a defect.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
