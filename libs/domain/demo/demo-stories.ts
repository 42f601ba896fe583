/**
 * The problems of the demo desk, written the way desk staff write them: titles and summaries
 * in Japanese or English, and the worker's own words, in their language, in the consultation
 * notes. The mix follows what consulting desks report most: wages first, then harassment,
 * injuries, job changes and residence status.
 */
export type Theme = 'wages' | 'abuse' | 'injury' | 'status';

export interface Story {
  categories: string[];
  theme: Theme;
  weight: number;
  /** Critical and restricted stories are the dangerous ones: violence, confinement, trafficking. */
  urgency: 'critical' | 'high' | 'normal' | 'low';
  restricted?: boolean;
  titleJa: string;
  titleEn: string;
  summaryJa: string;
  summaryEn: string;
}

export const STORIES: readonly Story[] = [
  {
    categories: ['wage_arrears'],
    theme: 'wages',
    weight: 14,
    urgency: 'high',
    titleJa: '給与の未払い（2か月分）',
    titleEn: 'Two months of unpaid wages',
    summaryJa: '9月分と10月分の給与が支払われていない。会社は「来月まとめて払う」と言うだけ。',
    summaryEn: 'Wages for September and October have not been paid; the company keeps promising next month.',
  },
  {
    categories: ['unpaid_overtime', 'wage_arrears'],
    theme: 'wages',
    weight: 10,
    urgency: 'normal',
    titleJa: '残業代が支払われない',
    titleEn: 'Overtime not paid',
    summaryJa: '毎日2〜3時間の残業があるが、給与明細に残業代がない。タイムカードの写真あり。',
    summaryEn: 'Two to three hours of overtime every day, none of it on the payslip; has photos of the time cards.',
  },
  {
    categories: ['harassment'],
    theme: 'abuse',
    weight: 8,
    urgency: 'high',
    titleJa: '職場でのパワーハラスメント',
    titleEn: 'Bullying by the line supervisor',
    summaryJa: '班長から毎日怒鳴られ、「国に帰れ」と言われる。眠れない日が続いている。',
    summaryEn: 'Shouted at daily by the team leader and told to go home; not sleeping.',
  },
  {
    categories: ['violence', 'harassment'],
    theme: 'abuse',
    weight: 3,
    urgency: 'critical',
    restricted: true,
    titleJa: '寮での暴力、避難が必要',
    titleEn: 'Violence in the dormitory, needs shelter',
    summaryJa: '寮の管理者から暴力を受けた。今夜の安全な居場所が必要。',
    summaryEn: 'Hit by the dormitory manager; needs a safe place to stay tonight.',
  },
  {
    categories: ['passport_confiscation'],
    theme: 'status',
    weight: 5,
    urgency: 'high',
    titleJa: '監理団体がパスポートを預かったまま返さない',
    titleEn: 'Passport held by the supervising organization',
    summaryJa: '入国時に「保管する」と言われ、返還を求めても応じない。',
    summaryEn: 'Taken "for safekeeping" on arrival and not returned when asked.',
  },
  {
    categories: ['occupational_injury', 'social_insurance'],
    theme: 'injury',
    weight: 7,
    urgency: 'high',
    titleJa: 'プレス機で指を負傷、労災申請されていない',
    titleEn: 'Finger injured at a press, no workers’ accident claim',
    summaryJa: '会社は労災を使わず自費で治療するよう言っている。',
    summaryEn: 'The company told them to pay for treatment themselves instead of filing a claim.',
  },
  {
    categories: ['dismissal', 'residence_status'],
    theme: 'status',
    weight: 6,
    urgency: 'high',
    titleJa: '突然の解雇、在留資格が心配',
    titleEn: 'Dismissed without notice, worried about residence status',
    summaryJa: '業績不振を理由に即日解雇。次の仕事が見つからないと在留資格を失う不安。',
    summaryEn: 'Dismissed the same day for "poor business"; fears losing status without a new job.',
  },
  {
    categories: ['job_change'],
    theme: 'status',
    weight: 6,
    urgency: 'normal',
    titleJa: '特定技能での転職の相談',
    titleEn: 'Changing employer under Specified Skilled Worker',
    summaryJa: '同じ分野で転職したいが、手続きと必要書類が分からない。',
    summaryEn: 'Wants to move to another employer in the same field; unsure of the procedure.',
  },
  {
    categories: ['residence_status'],
    theme: 'status',
    weight: 5,
    urgency: 'normal',
    titleJa: '在留期間更新の手続き',
    titleEn: 'Renewing the period of stay',
    summaryJa: '在留カードの期限が近いが、会社が必要書類を出してくれない。',
    summaryEn: 'Residence card expires soon and the employer will not provide the documents.',
  },
  {
    categories: ['broker_debt', 'forced_savings'],
    theme: 'wages',
    weight: 4,
    urgency: 'normal',
    titleJa: '送出機関への借金と強制貯金',
    titleEn: 'Debt to the broker and forced savings',
    summaryJa: '来日前の手数料の借金があり、給与から毎月「貯金」として天引きされている。',
    summaryEn: 'Owes recruitment fees; part of each salary is withheld as "savings".',
  },
  {
    categories: ['trafficking', 'passport_confiscation'],
    theme: 'abuse',
    weight: 1,
    urgency: 'critical',
    restricted: true,
    titleJa: '外出を禁じられ、携帯電話を取り上げられた',
    titleEn: 'Confined to the workplace, phone taken away',
    summaryJa: '休日の外出を禁止され、携帯電話も取り上げられている。友人の電話から連絡。',
    summaryEn: 'Not allowed out on days off and phone confiscated; called from a friend’s phone.',
  },
  {
    categories: ['pregnancy', 'dismissal'],
    theme: 'status',
    weight: 2,
    urgency: 'high',
    restricted: true,
    titleJa: '妊娠を理由に帰国を迫られている',
    titleEn: 'Pressed to go home because of pregnancy',
    summaryJa: '妊娠を伝えたところ、監理団体から帰国するよう言われた。',
    summaryEn: 'After telling the supervising organization of the pregnancy, was told to return home.',
  },
  {
    categories: ['housing'],
    theme: 'wages',
    weight: 3,
    urgency: 'low',
    titleJa: '寮費が高すぎる',
    titleEn: 'Dormitory fees far above cost',
    summaryJa: '6人部屋で一人月4万円の寮費が天引きされている。',
    summaryEn: 'Six to a room, and 40,000 yen a month each taken from wages for it.',
  },
  {
    categories: ['mental_health', 'health'],
    theme: 'injury',
    weight: 2,
    urgency: 'high',
    restricted: true,
    titleJa: '強い不眠と気分の落ち込み',
    titleEn: 'Severe insomnia and low mood',
    summaryJa: '長時間労働が続き、眠れず食事もとれない。通訳付きの受診を希望。',
    summaryEn: 'Long hours, cannot sleep or eat; wants to see a doctor with an interpreter.',
  },
  {
    categories: ['tax', 'daily_life'],
    theme: 'status',
    weight: 2,
    urgency: 'low',
    titleJa: '住民税の通知が分からない',
    titleEn: 'Cannot read a resident tax notice',
    summaryJa: '市役所から届いた住民税の通知の内容と支払い方法を知りたい。',
    summaryEn: 'Received a resident tax notice from city hall and wants to understand it.',
  },
];

/** The worker's own words in the consultation notes, by language and theme. */
export const WORKER_WORDS: Readonly<Record<string, Readonly<Record<Theme, string>>>> = {
  vi: {
    wages: 'Công ty chưa trả lương cho em hai tháng rồi, em không có tiền gửi về nhà.',
    abuse: 'Tổ trưởng ngày nào cũng quát mắng em, em rất sợ đi làm.',
    injury: 'Em bị thương ở tay khi làm việc nhưng công ty bảo em tự trả tiền viện phí.',
    status: 'Thẻ cư trú của em sắp hết hạn, em không biết phải làm thủ tục thế nào.',
  },
  tl: {
    wages: 'Dalawang buwan na pong hindi binabayaran ang sahod ko.',
    abuse: 'Araw-araw po akong sinisigawan ng supervisor namin.',
    injury: 'Nasugatan po ang kamay ko sa trabaho pero ayaw nilang mag-file ng claim.',
    status: 'Malapit na pong mag-expire ang residence card ko.',
  },
  id: {
    wages: 'Gaji saya sudah dua bulan tidak dibayar oleh perusahaan.',
    abuse: 'Atasan saya setiap hari membentak saya di depan teman-teman.',
    injury: 'Tangan saya terluka saat bekerja, tetapi perusahaan tidak mau mengurus asuransi.',
    status: 'Kartu izin tinggal saya hampir habis masa berlakunya.',
  },
  ne: {
    wages: 'कम्पनीले मलाई दुई महिनादेखि तलब दिएको छैन।',
    abuse: 'सुपरभाइजरले मलाई हरेक दिन गाली गर्छन्।',
    injury: 'काम गर्दा मेरो हातमा चोट लाग्यो तर कम्पनीले बीमा गरिदिएन।',
    status: 'मेरो रेसिडेन्स कार्डको म्याद सकिन लागेको छ।',
  },
  my: {
    wages: 'ကုမ္ပဏီက လစာ နှစ်လ မပေးသေးပါဘူး။',
    abuse: 'ကြီးကြပ်သူက နေ့တိုင်း ကျွန်တော့်ကို အော်ငေါက်ပါတယ်။',
    injury: 'အလုပ်မှာ လက်ဒဏ်ရာရခဲ့ပေမယ့် ကုမ္ပဏီက ဆေးကုသစရိတ် မပေးပါဘူး။',
    status: 'နေထိုင်ခွင့်ကတ် သက်တမ်းကုန်တော့မယ်။',
  },
  bn: {
    wages: 'কোম্পানি আমাকে দুই মাস ধরে বেতন দেয়নি।',
    abuse: 'সুপারভাইজার প্রতিদিন আমাকে বকাঝকা করেন।',
    injury: 'কাজের সময় আমার হাতে আঘাত লেগেছে, কিন্তু কোম্পানি বীমা দাবি করছে না।',
    status: 'আমার রেসিডেন্স কার্ডের মেয়াদ শেষ হয়ে যাচ্ছে।',
  },
  zh: {
    wages: '公司已经两个月没有给我发工资了。',
    abuse: '班长每天都对我大喊大叫，我很害怕去上班。',
    injury: '我工作时手受伤了，但公司不让我申请工伤保险。',
    status: '我的在留卡快到期了，不知道怎么办手续。',
  },
  pt: {
    wages: 'A empresa não paga o meu salário há dois meses.',
    abuse: 'O chefe grita comigo todos os dias.',
    injury: 'Machuquei a mão no trabalho e a empresa não quer registrar o acidente.',
    status: 'O meu cartão de residência vai vencer em breve.',
  },
  si: {
    wages: 'Company eka maasa dekak tissema mage pagiya gewwe naha.',
    abuse: 'Supervisor hama dama mata kae gahanawa.',
    injury: 'Wade karaddi mage atata thuwala una, eth company eka insurance eka dunne naha.',
    status: 'Mage residence card eka ikmanin iwara wenawa.',
  },
  th: {
    wages: 'บริษัทยังไม่จ่ายเงินเดือนให้ฉันมาสองเดือนแล้ว',
    abuse: 'หัวหน้าตะโกนด่าฉันทุกวัน',
    injury: 'ฉันได้รับบาดเจ็บที่มือระหว่างทำงาน แต่บริษัทไม่ยอมแจ้งประกัน',
    status: 'บัตรผู้พำนักของฉันใกล้หมดอายุแล้ว',
  },
};

/** What the desk did, as a staff member would note it after the worker's words. */
export const DESK_NOTES: readonly { ja: string; en: string }[] = [
  {
    ja: '給与明細と雇用契約書の写真を送ってもらうよう依頼。',
    en: 'Asked for photos of the payslips and the contract.',
  },
  {
    ja: '労働基準監督署への申告の流れを説明した。',
    en: 'Explained how to file a report with the Labour Standards Office.',
  },
  { ja: '通訳を手配し、来週面談することにした。', en: 'Arranged an interpreter and a meeting next week.' },
  { ja: '本人の同意を得て、会社に連絡することにした。', en: 'With the worker’s consent, will contact the company.' },
  { ja: '証拠をメモに残すよう助言した。', en: 'Advised keeping a written record of every incident.' },
];

export const OUTCOMES: readonly {
  result: string;
  remedies: string[];
  route: string | null;
  amount: [number, number] | null;
}[] = [
  { result: 'remedy_obtained', remedies: ['wages_paid'], route: 'labour_standards_office', amount: [150_000, 900_000] },
  { result: 'remedy_obtained', remedies: ['wages_paid'], route: 'negotiation', amount: [50_000, 400_000] },
  { result: 'partial_remedy', remedies: ['wages_paid'], route: 'labour_bureau_mediation', amount: [30_000, 250_000] },
  {
    result: 'remedy_obtained',
    remedies: ['job_change_arranged', 'residence_status_secured'],
    route: 'negotiation',
    amount: null,
  },
  { result: 'remedy_obtained', remedies: ['passport_returned'], route: 'embassy', amount: null },
  {
    result: 'remedy_obtained',
    remedies: ['compensation_paid', 'medical_care_obtained'],
    route: 'labour_standards_office',
    amount: [200_000, 1_500_000],
  },
  { result: 'referred_elsewhere', remedies: [], route: null, amount: null },
  { result: 'worker_withdrew', remedies: [], route: null, amount: null },
  { result: 'lost_contact', remedies: [], route: null, amount: null },
];

/** Why a desk asks the embassy for help, by the kind of problem. */
export const REFERRAL_REASONS: Readonly<Record<Theme, string>> = {
  wages: '未払賃金の件で、本人が母国語で相談できる窓口として大使館の労働担当官の支援をお願いしたい。',
  abuse: '職場での暴力・ハラスメントの件で、本人の保護と母国の家族への連絡について協力をお願いしたい。',
  injury: '労災の件で、治療中の生活支援と帰国の可否について大使館の助言をお願いしたい。',
  status: 'パスポートの返還と在留手続きについて、大使館の協力をお願いしたい。',
};
