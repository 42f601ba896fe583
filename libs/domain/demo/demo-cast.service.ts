import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { systemActor, type Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { Organization } from '../identity/organization.entity.js';
import { OrganizationsService } from '../identity/organizations.service.js';
import { User } from '../identity/user.entity.js';
import { normalizeEmail, UsersService } from '../identity/users.service.js';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './demo-cast.js';

export const SEED_ORIGIN = { ip: null, userAgent: 'madoguchi-demo-seed', requestId: null };

export interface Cast {
  organizations: Map<string, Organization>;
  /** Every demo user, by email, as the actor the seeder acts for. */
  actors: Map<string, Actor>;
  staffOf(orgKey: string, role?: 'desk_staff' | 'supervisor'): Actor[];
}

/**
 * Finds or creates the demo organizations and users through the same services an admin uses,
 * so they are audited like any other and a second run finds them all and adds nothing.
 */
@Injectable()
export class DemoCastService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizationsService: OrganizationsService,
    private readonly usersService: UsersService,
    private readonly audit: AuditService,
  ) {}

  async ensure(): Promise<Cast> {
    const organizations = new Map<string, Organization>();
    const [first, ...others] = DEMO_ORGANIZATIONS;
    // The admin's own organization has to exist before there is an admin to create the rest.
    organizations.set(first.key, await this.ensureFirstOrganization(first.name));
    const adminSpec = DEMO_USERS.find((u) => u.role === 'admin')!;
    const admin = await this.ensureUser(adminSpec, organizations);
    for (const spec of others) {
      const repo = this.dataSource.getRepository(Organization);
      let org = await repo.findOneBy({ name: spec.name });
      if (!org) {
        const view = await this.organizationsService.create(admin, {
          name: spec.name,
          kind: spec.kind,
          country: spec.country,
        });
        org = await repo.findOneByOrFail({ id: view.id });
      }
      organizations.set(spec.key, org);
    }
    const actors = new Map<string, Actor>([[adminSpec.email, admin]]);
    for (const spec of DEMO_USERS) {
      if (spec.role !== 'admin') actors.set(spec.email, await this.ensureUser(spec, organizations));
    }
    return {
      organizations,
      actors,
      staffOf: (orgKey, role) =>
        [...actors.values()].filter(
          (a) =>
            a.organizationId === organizations.get(orgKey)!.id &&
            (role ? a.role === role : a.role === 'desk_staff' || a.role === 'supervisor'),
        ),
    };
  }

  private async ensureFirstOrganization(name: string): Promise<Organization> {
    const repo = this.dataSource.getRepository(Organization);
    const found = await repo.findOneBy({ name });
    if (found) return found;
    const org = await repo.save(repo.create({ name, kind: 'ngo' }));
    await this.audit.record(systemActor('demo-seed'), {
      action: 'organization.create',
      subjectType: 'organization',
      subjectId: org.id,
      subjectOrganizationId: org.id,
    });
    return org;
  }

  private async ensureUser(spec: DemoUser, organizations: Map<string, Organization>): Promise<Actor> {
    const org = organizations.get(spec.organization)!;
    const found = await this.dataSource.getRepository(User).findOneBy({ email: normalizeEmail(spec.email) });
    const id =
      found?.id ??
      (
        await this.usersService.create(systemActor('demo-seed'), {
          email: spec.email,
          displayName: spec.displayName,
          password: DEMO_PASSWORD,
          role: spec.role,
          organizationId: org.id,
          locale: spec.locale,
        })
      ).id;
    return {
      kind: 'user',
      userId: id,
      role: spec.role,
      organizationId: org.id,
      organizationKind: org.kind,
      locale: spec.locale,
      origin: SEED_ORIGIN,
    };
  }
}
