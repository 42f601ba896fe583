import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import fc from 'fast-check';
import request from 'supertest';
import type { Role } from '#access';
import type { AppConfig } from '#config';
import { createOrganization, createUser, signIn } from './factories/identity.factory.js';
import {
  type BadRequest,
  type OpenApiDocument,
  type WriteOperation,
  badRequests,
  garbageAuthorization,
  inPool,
  parseByteSize,
  preview,
  probeOperation,
  send,
  writeOperations,
} from './support/bad-bodies.js';
import { startApi } from './support/test-app.js';

/**
 * API.md: "No request, however malformed, answers 500." Every write operation the OpenAPI
 * document lists gets at least REQUESTS_PER_OPERATION generated bad requests, without
 * credentials and with a garbage bearer token, so a route is covered the day it lands.
 * Those that no api could accept are sent a third time with a real token (of each role in
 * turn), so that they also get past the guards into validation.
 * A few undocumented probes always run, so that the layers before routing (content type,
 * body parsing, body limits) are exercised even while no write route exists.
 *
 * Reproduce a failing run with ROBUSTNESS_SEED=<the seed printed in the summary>.
 */
const REQUESTS_PER_OPERATION = 100;
const CONCURRENCY = 8;
const MAX_REPORTED_FAILURES = 30;

const PROBES: WriteOperation[] = [
  probeOperation('POST', '/api/v1/does-not-exist'),
  probeOperation('POST', '/api/health/live'),
  probeOperation('PATCH', '/api/v1/does-not-exist/{id}'),
  probeOperation('DELETE', '/api/v1/does-not-exist/{id}'),
];

type AuthMode = 'no auth' | 'garbage token' | 'real token';

describe('robustness against malformed requests', () => {
  let app: NestExpressApplication;
  let config: AppConfig;
  let server: Server;

  beforeAll(async () => {
    ({ app, config } = await startApi());
    // Listen once, so that supertest does not open a server per request.
    await app.listen(0, '127.0.0.1');
    server = app.getHttpServer() as Server;
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers every bad request to every write operation with a 4xx in the error shape, never a 5xx', async () => {
    const started = Date.now();
    const seed = Number(process.env.ROBUSTNESS_SEED ?? Date.now() % 2 ** 31);
    const doc = (await request(server).get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const documented = writeOperations(doc);
    const documentedKeys = new Set(documented.map(operationKey));
    const operations = [...documented, ...PROBES.filter((p) => !documentedKeys.has(operationKey(p)))];

    const options = { bodyLimitBytes: parseByteSize(config.bodyLimit) };
    const garbage = garbageAuthorization(config.jwtSecret);
    const realTokens = await signedInAuthorizations(app);

    const sent: Record<AuthMode, number> = { 'no auth': 0, 'garbage token': 0, 'real token': 0 };
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let failureCount = 0;
    /** Requests no api should accept that were accepted anyway: reported, not failed. */
    const acceptedInvalid: string[] = [];

    for (const [index, op] of operations.entries()) {
      const requests = badRequests(op, options, REQUESTS_PER_OPERATION, seed + index * 1000);
      expect(requests.length).toBeGreaterThanOrEqual(REQUESTS_PER_OPERATION);
      const tokens = fc.sample(garbage, { numRuns: requests.length, seed: seed + index * 1000 + 500 });
      const jobs = requests.flatMap((r, i) => [
        { r, mode: 'no auth' as const, authorization: undefined, who: 'none' },
        { r, mode: 'garbage token' as const, authorization: tokens[i], who: 'garbage' },
        ...(realTokens.length && r.surelyInvalid
          ? [{ r, mode: 'real token' as const, ...(realTokens[i % realTokens.length] as RealToken) }]
          : []),
      ]);
      await inPool(jobs, CONCURRENCY, async ({ r, mode, authorization, who }) => {
        const outcome = await send(server, r, authorization);
        sent[mode]++;
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
        if (outcome.status >= 200 && outcome.status < 300 && r.surelyInvalid && mode === 'real token') {
          acceptedInvalid.push(`${op.method} ${op.path} [${r.kind}: ${r.note}] as ${who} → ${outcome.status}`);
        }
        if (!outcome.problem) return;
        failureCount++;
        if (failures.length < MAX_REPORTED_FAILURES) {
          failures.push(
            `${op.method} ${op.path} [${r.kind}: ${r.note}] ${mode} (${who === 'garbage' ? describeAuth(authorization) : who}): ` +
              `${outcome.problem}. Request ${describeRequest(r)}. Answer: ${outcome.body}`,
          );
        }
      });
    }

    const total = sent['no auth'] + sent['garbage token'] + sent['real token'];
    console.log(
      `robustness: ${documented.length} documented write operations + ${operations.length - documented.length} ` +
        `undocumented probes, ${total} requests (${sent['no auth']} without auth, ${sent['garbage token']} with a ` +
        `garbage token, ${sent['real token']} with a real token) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `statuses ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}; ` +
        `${failureCount} failures; seed ${seed}`,
    );
    if (acceptedInvalid.length) {
      console.log(
        `robustness: accepted although invalid (check the DTOs):\n  ${acceptedInvalid.slice(0, 20).join('\n  ')}`,
      );
    }
    if (failureCount > failures.length) failures.push(`… and ${failureCount - failures.length} more`);
    expect(failures).toEqual([]);
    // Bounded by its request count, not by the clock: a busy CI machine only makes it slower.
  }, 400_000);
});

function operationKey(op: WriteOperation): string {
  return `${op.method} ${op.path.replace(/\{[^}/]+\}|:[A-Za-z_]\w*/g, '{}')}`;
}

function describeAuth(authorization: string | undefined): string {
  return authorization === undefined ? 'none' : preview(JSON.stringify(authorization), 60);
}

function describeRequest(r: BadRequest): string {
  const body =
    r.body === undefined
      ? 'no body'
      : Buffer.isBuffer(r.body)
        ? `${r.body.length} bytes`
        : `body ${preview(JSON.stringify(r.body), 100)}`;
  const headers = Object.entries(r.headers ?? {}).map(([k, v]) => `${k}: ${v}`);
  return [
    `${r.method} ${preview(r.url, 100)}`,
    `content-type ${r.contentType === null ? '(none)' : (r.contentType ?? '(default)')}`,
    ...headers,
    body,
  ].join(', ');
}

interface RealToken {
  who: string;
  authorization: string;
}

/**
 * A signed-in user of every role, each in an organization of the kind the role needs. If
 * signing in is not possible (yet), the test runs on with the other two modes only.
 */
async function signedInAuthorizations(app: NestExpressApplication): Promise<RealToken[]> {
  try {
    const ngo = await createOrganization(app, 'ngo');
    const lawOffice = await createOrganization(app, 'law_office');
    const embassy = await createOrganization(app, 'embassy');
    const cast: [Role, string][] = [
      ['admin', ngo.id],
      ['supervisor', ngo.id],
      ['desk_staff', ngo.id],
      ['lawyer', lawOffice.id],
      ['embassy_officer', embassy.id],
    ];
    return await Promise.all(
      cast.map(async ([role, organizationId]) => ({
        who: role,
        authorization: (await signIn(app, await createUser(app, role, organizationId))).auth,
      })),
    );
  } catch (error) {
    console.log(`robustness: no signed-in users (${(error as Error).message}); running without real tokens`);
    return [];
  }
}
