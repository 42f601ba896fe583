import { Global, Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service.js';
import { AuditSealer } from './audit-sealer.js';
import { AuditVerifier } from './audit-verifier.js';
import { AuditService } from './audit.service.js';

/** Global: every capability records audit events. */
@Global()
@Module({
  providers: [AuditService, AuditSealer, AuditVerifier, AuditQueryService],
  exports: [AuditService, AuditSealer, AuditVerifier, AuditQueryService],
})
export class AuditModule {}
