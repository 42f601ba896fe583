import type { WorkerMessages } from './en.js';

/** ภาษาไทย — ข้อความสำหรับแรงงาน (Thai writes no full stops: sentences are separated by spaces). */
export const workerTh: Partial<WorkerMessages> = {
  'locale.name': 'ภาษาไทย',

  'consent.title': 'ความยินยอมของคุณในการเปิดเผยข้อมูล',
  'consent.summary':
    'คุณยินยอมให้ {organization} ส่งข้อมูลต่อไปนี้ให้แก่ {recipient} เพื่อวัตถุประสงค์ในการ{purpose}: {fields} คุณสามารถถอนความยินยอมนี้ได้ทุกเมื่อโดยติดต่อ {organization} {expiry}',
  'consent.purpose.embassy_referral': 'ขอความช่วยเหลือจากสถานทูตของประเทศคุณ',
  'consent.purpose.legal_referral': 'รับคำปรึกษาและความช่วยเหลือจากทนายความ',
  'consent.field.fullName': 'ชื่อ-นามสกุล',
  'consent.field.nameKatakana': 'ชื่อที่เขียนเป็นตัวอักษรคาตากานะ',
  'consent.field.nationality': 'สัญชาติ',
  'consent.field.dateOfBirth': 'วันเดือนปีเกิด',
  'consent.field.gender': 'เพศ',
  'consent.field.phone': 'หมายเลขโทรศัพท์',
  'consent.field.email': 'ที่อยู่อีเมล',
  'consent.field.messagingContacts': 'ช่องทางติดต่อในแอปส่งข้อความ (เช่น LINE, WhatsApp หรือ Facebook)',
  'consent.field.residenceStatus': 'สถานภาพการพำนัก (ประเภทวีซ่า)',
  'consent.field.residenceCardExpiry': 'วันหมดอายุของบัตรผู้พำนัก (ไซริวการ์ด)',
  'consent.field.prefecture': 'จังหวัดที่คุณอาศัยอยู่',
  'consent.field.employer': 'ชื่อนายจ้างพร้อมที่อยู่',
  'consent.field.caseSummary': 'สรุปปัญหาของคุณโดยย่อ',
  'consent.expiry': 'ความยินยอมนี้มีผลถึงวันที่ {date} เวลา {time} น.',
  'consent.expiry.none': 'ความยินยอมนี้ไม่มีวันสิ้นสุด และจะมีผลจนกว่าคุณจะถอนความยินยอม',

  'accompaniment.title': 'แจ้งเตือนการนัดหมาย',
  'accompaniment.reminder':
    'แจ้งเตือน: ใน{date} เวลา {time} น. เราจะไปกับคุณที่{destination} กรุณานำบัตรผู้พำนัก (ถ้ามี) และเอกสารที่เกี่ยวกับปัญหาของคุณมาด้วย หากคุณมาไม่ได้หรือมีคำถาม กรุณาติดต่อ {organization}',
  'accompaniment.destination.labour_standards_office': 'สำนักงานตรวจแรงงาน (หน่วยงานรัฐที่ตรวจสอบสภาพการทำงาน)',
  'accompaniment.destination.hello_work': 'ฮัลโหลเวิร์ก (สำนักงานจัดหางานของรัฐ)',
  'accompaniment.destination.hospital': 'โรงพยาบาล',
  'accompaniment.destination.immigration_office': 'สำนักงานตรวจคนเข้าเมือง',
  'accompaniment.destination.police': 'สถานีตำรวจ',
  'accompaniment.destination.court': 'ศาล',
  'accompaniment.destination.city_hall': 'ศาลาว่าการเมือง',
  'accompaniment.destination.employer': 'สถานที่ทำงานของคุณ (นายจ้าง)',
  'accompaniment.destination.embassy': 'สถานทูต',
  'accompaniment.destination.legal_aid': 'สำนักงานช่วยเหลือทางกฎหมาย (โฮเทราสุ)',
  'accompaniment.destination.other': 'สถานที่ที่เรานัดกันไว้',
};
