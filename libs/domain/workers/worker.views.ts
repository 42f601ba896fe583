import type { Employer, MessagingContact, Worker } from './worker.entity.js';

/** The API's worker, for NGO staff and assigned lawyers (an allow-list of columns). */
export interface WorkerView {
  id: string;
  organizationId: string;
  fullName: string;
  nameKatakana: string | null;
  alias: string | null;
  nationality: string;
  preferredLanguage: string;
  gender: string | null;
  dateOfBirth: string | null;
  residenceStatus: string | null;
  residenceCardExpiry: string | null;
  prefecture: string | null;
  phone: string | null;
  email: string | null;
  messagingContacts: MessagingContact[];
  employer: Employer | null;
  supportOrganization: string | null;
  sendingAgency: string | null;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toWorkerView(w: Worker): WorkerView {
  return {
    id: w.id,
    organizationId: w.organizationId,
    fullName: w.fullName,
    nameKatakana: w.nameKatakana,
    alias: w.alias,
    nationality: w.nationality,
    preferredLanguage: w.preferredLanguage,
    gender: w.gender,
    dateOfBirth: w.dateOfBirth,
    residenceStatus: w.residenceStatus,
    residenceCardExpiry: w.residenceCardExpiry,
    prefecture: w.prefecture,
    phone: w.phone,
    email: w.email,
    messagingContacts: w.messagingContacts,
    employer: w.employer,
    supportOrganization: w.supportOrganization,
    sendingAgency: w.sendingAgency,
    notes: w.notes,
    version: w.version,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}
