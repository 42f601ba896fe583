import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInput, NotFound } from '../errors/domain-errors.js';

export const MIN_WEBHOOK_SECRET_LENGTH = 32;

/** What an admin sees of a webhook: never the secret, only that one is set. */
export interface WebhookView {
  organizationId: string;
  url: string | null;
  secretSet: boolean;
}

/**
 * An organization's notification webhook: each notice to one of its users is POSTed there,
 * signed with HMAC-SHA256 under the secret. The secret is written, never read back.
 */
@Injectable()
export class OrganizationWebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async set(actor: Actor, organizationId: string, input: { url: string; secret: string }): Promise<WebhookView> {
    assertWebhookUrl(input.url);
    if (input.secret.length < MIN_WEBHOOK_SECRET_LENGTH) {
      throw new InvalidInput('The secret is too short', [
        { field: 'secret', problems: [`at least ${MIN_WEBHOOK_SECRET_LENGTH} characters`] },
      ]);
    }
    return this.change(actor, organizationId, input.url, input.secret, 'organization.webhook_set');
  }

  /** No further notices go out; entries already queued find no URL and are dropped. */
  async clear(actor: Actor, organizationId: string): Promise<void> {
    await this.change(actor, organizationId, null, null, 'organization.webhook_clear');
  }

  private change(
    actor: Actor,
    organizationId: string,
    url: string | null,
    secret: string | null,
    action: string,
  ): Promise<WebhookView> {
    return this.dataSource.transaction(async (m) => {
      const [rows]: [{ id: string }[]] = await m.query(
        `UPDATE organizations SET webhook_url = $2, webhook_secret = $3, updated_at = now() WHERE id = $1 RETURNING id`,
        [organizationId, url, secret],
      );
      if (!rows.length) throw new NotFound('Organization');
      await this.audit.record(
        actor,
        {
          action,
          subjectType: 'organization',
          subjectId: organizationId,
          subjectOrganizationId: organizationId,
          // Names, not values: the secret must never reach the audit trail.
          changedFields: ['webhookUrl', 'webhookSecret'],
        },
        m,
      );
      return { organizationId, url, secretSet: secret !== null };
    });
  }
}

/** http(s) only, with a host and no credentials in it (those belong in the signature). */
export function assertWebhookUrl(raw: string): void {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  const problems: string[] = [];
  if (!url) problems.push('must be an absolute URL');
  else {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') problems.push('must use https or http');
    if (!url.hostname) problems.push('must name a host');
    if (url.username || url.password) problems.push('must not carry credentials');
  }
  if (problems.length) throw new InvalidInput('The webhook URL is not valid', [{ field: 'url', problems }]);
}
