import type { WorkerMessages } from './en.js';

/** සිංහල — සේවකයා සඳහා පාඨ. (Repaya is written ර + ් + ZWJ + ය, as Unicode and SLS 1134 encode it.) */
export const workerSi: Partial<WorkerMessages> = {
  'locale.name': 'සිංහල',

  'consent.title': 'තොරතුරු බෙදා ගැනීම සඳහා ඔබගේ කැමැත්ත',
  'consent.summary':
    '{purpose} අරමුණින් {organization} විසින් පහත සඳහන් තොරතුරු {recipient} සමඟ බෙදා ගැනීමට ඔබ එකඟ වේ: {fields}. {organization} අමතා ඔබට ඕනෑම වේලාවක මෙම කැමැත්ත ඉල්ලා අස්කර ගත හැක. {expiry}',
  'consent.purpose.embassy_referral': 'ඔබේ රටේ තානාපති කාර්‍යාලයෙන් උදව් ඉල්ලීමේ',
  'consent.purpose.legal_referral': 'නීතිඥයෙකුගෙන් උපදෙස් සහ උදව් ලබා ගැනීමේ',
  'consent.field.fullName': 'සම්පූර්ණ නම',
  'consent.field.nameKatakana': 'කටකානා අකුරින් ලියූ නම',
  'consent.field.nationality': 'ජාතිකත්වය',
  'consent.field.dateOfBirth': 'උපන් දිනය',
  'consent.field.gender': 'ලිංගය',
  'consent.field.phone': 'දුරකථන අංකය',
  'consent.field.email': 'ඊමේල් ලිපිනය',
  'consent.field.messagingContacts': 'පණිවිඩ යෙදුම්වල සම්බන්ධතා (WhatsApp, Viber, IMO වැනි)',
  'consent.field.residenceStatus': 'පදිංචි වීසා තත්ත්වය (වීසා වර්ගය)',
  'consent.field.residenceCardExpiry': 'පදිංචි කාඩ්පතේ කල් ඉකුත් වන දිනය',
  'consent.field.prefecture': 'ඔබ පදිංචි පළාත (prefecture)',
  'consent.field.employer': 'ඔබේ සේවා යෝජකයාගේ (සමාගමේ) නම හා ලිපිනය',
  'consent.field.caseSummary': 'ඔබේ ගැටලුවේ කෙටි සාරාංශය',
  'consent.expiry': 'මෙම කැමැත්ත {date} දින {time} දක්වා වලංගු වේ.',
  'consent.expiry.none': 'මෙම කැමැත්තට අවසන් දිනයක් නැත: ඔබ එය ඉල්ලා අස්කර ගන්නා තෙක් වලංගු වේ.',

  'accompaniment.title': 'හමුවීම පිළිබඳ සිහිකැඳවීම',
  'accompaniment.reminder':
    'සිහිකැඳවීම: {date} දින {time} ට අපි ඔබ සමඟ {destination} වෙත යන්නෙමු. කරුණාකර ඔබේ පදිංචි කාඩ්පත (තිබේ නම්) සහ ඔබේ ගැටලුවට අදාළ ලියකියවිලි රැගෙන එන්න. ඔබට පැමිණිය නොහැකි නම් හෝ යම් විමසීමක් ඇත්නම්, කරුණාකර {organization} අමතන්න.',
  'accompaniment.destination.labour_standards_office': 'කම්කරු තත්ත්ව පරීක්ෂණ කාර්‍යාලය (වැඩ කොන්දේසි පරීක්ෂා කරන රජයේ කාර්‍යාලය)',
  'accompaniment.destination.hello_work': 'Hello Work (රජයේ රැකියා කාර්‍යාලය)',
  'accompaniment.destination.hospital': 'රෝහල',
  'accompaniment.destination.immigration_office': 'ආගමන කාර්‍යාලය',
  'accompaniment.destination.police': 'පොලිස් ස්ථානය',
  'accompaniment.destination.court': 'උසාවිය',
  'accompaniment.destination.city_hall': 'නගර සභාව',
  'accompaniment.destination.employer': 'ඔබේ සේවා ස්ථානය (සේවා යෝජකයා)',
  'accompaniment.destination.embassy': 'තානාපති කාර්‍යාලය',
  'accompaniment.destination.legal_aid': 'නීති ආධාර කාර්‍යාලය (Houterasu)',
  'accompaniment.destination.other': 'අප එකඟ වූ ස්ථානය',
};
