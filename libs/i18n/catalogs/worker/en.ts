/**
 * Texts for the worker (English): the consent summary read out or sent before anything is shared,
 * and the reminder of an accompaniment. Plain words, second person, no legal jargon. Parameters:
 * consent.summary: organization, recipient, purpose, fields, expiry · consent.expiry: date, time ·
 * accompaniment.reminder: date, time, destination, organization.
 */
export const workerEn = {
  'locale.name': 'English',

  'consent.title': 'Your consent to share information',
  'consent.summary':
    'You agree that {organization} shares the following information with {recipient} for the purpose of {purpose}: {fields}. You can withdraw this consent at any time by contacting {organization}. {expiry}',
  'consent.purpose.embassy_referral': 'asking the embassy of your country to help you',
  'consent.purpose.legal_referral': 'getting advice and help from a lawyer',
  'consent.field.fullName': 'your full name',
  'consent.field.nameKatakana': 'your name in katakana',
  'consent.field.nationality': 'your nationality',
  'consent.field.dateOfBirth': 'your date of birth',
  'consent.field.gender': 'your gender',
  'consent.field.phone': 'your phone number',
  'consent.field.email': 'your email address',
  'consent.field.messagingContacts': 'your contacts on messaging apps (such as LINE, WhatsApp or Facebook)',
  'consent.field.residenceStatus': 'your residence status (type of visa)',
  'consent.field.residenceCardExpiry': 'the expiry date of your residence card',
  'consent.field.prefecture': 'the prefecture where you live',
  'consent.field.employer': 'the name and address of your employer',
  'consent.field.caseSummary': 'a short summary of your problem',
  'consent.expiry': 'This consent ends on {date} at {time}.',
  'consent.expiry.none': 'This consent has no end date: it lasts until you withdraw it.',

  'accompaniment.title': 'Appointment reminder',
  'accompaniment.reminder':
    'Reminder: on {date} at {time} we will go together with you to {destination}. Please bring your residence card (if you have one) and any papers about your problem. If you cannot come, or if you have a question, please contact {organization}.',
  'accompaniment.destination.labour_standards_office':
    'the Labour Standards Inspection Office (the government office that checks working conditions)',
  'accompaniment.destination.hello_work': 'Hello Work (the public employment office)',
  'accompaniment.destination.hospital': 'the hospital',
  'accompaniment.destination.immigration_office': 'the immigration office',
  'accompaniment.destination.police': 'the police station',
  'accompaniment.destination.court': 'the court',
  'accompaniment.destination.city_hall': 'the city hall',
  'accompaniment.destination.employer': 'your workplace (your employer)',
  'accompaniment.destination.embassy': 'the embassy',
  'accompaniment.destination.legal_aid': 'the legal aid office (Houterasu)',
  'accompaniment.destination.other': 'the place we agreed on',
} as const;

export type WorkerMessages = { readonly [K in keyof typeof workerEn]: string };
