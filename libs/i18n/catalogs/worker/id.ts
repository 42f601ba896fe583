import type { WorkerMessages } from './en.js';

/** Bahasa Indonesia — teks untuk pekerja. */
export const workerId: WorkerMessages = {
  'locale.name': 'Bahasa Indonesia',

  'consent.title': 'Persetujuan Anda untuk membagikan informasi',
  'consent.summary':
    'Anda setuju bahwa {organization} membagikan informasi berikut kepada {recipient} untuk tujuan {purpose}: {fields}. Anda dapat menarik kembali persetujuan ini kapan saja dengan menghubungi {organization}. {expiry}',
  'consent.purpose.embassy_referral': 'meminta bantuan kepada kedutaan besar negara Anda',
  'consent.purpose.legal_referral': 'mendapatkan nasihat dan bantuan dari pengacara',
  'consent.field.fullName': 'nama lengkap',
  'consent.field.nameKatakana': 'nama dalam huruf katakana',
  'consent.field.nationality': 'kewarganegaraan',
  'consent.field.dateOfBirth': 'tanggal lahir',
  'consent.field.gender': 'jenis kelamin',
  'consent.field.phone': 'nomor telepon',
  'consent.field.email': 'alamat email',
  'consent.field.messagingContacts': 'kontak aplikasi pesan (seperti WhatsApp, LINE, atau Facebook)',
  'consent.field.residenceStatus': 'status izin tinggal (jenis visa)',
  'consent.field.residenceCardExpiry': 'tanggal berakhirnya kartu izin tinggal (zairyu card)',
  'consent.field.prefecture': 'prefektur tempat Anda tinggal',
  'consent.field.employer': 'tempat kerja Anda (nama dan alamat)',
  'consent.field.caseSummary': 'ringkasan singkat masalah Anda',
  'consent.expiry': 'Persetujuan ini berlaku sampai {date} pukul {time}.',
  'consent.expiry.none': 'Persetujuan ini tidak memiliki batas waktu: berlaku sampai Anda menariknya kembali.',

  'accompaniment.title': 'Pengingat janji temu',
  'accompaniment.reminder':
    'Pengingat: pada {date} pukul {time}, kami akan pergi bersama Anda ke {destination}. Harap bawa kartu izin tinggal (jika ada) dan dokumen yang berkaitan dengan masalah Anda. Jika Anda tidak bisa datang atau ada pertanyaan, silakan hubungi {organization}.',
  'accompaniment.destination.labour_standards_office':
    'Kantor Pengawas Standar Ketenagakerjaan (kantor pemerintah yang memeriksa kondisi kerja)',
  'accompaniment.destination.hello_work': 'Hello Work (kantor layanan ketenagakerjaan pemerintah)',
  'accompaniment.destination.hospital': 'rumah sakit',
  'accompaniment.destination.immigration_office': 'kantor imigrasi',
  'accompaniment.destination.police': 'kantor polisi',
  'accompaniment.destination.court': 'pengadilan',
  'accompaniment.destination.city_hall': 'kantor balai kota',
  'accompaniment.destination.employer': 'tempat kerja Anda',
  'accompaniment.destination.embassy': 'kedutaan besar',
  'accompaniment.destination.legal_aid': 'kantor bantuan hukum (Houterasu)',
  'accompaniment.destination.other': 'tempat yang sudah kita sepakati',
};
