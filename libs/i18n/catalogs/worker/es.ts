import type { WorkerMessages } from './en.js';

/** Español (neutro, latinoamericano) — textos para el trabajador. */
export const workerEs: Partial<WorkerMessages> = {
  'locale.name': 'Español',

  'consent.title': 'Su consentimiento para compartir información',
  'consent.summary':
    'Usted acepta que {organization} comparta la siguiente información con {recipient} con el fin de {purpose}: {fields}. Puede retirar este consentimiento en cualquier momento comunicándose con {organization}. {expiry}',
  'consent.purpose.embassy_referral': 'pedir ayuda a la embajada de su país',
  'consent.purpose.legal_referral': 'recibir asesoría y ayuda de un abogado',
  'consent.field.fullName': 'su nombre completo',
  'consent.field.nameKatakana': 'su nombre en katakana',
  'consent.field.nationality': 'su nacionalidad',
  'consent.field.dateOfBirth': 'su fecha de nacimiento',
  'consent.field.gender': 'su género',
  'consent.field.phone': 'su número de teléfono',
  'consent.field.email': 'su correo electrónico',
  'consent.field.messagingContacts': 'sus contactos en aplicaciones de mensajería (como WhatsApp, LINE o Facebook)',
  'consent.field.residenceStatus': 'su estatus de residencia (tipo de visa)',
  'consent.field.residenceCardExpiry': 'la fecha de vencimiento de su tarjeta de residencia (zairyu card)',
  'consent.field.prefecture': 'la prefectura donde vive',
  'consent.field.employer': 'los datos de su empleador (nombre y dirección)',
  'consent.field.caseSummary': 'un breve resumen de su problema',
  'consent.expiry': 'Este consentimiento es válido hasta el {date} a las {time}.',
  'consent.expiry.none': 'Este consentimiento no tiene fecha de término: es válido hasta que usted lo retire.',

  'accompaniment.title': 'Recordatorio de cita',
  'accompaniment.reminder':
    'Recordatorio: el {date}, a las {time}, iremos con usted hasta {destination}. Por favor, traiga su tarjeta de residencia (si la tiene) y los documentos relacionados con su problema. Si no puede venir o tiene alguna pregunta, comuníquese con {organization}.',
  'accompaniment.destination.labour_standards_office':
    'la Oficina de Inspección de Normas Laborales (oficina del gobierno que revisa las condiciones de trabajo)',
  'accompaniment.destination.hello_work': 'Hello Work (oficina pública de empleo)',
  'accompaniment.destination.hospital': 'el hospital',
  'accompaniment.destination.immigration_office': 'la oficina de inmigración',
  'accompaniment.destination.police': 'la comisaría de policía',
  'accompaniment.destination.court': 'el juzgado',
  'accompaniment.destination.city_hall': 'la municipalidad (shiyakusho)',
  'accompaniment.destination.employer': 'su lugar de trabajo (empleador)',
  'accompaniment.destination.embassy': 'la embajada',
  'accompaniment.destination.legal_aid': 'la oficina de asistencia legal (Houterasu)',
  'accompaniment.destination.other': 'el lugar que acordamos',
};
