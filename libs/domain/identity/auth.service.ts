import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import type { Actor, OrganizationKind, RequestOrigin, Role } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { GroupRunner } from '../common/group-runner.js';
import { Unauthenticated } from '../errors/domain-errors.js';
import { toUserView, type UserView } from './identity.views.js';
import { LoginLimiter } from './login-limiter.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshToken } from './refresh-token.entity.js';
import { User } from './user.entity.js';
import { normalizeEmail } from './users.service.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: UserView;
}

/** What an access token says; everything else is looked up on each request. */
export interface AccessClaims {
  sub: string;
  ver: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BAD_CREDENTIALS = 'The email or password is not right';
const BAD_REFRESH = 'The session has ended; sign in again';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The user behind a token as they are now: what every authenticated request checks. */
interface TokenUser {
  id: string;
  role: Role;
  organization_id: string;
  kind: OrganizationKind;
  locale: string;
  active: boolean;
  token_version: number;
}

@Injectable()
export class AuthService {
  /**
   * Every request reads its user; requests that arrive while such a read is in flight share
   * the next one (`id = ANY(...)`). Nothing is cached: each request's row is read after it came.
   */
  private readonly tokenUsers: GroupRunner<string, TokenUser | undefined>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginLimiter,
    private readonly audit: AuditService,
  ) {
    this.tokenUsers = new GroupRunner(
      async (ids) => {
        const rows: TokenUser[] = await this.dataSource.query(
          `SELECT u.id, u.role, u.organization_id, o.kind, u.locale, u.active, u.token_version
             FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = ANY($1::uuid[])`,
          [[...new Set(ids)]],
        );
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id));
      },
      { maxGroup: 100, maxInFlight: 2 },
    );
  }

  /** The same answer, in about the same time, for an unknown email and a wrong password. */
  async login(emailInput: string, password: string, origin: RequestOrigin): Promise<TokenPair> {
    const email = normalizeEmail(emailInput);
    await this.limiter.assertMayTry(email, origin.ip);
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { email }, relations: { organization: true } });
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordOk || !user.active) {
      await this.limiter.recordFailure(email);
      await this.audit.record(
        { kind: 'anonymous', userId: user?.id ?? null, origin },
        {
          action: 'auth.login',
          outcome: 'failure',
          subjectType: user ? 'user' : undefined,
          subjectId: user?.id,
          subjectOrganizationId: user?.organizationId,
        },
      );
      throw new Unauthenticated(BAD_CREDENTIALS);
    }
    await this.limiter.recordSuccess(email);
    return this.dataSource.transaction(async (m) => {
      await m.getRepository(User).update({ id: user.id }, { lastLoginAt: () => 'now()' });
      const pair = await this.issue(m, user, randomUUID());
      const actor: Actor = {
        kind: 'user',
        userId: user.id,
        role: user.role,
        organizationId: user.organizationId,
        organizationKind: user.organization!.kind,
        locale: user.locale,
        origin,
      };
      await this.audit.record(
        actor,
        { action: 'auth.login', subjectType: 'user', subjectId: user.id, subjectOrganizationId: user.organizationId },
        m,
      );
      return pair;
    });
  }

  /**
   * Rotates a refresh token. A token that was already used (or revoked) means someone holds a
   * copy: the whole family is revoked, so the thief and the owner both have to sign in again.
   */
  async refresh(refreshToken: string, origin: RequestOrigin): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (m) => {
      const token = await m
        .getRepository(RefreshToken)
        .findOne({ where: { tokenHash: hashToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!token) return { error: 'unknown' as const };
      if (token.usedAt || token.revokedAt) {
        await this.revokeFamily(m, token.familyId);
        await this.audit.record(
          { kind: 'anonymous', userId: token.userId, origin },
          { action: 'auth.refresh_reuse', outcome: 'denied', subjectType: 'user', subjectId: token.userId },
          m,
        );
        return { error: 'reused' as const };
      }
      const user = await m.getRepository(User).findOneBy({ id: token.userId });
      if (!user || !user.active || token.expiresAt <= new Date()) return { error: 'expired' as const };
      await m.getRepository(RefreshToken).update({ id: token.id }, { usedAt: () => 'now()' });
      const pair = await this.issue(m, user, token.familyId);
      await this.audit.record(
        { kind: 'anonymous', userId: user.id, origin },
        { action: 'auth.refresh', subjectType: 'user', subjectId: user.id, subjectOrganizationId: user.organizationId },
        m,
      );
      return { pair };
    });
    if ('error' in outcome) throw new Unauthenticated(BAD_REFRESH);
    return outcome.pair;
  }

  /** Ends the session the refresh token belongs to (only one of the caller's own). */
  async logout(actor: Actor, refreshToken: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const token = await m
        .getRepository(RefreshToken)
        .findOneBy({ tokenHash: hashToken(refreshToken), userId: actor.userId });
      if (token) await this.revokeFamily(m, token.familyId);
      await this.audit.record(
        actor,
        {
          action: 'auth.logout',
          subjectType: 'user',
          subjectId: actor.userId,
          subjectOrganizationId: actor.organizationId,
        },
        m,
      );
    });
  }

  /**
   * Checks an access token's claims against the user as they are now. A malformed subject is
   * refused here, before it can reach Postgres as a uuid and fail there (500).
   */
  async actorFor(claims: AccessClaims, origin: RequestOrigin): Promise<Actor | null> {
    if (typeof claims?.sub !== 'string' || !UUID.test(claims.sub) || !Number.isInteger(claims?.ver)) return null;
    const u = await this.tokenUsers.add(claims.sub.toLowerCase());
    if (!u || !u.active || u.token_version !== claims.ver) return null;
    return {
      kind: 'user',
      userId: u.id,
      role: u.role,
      organizationId: u.organization_id,
      organizationKind: u.kind,
      locale: u.locale,
      origin,
    };
  }

  /**
   * The same checks as the api's bearer strategy (pinned algorithm, issuer, audience, expiry,
   * then the user as they are now, token version included), for routes outside Nest's
   * router such as the queue dashboard. Null for anything but a valid, current token.
   */
  async actorForToken(token: string, origin: RequestOrigin): Promise<Actor | null> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token);
    } catch {
      return null;
    }
    return this.actorFor(claims, origin);
  }

  async me(actor: Actor): Promise<UserView> {
    return toUserView(await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId }));
  }

  private async issue(m: EntityManager, user: User, familyId: string): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await m.getRepository(RefreshToken).insert({
      familyId,
      userId: user.id,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    const claims: AccessClaims = { sub: user.id, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds, user: toUserView(user) };
  }

  private async revokeFamily(m: EntityManager, familyId: string): Promise<void> {
    await m
      .getRepository(RefreshToken)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }
}
