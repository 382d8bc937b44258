/** Small typed readers for untrusted JSON; each throws a message naming the field. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export class FieldError extends Error {}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: Json | undefined, where: string): JsonObject {
  if (!isObject(value)) throw new FieldError(`${where}: expected an object`);
  return value;
}

export function arr(value: Json | undefined, where: string): Json[] {
  if (!Array.isArray(value)) throw new FieldError(`${where}: expected an array`);
  return value;
}

export function str(value: Json | undefined, where: string): string {
  if (typeof value !== 'string') throw new FieldError(`${where}: expected a string`);
  return value;
}

export function int(value: Json | undefined, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new FieldError(`${where}: expected a non-negative integer`);
  }
  return value;
}

export function optStr(value: Json | undefined, where: string): string | null {
  return value === undefined || value === null ? null : str(value, where);
}

export function oneOf<T extends string>(value: Json | undefined, allowed: readonly T[], where: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new FieldError(`${where}: expected one of ${allowed.join(', ')}`);
  return found;
}
