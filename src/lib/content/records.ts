/**
 * Reading data before a schema has typed it (raw files, generated JSON Schemas, caught
 * errors): checks that hold at run time, where a cast would only tell the compiler.
 */
import { isRecord } from '#lib/core/guards.ts';

/** The object's fields, or none when the value is not a plain object. */
export function recordOrEmpty(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** The value when it is a text. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** What a caught error says: its message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
