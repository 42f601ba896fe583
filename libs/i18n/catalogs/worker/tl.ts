import type { WorkerMessages } from './en.js';

/** Tagalog (Filipino) — mga teksto para sa manggagawa. Ang `fil` ay napupunta rin dito. */
export const workerTl: WorkerMessages = {
  'locale.name': 'Tagalog',

  'consent.title': 'Ang iyong pahintulot na ibahagi ang impormasyon',
  'consent.summary':
    'Pumapayag ka na ibahagi ng {organization} ang sumusunod na impormasyon sa {recipient} para sa layuning {purpose}: {fields}. Maaari mong bawiin ang pahintulot na ito anumang oras sa pamamagitan ng pakikipag-ugnayan sa {organization}. {expiry}',
  'consent.purpose.embassy_referral': 'humingi ng tulong sa embahada ng iyong bansa',
  'consent.purpose.legal_referral': 'makakuha ng payo at tulong mula sa isang abogado',
  'consent.field.fullName': 'iyong buong pangalan',
  'consent.field.nameKatakana': 'iyong pangalan sa katakana',
  'consent.field.nationality': 'iyong nasyonalidad',
  'consent.field.dateOfBirth': 'iyong petsa ng kapanganakan',
  'consent.field.gender': 'iyong kasarian',
  'consent.field.phone': 'iyong numero ng telepono',
  'consent.field.email': 'iyong email address',
  'consent.field.messagingContacts': 'iyong mga contact sa messaging app (gaya ng Facebook Messenger, LINE o WhatsApp)',
  'consent.field.residenceStatus': 'iyong residence status (uri ng visa)',
  'consent.field.residenceCardExpiry': 'petsa ng pag-expire ng iyong residence card',
  'consent.field.prefecture': 'prefecture kung saan ka nakatira',
  'consent.field.employer': 'iyong employer (pangalan at address)',
  'consent.field.caseSummary': 'maikling buod ng iyong problema',
  'consent.expiry': 'May bisa ang pahintulot na ito hanggang {date}, {time}.',
  'consent.expiry.none': 'Walang katapusang petsa ang pahintulot na ito: may bisa ito hangga’t hindi mo ito binabawi.',

  'accompaniment.title': 'Paalala sa appointment',
  'accompaniment.reminder':
    'Paalala: sa {date}, {time}, sasamahan ka namin papunta sa {destination}. Pakidala ang iyong residence card (kung mayroon ka) at anumang papeles tungkol sa iyong problema. Kung hindi ka makakapunta o may tanong ka, makipag-ugnayan sa {organization}.',
  'accompaniment.destination.labour_standards_office':
    'Labour Standards Inspection Office (ang opisina ng gobyerno na sumusuri sa kondisyon ng trabaho)',
  'accompaniment.destination.hello_work': 'Hello Work (pampublikong opisina para sa trabaho)',
  'accompaniment.destination.hospital': 'ospital',
  'accompaniment.destination.immigration_office': 'immigration office',
  'accompaniment.destination.police': 'istasyon ng pulis',
  'accompaniment.destination.court': 'korte',
  'accompaniment.destination.city_hall': 'city hall',
  'accompaniment.destination.employer': 'iyong pinagtatrabahuhan (employer)',
  'accompaniment.destination.embassy': 'embahada',
  'accompaniment.destination.legal_aid': 'opisina ng legal aid (Houterasu)',
  'accompaniment.destination.other': 'lugar na napagkasunduan natin',
};
