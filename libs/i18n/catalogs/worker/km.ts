import type { WorkerMessages } from './en.js';

/** ភាសាខ្មែរ — អត្ថបទសម្រាប់កម្មករ។ */
export const workerKm: Partial<WorkerMessages> = {
  'locale.name': 'ភាសាខ្មែរ',

  'consent.title': 'ការយល់ព្រមរបស់អ្នកក្នុងការចែករំលែកព័ត៌មាន',
  'consent.summary':
    'អ្នកយល់ព្រមឱ្យ {organization} ចែករំលែកព័ត៌មានខាងក្រោមជាមួយ {recipient} ក្នុងគោលបំណង{purpose}៖ {fields}។ អ្នកអាចដកការយល់ព្រមនេះវិញបានគ្រប់ពេល ដោយទាក់ទងទៅ {organization}។ {expiry}',
  'consent.purpose.embassy_referral': 'ស្នើសុំជំនួយពីស្ថានទូតនៃប្រទេសរបស់អ្នក',
  'consent.purpose.legal_referral': 'ទទួលបានការប្រឹក្សា និងជំនួយពីមេធាវី',
  'consent.field.fullName': 'ឈ្មោះពេញ',
  'consent.field.nameKatakana': 'ឈ្មោះជាអក្សរកាតាកាណា',
  'consent.field.nationality': 'សញ្ជាតិ',
  'consent.field.dateOfBirth': 'ថ្ងៃខែឆ្នាំកំណើត',
  'consent.field.gender': 'ភេទ',
  'consent.field.phone': 'លេខទូរស័ព្ទ',
  'consent.field.email': 'អាសយដ្ឋានអ៊ីមែល',
  'consent.field.messagingContacts': 'ទំនាក់ទំនងតាមកម្មវិធីផ្ញើសារ (ដូចជា Facebook Messenger, LINE ឬ WhatsApp)',
  'consent.field.residenceStatus': 'ស្ថានភាពស្នាក់នៅ (ប្រភេទទិដ្ឋាការ)',
  'consent.field.residenceCardExpiry': 'ថ្ងៃផុតកំណត់នៃប័ណ្ណស្នាក់នៅ',
  'consent.field.prefecture': 'ខេត្ត (prefecture) ដែលអ្នករស់នៅ',
  'consent.field.employer': 'ព័ត៌មាននិយោជក (ឈ្មោះ និងអាសយដ្ឋាន)',
  'consent.field.caseSummary': 'សេចក្តីសង្ខេបខ្លីអំពីបញ្ហារបស់អ្នក',
  'consent.expiry': 'ការយល់ព្រមនេះមានសុពលភាពរហូតដល់ {date} ម៉ោង {time}។',
  'consent.expiry.none': 'ការយល់ព្រមនេះគ្មានថ្ងៃផុតកំណត់ទេ៖ វាមានសុពលភាពរហូតដល់អ្នកដកវាវិញ។',

  'accompaniment.title': 'ការរំលឹកអំពីការណាត់ជួប',
  'accompaniment.reminder':
    'ការរំលឹក៖ នៅថ្ងៃ{date} ម៉ោង {time} យើងនឹងទៅជាមួយអ្នកទៅកាន់{destination}។ សូមយកប័ណ្ណស្នាក់នៅ (ប្រសិនបើមាន) និងឯកសារពាក់ព័ន្ធនឹងបញ្ហារបស់អ្នកមកជាមួយ។ ប្រសិនបើអ្នកមិនអាចមកបាន ឬមានសំណួរ សូមទាក់ទង {organization}។',
  'accompaniment.destination.labour_standards_office': 'ការិយាល័យត្រួតពិនិត្យស្តង់ដារការងារ (ការិយាល័យរដ្ឋដែលពិនិត្យលក្ខខណ្ឌការងារ)',
  'accompaniment.destination.hello_work': 'Hello Work (ការិយាល័យការងាររបស់រដ្ឋ)',
  'accompaniment.destination.hospital': 'មន្ទីរពេទ្យ',
  'accompaniment.destination.immigration_office': 'ការិយាល័យអន្តោប្រវេសន៍',
  'accompaniment.destination.police': 'ប៉ុស្តិ៍ប៉ូលីស',
  'accompaniment.destination.court': 'តុលាការ',
  'accompaniment.destination.city_hall': 'សាលាក្រុង',
  'accompaniment.destination.employer': 'កន្លែងធ្វើការរបស់អ្នក (និយោជក)',
  'accompaniment.destination.embassy': 'ស្ថានទូត',
  'accompaniment.destination.legal_aid': 'ការិយាល័យជំនួយផ្លូវច្បាប់ (Houterasu)',
  'accompaniment.destination.other': 'កន្លែងដែលយើងបានណាត់គ្នា',
};
