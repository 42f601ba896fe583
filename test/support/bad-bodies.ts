/**
 * Generators of bad requests for the robustness test (test/robustness.e2e-spec.ts).
 *
 * From an operation of the OpenAPI document (its method, path parameters and body schema)
 * they build requests that no well-behaved client sends: wrong types, missing and unknown
 * fields, huge strings, deep nesting, non-objects, non-JSON, wrong content types and
 * encodings, malformed path parameters. The api must answer every one of them with a 4xx in
 * the error shape of API.md (or, by chance, accept it) — never with a 5xx.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import request from 'supertest';
import type { Server } from 'node:http';

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const WRITE_METHODS: readonly WriteMethod[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

// ---------------------------------------------------------------------------------------
// The parts of an OpenAPI 3 document we read
// ---------------------------------------------------------------------------------------

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
}

interface ParameterObject {
  $ref?: string;
  name?: string;
  in?: string;
  schema?: SchemaObject;
}

interface OperationObject {
  parameters?: ParameterObject[];
  requestBody?: { $ref?: string; required?: boolean; content?: Record<string, { schema?: SchemaObject }> };
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, OperationObject | unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export interface PathParam {
  name: string;
  schema: SchemaObject;
}

/** One write operation: documented in the OpenAPI document, or an undocumented probe. */
export interface WriteOperation {
  method: WriteMethod;
  /** As documented: `/api/v1/cases/{id}/transitions` (`:id` works too). */
  path: string;
  documented: boolean;
  pathParams: PathParam[];
  /** The JSON body schema, when the operation documents one. */
  body: SchemaObject | undefined;
  /** Resolves `$ref`s against the document the operation comes from. */
  resolve: (schema: SchemaObject | undefined) => SchemaObject;
}

const PLACEHOLDER = /\{([^}/]+)\}|:([A-Za-z_][A-Za-z0-9_]*)/g;

/** Every POST, PUT, PATCH and DELETE operation of the document. */
export function writeOperations(doc: OpenApiDocument): WriteOperation[] {
  const resolve = resolver(doc);
  const operations: WriteOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const shared = ((item as { parameters?: ParameterObject[] }).parameters ?? []).map((p) => deref(doc, p));
    for (const method of WRITE_METHODS) {
      const op = item[method.toLowerCase()] as OperationObject | undefined;
      if (!op || typeof op !== 'object') continue;
      const params = [...shared, ...(op.parameters ?? []).map((p) => deref(doc, p))];
      const pathParams = [...path.matchAll(PLACEHOLDER)].map(([, a, b]) => {
        const name = (a ?? b) as string;
        const documented = params.find((p) => p.in === 'path' && p.name === name);
        return { name, schema: resolve(documented?.schema) };
      });
      const requestBody = deref(doc, op.requestBody ?? {});
      const content = requestBody.content ?? {};
      const json = Object.entries(content).find(([type]) => /json/i.test(type))?.[1];
      operations.push({
        method,
        path,
        documented: true,
        pathParams,
        body: json?.schema ? resolve(json.schema) : undefined,
        resolve,
      });
    }
  }
  return operations;
}

/** An operation the document does not have, to exercise the layers before routing. */
export function probeOperation(method: WriteMethod, path: string, body: SchemaObject = PROBE_BODY): WriteOperation {
  const resolve = resolver({});
  return {
    method,
    path,
    documented: false,
    pathParams: [...path.matchAll(PLACEHOLDER)].map(([, a, b]) => ({
      name: (a ?? b) as string,
      schema: { type: 'string', format: 'uuid' },
    })),
    body: resolve(body),
    resolve,
  };
}

/** A body schema shaped like ours (enums, formats, nested objects, arrays of objects). */
export const PROBE_BODY: SchemaObject = {
  type: 'object',
  required: ['name', 'kind', 'count'],
  properties: {
    name: { type: 'string', maxLength: 200 },
    kind: { type: 'string', enum: ['ngo', 'law_office', 'embassy'] },
    count: { type: 'integer', minimum: 0, maximum: 1000 },
    ratio: { type: 'number', minimum: 0, maximum: 1 },
    active: { type: 'boolean' },
    ownerId: { type: 'string', format: 'uuid' },
    dueAt: { type: 'string', format: 'date-time' },
    tags: { type: 'array', items: { type: 'string' } },
    contacts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['app', 'handle'],
        properties: { app: { type: 'string' }, handle: { type: 'string' } },
      },
    },
    employer: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, sector: { type: 'string' } },
    },
  },
};

function lookup(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function deref<T extends { $ref?: string }>(doc: OpenApiDocument, value: T): T {
  let current = value;
  for (let i = 0; current?.$ref && i < 20; i++) current = (lookup(doc, current.$ref) ?? {}) as T;
  return current ?? ({} as T);
}

function resolver(doc: OpenApiDocument): (schema: SchemaObject | undefined) => SchemaObject {
  const resolve = (schema: SchemaObject | undefined): SchemaObject => {
    const s = deref(doc, schema ?? {});
    if (!s.allOf?.length) return s;
    const parts = s.allOf.map(resolve);
    const merged: SchemaObject = { ...s, allOf: undefined };
    for (const part of parts) {
      merged.type ??= part.type;
      merged.format ??= part.format;
      merged.enum ??= part.enum;
      merged.items ??= part.items;
      if (part.properties) merged.properties = { ...part.properties, ...merged.properties };
      if (part.required) merged.required = [...new Set([...(merged.required ?? []), ...part.required])];
    }
    return merged;
  };
  return resolve;
}

// ---------------------------------------------------------------------------------------
// Values that fit a schema, and values that do not
// ---------------------------------------------------------------------------------------

type JsonKind = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | undefined;

function kindOf(s: SchemaObject): JsonKind {
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type) return type as JsonKind;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  if (s.enum?.length) {
    const t = typeof s.enum[0];
    return t === 'string' || t === 'number' || t === 'boolean' ? t : undefined;
  }
  return undefined;
}

function fitsKind(kind: JsonKind, v: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    default:
      return true;
  }
}

const ALNUM = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));

function plausibleString(s: SchemaObject): fc.Arbitrary<string> {
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc
        .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.constantFrom('desk@example.org', 'someone@example.jp');
    case 'uri':
    case 'url':
      return fc.constant('https://example.org/x');
    case 'duration':
      return fc.constantFrom('PT2H', 'P3D', 'PT5S');
  }
  const min = Math.max(1, s.minLength ?? 1);
  if (min > 24) return fc.constant('x'.repeat(min));
  const max = Math.max(min, Math.min(s.maxLength ?? 24, 24));
  return fc.string({ unit: ALNUM, minLength: min, maxLength: max });
}

/**
 * A value that fits the schema as far as the document tells. With `full`, every optional
 * property is present and every array has an item, so that each path can be spoiled.
 */
export function plausibleValue(
  op: WriteOperation,
  schema: SchemaObject | undefined,
  full = false,
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = op.resolve(schema);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const alternative = s.oneOf?.[0] ?? s.anyOf?.[0];
  if (alternative) return plausibleValue(op, alternative, full, depth);
  switch (kindOf(s)) {
    case 'string':
      return plausibleString(s);
    case 'integer': {
      const min = Math.ceil(s.minimum ?? 0);
      return fc.integer({ min, max: Math.max(min, Math.floor(s.maximum ?? min + 1000)) });
    }
    case 'number': {
      const min = s.minimum ?? 0;
      return fc.double({ min, max: Math.max(min, s.maximum ?? min + 1000), noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const minLength = Math.max(full ? 1 : 0, s.minItems ?? 0);
      return fc.array(plausibleValue(op, s.items, full, depth + 1), { minLength, maxLength: Math.max(minLength, 2) });
    }
    case 'object': {
      if (depth > 4) return fc.constant({});
      const props = s.properties ?? {};
      const keys = Object.keys(props);
      const model = Object.fromEntries(keys.map((k) => [k, plausibleValue(op, props[k], full, depth + 1)]));
      return fc.record(model, { requiredKeys: full ? keys : (s.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.constant('x');
  }
}

/** Object-typed property paths of a schema, down to three levels: `employer.name`, `contacts.0.app`. */
function propertyPaths(op: WriteOperation, schema: SchemaObject | undefined, depth = 0): PropertyPath[] {
  const s = op.resolve(schema);
  if (depth > 2) return [];
  const kind = kindOf(s);
  if (kind === 'object') {
    return Object.entries(s.properties ?? {}).flatMap(([key, child]) => {
      const resolved = op.resolve(child);
      return [
        { path: [key], schema: resolved },
        ...propertyPaths(op, resolved, depth + 1).map((p) => ({ ...p, path: [key, ...p.path] })),
      ];
    });
  }
  if (kind === 'array' && s.items) {
    const items = op.resolve(s.items);
    return [
      { path: [0], schema: items },
      ...propertyPaths(op, items, depth + 1).map((p) => ({ ...p, path: [0, ...p.path] })),
    ];
  }
  return [];
}

interface PropertyPath {
  path: (string | number)[];
  schema: SchemaObject;
}

const NASTY_VALUES: unknown[] = [
  null,
  '',
  ' ',
  '0',
  'true',
  'null',
  'NaN',
  'undefined',
  '[]',
  '{}',
  0,
  -1,
  1.5,
  -0.0001,
  1e308,
  -1e308,
  2 ** 53 + 2,
  true,
  false,
  [],
  {},
  [null],
  [[]],
  { '': null },
  { a: { b: { c: 1 } } },
  '\u0000',
  'a\u0000b',
  '\u202e\u200b',
  '\ud800',
  '𝕏𝕏𝕏',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '{{7*7}}',
  'x'.repeat(10_000),
];

/** A value of a different JSON type than the schema asks for (or, without a type, anything odd). */
function wrongValue(s: SchemaObject): fc.Arbitrary<unknown> {
  const kind = kindOf(s);
  const odd: fc.Arbitrary<unknown>[] = [fc.constantFrom(...NASTY_VALUES), fc.jsonValue({ maxDepth: 2 })];
  const offRange: unknown[] = [];
  if (typeof s.minimum === 'number') offRange.push(s.minimum - 1, s.minimum - 0.5);
  if (typeof s.maximum === 'number') offRange.push(s.maximum + 1, s.maximum + 0.5);
  if (typeof s.maxLength === 'number') offRange.push('x'.repeat(s.maxLength + 1));
  if (s.enum?.length) offRange.push('not-one-of-them', String(s.enum[0]).toUpperCase() + '!');
  if (s.format === 'uuid') offRange.push('not-a-uuid', '00000000-0000-0000-0000-00000000000g', '{00000000}');
  if (s.format === 'date-time' || s.format === 'date') offRange.push('yesterday', '2024-13-45T99:99:99Z', '0000-00-00');
  if (s.format === 'email') offRange.push('no-at-sign', '@', 'a@');
  if (offRange.length) odd.push(fc.constantFrom(...offRange));
  return fc.oneof(...odd).filter((v) => kind === undefined || !fitsKind(kind, v) || offRange.includes(v));
}

// ---------------------------------------------------------------------------------------
// Bad requests
// ---------------------------------------------------------------------------------------

export const KINDS = [
  'wrong-type',
  'missing-required',
  'unknown-field',
  'huge-string',
  'deep-nesting',
  'not-an-object',
  'not-json',
  'wrong-content-type',
  'bad-encoding',
  'bad-path-param',
  'junk-query',
  'no-body',
  'canonical',
] as const;
export type Kind = (typeof KINDS)[number];

export interface BadRequest {
  kind: Kind;
  /** What exactly is wrong, for the failure report. */
  note: string;
  method: WriteMethod;
  url: string;
  /** `null`: no content-type header; `undefined` body: no body at all. */
  contentType?: string | null;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /**
   * True when no api could accept the request, whatever its data. Only such requests are
   * also sent with a real access token, so that the test never changes data by chance.
   */
  surelyInvalid: boolean;
}

export interface GeneratorOptions {
  /** The api's BODY_LIMIT in bytes: bodies above it must answer 413. */
  bodyLimitBytes: number;
}

/** A bad request before its URL is settled: `url` replaces the plausible one, `urlSuffix` extends it. */
type Draft = Omit<BadRequest, 'method' | 'url'> & { url?: string; urlSuffix?: string };

let bomb: Buffer | undefined;
/** 10 MB of zeros in a JSON string, gzipped to a few kilobytes. */
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.concat([Buffer.from('{"x":"'), Buffer.alloc(10_000_000, 0x30), Buffer.from('"}')]));
  return bomb;
}

/** `{"a":1}` text from entries, so that keys like `__proto__` stay plain keys. */
export function objectText(entries: [string, unknown][]): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;
}

function entriesOf(value: unknown): [string, unknown][] {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

/** The object's JSON with one more member whose value is raw JSON text. */
function withRawMember(value: unknown, key: string, raw: string): string {
  const rest = objectText(entriesOf(value).filter(([k]) => k !== key));
  return rest === '{}' ? `{${JSON.stringify(key)}:${raw}}` : `${rest.slice(0, -1)},${JSON.stringify(key)}:${raw}}`;
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const array = Array.isArray(value) ? [...value] : [];
    array[head] = setAt(array[head], rest, replacement);
    return array;
  }
  const object = value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  (object as Record<string, unknown>)[head] = setAt((object as Record<string, unknown>)[head], rest, replacement);
  return object;
}

function nest(shape: 'array' | 'object' | 'mixed', depth: number): string {
  switch (shape) {
    case 'array':
      return '['.repeat(depth) + ']'.repeat(depth);
    case 'object':
      return '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth);
    case 'mixed': {
      const half = Math.ceil(depth / 2);
      return '[{"a":'.repeat(half) + '[]' + '}]'.repeat(half);
    }
  }
}

/**
 * Keys that class-transformer drops from a body instead of passing them on to validation, so
 * that `forbidNonWhitelisted` never sees them (`__proto__`, `constructor`, `prototype`, ...).
 */
const SILENTLY_DROPPED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const PATH_VALUES_RAW = ['%', '%ZZ', '%E0%A4%A', '%00', '%C0%AF', '..%2F..%2Fetc%2Fpasswd', '%2e%2e', '%u0041'];
const PATH_VALUES = [
  '0',
  '-1',
  '1e10',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  ' ',
  "' OR '1'='1",
  '1; DROP TABLE cases;--',
  '../..',
  '.',
  'ÿ',
  '日本語',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '{3f2504e0-4f89-11d3-9a0c-0305e82c3301}',
  '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
  '3f2504e0-4f89-11d3-9a0c-0305e82c3301x',
  '3f2504e04f8911d39a0c0305e82c3301',
  'a'.repeat(2000),
  '__proto__',
  'constructor',
];

const CONTENT_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'text/html',
  'application/octet-stream',
  'application/javascript',
  'application/jsonx',
  'application/json5',
  'json',
  'application',
  '*/*',
  'application/*',
  ';',
  ';;;',
  'application/json;;;',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=utf-32',
  'application/json; charset=nonsense',
  'application/json; charset=',
  'APPLICATION/JSON',
  'application/merge-patch+json',
  'application/json, text/plain',
];

const NOT_JSON = [
  "{'a':1}",
  '{"a":1,}',
  '{a:1}',
  'NaN',
  'Infinity',
  '{"a":NaN}',
  '{"a":undefined}',
  '{"a":"\\x41"}',
  '{"a":"\\u12"}',
  '{"a":01}',
  '[1,]',
  '{"a" 1}',
  '{}}',
  '{{}}',
  '"unterminated',
  '{"a":"',
  '/* comment */ {}',
  '{} // comment',
  ")]}'\n{}",
  '\u0000{}',
  '{"a":1}{"b":2}',
  '<xml/>',
  'a=1&b=2',
];

/** The requests every operation gets, whatever the random sample holds. */
function canonicalDrafts(op: WriteOperation, options: GeneratorOptions): Draft[] {
  const json = 'application/json';
  const over = 'x'.repeat(options.bodyLimitBytes + 1024);
  const body = op.resolve(op.body);
  const objectBody = kindOf(body) === 'object';
  const drafts: Omit<Draft, 'kind'>[] = [
    { note: '2000 nested arrays', contentType: json, body: nest('array', 2000), surelyInvalid: true },
    { note: '2000 nested objects', contentType: json, body: nest('object', 2000), surelyInvalid: true },
    {
      note: '2000 nested arrays in a field',
      contentType: json,
      body: `{"notAField":${nest('mixed', 2000)}}`,
      surelyInvalid: true,
    },
    {
      note: '100k string in an unknown field',
      contentType: json,
      body: objectText([['notAField', 'x'.repeat(100_000)]]),
      surelyInvalid: true,
    },
    { note: 'body over the limit', contentType: json, body: objectText([['notAField', over]]), surelyInvalid: true },
    { note: 'array', contentType: json, body: '[]', surelyInvalid: objectBody },
    { note: 'null', contentType: json, body: 'null', surelyInvalid: true },
    { note: 'string', contentType: json, body: '"text"', surelyInvalid: true },
    { note: 'number', contentType: json, body: '42', surelyInvalid: true },
    { note: 'truncated JSON', contentType: json, body: '{"a":', surelyInvalid: true },
    { note: 'text/plain', contentType: 'text/plain', body: 'hello', surelyInvalid: op.method !== 'DELETE' },
    { note: 'no content type', contentType: null, body: '{}', surelyInvalid: op.method !== 'DELETE' },
    { note: 'empty object', contentType: json, body: '{}', surelyInvalid: !!op.resolve(op.body).required?.length },
  ];
  if (objectBody) {
    // Every documented property once with a value of another type, every required one once missing.
    const [base] = fc.sample(plausibleValue(op, body, true), { numRuns: 1, seed: 42 });
    for (const { path, schema } of propertyPaths(op, body)) {
      const kind = kindOf(schema);
      if (kind === undefined) continue;
      const wrong = OTHER_TYPE[kind];
      drafts.push({
        note: `${path.join('.')}=${JSON.stringify(wrong)}`,
        contentType: json,
        body: JSON.stringify(setAt(base, path, wrong)),
        surelyInvalid: true,
      });
    }
    for (const name of body.required ?? []) {
      if (!(name in (body.properties ?? {}))) continue;
      drafts.push({
        note: `without ${name}`,
        contentType: json,
        body: objectText(entriesOf(base).filter(([k]) => k !== name)),
        surelyInvalid: true,
      });
    }
  }
  for (const param of op.pathParams) {
    drafts.push({
      note: `${param.name}=not-a-uuid`,
      url: urlWith(op, { ...absentIds(op), [param.name]: 'not-a-uuid' }),
      contentType: json,
      body: '{}',
      surelyInvalid: idLike(param),
    });
  }
  return drafts.map((d) => ({ ...d, kind: 'canonical' as const }));
}

/** A value of another JSON type, per documented type. */
const OTHER_TYPE: Record<Exclude<JsonKind, undefined>, unknown> = {
  string: 12345,
  integer: 'not a number',
  number: 'not a number',
  boolean: 'yes',
  array: { not: 'an array' },
  object: 'not an object',
};

/** A UUID no record has, for every path parameter. */
const ABSENT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
function absentIds(op: WriteOperation): Record<string, string> {
  return Object.fromEntries(op.pathParams.map((p) => [p.name, ABSENT_ID]));
}

function idLike(param: PathParam): boolean {
  return param.schema.format === 'uuid' || /id$/i.test(param.name);
}

function urlWith(op: WriteOperation, values: Record<string, string>): string {
  return op.path.replace(PLACEHOLDER, (whole, a?: string, b?: string) => values[(a ?? b) as string] ?? whole);
}

/** Path parameters as a well-behaved client would send them: ids are UUIDs (random, so absent). */
function plausibleUrl(op: WriteOperation): fc.Arbitrary<string> {
  if (!op.pathParams.length) return fc.constant(op.path);
  const values = op.pathParams.map((p) =>
    idLike(p) || kindOf(p.schema) === undefined
      ? fc.uuid()
      : plausibleValue(op, p.schema).map((v) => encodeURIComponent(String(v))),
  );
  return fc.tuple(...values).map((vs) => urlWith(op, Object.fromEntries(op.pathParams.map((p, i) => [p.name, vs[i]]))));
}

/** An arbitrary for each kind of bad request that makes sense for the operation (all but `canonical`). */
export function badRequestArbitraries(
  op: WriteOperation,
  options: GeneratorOptions,
): Map<Kind, fc.Arbitrary<BadRequest>> {
  const body = op.resolve(op.body);
  const objectBody = kindOf(body) === 'object';
  const props = body.properties ?? {};
  const required = (body.required ?? []).filter((k) => k in props);
  const full = objectBody ? plausibleValue(op, body, true) : fc.constant({});
  const minimal = objectBody ? plausibleValue(op, body, false) : fc.constant({});
  const json = 'application/json';
  const overLimit = (text: string | Buffer) => Buffer.byteLength(text) > options.bodyLimitBytes;
  const arbs = new Map<Kind, fc.Arbitrary<Draft>>();

  const paths = objectBody ? propertyPaths(op, body) : [];
  if (paths.length) {
    arbs.set(
      'wrong-type',
      fc
        .tuple(full, fc.constantFrom(...paths))
        .chain(([base, target]) => wrongValue(target.schema).map((bad) => ({ base, target, bad })))
        .map(({ base, target, bad }) => {
          const kind = kindOf(target.schema);
          return {
            kind: 'wrong-type',
            note: `${target.path.join('.')}=${preview(JSON.stringify(bad), 40)}`,
            contentType: json,
            body: JSON.stringify(setAt(base, target.path, bad)),
            surelyInvalid: kind !== undefined && bad !== null && !fitsKind(kind, bad),
          };
        }),
    );
  }

  if (required.length) {
    arbs.set(
      'missing-required',
      fc.tuple(full, fc.subarray(required, { minLength: 1 })).map(([base, missing]) => ({
        kind: 'missing-required',
        note: `without ${missing.join(', ')}`,
        contentType: json,
        body: objectText(entriesOf(base).filter(([k]) => !missing.includes(k))),
        surelyInvalid: true,
      })),
    );
  }

  const unknownKey = fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'hasOwnProperty',
        'toString',
        'valueOf',
        'isAdmin',
        'role',
        'organizationId',
        'id',
        'createdAt',
        'version',
        'deletedAt',
        '$where',
        '$gt',
        'password',
        'passwordHash',
        '',
        'a.b',
        'a[0]',
        '\u0000',
        '😀',
      ),
    )
    .filter((k) => !(k in props));
  arbs.set(
    'unknown-field',
    fc
      .tuple(
        minimal,
        fc.uniqueArray(fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })), {
          minLength: 1,
          maxLength: 3,
          selector: ([k]) => k,
        }),
      )
      .map(([base, extra]) => ({
        kind: 'unknown-field',
        note: `extra ${extra.map(([k]) => JSON.stringify(k)).join(', ')}`,
        contentType: json,
        body: objectText([...entriesOf(base), ...extra]),
        surelyInvalid: objectBody && extra.every(([k]) => !SILENTLY_DROPPED_KEYS.has(k)),
      })),
  );

  const stringProps = Object.keys(props).filter((k) => kindOf(op.resolve(props[k])) === 'string');
  arbs.set(
    'huge-string',
    fc
      .record({
        base: minimal,
        // 100k characters (up to 600 kB once escaped), or just over the body limit.
        size: fc.constantFrom(100_000, 150_000, options.bodyLimitBytes + 1),
        char: fc.constantFrom('x', 'é', '日', '😀', '\u0000', '"', '\\', ' '),
        where: fc.constantFrom(
          ...(stringProps.length ? (['property'] as const) : []),
          'unknown-field',
          'key',
          'top',
          'array',
        ),
        prop: stringProps.length ? fc.constantFrom(...stringProps) : fc.constant('x'),
      })
      .map(({ base, size, char: wanted, where, prop }) => {
        const char = size > 150_000 ? 'x' : wanted;
        const huge = char.repeat(Math.ceil(size / char.length));
        let text: string;
        let surelyInvalid = true;
        if (where === 'property') {
          text = objectText([...entriesOf(base).filter(([k]) => k !== prop), [prop, huge]]);
          surelyInvalid = false;
        } else if (where === 'unknown-field') text = objectText([...entriesOf(base), ['filler', huge]]);
        else if (where === 'key') text = objectText([...entriesOf(base), [huge, 1]]);
        else if (where === 'top') text = JSON.stringify(huge);
        else text = withRawMember(base, 'filler', `[${'1,'.repeat(Math.ceil(size / 2) - 1)}1]`);
        return {
          kind: 'huge-string',
          note: `${size} × ${JSON.stringify(char)} as ${where}`,
          contentType: json,
          body: text,
          surelyInvalid: surelyInvalid || overLimit(text),
        };
      }),
  );

  arbs.set(
    'deep-nesting',
    fc
      .record({
        base: minimal,
        depth: fc.oneof(fc.constant(2000), fc.integer({ min: 33, max: 500 }), fc.integer({ min: 500, max: 20_000 })),
        shape: fc.constantFrom('array' as const, 'object' as const, 'mixed' as const),
        where: fc.constantFrom('top', 'property', 'unknown-field', 'array-item'),
        prop: Object.keys(props).length ? fc.constantFrom(...Object.keys(props)) : fc.constant('x'),
      })
      .map(({ base, depth, shape, where, prop }) => {
        const deep = nest(shape, depth);
        const text =
          where === 'top'
            ? deep
            : where === 'array-item'
              ? `[${deep}]`
              : withRawMember(base, where === 'property' ? prop : 'nested', deep);
        return {
          kind: 'deep-nesting',
          note: `${depth} levels of ${shape} at ${where}`,
          contentType: json,
          body: text,
          surelyInvalid: true,
        };
      }),
  );

  arbs.set(
    'not-an-object',
    fc
      .oneof(
        fc.jsonValue({ maxDepth: 2 }).filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
        fc.constantFrom<unknown>([], [{}], [null], '', 0, false, null),
        full.map((b) => [b]),
        fc.array(full, { minLength: 2, maxLength: 3 }),
      )
      .map((value) => ({
        kind: 'not-an-object',
        note: preview(JSON.stringify(value), 40),
        contentType: json,
        body: JSON.stringify(value),
        surelyInvalid: objectBody,
      })),
  );

  arbs.set(
    'not-json',
    fc
      .oneof(
        fc.constantFrom(...NOT_JSON).map((text) => ({ text, surely: true })),
        // Random text may be JSON by chance; and the decoder strips a byte-order mark.
        fc
          .oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constant('\uFEFF{}'))
          .map((text) => ({ text, surely: false })),
        fc.tuple(full, fc.nat()).map(([base, cut]) => {
          const text = JSON.stringify(base);
          return { text: text.slice(0, 1 + (cut % Math.max(1, text.length - 1))), surely: true };
        }),
        fc
          .tuple(full, fc.constantFrom('x', ',', '}', ']', '{', '\u0000', ' trailing'))
          .map(([base, tail]) => ({ text: JSON.stringify(base) + tail, surely: true })),
      )
      .map(({ text, surely }) => ({
        kind: 'not-json',
        note: preview(JSON.stringify(text), 40),
        contentType: json,
        body: text,
        surelyInvalid: surely,
      })),
  );

  arbs.set(
    'wrong-content-type',
    fc
      .tuple(
        fc.constantFrom<string | null>(...CONTENT_TYPES, null),
        fc.oneof(
          full.map((b) => JSON.stringify(b)),
          fc.string({ minLength: 1 }),
        ),
      )
      .map(([contentType, text]) => ({
        kind: 'wrong-content-type',
        note: `content-type ${contentType ?? '(none)'}`,
        contentType,
        body: text,
        surelyInvalid: op.method !== 'DELETE' && !/json/i.test(contentType ?? ''),
      })),
  );

  arbs.set(
    'bad-encoding',
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom('gzip', 'deflate', 'br', 'GZIP', 'gzip, gzip', 'compress', 'x-unknown'),
          fc.uint8Array({ minLength: 1, maxLength: 300 }),
        )
        .map(([encoding, bytes]) => ({
          kind: 'bad-encoding' as const,
          note: `${encoding} of random bytes`,
          contentType: json,
          headers: { 'content-encoding': encoding },
          body: Buffer.from(bytes),
          surelyInvalid: true,
        })),
      fc.constant({
        kind: 'bad-encoding' as const,
        note: 'gzip bomb (10 MB of zeros)',
        contentType: json,
        headers: { 'content-encoding': 'gzip' },
        body: gzipBomb(),
        surelyInvalid: true,
      }),
      fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => ({
        kind: 'bad-encoding' as const,
        note: 'invalid UTF-8 bytes in a string',
        contentType: json,
        body: Buffer.concat([
          Buffer.from('{"notAField":"'),
          Buffer.from(bytes.map((b) => b | 0x80)),
          Buffer.from('"}'),
        ]),
        surelyInvalid: objectBody,
      })),
      full.map((base) => ({
        kind: 'bad-encoding' as const,
        note: 'UTF-16 body declared as UTF-8',
        contentType: 'application/json; charset=utf-8',
        body: Buffer.from(`\uFEFF${JSON.stringify(base)}`, 'utf16le'),
        surelyInvalid: true,
      })),
    ),
  );

  if (op.pathParams.length) {
    const badValue = fc.oneof(
      fc.uuid(),
      fc.string({ maxLength: 50 }).map(encodeURIComponent),
      fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
      fc.constantFrom(...PATH_VALUES).map(encodeURIComponent),
      fc.constantFrom(...PATH_VALUES_RAW),
    );
    arbs.set(
      'bad-path-param',
      fc
        .record({
          which: fc.nat({ max: op.pathParams.length - 1 }),
          value: badValue,
          base: fc.oneof(full, minimal),
        })
        .map(({ which, value, base }) => {
          const param = op.pathParams[which] as PathParam;
          const values = { ...absentIds(op), [param.name]: value };
          return {
            kind: 'bad-path-param',
            note: `${param.name}=${preview(value, 40)}`,
            url: urlWith(op, values),
            contentType: json,
            body: JSON.stringify(base),
            surelyInvalid: op.pathParams.every(idLike),
          };
        }),
    );
  }

  arbs.set(
    'junk-query',
    fc
      .tuple(
        full,
        fc.oneof(
          fc.constantFrom(
            'a[b][c][d]=1',
            '__proto__[x]=1',
            'constructor[prototype][x]=1',
            'limit=-1',
            'limit=abc',
            'limit=1e400',
            'cursor=%ZZ',
            `x=${'y'.repeat(5000)}`,
            '&&&',
            '=',
            'a=1&a=2&a=3',
            'q=%00',
            `${'a[]='.repeat(500)}1`,
          ),
          fc.string({ maxLength: 100 }).map(encodeURIComponent),
          fc
            .dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }))
            .map((d) => new URLSearchParams(d).toString()),
        ),
      )
      .map(([base, query]) => ({
        kind: 'junk-query',
        note: `?${preview(query, 40)}`,
        urlSuffix: `?${query}`,
        contentType: json,
        body: JSON.stringify(base),
        surelyInvalid: false,
      })),
  );

  arbs.set(
    'no-body',
    fc.constantFrom<Draft>(
      { kind: 'no-body', note: 'no body', surelyInvalid: objectBody && required.length > 0 },
      {
        kind: 'no-body',
        note: 'empty JSON body',
        contentType: json,
        body: '',
        surelyInvalid: objectBody && required.length > 0,
      },
      {
        kind: 'no-body',
        note: 'whitespace JSON body',
        contentType: json,
        body: '  \n',
        surelyInvalid: objectBody && required.length > 0,
      },
    ),
  );

  const result = new Map<Kind, fc.Arbitrary<BadRequest>>();
  for (const [kind, arb] of arbs) {
    result.set(
      kind,
      fc.tuple(arb, plausibleUrl(op)).map(([{ url: fixedUrl, urlSuffix, ...rest }, url]) => ({
        ...rest,
        method: op.method,
        url: (fixedUrl ?? url) + (urlSuffix ?? ''),
      })),
    );
  }
  return result;
}

/** The fixed requests every operation gets (2000 levels of nesting, a body over the limit...). */
export function canonicalRequests(op: WriteOperation, options: GeneratorOptions): BadRequest[] {
  const url = fc.sample(plausibleUrl(op), { numRuns: 1, seed: 42 })[0] as string;
  return canonicalDrafts(op, options).map((d) => ({ ...d, method: op.method, url: d.url ?? url }));
}

/**
 * At least `count` bad requests for the operation, spread evenly over the kinds that make
 * sense for it, plus the canonical ones.
 */
export function badRequests(op: WriteOperation, options: GeneratorOptions, count: number, seed: number): BadRequest[] {
  const arbs = [...badRequestArbitraries(op, options)];
  const perKind = Math.ceil(count / arbs.length);
  return [
    ...canonicalRequests(op, options),
    ...arbs.flatMap(([, arb], i) => fc.sample(arb, { numRuns: perKind, seed: seed + i })),
  ];
}

// ---------------------------------------------------------------------------------------
// Authorization headers with garbage in them
// ---------------------------------------------------------------------------------------

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signHs256(payload: unknown, secret: string, header: unknown = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/**
 * `Bearer <garbage>`: random text, JWT look-alikes, tokens signed with another secret or
 * with `alg: none`, and an expired token signed with the api's own secret.
 */
export function garbageAuthorization(jwtSecret: string): fc.Arbitrary<string> {
  const printable = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 200 }).map((s) => s.trim() || 'x');
  const claims = fc.record(
    {
      sub: fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme-ascii', maxLength: 20 }), fc.integer(), fc.constant(null)),
      role: fc.constantFrom('admin', 'supervisor', 'desk_staff', 'lawyer', 'embassy_officer', 'root', ''),
      organizationId: fc.oneof(fc.uuid(), fc.string({ maxLength: 10 })),
      exp: fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), fc.constant(9_999_999_999), fc.constant('never')),
      iat: fc.integer({ min: 0, max: 2 ** 31 }),
    },
    { requiredKeys: [] },
  );
  const segment = fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('base64url'));
  const token = fc.oneof(
    printable,
    fc.constantFrom('null', 'undefined', '.', '..', 'a.b.c', 'x'.repeat(8000), 'eyJ', 'eyJhbGciOiJIUzI1NiJ9..'),
    fc.tuple(segment, segment, segment).map((parts) => parts.join('.')),
    claims.map((c) => signHs256(c, `not-the-secret-${randomBytes(8).toString('hex')}`)),
    claims.map((c) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(c)}.`),
    claims.map((c) => signHs256(c, jwtSecret, { alg: 'HS512', typ: 'JWT' })),
    fc.uuid().map((sub) => signHs256({ sub, iat: 1_000_000, exp: 1_000_900 }, jwtSecret)),
  );
  return fc.oneof(
    { weight: 9, arbitrary: token.map((t) => `Bearer ${t}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'Bearer',
        'Bearer ',
        'bearer x',
        'Basic YWRtaW46YWRtaW4=',
        'Token abc',
        'Bearer a b c',
      ),
    },
  );
}

// ---------------------------------------------------------------------------------------
// Sending, and judging the answer
// ---------------------------------------------------------------------------------------

export interface Outcome {
  status: number;
  /** Why the answer breaks the contract, if it does. */
  problem: string | undefined;
  body: string;
}

/** Sends one bad request through supertest; never throws for an HTTP status. */
export async function send(server: Server, r: BadRequest, authorization: string | undefined): Promise<Outcome> {
  const agent = request(server);
  const method = r.method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete';
  let test = agent[method](r.url)
    .timeout({ deadline: 20_000 })
    .ok(() => true);
  // A test-net address per request: IP-keyed rate limits must not spill over into other tests.
  test = test.set('x-forwarded-for', `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`);
  if (authorization !== undefined) test = test.set('authorization', authorization);
  for (const [name, value] of Object.entries(r.headers ?? {})) test = test.set(name, value);
  if (r.body !== undefined) {
    if (r.contentType) test = test.set('content-type', r.contentType);
    if (Buffer.isBuffer(r.body)) test = test.serialize((b: unknown) => b as string);
    test = test.send(r.body);
    if (r.contentType === null) test = test.unset('content-type');
  } else if (r.contentType) {
    test = test.set('content-type', r.contentType);
  }
  let res: request.Response;
  try {
    res = await test;
  } catch (error) {
    return { status: 0, problem: `no answer: ${(error as Error).message}`, body: '' };
  }
  return { status: res.status, problem: contractProblem(res), body: preview(res.text ?? '', 300) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** API.md: no request answers 5xx; every 4xx is `{ error: { code, message, details, requestId } }`. */
export function contractProblem(res: request.Response): string | undefined {
  if (res.status >= 500) return `answered ${res.status}`;
  if (res.status < 400) return undefined;
  if (!/json/.test(String(res.headers['content-type'] ?? ''))) {
    return `a ${res.status} with content-type ${res.headers['content-type'] ?? '(none)'}`;
  }
  const body: unknown = res.body;
  if (!isRecord(body) || !isRecord(body.error)) return `a ${res.status} without an { error } object`;
  const { code, message, details, requestId } = body.error;
  if (typeof code !== 'string' || !code) return `a ${res.status} without error.code`;
  if (typeof message !== 'string') return `a ${res.status} without error.message`;
  if (!Array.isArray(details)) return `a ${res.status} without an error.details array`;
  if (typeof requestId !== 'string' || !requestId) return `a ${res.status} without error.requestId`;
  const header = res.headers['x-request-id'];
  if (header !== undefined && header !== requestId) return `a ${res.status} whose requestId differs from x-request-id`;
  return undefined;
}

export function preview(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/** Runs the tasks with at most `concurrency` of them in flight. */
export async function inPool<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await task(items[next++] as T);
  });
  await Promise.all(workers);
}

/** `256kb` → 262144, as body-parser counts. */
export function parseByteSize(size: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(size.trim());
  if (!match) return 256 * 1024;
  const unit = { b: 1, kb: 1024, mb: 1024 * 1024 }[(match[2] as string).toLowerCase() as 'b' | 'kb' | 'mb'];
  return Number(match[1]) * unit;
}
