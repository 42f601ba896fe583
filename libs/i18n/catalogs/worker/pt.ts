import type { WorkerMessages } from './en.js';

/** Português (do Brasil, como a comunidade brasileira no Japão) — textos para o trabalhador. */
export const workerPt: Partial<WorkerMessages> = {
  'locale.name': 'Português',

  'consent.title': 'Seu consentimento para compartilhar informações',
  'consent.summary':
    'Você concorda que {organization} compartilhe as seguintes informações com {recipient} com a finalidade de {purpose}: {fields}. Você pode retirar este consentimento a qualquer momento entrando em contato com {organization}. {expiry}',
  'consent.purpose.embassy_referral': 'pedir ajuda à embaixada do seu país',
  'consent.purpose.legal_referral': 'receber orientação e ajuda de um advogado',
  'consent.field.fullName': 'seu nome completo',
  'consent.field.nameKatakana': 'seu nome em katakana',
  'consent.field.nationality': 'sua nacionalidade',
  'consent.field.dateOfBirth': 'sua data de nascimento',
  'consent.field.gender': 'seu gênero',
  'consent.field.phone': 'seu número de telefone',
  'consent.field.email': 'seu endereço de e-mail',
  'consent.field.messagingContacts': 'seus contatos em aplicativos de mensagem (como WhatsApp, LINE ou Facebook)',
  'consent.field.residenceStatus': 'seu status de residência (tipo de visto)',
  'consent.field.residenceCardExpiry': 'a data de validade do seu cartão de residência (zairyu card)',
  'consent.field.prefecture': 'a província onde você mora',
  'consent.field.employer': 'os dados do seu empregador (nome e endereço)',
  'consent.field.caseSummary': 'um breve resumo do seu problema',
  'consent.expiry': 'Este consentimento vale até {date}, às {time}.',
  'consent.expiry.none': 'Este consentimento não tem data de término: vale até que você o retire.',

  'accompaniment.title': 'Lembrete de compromisso',
  'accompaniment.reminder':
    'Lembrete: {date}, às {time}, vamos com você até {destination}. Traga seu cartão de residência (se tiver) e os documentos relacionados ao seu problema. Se não puder vir ou tiver alguma dúvida, entre em contato com {organization}.',
  'accompaniment.destination.labour_standards_office':
    'o Escritório de Inspeção de Normas Trabalhistas (órgão do governo que fiscaliza as condições de trabalho)',
  'accompaniment.destination.hello_work': 'a Hello Work (agência pública de emprego)',
  'accompaniment.destination.hospital': 'o hospital',
  'accompaniment.destination.immigration_office': 'o escritório de imigração',
  'accompaniment.destination.police': 'a delegacia de polícia',
  'accompaniment.destination.court': 'o tribunal',
  'accompaniment.destination.city_hall': 'a prefeitura (shiyakusho)',
  'accompaniment.destination.employer': 'o seu local de trabalho (empregador)',
  'accompaniment.destination.embassy': 'a embaixada',
  'accompaniment.destination.legal_aid': 'o escritório de assistência jurídica (Houterasu)',
  'accompaniment.destination.other': 'o local que combinamos',
};
