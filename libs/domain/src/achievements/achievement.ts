import { isCityId, type CityId } from '../catalogue/catalogue.types.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';
import { isValidMobilePhone, isValidResidentId } from '../shared/identifiers.js';
import { ATTACHMENT_MAX_BYTES, CLASS_OF_MEDIA_TYPE, type AttachmentMediaType } from './attachment-kind.js';

/**
 * An achievement (成果) submitted to a trade of an achievement review (docs/achievements.md): a
 * draft the applicant edits and attaches files to until they submit it before the deadline; then
 * the city union recommends it (推荐申报) within its quota, and the organiser checks its eligibility
 * (资格审核) — the two tiers of an entry (registration/entry.ts), with reasons for every no.
 */

export const ACHIEVEMENT_CATEGORIES = [
  'technical_innovation',
  'management_innovation',
  'small_invention',
  'qc_circle',
  'operating_method',
  'university_transfer',
] as const;
/** 技术创新 · 管理创新 · 五小（小发明、小创造、小革新、小设计、小建议） · 质量管理小组 · 先进操作法 · 高校成果转化. */
export type AchievementCategory = (typeof ACHIEVEMENT_CATEGORIES)[number];

/** Most members of a team (the applicant first). */
export const MAX_ACHIEVEMENT_TEAM = 10;
export const MAX_ATTACHMENTS = 20;

/** A member of the team: ID number and phone are personal data, sealed in the log as a contestant's are. */
export interface AchievementMember {
  name: string;
  idNumber: string;
  phone: string;
  /** The employer (工作单位) or, for a university's team, the university (所在高校): one of them at least. */
  employer?: string;
  university?: string;
}

/** A benefit the achievement brought (效益): what, how much, in what unit (万元/年, 吨标煤/年, 小时/年…). */
export interface DeclaredBenefit {
  description: string;
  figure: number;
  unit: string;
}

export interface AchievementDraft {
  title: string;
  category: AchievementCategory;
  summary: string;
  /** The applicant first; 1 to MAX_ACHIEVEMENT_TEAM people. */
  members: AchievementMember[];
  benefits: DeclaredBenefit[];
}

/** A stored file (content-addressed: its SHA-256 names it in the blob store) or a link to a video. */
export type Attachment =
  | { attachmentId: string; kind: 'file'; filename: string; mediaType: AttachmentMediaType; bytes: number; sha256: string }
  | { attachmentId: string; kind: 'link'; url: string; title: string };

export type AchievementStatus = 'draft' | 'submitted' | 'recommended' | 'not_recommended' | 'eligible' | 'ineligible';

interface Ids {
  achievementId: string;
  tradeId: string;
}

export type AchievementEvent =
  | {
      type: 'AchievementDrafted';
      data: Ids & { contestId: string; city: CityId; applicantUserId: string; draft: AchievementDraft };
    }
  | { type: 'AchievementDraftEdited'; data: Ids & { draft: AchievementDraft } }
  | { type: 'AchievementAttachmentAdded'; data: Ids & { attachment: Attachment } }
  | { type: 'AchievementAttachmentRemoved'; data: Ids & { attachmentId: string } }
  | { type: 'AchievementSubmitted'; data: Ids & { city: CityId; submittedAt: string } }
  | { type: 'AchievementRecommendedByCity'; data: Ids & { city: CityId } }
  | { type: 'AchievementNotRecommendedByCity'; data: Ids & { city: CityId; reason: string } }
  | { type: 'AchievementFoundEligible'; data: Ids }
  | { type: 'AchievementFoundIneligible'; data: Ids & { reason: string } };

/** The applicant (their own account) for the draft's commands. */
export interface Applicant {
  userId: string;
}

export type AchievementCommand =
  | {
      type: 'DraftAchievement';
      achievementId: string;
      contestId: string;
      tradeId: string;
      city: CityId;
      by: Applicant;
      draft: AchievementDraft;
      at: string;
    }
  | { type: 'EditAchievementDraft'; by: Applicant; draft: AchievementDraft; at: string }
  | { type: 'AddAchievementAttachment'; by: Applicant; attachment: Attachment; at: string }
  | { type: 'RemoveAchievementAttachment'; by: Applicant; attachmentId: string; at: string }
  | { type: 'SubmitAchievement'; by: Applicant; at: string }
  | { type: 'RecommendAchievement'; reviewerCity: CityId }
  | { type: 'DeclineAchievement'; reviewerCity: CityId; reason: string }
  | { type: 'ConfirmAchievementEligibility' }
  | { type: 'RefuseAchievementEligibility'; reason: string };

export interface AchievementState {
  achievementId?: string;
  tradeId?: string;
  city?: CityId;
  applicantUserId?: string;
  status?: AchievementStatus;
  draft?: AchievementDraft;
  attachments: Attachment[];
  submittedAt?: string;
}

/** What the decider needs from beyond the stream. */
export interface AchievementContext {
  /** ISO instant after which drafts, attachments and submission are refused; undefined while none is set. */
  submissionClosesAt: string | undefined;
}

export const initialAchievementState: AchievementState = { attachments: [] };

export function evolveAchievement(state: AchievementState, event: AchievementEvent): AchievementState {
  switch (event.type) {
    case 'AchievementDrafted': {
      const { achievementId, tradeId, city, applicantUserId, draft } = event.data;
      return { achievementId, tradeId, city, applicantUserId, draft, status: 'draft', attachments: [] };
    }
    case 'AchievementDraftEdited':
      return { ...state, draft: event.data.draft };
    case 'AchievementAttachmentAdded':
      return { ...state, attachments: [...state.attachments, event.data.attachment] };
    case 'AchievementAttachmentRemoved':
      return { ...state, attachments: state.attachments.filter((a) => a.attachmentId !== event.data.attachmentId) };
    case 'AchievementSubmitted':
      return { ...state, status: 'submitted', submittedAt: event.data.submittedAt };
    case 'AchievementRecommendedByCity':
      return { ...state, status: 'recommended' };
    case 'AchievementNotRecommendedByCity':
      return { ...state, status: 'not_recommended' };
    case 'AchievementFoundEligible':
      return { ...state, status: 'eligible' };
    case 'AchievementFoundIneligible':
      return { ...state, status: 'ineligible' };
    default:
      return assertNever(event);
  }
}

export function decideAchievement(command: AchievementCommand, state: AchievementState, context: AchievementContext): AchievementEvent[] {
  if (command.type === 'DraftAchievement') {
    if (state.achievementId) throw conflict('This achievement already exists', 'achievementId', { code: 'achievements.exists' });
    if (!isCityId(command.city))
      throw invalid(`Unknown city ${command.city}`, 'city', { code: 'catalogue.unknown_city', params: { city: command.city } });
    assertOpen(context, command.tradeId, command.at);
    const draft = validDraft(command.draft);
    const { achievementId, contestId, tradeId, city } = command;
    return [{ type: 'AchievementDrafted', data: { achievementId, tradeId, contestId, city, applicantUserId: command.by.userId, draft } }];
  }

  const ids = requireAchievement(state);
  switch (command.type) {
    case 'EditAchievementDraft':
      requireOpenDraft(state, command.by, context, command.at);
      return [{ type: 'AchievementDraftEdited', data: { ...ids, draft: validDraft(command.draft) } }];
    case 'AddAchievementAttachment': {
      requireOpenDraft(state, command.by, context, command.at);
      if (state.attachments.length >= MAX_ATTACHMENTS)
        throw conflict(`An achievement has at most ${MAX_ATTACHMENTS} attachments`, 'attachments', {
          code: 'achievements.attachments_full',
          params: { max: MAX_ATTACHMENTS },
        });
      if (state.attachments.some((a) => a.attachmentId === command.attachment.attachmentId)) return [];
      return [{ type: 'AchievementAttachmentAdded', data: { ...ids, attachment: validAttachment(command.attachment) } }];
    }
    case 'RemoveAchievementAttachment': {
      requireOpenDraft(state, command.by, context, command.at);
      if (!state.attachments.some((a) => a.attachmentId === command.attachmentId))
        throw notFound(`Unknown attachment ${command.attachmentId}`, 'attachmentId', {
          code: 'achievements.unknown_attachment',
          params: { attachmentId: command.attachmentId },
        });
      return [{ type: 'AchievementAttachmentRemoved', data: { ...ids, attachmentId: command.attachmentId } }];
    }
    case 'SubmitAchievement':
      requireOpenDraft(state, command.by, context, command.at);
      if (state.attachments.length === 0)
        throw conflict('Attach at least one document or video before submitting', 'attachments', { code: 'achievements.needs_attachment' });
      return [{ type: 'AchievementSubmitted', data: { ...ids, city: state.city!, submittedAt: command.at } }];
    case 'RecommendAchievement':
    case 'DeclineAchievement': {
      const city = state.city!;
      if (command.reviewerCity !== city)
        throw forbidden(`The achievement belongs to ${city}, not ${command.reviewerCity}`, undefined, {
          code: 'achievements.other_city',
          params: { city, reviewerCity: command.reviewerCity },
        });
      requireStatus(state, 'submitted');
      if (command.type === 'RecommendAchievement') return [{ type: 'AchievementRecommendedByCity', data: { ...ids, city } }];
      return [{ type: 'AchievementNotRecommendedByCity', data: { ...ids, city, reason: requireReason(command.reason) } }];
    }
    case 'ConfirmAchievementEligibility':
      requireStatus(state, 'recommended');
      return [{ type: 'AchievementFoundEligible', data: ids }];
    case 'RefuseAchievementEligibility':
      requireStatus(state, 'recommended');
      return [{ type: 'AchievementFoundIneligible', data: { ...ids, reason: requireReason(command.reason) } }];
    default:
      return assertNever(command);
  }
}

export const achievementDecider: Decider<AchievementCommand, AchievementEvent, AchievementState, AchievementContext> = {
  initialState: initialAchievementState,
  evolve: evolveAchievement,
  decide: decideAchievement,
};

/** Statuses in which a city recommendation holds one of the city's quota slots. */
export const holdsQuotaSlot = (status: AchievementStatus | undefined) => status === 'recommended' || status === 'eligible';

function assertOpen(context: AchievementContext, tradeId: string, at: string): void {
  if (context.submissionClosesAt && at > context.submissionClosesAt)
    throw conflict(`Submissions to ${tradeId} closed at ${context.submissionClosesAt}`, 'deadline', {
      code: 'achievements.submission_closed',
      params: { tradeId, closedAt: context.submissionClosesAt },
    });
}

function requireAchievement(state: AchievementState): Ids {
  if (!state.achievementId || !state.tradeId) throw notFound('Unknown achievement', 'achievementId', { code: 'achievements.unknown' });
  return { achievementId: state.achievementId, tradeId: state.tradeId };
}

function requireOpenDraft(state: AchievementState, by: Applicant, context: AchievementContext, at: string): void {
  if (by.userId !== state.applicantUserId)
    throw forbidden('Only the applicant edits or submits their achievement', undefined, { code: 'achievements.own_only' });
  if (state.status !== 'draft')
    throw conflict(`The achievement is ${state.status}: only a draft can change`, 'status', {
      code: 'achievements.not_draft',
      params: { status: state.status ?? null },
    });
  assertOpen(context, state.tradeId!, at);
}

function requireStatus(state: AchievementState, expected: AchievementStatus): void {
  if (state.status !== expected)
    throw conflict(`The achievement is ${state.status}: this needs it to be ${expected}`, 'status', {
      code: 'achievements.wrong_status',
      params: { status: state.status ?? null, expected },
    });
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw invalid('A rejection needs a reason', 'reason', { code: 'achievements.reason_needed' });
  return trimmed;
}

/** The draft as it is kept: texts trimmed, every rule checked. */
export function validDraft(draft: AchievementDraft): AchievementDraft {
  const title = draft.title.trim();
  if (title === '') throw invalid('The title is empty', 'title', { code: 'achievements.title_empty' });
  const summary = draft.summary.trim();
  if (summary === '') throw invalid('The summary is empty', 'summary', { code: 'achievements.summary_empty' });
  if (!(ACHIEVEMENT_CATEGORIES as readonly string[]).includes(draft.category))
    throw invalid(`Unknown category ${draft.category}`, 'category', {
      code: 'achievements.unknown_category',
      params: { category: draft.category },
    });
  if (draft.members.length < 1 || draft.members.length > MAX_ACHIEVEMENT_TEAM)
    throw invalid(`A team has 1 to ${MAX_ACHIEVEMENT_TEAM} members`, 'members', {
      code: 'achievements.team_size',
      params: { max: MAX_ACHIEVEMENT_TEAM },
    });
  const members = draft.members.map((member, index): AchievementMember => {
    const field = (name: string) => `members.${index}.${name}`;
    const name = member.name.trim();
    if (name === '') throw invalid('A member has no name', field('name'), { code: 'achievements.member_name' });
    if (!isValidResidentId(member.idNumber))
      throw invalid(`The resident ID number of ${name} is not valid (18 characters, GB 11643 check digit)`, field('idNumber'), {
        code: 'entries.id_number',
        params: { person: name },
      });
    if (!isValidMobilePhone(member.phone))
      throw invalid(`The phone number of ${name} is not a valid mobile number`, field('phone'), {
        code: 'entries.phone',
        params: { person: name },
      });
    const employer = member.employer?.trim() || undefined;
    const university = member.university?.trim() || undefined;
    if (!employer && !university)
      throw invalid(`${name} needs an employer or a university`, field('employer'), {
        code: 'achievements.member_affiliation',
        params: { person: name },
      });
    return {
      name,
      idNumber: member.idNumber,
      phone: member.phone,
      ...(employer ? { employer } : {}),
      ...(university ? { university } : {}),
    };
  });
  if (new Set(members.map((m) => m.idNumber)).size !== members.length)
    throw invalid('The team lists the same person twice', 'members', { code: 'achievements.same_person_twice' });
  const benefits = draft.benefits.map((benefit, index): DeclaredBenefit => {
    const description = benefit.description.trim();
    const unit = benefit.unit.trim();
    if (description === '' || unit === '' || !Number.isFinite(benefit.figure) || benefit.figure < 0)
      throw invalid(`Benefit ${index + 1} needs a description, a figure of at least 0 and a unit`, `benefits.${index}`, {
        code: 'achievements.benefit',
        params: { index: index + 1 },
      });
    return { description, figure: benefit.figure, unit };
  });
  return { title, category: draft.category, summary, members, benefits };
}

/** An attachment as measured from its bytes (type, size, hash) or a link: within the limits of its class. */
function validAttachment(attachment: Attachment): Attachment {
  if (attachment.kind === 'link') {
    let url: URL | undefined;
    try {
      url = new URL(attachment.url);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') throw invalid('A video link is an https address', 'url', { code: 'achievements.video_link' });
    return { ...attachment, title: attachment.title.trim() };
  }
  const kind = CLASS_OF_MEDIA_TYPE[attachment.mediaType];
  if (!kind)
    throw invalid(`${attachment.filename} is not a PDF, an image or a video`, 'file', {
      code: 'achievements.attachment_type',
      params: { filename: attachment.filename },
    });
  if (attachment.bytes > ATTACHMENT_MAX_BYTES[kind])
    throw invalid(`${attachment.filename} is larger than ${ATTACHMENT_MAX_BYTES[kind]} bytes`, 'file', {
      code: 'achievements.attachment_too_large',
      params: { filename: attachment.filename, max: ATTACHMENT_MAX_BYTES[kind] },
    });
  if (!/^[0-9a-f]{64}$/.test(attachment.sha256))
    throw invalid('An attachment is named by its SHA-256', 'sha256', {
      code: 'achievements.attachment_type',
      params: { filename: attachment.filename },
    });
  return attachment;
}
