import type { WorkerMessages } from './en.js';

/** မြန်မာဘာသာ (Unicode, not Zawgyi) — အလုပ်သမားအတွက် စာသားများ။ */
export const workerMy: WorkerMessages = {
  'locale.name': 'မြန်မာဘာသာ',

  'consent.title': 'သတင်းအချက်အလက် မျှဝေရန် သင်၏ သဘောတူညီချက်',
  'consent.summary':
    '{organization} သည် {purpose} ရည်ရွယ်ချက်ဖြင့် အောက်ပါ သတင်းအချက်အလက်များကို {recipient} ထံ မျှဝေရန် သင် သဘောတူပါသည် - {fields}။ {organization} ကို ဆက်သွယ်၍ ဤသဘောတူညီချက်ကို အချိန်မရွေး ပြန်လည်ရုပ်သိမ်းနိုင်ပါသည်။ {expiry}',
  'consent.purpose.embassy_referral': 'သင့်နိုင်ငံ၏ သံရုံးထံ အကူအညီ တောင်းခံရန်',
  'consent.purpose.legal_referral': 'ရှေ့နေထံမှ အကြံဉာဏ်နှင့် အကူအညီ ရယူရန်',
  'consent.field.fullName': 'အမည်အပြည့်အစုံ',
  'consent.field.nameKatakana': 'ခါတာကာနာ (ဂျပန်စာ) ဖြင့် ရေးထားသော အမည်',
  'consent.field.nationality': 'နိုင်ငံသား',
  'consent.field.dateOfBirth': 'မွေးသက္ကရာဇ်',
  'consent.field.gender': 'ကျား/မ',
  'consent.field.phone': 'ဖုန်းနံပါတ်',
  'consent.field.email': 'အီးမေးလ်လိပ်စာ',
  'consent.field.messagingContacts': 'မက်ဆေ့ချ်အက်ပ် အဆက်အသွယ်များ (Viber၊ Facebook Messenger၊ LINE စသည်)',
  'consent.field.residenceStatus': 'နေထိုင်ခွင့် အမျိုးအစား (ဗီဇာအမျိုးအစား)',
  'consent.field.residenceCardExpiry': 'နေထိုင်ခွင့်ကတ် (ဇိုင်ယူးကတ်) သက်တမ်းကုန်ဆုံးမည့်ရက်',
  'consent.field.prefecture': 'သင်နေထိုင်သော စီရင်စု (prefecture)',
  'consent.field.employer': 'သင်၏ အလုပ်ရှင် (ကုမ္ပဏီ) ၏ အမည်၊ လိပ်စာ',
  'consent.field.caseSummary': 'သင်၏ ပြဿနာ အကျဉ်းချုပ်',
  'consent.expiry': 'ဤသဘောတူညီချက်သည် {date} {time} အထိ အကျုံးဝင်ပါသည်။',
  'consent.expiry.none': 'ဤသဘောတူညီချက်တွင် ကုန်ဆုံးရက် မရှိပါ။ သင် ပြန်လည်ရုပ်သိမ်းသည်အထိ အကျုံးဝင်ပါသည်။',

  'accompaniment.title': 'ချိန်းဆိုမှု သတိပေးချက်',
  'accompaniment.reminder':
    'သတိပေးချက် - {date} {time} တွင် ကျွန်ုပ်တို့သည် သင်နှင့်အတူ {destination} သို့ သွားပါမည်။ နေထိုင်ခွင့်ကတ် (ရှိလျှင်) နှင့် သင့်ပြဿနာနှင့် သက်ဆိုင်သော စာရွက်စာတမ်းများကို ယူလာပါ။ မလာနိုင်ပါက သို့မဟုတ် မေးစရာရှိပါက {organization} ကို ဆက်သွယ်ပါ။',
  'accompaniment.destination.labour_standards_office': 'အလုပ်သမားစံနှုန်း စစ်ဆေးရေးရုံး (အလုပ်အခြေအနေကို စစ်ဆေးသော အစိုးရရုံး)',
  'accompaniment.destination.hello_work': 'Hello Work (အစိုးရ အလုပ်အကိုင်ရှာဖွေရေးရုံး)',
  'accompaniment.destination.hospital': 'ဆေးရုံ',
  'accompaniment.destination.immigration_office': 'လူဝင်မှုကြီးကြပ်ရေးရုံး',
  'accompaniment.destination.police': 'ရဲစခန်း',
  'accompaniment.destination.court': 'တရားရုံး',
  'accompaniment.destination.city_hall': 'မြို့တော်ခန်းမ (မြို့နယ်ရုံး)',
  'accompaniment.destination.employer': 'သင်၏ အလုပ်ခွင် (အလုပ်ရှင်)',
  'accompaniment.destination.embassy': 'သံရုံး',
  'accompaniment.destination.legal_aid': 'ဥပဒေအကူအညီရုံး (Houterasu)',
  'accompaniment.destination.other': 'ကျွန်ုပ်တို့ ချိန်းဆိုထားသော နေရာ',
};
