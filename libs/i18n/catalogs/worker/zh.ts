import type { WorkerMessages } from './en.js';

/** 简体中文 — 给劳动者的文字。zh-Hant、zh-TW 等也回退到这里。 */
export const workerZh: WorkerMessages = {
  'locale.name': '中文',

  'consent.title': '关于提供个人信息的同意',
  'consent.summary':
    '您同意{organization}为了{purpose}，将以下信息提供给{recipient}：{fields}。您可以随时联系{organization}撤回本同意。{expiry}',
  'consent.purpose.embassy_referral': '请求您本国的大使馆为您提供帮助',
  'consent.purpose.legal_referral': '获得律师的咨询和帮助',
  'consent.field.fullName': '姓名',
  'consent.field.nameKatakana': '片假名姓名',
  'consent.field.nationality': '国籍',
  'consent.field.dateOfBirth': '出生日期',
  'consent.field.gender': '性别',
  'consent.field.phone': '电话号码',
  'consent.field.email': '电子邮箱地址',
  'consent.field.messagingContacts': '聊天软件的联系方式（如微信、LINE、WhatsApp）',
  'consent.field.residenceStatus': '在留资格（签证种类）',
  'consent.field.residenceCardExpiry': '在留卡的有效期',
  'consent.field.prefecture': '您居住的都道府县',
  'consent.field.employer': '工作单位的名称及地址',
  'consent.field.caseSummary': '您所咨询问题的简要说明',
  'consent.expiry': '本同意的有效期至{date} {time}。',
  'consent.expiry.none': '本同意没有截止日期，在您撤回之前一直有效。',

  'accompaniment.title': '陪同预约提醒',
  'accompaniment.reminder':
    '提醒：{date} {time}，我们将陪同您一起前往{destination}。请携带在留卡（如有）以及与您的问题有关的文件。如果您无法前来或有任何疑问，请联系{organization}。',
  'accompaniment.destination.labour_standards_office': '劳动基准监督署（检查劳动条件的政府机关）',
  'accompaniment.destination.hello_work': 'Hello Work（公共职业介绍所）',
  'accompaniment.destination.hospital': '医院',
  'accompaniment.destination.immigration_office': '出入国在留管理局（入管）',
  'accompaniment.destination.police': '警察署',
  'accompaniment.destination.court': '法院',
  'accompaniment.destination.city_hall': '市区町村政府办公处（市役所）',
  'accompaniment.destination.employer': '您的工作单位',
  'accompaniment.destination.embassy': '大使馆',
  'accompaniment.destination.legal_aid': '日本司法支援中心（法Terrace）',
  'accompaniment.destination.other': '约定的地点',
};
