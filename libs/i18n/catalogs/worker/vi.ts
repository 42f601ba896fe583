import type { WorkerMessages } from './en.js';

/** Tiếng Việt — văn bản gửi người lao động. */
export const workerVi: WorkerMessages = {
  'locale.name': 'Tiếng Việt',

  'consent.title': 'Sự đồng ý chia sẻ thông tin của bạn',
  'consent.summary':
    'Bạn đồng ý để {organization} chia sẻ những thông tin sau đây với {recipient} nhằm mục đích {purpose}: {fields}. Bạn có thể rút lại sự đồng ý này bất cứ lúc nào bằng cách liên hệ với {organization}. {expiry}',
  'consent.purpose.embassy_referral': 'nhờ Đại sứ quán của nước bạn giúp đỡ bạn',
  'consent.purpose.legal_referral': 'nhận tư vấn và hỗ trợ từ luật sư',
  'consent.field.fullName': 'họ và tên',
  'consent.field.nameKatakana': 'tên viết bằng chữ Katakana',
  'consent.field.nationality': 'quốc tịch',
  'consent.field.dateOfBirth': 'ngày tháng năm sinh',
  'consent.field.gender': 'giới tính',
  'consent.field.phone': 'số điện thoại',
  'consent.field.email': 'địa chỉ email',
  'consent.field.messagingContacts': 'tài khoản liên lạc trên ứng dụng nhắn tin (như Zalo, LINE, Facebook)',
  'consent.field.residenceStatus': 'tư cách lưu trú (loại visa)',
  'consent.field.residenceCardExpiry': 'ngày hết hạn thẻ lưu trú',
  'consent.field.prefecture': 'tỉnh (prefecture) nơi bạn sống',
  'consent.field.employer': 'thông tin nơi làm việc của bạn (tên công ty, địa chỉ)',
  'consent.field.caseSummary': 'tóm tắt ngắn về vấn đề của bạn',
  'consent.expiry': 'Sự đồng ý này có hiệu lực đến {time} ngày {date}.',
  'consent.expiry.none': 'Sự đồng ý này không có thời hạn: nó có hiệu lực cho đến khi bạn rút lại.',

  'accompaniment.title': 'Nhắc lịch hẹn',
  'accompaniment.reminder':
    'Nhắc nhở: vào lúc {time}, {date}, chúng tôi sẽ cùng bạn đi đến {destination}. Vui lòng mang theo thẻ lưu trú (nếu có) và các giấy tờ liên quan đến vấn đề của bạn. Nếu bạn không thể đến hoặc có câu hỏi, vui lòng liên hệ với {organization}.',
  'accompaniment.destination.labour_standards_office':
    'Văn phòng Giám sát Tiêu chuẩn Lao động (cơ quan nhà nước kiểm tra điều kiện làm việc)',
  'accompaniment.destination.hello_work': 'Hello Work (trung tâm giới thiệu việc làm của nhà nước)',
  'accompaniment.destination.hospital': 'bệnh viện',
  'accompaniment.destination.immigration_office': 'Cục Quản lý Xuất nhập cảnh và Lưu trú',
  'accompaniment.destination.police': 'đồn cảnh sát',
  'accompaniment.destination.court': 'tòa án',
  'accompaniment.destination.city_hall': 'văn phòng hành chính thành phố/quận (shiyakusho)',
  'accompaniment.destination.employer': 'nơi làm việc của bạn (công ty)',
  'accompaniment.destination.embassy': 'Đại sứ quán',
  'accompaniment.destination.legal_aid': 'Trung tâm Hỗ trợ Pháp lý Nhật Bản (Houterasu)',
  'accompaniment.destination.other': 'địa điểm đã hẹn',
};
