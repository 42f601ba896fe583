import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { systemActor } from '#access';
import { Organization } from './organization.entity.js';
import { UsersService } from './users.service.js';

const FIRST_ADMIN_LOCK = 7_365_002;

/**
 * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when no admin exists, and never
 * otherwise (so a changed environment cannot mint a second admin). Several api instances
 * starting at once take turns under an advisory lock.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdmin.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
      const [{ n }] = await m.query("SELECT count(*)::int AS n FROM users WHERE role = 'admin'");
      if (n > 0) return;
      let org = await m.getRepository(Organization).findOne({ where: { kind: 'ngo' }, order: { createdAt: 'ASC' } });
      org ??= await m
        .getRepository(Organization)
        .save(m.getRepository(Organization).create({ name: 'Madoguchi', kind: 'ngo' }));
      await this.users
        .createIn(m, systemActor('first-admin'), {
          email: adminEmail,
          displayName: 'Administrator',
          password: adminPassword,
          role: 'admin',
          organizationId: org.id,
          locale: 'ja',
        })
        .catch((error: Error & { details?: unknown[] }) => {
          throw new Error(
            `ADMIN_PASSWORD or ADMIN_EMAIL refused: ${error.message} ${JSON.stringify(error.details ?? [])}`,
          );
        });
      this.logger.log('Created the first admin from ADMIN_EMAIL');
    });
  }
}
