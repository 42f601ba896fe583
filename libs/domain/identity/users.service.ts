import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { roleFitsOrganization, userScope, type Actor, type Role } from '#access';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import { decodeCursor, toPage, type Page } from '../common/cursor.js';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../errors/domain-errors.js';
import { toUserView, type UserView } from './identity.views.js';
import { Organization } from './organization.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import { RefreshToken } from './refresh-token.entity.js';
import { User } from './user.entity.js';

export interface CreateUser {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  organizationId: string;
  locale?: string;
}

export interface UpdateUser {
  displayName?: string;
  role?: Role;
  active?: boolean;
  locale?: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  create(actor: AuditActor, input: CreateUser): Promise<UserView> {
    return this.dataSource.transaction((m) => this.createIn(m, actor, input));
  }

  /** Creates a user inside the caller's transaction. */
  async createIn(m: EntityManager, actor: AuditActor, input: CreateUser): Promise<UserView> {
    const email = normalizeEmail(input.email);
    assertPassword(input.password, email);
    const passwordHash = await this.hasher.hash(input.password);
    {
      const org = await m.getRepository(Organization).findOneBy({ id: input.organizationId });
      if (!org) throw new RuleViolation('The organization does not exist', [{ field: 'organizationId' }]);
      if (!roleFitsOrganization(input.role, org.kind)) {
        throw new RuleViolation(`The role ${input.role} does not fit an organization of kind ${org.kind}`, [
          { field: 'role' },
        ]);
      }
      const taken = await m.getRepository(User).exists({ where: { email } });
      if (taken) throw new Conflict('A user with this email already exists', [{ field: 'email' }]);
      const user = await m
        .getRepository(User)
        .save(
          m.getRepository(User).create({
            email,
            displayName: input.displayName.trim(),
            passwordHash,
            role: input.role,
            organizationId: org.id,
            locale: input.locale ?? 'ja',
          }),
        )
        .catch((error: unknown) => {
          // Two creations of one email at once: the check above passed for both, the index refuses one.
          if (isUniqueViolation(error, 'users_email_key')) {
            throw new Conflict('A user with this email already exists', [{ field: 'email' }]);
          }
          throw error;
        });
      await this.audit.record(
        actor,
        {
          action: 'user.create',
          subjectType: 'user',
          subjectId: user.id,
          subjectOrganizationId: org.id,
          changedFields: ['email', 'displayName', 'password', 'role', 'organizationId', 'locale'],
        },
        m,
      );
      return toUserView(user);
    }
  }

  async list(actor: Actor, filter: { role?: Role; limit: number; cursor?: string }): Promise<Page<UserView>> {
    const scope = userScope(actor, 'u');
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where(scope.sql, scope.params)
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(filter.limit + 1);
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    const after = decodeCursor(filter.cursor, ['string', 'uuid']);
    if (after)
      qb.andWhere('(u.display_name, u.id) > (:afterName, :afterId)', { afterName: after[0], afterId: after[1] });
    const rows = await qb.getMany();
    return toPage(rows, filter.limit, (u) => [u.displayName, u.id], toUserView);
  }

  /** An admin's change. Deactivation, a new role or a new password cut the user's tokens at once. */
  async update(actor: Actor, id: string, patch: UpdateUser): Promise<UserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFound('User');
      const org = await m.getRepository(Organization).findOneByOrFail({ id: user.organizationId });
      const changed = (Object.keys(patch) as (keyof UpdateUser)[]).filter(
        (k) => patch[k] !== undefined && patch[k] !== user[k],
      );
      if (patch.role && !roleFitsOrganization(patch.role, org.kind)) {
        throw new RuleViolation(`The role ${patch.role} does not fit an organization of kind ${org.kind}`, [
          { field: 'role' },
        ]);
      }
      const losesAdmin =
        user.role === 'admin' && user.active && (patch.active === false || (patch.role && patch.role !== 'admin'));
      if (losesAdmin) await assertAnotherAdmin(m, user.id);
      const cutsAccess = changed.includes('role') || (changed.includes('active') && patch.active === false);
      Object.assign(user, Object.fromEntries(changed.map((k) => [k, patch[k]])));
      if (cutsAccess) {
        user.tokenVersion += 1;
        await revokeAllRefreshTokens(m, user.id);
      }
      await m.getRepository(User).save(user);
      if (changed.length) {
        await this.audit.record(
          actor,
          {
            action: 'user.update',
            subjectType: 'user',
            subjectId: user.id,
            subjectOrganizationId: org.id,
            changedFields: changed,
          },
          m,
        );
      }
      return toUserView(user);
    });
  }

  async changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new RuleViolation('The current password is not right', [{ field: 'currentPassword' }]);
    }
    assertPassword(newPassword, user.email);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(User).update({ id: user.id }, { passwordHash, tokenVersion: () => 'token_version + 1' });
      await revokeAllRefreshTokens(m, user.id);
      await this.audit.record(
        actor,
        {
          action: 'user.password_change',
          subjectType: 'user',
          subjectId: user.id,
          subjectOrganizationId: user.organizationId,
          changedFields: ['password'],
        },
        m,
      );
    });
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

function assertPassword(password: string, email: string): void {
  const problems = passwordProblems(password, { email });
  if (problems.length) throw new InvalidInput('The password is too weak', [{ field: 'password', problems }]);
}

async function assertAnotherAdmin(m: EntityManager, exceptUserId: string): Promise<void> {
  const others = await m
    .getRepository(User)
    .createQueryBuilder('u')
    .where("u.role = 'admin' AND u.active AND u.id <> :id", { id: exceptUserId })
    .getCount();
  if (!others) throw new RuleViolation('The last active admin cannot be deactivated or demoted');
}

export async function revokeAllRefreshTokens(m: EntityManager, userId: string): Promise<void> {
  await m
    .getRepository(RefreshToken)
    .createQueryBuilder()
    .update()
    .set({ revokedAt: () => 'now()' })
    .where('user_id = :userId AND revoked_at IS NULL', { userId })
    .execute();
}
