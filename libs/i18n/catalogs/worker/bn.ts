import type { WorkerMessages } from './en.js';

/** বাংলা — কর্মীর জন্য লেখা। */
export const workerBn: WorkerMessages = {
  'locale.name': 'বাংলা',

  'consent.title': 'তথ্য শেয়ার করার জন্য আপনার সম্মতি',
  'consent.summary':
    'আপনি সম্মত হচ্ছেন যে {organization} {purpose} উদ্দেশ্যে নিচের তথ্যগুলো {recipient}-এর সাথে শেয়ার করবে: {fields}। আপনি যেকোনো সময় {organization}-এর সাথে যোগাযোগ করে এই সম্মতি প্রত্যাহার করতে পারেন। {expiry}',
  'consent.purpose.embassy_referral': 'আপনার দেশের দূতাবাসের কাছে সাহায্য চাওয়ার',
  'consent.purpose.legal_referral': 'একজন আইনজীবীর কাছ থেকে পরামর্শ ও সাহায্য নেওয়ার',
  'consent.field.fullName': 'আপনার পুরো নাম',
  'consent.field.nameKatakana': 'কাতাকানায় লেখা আপনার নাম',
  'consent.field.nationality': 'আপনার জাতীয়তা',
  'consent.field.dateOfBirth': 'আপনার জন্ম তারিখ',
  'consent.field.gender': 'আপনার লিঙ্গ',
  'consent.field.phone': 'আপনার ফোন নম্বর',
  'consent.field.email': 'আপনার ইমেইল ঠিকানা',
  'consent.field.messagingContacts': 'মেসেজিং অ্যাপে আপনার যোগাযোগ (যেমন WhatsApp, IMO, Facebook Messenger বা LINE)',
  'consent.field.residenceStatus': 'আপনার বসবাসের অনুমতির ধরন (ভিসার ধরন)',
  'consent.field.residenceCardExpiry': 'আপনার রেসিডেন্স কার্ডের মেয়াদ শেষ হওয়ার তারিখ',
  'consent.field.prefecture': 'আপনি যে প্রিফেকচারে থাকেন',
  'consent.field.employer': 'আপনার নিয়োগকর্তার (কোম্পানির) নাম ও ঠিকানা',
  'consent.field.caseSummary': 'আপনার সমস্যার সংক্ষিপ্ত বিবরণ',
  'consent.expiry': 'এই সম্মতি {date}, {time} পর্যন্ত বহাল থাকবে।',
  'consent.expiry.none': 'এই সম্মতির কোনো শেষ তারিখ নেই: আপনি প্রত্যাহার না করা পর্যন্ত এটি বহাল থাকবে।',

  'accompaniment.title': 'সাক্ষাতের অনুস্মারক',
  'accompaniment.reminder':
    'অনুস্মারক: {date}, {time} সময়ে আমরা আপনার সাথে {destination} যাব। অনুগ্রহ করে আপনার রেসিডেন্স কার্ড (যদি থাকে) এবং আপনার সমস্যা সম্পর্কিত কাগজপত্র সাথে আনুন। আপনি আসতে না পারলে বা কোনো প্রশ্ন থাকলে অনুগ্রহ করে {organization}-এর সাথে যোগাযোগ করুন।',
  'accompaniment.destination.labour_standards_office': 'শ্রম মান পরিদর্শন অফিস (যে সরকারি অফিস কাজের পরিবেশ পরীক্ষা করে)',
  'accompaniment.destination.hello_work': 'হ্যালো ওয়ার্ক (সরকারি কর্মসংস্থান অফিস)',
  'accompaniment.destination.hospital': 'হাসপাতাল',
  'accompaniment.destination.immigration_office': 'ইমিগ্রেশন অফিস',
  'accompaniment.destination.police': 'থানা (পুলিশ স্টেশন)',
  'accompaniment.destination.court': 'আদালত',
  'accompaniment.destination.city_hall': 'সিটি হল (পৌর অফিস)',
  'accompaniment.destination.employer': 'আপনার কর্মস্থল (নিয়োগকর্তা)',
  'accompaniment.destination.embassy': 'দূতাবাস',
  'accompaniment.destination.legal_aid': 'আইনি সহায়তা অফিস (Houterasu)',
  'accompaniment.destination.other': 'আমাদের ঠিক করা জায়গা',
};
