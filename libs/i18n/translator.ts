import { catalogs, type EnglishCatalog, type MessageKey } from './catalogs/index.js';
import { fallbackChain } from './locales.js';

/** `{name}` placeholders of a message, read from the English text at the type level. */
export type PlaceholderOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | PlaceholderOf<Rest>
  : never;
export type ParamValue = string | number;
export type MessageParams<K extends MessageKey> = Record<PlaceholderOf<EnglishCatalog[K]>, ParamValue>;
/** No argument for a message without placeholders; every placeholder required otherwise. */
type ParamsArg<K extends MessageKey> = [PlaceholderOf<EnglishCatalog[K]>] extends [never]
  ? [params?: Record<string, never>]
  : [params: MessageParams<K>];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The `{name}`s of a text, for tests and tools. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/**
 * Replaces each `{name}` once (a value that itself contains braces is not expanded again). A
 * placeholder without a value stays visible rather than silently vanishing from the text.
 */
export function interpolate(text: string, params: Readonly<Record<string, ParamValue>> = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The raw message of the first locale in the fallback chain that has it (English always does). */
export function lookup(locale: string, key: MessageKey): string {
  for (const l of fallbackChain(locale)) {
    const message = catalogs[l][key];
    if (message !== undefined && message !== '') return message;
  }
  return key;
}

/** Translates `key` into `locale` (any BCP 47 tag), falling back along fallbackChain(). */
export function t<K extends MessageKey>(locale: string, key: K, ...[params]: ParamsArg<K>): string {
  return interpolate(lookup(locale, key), params ?? {});
}

/** Like t() for keys chosen at run time, where the compiler cannot check the parameters. */
export function translate(locale: string, key: MessageKey, params: Readonly<Record<string, ParamValue>> = {}): string {
  return interpolate(lookup(locale, key), params);
}
