import type { WorkerMessages } from './en.js';

/** नेपाली — कामदारका लागि पाठ। */
export const workerNe: WorkerMessages = {
  'locale.name': 'नेपाली',

  'consent.title': 'जानकारी साझा गर्न तपाईंको सहमति',
  'consent.summary':
    'तपाईं सहमत हुनुहुन्छ कि {organization} ले {purpose} उद्देश्यका लागि तलका जानकारीहरू {recipient} सँग साझा गर्नेछ: {fields}। तपाईं जुनसुकै बेला {organization} लाई सम्पर्क गरेर यो सहमति फिर्ता लिन सक्नुहुन्छ। {expiry}',
  'consent.purpose.embassy_referral': 'तपाईंको देशको दूतावाससँग सहयोग माग्ने',
  'consent.purpose.legal_referral': 'वकिलबाट सल्लाह र सहयोग लिने',
  'consent.field.fullName': 'पूरा नाम',
  'consent.field.nameKatakana': 'काताकानामा लेखिएको नाम',
  'consent.field.nationality': 'राष्ट्रियता',
  'consent.field.dateOfBirth': 'जन्म मिति',
  'consent.field.gender': 'लिङ्ग',
  'consent.field.phone': 'फोन नम्बर',
  'consent.field.email': 'इमेल ठेगाना',
  'consent.field.messagingContacts': 'मेसेजिङ एपका सम्पर्कहरू (जस्तै Viber, WhatsApp, Facebook Messenger वा LINE)',
  'consent.field.residenceStatus': 'बसोबासको हैसियत (भिसाको प्रकार)',
  'consent.field.residenceCardExpiry': 'रेसिडेन्स कार्डको म्याद सकिने मिति',
  'consent.field.prefecture': 'तपाईं बस्ने प्रिफेक्चर',
  'consent.field.employer': 'तपाईंको रोजगारदाता (कम्पनी) को नाम तथा ठेगाना',
  'consent.field.caseSummary': 'तपाईंको समस्याको छोटो सारांश',
  'consent.expiry': 'यो सहमति {date} {time} बजेसम्म मान्य हुनेछ।',
  'consent.expiry.none': 'यो सहमतिको कुनै अन्तिम मिति छैन: तपाईंले फिर्ता नलिएसम्म यो मान्य रहन्छ।',

  'accompaniment.title': 'भेटघाटको सम्झना',
  'accompaniment.reminder':
    'सम्झना: {date} {time} बजे हामी तपाईंसँगै {destination} जानेछौं। कृपया आफ्नो रेसिडेन्स कार्ड (भएमा) र तपाईंको समस्यासँग सम्बन्धित कागजातहरू ल्याउनुहोस्। आउन नसक्ने भएमा वा कुनै प्रश्न भएमा कृपया {organization} लाई सम्पर्क गर्नुहोस्।',
  'accompaniment.destination.labour_standards_office':
    'श्रम मापदण्ड निरीक्षण कार्यालय (कामको अवस्था जाँच गर्ने सरकारी कार्यालय)',
  'accompaniment.destination.hello_work': 'हेलो वर्क (सरकारी रोजगार कार्यालय)',
  'accompaniment.destination.hospital': 'अस्पताल',
  'accompaniment.destination.immigration_office': 'अध्यागमन कार्यालय',
  'accompaniment.destination.police': 'प्रहरी कार्यालय',
  'accompaniment.destination.court': 'अदालत',
  'accompaniment.destination.city_hall': 'सिटी हल (नगरपालिका कार्यालय)',
  'accompaniment.destination.employer': 'तपाईंको कार्यस्थल (रोजगारदाता)',
  'accompaniment.destination.embassy': 'दूतावास',
  'accompaniment.destination.legal_aid': 'कानुनी सहायता कार्यालय (होउतेरासु)',
  'accompaniment.destination.other': 'हामीले तय गरेको ठाउँ',
};
