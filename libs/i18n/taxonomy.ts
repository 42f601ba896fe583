/**
 * The values the API accepts (PRODUCT.md "Taxonomy", API.md), one `as const` array per family with
 * its union type. Validation imports these; the catalogs must label every value in ja and en (a
 * type in catalogs/index.ts and a test check it), so a value added here without labels fails the build.
 */

export const CASE_CATEGORIES = [
  'wage_arrears',
  'unpaid_overtime',
  'dismissal',
  'contract_violation',
  'harassment',
  'violence',
  'occupational_injury',
  'health',
  'pregnancy',
  'housing',
  'job_change',
  'residence_status',
  'passport_confiscation',
  'broker_debt',
  'forced_savings',
  'trafficking',
  'social_insurance',
  'tax',
  'daily_life',
  'mental_health',
  'family',
  'disaster',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export const URGENCIES = ['critical', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const CASE_STATUSES = ['open', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const SENSITIVITIES = ['normal', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const CHANNELS = [
  'phone',
  'walk_in',
  'email',
  'line',
  'facebook',
  'zalo',
  'whatsapp',
  'sms',
  'video',
  'outreach_visit',
  'web_form',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const RESIDENCE_STATUSES = [
  'technical_intern_training_1',
  'technical_intern_training_2',
  'technical_intern_training_3',
  'employment_for_skill_development',
  'specified_skilled_worker_1',
  'specified_skilled_worker_2',
  'engineer_specialist_humanities_international',
  'student',
  'designated_activities',
  'permanent_resident',
  'long_term_resident',
  'spouse_of_japanese',
  'dependent',
  'nursing_care',
  'trainee',
  'undocumented',
  'other',
  'unknown',
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

export const SECTORS = [
  'nursing_care',
  'building_cleaning',
  'manufacturing',
  'construction',
  'shipbuilding',
  'automobile_maintenance',
  'aviation',
  'accommodation',
  'agriculture',
  'fishery',
  'food_manufacturing',
  'food_service',
  'automobile_transport',
  'railway',
  'forestry',
  'wood_industry',
  'it',
  'retail',
  'logistics',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const DESTINATIONS = [
  'labour_standards_office',
  'hello_work',
  'hospital',
  'immigration_office',
  'police',
  'court',
  'city_hall',
  'employer',
  'embassy',
  'legal_aid',
  'other',
] as const;
export type Destination = (typeof DESTINATIONS)[number];

export const ACCOMPANIMENT_STATUSES = ['scheduled', 'done', 'cancelled', 'no_show'] as const;
export type AccompanimentStatus = (typeof ACCOMPANIMENT_STATUSES)[number];

export const LEGAL_ASSIGNMENT_STATUSES = ['pending', 'accepted', 'declined', 'completed', 'withdrawn'] as const;
export type LegalAssignmentStatus = (typeof LEGAL_ASSIGNMENT_STATUSES)[number];

export const REFERRAL_STATUSES = ['sent', 'acknowledged', 'in_progress', 'closed', 'declined', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const OUTCOME_RESULTS = [
  'remedy_obtained',
  'partial_remedy',
  'referred_elsewhere',
  'worker_withdrew',
  'lost_contact',
  'no_remedy_possible',
  'other',
] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

export const REMEDIES = [
  'wages_paid',
  'compensation_paid',
  'reinstated',
  'job_change_arranged',
  'residence_status_secured',
  'passport_returned',
  'debt_cancelled',
  'housing_secured',
  'medical_care_obtained',
  'safe_return_home',
  'other',
] as const;
export type Remedy = (typeof REMEDIES)[number];

export const REMEDY_ROUTES = [
  'negotiation',
  'labour_standards_office',
  'labour_bureau_mediation',
  'adr',
  'labour_tribunal',
  'court',
  'embassy',
  'other',
] as const;
export type RemedyRoute = (typeof REMEDY_ROUTES)[number];

export const ROLES = ['desk_staff', 'supervisor', 'lawyer', 'embassy_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = ['ngo', 'law_office', 'embassy'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const CONSENT_PURPOSES = ['embassy_referral', 'legal_referral'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_METHODS = ['verbal', 'written', 'digital'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** API.md "Consentable fields": the only worker fields a recipient can ever be shown. */
export const CONSENTABLE_FIELDS = [
  'fullName',
  'nameKatakana',
  'nationality',
  'dateOfBirth',
  'gender',
  'phone',
  'email',
  'messagingContacts',
  'residenceStatus',
  'residenceCardExpiry',
  'prefecture',
  'employer',
  'caseSummary',
] as const;
export type ConsentableField = (typeof CONSENTABLE_FIELDS)[number];

export const GENDERS = ['female', 'male', 'non_binary', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

export const MESSAGING_APPS = ['line', 'facebook_messenger', 'zalo', 'whatsapp', 'viber'] as const;
export type MessagingApp = (typeof MESSAGING_APPS)[number];

export const SLA_POLICIES = [
  'first_response',
  'follow_up',
  'lawyer_acceptance',
  'referral_acknowledgement',
  'inactivity',
  'accompaniment',
] as const;
export type SlaPolicy = (typeof SLA_POLICIES)[number];

export const DEADLINE_STATES = ['pending', 'met', 'breached', 'cancelled'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const NOTIFICATION_KINDS = [
  'reminder.follow_up',
  'reminder.accompaniment',
  'sla.warning',
  'sla.breach',
  'escalation',
  'assignment.new',
  'referral.new',
  'referral.message',
  'referral.status',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Japan's 47 prefectures by their English names, in the official (JIS X 0401) order. */
export const PREFECTURES = [
  'Hokkaido',
  'Aomori',
  'Iwate',
  'Miyagi',
  'Akita',
  'Yamagata',
  'Fukushima',
  'Ibaraki',
  'Tochigi',
  'Gunma',
  'Saitama',
  'Chiba',
  'Tokyo',
  'Kanagawa',
  'Niigata',
  'Toyama',
  'Ishikawa',
  'Fukui',
  'Yamanashi',
  'Nagano',
  'Gifu',
  'Shizuoka',
  'Aichi',
  'Mie',
  'Shiga',
  'Kyoto',
  'Osaka',
  'Hyogo',
  'Nara',
  'Wakayama',
  'Tottori',
  'Shimane',
  'Okayama',
  'Hiroshima',
  'Yamaguchi',
  'Tokushima',
  'Kagawa',
  'Ehime',
  'Kochi',
  'Fukuoka',
  'Saga',
  'Nagasaki',
  'Kumamoto',
  'Oita',
  'Miyazaki',
  'Kagoshima',
  'Okinawa',
] as const;
export type Prefecture = (typeof PREFECTURES)[number];

/**
 * The languages of worker-facing texts (PRODUCT.md "Languages"), as BCP 47-like tags. `ja-easy`
 * is やさしい日本語; it is not a registered subtag, so resolveLocale() recognises it by name.
 */
export const LANGUAGES = [
  'ja',
  'ja-easy',
  'en',
  'vi',
  'zh',
  'tl',
  'id',
  'ne',
  'my',
  'th',
  'km',
  'pt',
  'es',
  'bn',
  'si',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every labelled family: the key prefix in the catalogs and its values (`caseCategory.wage_arrears`). */
export const LABEL_FAMILIES = {
  caseCategory: CASE_CATEGORIES,
  urgency: URGENCIES,
  caseStatus: CASE_STATUSES,
  sensitivity: SENSITIVITIES,
  channel: CHANNELS,
  residenceStatus: RESIDENCE_STATUSES,
  sector: SECTORS,
  destination: DESTINATIONS,
  accompanimentStatus: ACCOMPANIMENT_STATUSES,
  legalAssignmentStatus: LEGAL_ASSIGNMENT_STATUSES,
  referralStatus: REFERRAL_STATUSES,
  outcomeResult: OUTCOME_RESULTS,
  remedy: REMEDIES,
  remedyRoute: REMEDY_ROUTES,
  role: ROLES,
  organizationKind: ORGANIZATION_KINDS,
  consentPurpose: CONSENT_PURPOSES,
  consentMethod: CONSENT_METHODS,
  consentField: CONSENTABLE_FIELDS,
  gender: GENDERS,
  messagingApp: MESSAGING_APPS,
  slaPolicy: SLA_POLICIES,
  deadlineState: DEADLINE_STATES,
  prefecture: PREFECTURES,
  language: LANGUAGES,
} as const;
export type LabelFamily = keyof typeof LABEL_FAMILIES;
export type LabelValue<F extends LabelFamily> = (typeof LABEL_FAMILIES)[F][number];
/** `caseCategory.wage_arrears`, `prefecture.Tokyo`, … — one catalog key per taxonomy value. */
export type LabelKey = { [F in LabelFamily]: `${F}.${LabelValue<F>}` }[LabelFamily];
