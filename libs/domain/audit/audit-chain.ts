import { createHash } from 'node:crypto';

/** The columns of an audit row that its hash covers, as read by AUDIT_ROW_SQL. */
export interface ChainRow {
  id: string;
  seq: string;
  occurred_at: string;
  actor_type: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_organization_id: string | null;
  action: string;
  outcome: string;
  subject_type: string | null;
  subject_id: string | null;
  subject_organization_id: string | null;
  changed_fields: string[];
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
}

/**
 * Read timestamps as text with microseconds: a JS Date would drop digits an edit could hide in.
 * seq and chain_index come out as text too, so ORDER BY must name `audit_events.<column>`:
 * the bare name means the text alias, which sorts '10' before '9'.
 */
export const AUDIT_ROW_SQL = `SELECT id, seq::text AS seq,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
  actor_type, actor_id, actor_role, actor_organization_id, action, outcome, subject_type, subject_id,
  subject_organization_id, changed_fields, ip, user_agent, request_id,
  chain_index::text AS chain_index, prev_hash, hash
  FROM audit_events`;

export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the previous row's hash, the row's place in the chain and its content. */
export function chainHash(prevHash: string, chainIndex: string, row: ChainRow): string {
  const content = [
    row.id,
    row.seq,
    row.occurred_at,
    row.actor_type,
    row.actor_id,
    row.actor_role,
    row.actor_organization_id,
    row.action,
    row.outcome,
    row.subject_type,
    row.subject_id,
    row.subject_organization_id,
    row.changed_fields,
    row.ip,
    row.user_agent,
    row.request_id,
  ];
  return createHash('sha256')
    .update(`${prevHash}\n${chainIndex}\n${JSON.stringify(content)}`)
    .digest('hex');
}
