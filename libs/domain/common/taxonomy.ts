/** The values the API accepts (PRODUCT.md, Taxonomy). Labels live in libs/i18n. */
export const CASE_CATEGORIES = [
  'wage_arrears', 'unpaid_overtime', 'dismissal', 'contract_violation', 'harassment', 'violence',
  'occupational_injury', 'health', 'pregnancy', 'housing', 'job_change', 'residence_status',
  'passport_confiscation', 'broker_debt', 'forced_savings', 'trafficking', 'social_insurance', 'tax',
  'daily_life', 'mental_health', 'family', 'disaster', 'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export const URGENCIES = ['critical', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const SENSITIVITIES = ['normal', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const CHANNELS = [
  'phone', 'walk_in', 'email', 'line', 'facebook', 'zalo', 'whatsapp', 'sms', 'video', 'outreach_visit', 'web_form', 'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const RESIDENCE_STATUSES = [
  'technical_intern_training_1', 'technical_intern_training_2', 'technical_intern_training_3',
  'employment_for_skill_development', 'specified_skilled_worker_1', 'specified_skilled_worker_2',
  'engineer_specialist_humanities_international', 'student', 'designated_activities', 'permanent_resident',
  'long_term_resident', 'spouse_of_japanese', 'dependent', 'nursing_care', 'trainee', 'undocumented', 'other', 'unknown',
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

export const SECTORS = [
  'nursing_care', 'building_cleaning', 'manufacturing', 'construction', 'shipbuilding', 'automobile_maintenance',
  'aviation', 'accommodation', 'agriculture', 'fishery', 'food_manufacturing', 'food_service', 'automobile_transport',
  'railway', 'forestry', 'wood_industry', 'it', 'retail', 'logistics', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const DESTINATIONS = [
  'labour_standards_office', 'hello_work', 'hospital', 'immigration_office', 'police', 'court', 'city_hall',
  'employer', 'embassy', 'legal_aid', 'other',
] as const;
export type Destination = (typeof DESTINATIONS)[number];

export const PREFECTURES = [
  'Hokkaido', 'Aomori', 'Iwate', 'Miyagi', 'Akita', 'Yamagata', 'Fukushima', 'Ibaraki', 'Tochigi', 'Gunma', 'Saitama',
  'Chiba', 'Tokyo', 'Kanagawa', 'Niigata', 'Toyama', 'Ishikawa', 'Fukui', 'Yamanashi', 'Nagano', 'Gifu', 'Shizuoka',
  'Aichi', 'Mie', 'Shiga', 'Kyoto', 'Osaka', 'Hyogo', 'Nara', 'Wakayama', 'Tottori', 'Shimane', 'Okayama', 'Hiroshima',
  'Yamaguchi', 'Tokushima', 'Kagawa', 'Ehime', 'Kochi', 'Fukuoka', 'Saga', 'Nagasaki', 'Kumamoto', 'Oita', 'Miyazaki',
  'Kagoshima', 'Okinawa',
] as const;
export type Prefecture = (typeof PREFECTURES)[number];

export const MESSAGING_APPS = ['line', 'facebook_messenger', 'zalo', 'whatsapp', 'viber'] as const;
export type MessagingApp = (typeof MESSAGING_APPS)[number];

export const GENDERS = ['female', 'male', 'non_binary', 'other', 'undisclosed'] as const;

export const OUTCOME_RESULTS = [
  'remedy_obtained', 'partial_remedy', 'referred_elsewhere', 'worker_withdrew', 'lost_contact', 'no_remedy_possible', 'other',
] as const;
export const REMEDIES = [
  'wages_paid', 'compensation_paid', 'reinstated', 'job_change_arranged', 'residence_status_secured', 'passport_returned',
  'debt_cancelled', 'housing_secured', 'medical_care_obtained', 'safe_return_home', 'other',
] as const;
export const REMEDY_ROUTES = [
  'negotiation', 'labour_standards_office', 'labour_bureau_mediation', 'adr', 'labour_tribunal', 'court', 'embassy', 'other',
] as const;

/** BCP 47 tags, loosely: a language subtag and optional subtags (ja, vi, zh-Hant, ja-easy). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** ISO 3166-1 alpha-2. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
