import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { organizationScope, type Actor, type OrganizationKind } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { decodeCursor, toPage, type Page } from '../common/cursor.js';
import { InvalidInput } from '../errors/domain-errors.js';
import { toOrganizationView, type OrganizationView } from './identity.views.js';
import { Organization } from './organization.entity.js';

export interface CreateOrganization {
  name: string;
  kind: OrganizationKind;
  country?: string;
  timezone?: string;
}

export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateOrganization): Promise<OrganizationView> {
    if (input.kind === 'embassy' && !input.country) {
      throw new InvalidInput('An embassy needs the country it represents', [
        { field: 'country', problems: ['required for an embassy'] },
      ]);
    }
    if (input.timezone && !isValidTimezone(input.timezone)) {
      throw new InvalidInput('Unknown timezone', [
        { field: 'timezone', problems: ['must be an IANA timezone such as Asia/Tokyo'] },
      ]);
    }
    return this.dataSource.transaction(async (m) => {
      const org = await m.getRepository(Organization).save(
        m.getRepository(Organization).create({
          name: input.name.trim(),
          kind: input.kind,
          country: input.country?.toUpperCase() ?? null,
          timezone: input.timezone ?? 'Asia/Tokyo',
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'organization.create',
          subjectType: 'organization',
          subjectId: org.id,
          subjectOrganizationId: org.id,
        },
        m,
      );
      return toOrganizationView(org);
    });
  }

  async list(
    actor: Actor,
    filter: { kind?: OrganizationKind; limit: number; cursor?: string },
  ): Promise<Page<OrganizationView>> {
    const scope = organizationScope(actor, 'o');
    const qb = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where(scope.sql, scope.params)
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(filter.limit + 1);
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    const after = decodeCursor(filter.cursor, ['string', 'uuid']);
    if (after) qb.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: after[0], afterId: after[1] });
    const rows = await qb.getMany();
    return toPage(rows, filter.limit, (o) => [o.name, o.id], toOrganizationView);
  }
}
