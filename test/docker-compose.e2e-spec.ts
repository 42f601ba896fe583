import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadConfig } from '#config';

/**
 * The container files our users run (there is no Docker engine in CI): docker-compose.yml,
 * the Dockerfile and .dockerignore are checked for their structure and against the code —
 * the settings the app reads, the scripts it is started with.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

// ---------------------------------------------------------------------------------------
// docker-compose.yml
// ---------------------------------------------------------------------------------------

interface Service {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: Record<string, { condition?: string }> | string[];
  ports?: (string | { target?: number })[];
}

const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const APP_SERVICES = ['api', 'worker', 'migrate'];

function environment(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function words(command: string | string[] | undefined): string[] {
  if (command === undefined) return [];
  return Array.isArray(command) ? command.map(String) : command.split(/\s+/).filter(Boolean);
}

/** Compose's variable interpolation: `${X}`, `${X:-default}`, `${X-default}`, `${X:?error}`, `${X?error}`, `$$`. */
function interpolate(text: string, vars: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, name?: string, colon?: string, op?: string, arg?: string, bare?: string) => {
      if (whole === '$$') return '$';
      if (bare) return vars[bare] ?? '';
      const value = vars[name as string];
      const missing = value === undefined || (colon === ':' && value === '');
      if (op === '-') return missing ? (arg ?? '') : (value as string);
      if (op === '?') {
        if (missing) throw new Error(`required variable ${name} is missing: ${arg}`);
        return value as string;
      }
      return value ?? '';
    },
  );
}

// ---------------------------------------------------------------------------------------
// What the app reads: libs/config/config.schema.ts
// ---------------------------------------------------------------------------------------

const schemaText = read('libs/config/config.schema.ts');
/** Every setting name the configuration reads: `value(env, 'NAME'`, `integer(env, 'NAME'`, ... */
const SETTINGS_READ = new Set(
  [...schemaText.matchAll(/\b(?:value|url|integer|oneOf(?:<[^>]*>)?|bool)\(\s*env\s*,\s*'([A-Z][A-Z0-9_]*)'/g)].map(
    (m) => m[1] as string,
  ),
);
/** Those the process refuses to start without in production (`NAME is required in production`). */
const REQUIRED_IN_PRODUCTION = [
  ...new Set(
    [...schemaText.matchAll(/ConfigError\(\s*['"`]([A-Z][A-Z0-9_]*) is required in production/g)].map(
      (m) => m[1] as string,
    ),
  ),
].filter((name) => SETTINGS_READ.has(name));

describe('docker-compose.yml', () => {
  it('has the services of a whole installation', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'mailpit', 'migrate', 'api', 'worker']),
    );
  });

  it('runs Postgres 16 and Redis 7 configured for BullMQ, each on a volume', () => {
    expect(services.postgres?.image).toMatch(/^postgres:16(?:$|[.-])/);
    expect(services.redis?.image).toMatch(/^redis:7(?:$|[.-])/);
    const redisCommand = words(services.redis?.command).join(' ');
    expect(redisCommand).toMatch(/--maxmemory-policy\s+noeviction\b/);
    expect(redisCommand).toMatch(/--appendonly\s+yes\b/);
    expect((services.postgres as { volumes?: string[] }).volumes?.join(' ')).toMatch(/:\/var\/lib\/postgresql\/data\b/);
    expect((services.redis as { volumes?: string[] }).volumes?.join(' ')).toMatch(/:\/data\b/);
    expect(services.mailpit?.image).toMatch(/^axllent\/mailpit(?::|$)/);
    expect(services.mailpit?.ports?.map(String).join(' ')).toMatch(/:8025\b/);
  });

  it('checks the health of every long-running service that can tell', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === 'migrate' || name === 'worker') continue;
      expect({
        name,
        test: words(service.healthcheck?.test).length > 0,
        disabled: !!service.healthcheck?.disable,
      }).toEqual({ name, test: true, disabled: false });
    }
    expect(words(services.postgres?.healthcheck?.test).join(' ')).toMatch(/pg_isready/);
    expect(words(services.redis?.healthcheck?.test).join(' ')).toMatch(/redis-cli ping/);
    expect(words(services.api?.healthcheck?.test).join(' ')).toMatch(/\/api\/health\/ready/);
  });

  it("does not let the api's image health check judge the worker and the one-off migration", () => {
    // The image's HEALTHCHECK asks the api's HTTP port: inherited, it would fail for these two.
    for (const name of ['worker', 'migrate']) {
      const check = services[name]?.healthcheck;
      const off = check?.disable === true || words(check?.test)[0] === 'NONE';
      expect({ name, healthcheckOff: off }).toEqual({ name, healthcheckOff: true });
    }
  });

  it('builds api, worker and migrate from the one image, each with its command', () => {
    const image = services.api?.image;
    for (const name of APP_SERVICES) {
      expect(services[name]?.image).toBe(image);
      expect(services[name]?.build).toBeDefined();
    }
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    const apiCommand = services.api?.command ? words(services.api.command) : dockerfileCmd();
    expect(apiCommand).toEqual(words(scripts['start:api']));
    expect(words(services.worker?.command)).toEqual(words(scripts['start:worker']));
    expect(words(services.migrate?.command)).toEqual(['node', 'dist/scripts/migrate.js']);
    expect(existsSync(`${root}scripts/migrate.ts`)).toBe(true);
    expect(services.api?.ports?.map(String).join(' ')).toMatch(/:3000$|:3000\b/);
  });

  it('starts the api and the worker only on healthy Postgres and Redis, after the migration', () => {
    for (const name of ['api', 'worker']) {
      const dependsOn = services[name]?.depends_on;
      expect(Array.isArray(dependsOn)).toBe(false);
      const conditions = dependsOn as Record<string, { condition?: string }>;
      expect({ name, postgres: conditions.postgres?.condition, redis: conditions.redis?.condition }).toEqual({
        name,
        postgres: 'service_healthy',
        redis: 'service_healthy',
      });
      expect(conditions.migrate?.condition).toBe('service_completed_successfully');
    }
    const migrate = services.migrate?.depends_on as Record<string, { condition?: string }>;
    expect(migrate.postgres?.condition).toBe('service_healthy');
  });

  it('gives the api and the worker every connection setting, pointing at the services', () => {
    for (const name of ['api', 'worker']) {
      const env = environment(services[name] as Service);
      for (const setting of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'QUEUE_PREFIX', 'SMTP_URL']) {
        expect({ name, setting, set: (env[setting] ?? '') !== '' }).toEqual({ name, setting, set: true });
      }
      expect(env.NODE_ENV).toBe('production');
      const vars = { JWT_SECRET: 'j'.repeat(40), ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'x'.repeat(20) };
      expect(new URL(interpolate(env.DATABASE_URL as string, vars)).hostname).toBe('postgres');
      expect(new URL(interpolate(env.REDIS_URL as string, vars)).hostname).toBe('redis');
      const smtp = new URL(interpolate(env.SMTP_URL as string, vars));
      expect([smtp.hostname, smtp.port]).toEqual(['mailpit', '1025']);
    }
  });

  it('sets every setting the app requires in production, and only settings the app reads', () => {
    expect(SETTINGS_READ.size).toBeGreaterThan(5);
    expect(REQUIRED_IN_PRODUCTION).toContain('JWT_SECRET');
    for (const name of APP_SERVICES) {
      const env = environment(services[name] as Service);
      // migrate loads the same configuration, so it needs the same settings.
      for (const setting of REQUIRED_IN_PRODUCTION) {
        expect({ name, setting, set: (env[setting] ?? '') !== '' }).toEqual({ name, setting, set: true });
      }
      const unknown = Object.keys(env).filter((setting) => !SETTINGS_READ.has(setting));
      expect({ name, unknown }).toEqual({ name, unknown: [] });
    }
  });

  it('refuses to start without a JWT secret instead of falling back to one', () => {
    const env = environment(services.api as Service);
    expect(env.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:?\?[^}]*\}$/);
    expect(() => interpolate(env.JWT_SECRET as string, {})).toThrow(/JWT_SECRET/);
  });

  it('passes the configuration check of every app container', () => {
    const vars = {
      JWT_SECRET: 'compose-test-secret-0123456789abcdef0123',
      ADMIN_EMAIL: 'admin@example.org',
      ADMIN_PASSWORD: 'a long and unguessable passphrase',
    };
    for (const name of APP_SERVICES) {
      const env = Object.fromEntries(
        Object.entries(environment(services[name] as Service)).map(([k, v]) => [k, interpolate(v, vars)]),
      );
      const config = loadConfig(env);
      expect({ name, nodeEnv: config.nodeEnv, port: config.port }).toEqual({ name, nodeEnv: 'production', port: 3000 });
    }
  });
});

// ---------------------------------------------------------------------------------------
// Dockerfile and .dockerignore
// ---------------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions with line continuations joined and comments dropped, split into stages. */
function dockerfileStages(): Instruction[][] {
  const lines = read('Dockerfile')
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Instruction[][] = [];
  for (const line of lines) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

function dockerfileCmd(): string[] {
  const cmd = dockerfileStages()
    .at(-1)
    ?.findLast((i) => i.keyword === 'CMD');
  return cmd ? (JSON.parse(cmd.args) as string[]) : [];
}

/** `ENV A=1 B=2` and `ENV A 1`. */
function envOf(stage: Instruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { keyword, args } of stage) {
    if (keyword !== 'ENV') continue;
    if (!args.includes('=')) {
      const [name = '', ...value] = args.split(/\s+/);
      env[name] = value.join(' ');
      continue;
    }
    for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
      env[m[1] as string] = (m[2] as string).replace(/^"(.*)"$/, '$1');
    }
  }
  return env;
}

describe('Dockerfile', () => {
  const stages = dockerfileStages();
  const final = stages.at(-1) ?? [];
  const all = stages.flat();
  const runs = all.filter((i) => i.keyword === 'RUN').map((i) => i.args);

  it('builds in one stage and runs from another, on Node 24', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0]?.args).toMatch(/^(?:--platform=\S+\s+)?node:24-bookworm-slim\b/);
  });

  it('installs from the lockfile, compiles, and drops the dev dependencies', () => {
    expect(runs.join('\n')).toMatch(/\bnpm ci\b/);
    expect(runs.join('\n')).toMatch(/\bnpm run build\b/);
    expect(runs.join('\n')).toMatch(/\bnpm prune --omit=dev\b/);
    const copiedFromBuild = final
      .filter((i) => i.keyword === 'COPY' && /--from=/.test(i.args))
      .map((i) => i.args.split(/\s+/).at(-2));
    expect(copiedFromBuild).toEqual(expect.arrayContaining(['/app/node_modules', '/app/dist', '/app/package.json']));
    expect(final.some((i) => i.keyword === 'RUN' && /npm (?:ci|install)/.test(i.args))).toBe(false);
  });

  it('runs the api as an unprivileged user in production mode', () => {
    const user = final.findLast((i) => i.keyword === 'USER')?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(?:root|0)(?::|$)/);
    expect(envOf(final).NODE_ENV).toBe('production');
    expect(final.find((i) => i.keyword === 'EXPOSE')?.args.split(/\s+/)).toContain('3000');
    expect(dockerfileCmd()).toEqual(['node', 'dist/apps/api/src/main.js']);
  });

  it('checks liveness with node itself (the slim image has no curl)', () => {
    const check = final.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    expect(check).toMatch(/CMD \["node",/);
    expect(check).toMatch(/\/api\/health\/live/);
    expect(check).not.toMatch(/\b(?:curl|wget)\b/);
  });
});

describe('.dockerignore', () => {
  const patterns = read('.dockerignore')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  it('keeps host builds, dependencies and secrets out of the build context', () => {
    expect(patterns).toEqual(expect.arrayContaining(['node_modules', 'dist', '.env', '.git']));
  });

  it('keeps everything the build needs', () => {
    const needed = [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'apps',
      'libs',
      'migrations',
      'scripts',
    ];
    const excluded = needed.filter((path) =>
      patterns.some((p) => !p.startsWith('!') && (p === path || p === `${path}/`)),
    );
    expect(excluded).toEqual([]);
  });
});
