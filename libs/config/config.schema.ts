import { endProcess } from './end-process.js';

/**
 * Every setting the system reads, with its type, its development default and its rule.
 * The README's configuration table lists the same names; keep them in step.
 */
export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  nodeEnv: NodeEnv;
  databaseUrl: string;
  redisUrl: string;
  port: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginMaxFailures: number;
  loginLockSeconds: number;
  loginIpMaxAttempts: number;
  loginIpWindowSeconds: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  queuePrefix: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The web app's address as its users reach it: links in notification emails point there. */
  publicUrl: string;
  logLevel: LogLevel;
  /** A file to write logs to instead of stdout (the tests read it back). */
  logFile: string | undefined;
  corsOrigins: string[];
  bodyLimit: string;
  shutdownTimeoutMs: number;
  /** How often the worker fires due deadline steps and relays the outbox. */
  tickIntervalMs: number;
  /**
   * How long a worker holds an outbox entry it is delivering; a worker that dies mid-send
   * leaves the entry to another after this long. Longer than the slowest send (SMTP, webhook).
   */
  deliveryLeaseMs: number;
  /** A relayed outbox entry not processed after this long is checked and, if its job is gone, relayed again. */
  outboxReofferMs: number;
  /** BullMQ's job lock: a job of a worker that died is taken up again after about twice this. */
  queueLockMs: number;
  /** First retry delay of a failed webhook; it doubles with each attempt. */
  webhookRetryDelayMs: number;
  webhookMaxAttempts: number;
  metricsToken: string | undefined;
  /** A second port that serves only /metrics, without a token (0: none); keep it off the public network. */
  metricsPort: number;
  demo: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The secret used only outside production, so that `npm run demo` needs no setup. */
export const DEVELOPMENT_JWT_SECRET = 'development-only-secret-never-use-in-production-0123456789';

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = value(env, name) ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')} (got ${parsed.protocol})`);
  }
  if (!parsed.hostname) throw new ConfigError(`${name} has no host`);
  return raw;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number (got "${raw}")`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max} (got ${n})`);
  return n;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = value(env, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function bool(env: Env, name: string): boolean {
  const raw = value(env, name);
  if (raw === undefined) return false;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

/** Reads and validates the environment; throws a ConfigError naming the first bad setting. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf<NodeEnv>(env, 'NODE_ENV', 'development', ['development', 'test', 'production']);
  const production = nodeEnv === 'production';

  const jwtSecret = value(env, 'JWT_SECRET') ?? (production ? undefined : DEVELOPMENT_JWT_SECRET);
  if (!jwtSecret) throw new ConfigError('JWT_SECRET is required in production');
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (production && jwtSecret === DEVELOPMENT_JWT_SECRET) {
    throw new ConfigError('JWT_SECRET must not be the development default in production');
  }

  const queuePrefix = value(env, 'QUEUE_PREFIX') ?? 'madoguchi';
  if (!/^[a-zA-Z0-9_-]{1,64}$/.test(queuePrefix)) {
    throw new ConfigError('QUEUE_PREFIX may hold only letters, digits, "-" and "_" (1-64)');
  }

  const adminEmail = value(env, 'ADMIN_EMAIL');
  const adminPassword = value(env, 'ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }

  const smtpUrl = value(env, 'SMTP_URL');
  if (smtpUrl !== undefined) url(env, 'SMTP_URL', smtpUrl, ['smtp:', 'smtps:']);

  const bodyLimit = value(env, 'BODY_LIMIT') ?? '256kb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) throw new ConfigError('BODY_LIMIT must look like 256kb or 1mb');

  return {
    nodeEnv,
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/madoguchi', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    port: integer(env, 'PORT', 3000, 0, 65535),
    jwtSecret,
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 3600),
    refreshTokenTtlDays: integer(env, 'REFRESH_TOKEN_TTL_DAYS', 14, 1, 90),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockSeconds: integer(env, 'LOGIN_LOCK_SECONDS', 900, 1, 86400),
    loginIpMaxAttempts: integer(env, 'LOGIN_IP_MAX_ATTEMPTS', 30, 1, 1000000),
    loginIpWindowSeconds: integer(env, 'LOGIN_IP_WINDOW_SECONDS', 300, 1, 86400),
    adminEmail,
    adminPassword,
    queuePrefix,
    smtpUrl,
    mailFrom: value(env, 'MAIL_FROM') ?? 'Madoguchi <no-reply@madoguchi.local>',
    publicUrl: url(env, 'PUBLIC_URL', 'http://localhost:3000', ['http:', 'https:']),
    logLevel: oneOf<LogLevel>(env, 'LOG_LEVEL', 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    logFile: value(env, 'LOG_FILE'),
    corsOrigins: (value(env, 'CORS_ORIGINS') ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    bodyLimit,
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10000, 0, 120000),
    tickIntervalMs: integer(env, 'TICK_INTERVAL_MS', 2000, 100, 60000),
    deliveryLeaseMs: integer(env, 'DELIVERY_LEASE_MS', 60000, 1000, 3600000),
    outboxReofferMs: integer(env, 'OUTBOX_REOFFER_MS', 30000, 500, 3600000),
    queueLockMs: integer(env, 'QUEUE_LOCK_MS', 30000, 1000, 600000),
    webhookRetryDelayMs: integer(env, 'WEBHOOK_RETRY_DELAY_MS', 2000, 10, 3600000),
    webhookMaxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 12, 1, 50),
    metricsToken: value(env, 'METRICS_TOKEN'),
    metricsPort: integer(env, 'METRICS_PORT', 0, 0, 65535),
    demo: bool(env, 'DEMO'),
  };
}

/** For a process's entry point: the configuration, or one clear line on stderr and exit 1. */
export function loadConfigOrStop(processName: string, env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${processName}: configuration error: ${error.message}\n`);
    endProcess(1);
  }
}
