import { spec } from '../testing/decider-specification.js';
import { residentId } from '../testing/fixtures.js';
import { fold } from '../shared/decider.js';
import {
  achievementDecider,
  MAX_ACHIEVEMENT_TEAM,
  type AchievementCommand,
  type AchievementDraft,
  type AchievementEvent,
  type Attachment,
} from './achievement.js';
import { achievementCallDecider } from './achievement-call.js';
import { ATTACHMENT_MAX_BYTES } from './attachment-kind.js';

const ID = 'a-1';
const TRADE = 'innovation-mechanical';
const OPEN = { submissionClosesAt: '2026-09-30T16:00:00.000Z' };
const BEFORE = '2026-09-01T02:00:00.000Z';
const AFTER = '2026-09-30T16:00:00.001Z';
const applicant = { userId: 'u-applicant' };

const draft = (overrides: Partial<AchievementDraft> = {}): AchievementDraft => ({
  title: '数控机床主轴热变形补偿装置',
  category: 'technical_innovation',
  summary: '以温度场模型补偿主轴热伸长，加工精度提高一级。',
  members: [
    { name: '王建国', idNumber: residentId('19800312'), phone: '13812340001', employer: '沈阳机床集团' },
    { name: '李明', idNumber: residentId('19920101', '210102', '456'), phone: '13812340002', university: '东北大学' },
  ],
  benefits: [{ description: '年节约废品损失', figure: 126.5, unit: '万元/年' }],
  ...overrides,
});

const pdf: Attachment = {
  attachmentId: 'f1',
  kind: 'file',
  filename: '成果报告.pdf',
  mediaType: 'application/pdf',
  bytes: 120_000,
  sha256: 'a'.repeat(64),
};
const video: Attachment = { attachmentId: 'v1', kind: 'link', url: 'https://video.example.cn/v/123', title: '演示视频' };

const create: AchievementCommand = {
  type: 'DraftAchievement',
  achievementId: ID,
  contestId: 'lnsc-2026',
  tradeId: TRADE,
  city: 'shenyang',
  by: applicant,
  draft: draft(),
  at: BEFORE,
};
const ids = { achievementId: ID, tradeId: TRADE };
const drafted: AchievementEvent = {
  type: 'AchievementDrafted',
  data: { ...ids, contestId: 'lnsc-2026', city: 'shenyang', applicantUserId: applicant.userId, draft: draft() },
};
const attached: AchievementEvent = { type: 'AchievementAttachmentAdded', data: { ...ids, attachment: pdf } };
const submitted: AchievementEvent = { type: 'AchievementSubmitted', data: { ...ids, city: 'shenyang', submittedAt: BEFORE } };
const recommended: AchievementEvent = { type: 'AchievementRecommendedByCity', data: { ...ids, city: 'shenyang' } };

describe('achievement decider', () => {
  describe('drafts', () => {
    it('drafts an achievement with its team, benefits and city, texts trimmed', () => {
      spec(achievementDecider, OPEN)
        .given([])
        .when({ ...create, draft: draft({ title: `  ${draft().title}  ` }) })
        .then([drafted]);
    });

    it('refuses a second draft on the same id, a draft after the deadline, and an unknown city', () => {
      spec(achievementDecider, OPEN).given([drafted]).when(create).thenThrows('conflict', { code: 'achievements.exists' });
      spec(achievementDecider, OPEN)
        .given([])
        .when({ ...create, at: AFTER })
        .thenThrows('conflict', { code: 'achievements.submission_closed', params: { tradeId: TRADE, closedAt: OPEN.submissionClosesAt } });
      spec(achievementDecider, OPEN)
        .given([])
        .when({ ...create, city: 'atlantis' as 'shenyang' })
        .thenThrows('invalid', { code: 'catalogue.unknown_city' });
    });

    it.each<[string, Partial<AchievementDraft>, string, string]>([
      ['an empty title', { title: '  ' }, 'title', 'achievements.title_empty'],
      ['an empty summary', { summary: '' }, 'summary', 'achievements.summary_empty'],
      ['an unknown category', { category: 'poetry' as 'small_invention' }, 'category', 'achievements.unknown_category'],
      ['no member', { members: [] }, 'members', 'achievements.team_size'],
      [
        'too many members',
        {
          members: Array.from({ length: MAX_ACHIEVEMENT_TEAM + 1 }, (_, i) => ({
            name: `成员${i}`,
            idNumber: residentId('19900101', '210102', String(100 + i)),
            phone: `138000000${String(i).padStart(2, '0')}`,
            employer: '鞍钢',
          })),
        },
        'members',
        'achievements.team_size',
      ],
      [
        'a bad ID number',
        { members: [{ ...draft().members[0]!, idNumber: '210102198003121234' }] },
        'members.0.idNumber',
        'entries.id_number',
      ],
      ['a bad phone', { members: [{ ...draft().members[0]!, phone: '12345' }] }, 'members.0.phone', 'entries.phone'],
      [
        'a member with neither employer nor university',
        { members: [{ name: '赵六', idNumber: residentId('19850505'), phone: '13900000000', employer: ' ' }] },
        'members.0.employer',
        'achievements.member_affiliation',
      ],
      ['the same person twice', { members: [draft().members[0]!, draft().members[0]!] }, 'members', 'achievements.same_person_twice'],
      ['a negative benefit', { benefits: [{ description: '节约', figure: -1, unit: '万元' }] }, 'benefits.0', 'achievements.benefit'],
      ['a benefit without a unit', { benefits: [{ description: '节约', figure: 3, unit: '' }] }, 'benefits.0', 'achievements.benefit'],
    ])('refuses a draft with %s, naming the field', (_what, overrides, field, code) => {
      spec(achievementDecider, OPEN)
        .given([])
        .when({ ...create, draft: draft(overrides) })
        .thenThrows('invalid', { field, code });
    });

    it('lets the applicant edit the draft until it is submitted, and nobody else', () => {
      const edited = draft({ title: '主轴热变形补偿装置（改进型）' });
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when({ type: 'EditAchievementDraft', by: applicant, draft: edited, at: BEFORE })
        .then([{ type: 'AchievementDraftEdited', data: { ...ids, draft: edited } }]);
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when({ type: 'EditAchievementDraft', by: { userId: 'someone-else' }, draft: edited, at: BEFORE })
        .thenThrows('forbidden', { code: 'achievements.own_only' });
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted])
        .when({ type: 'EditAchievementDraft', by: applicant, draft: edited, at: BEFORE })
        .thenThrows('conflict', { code: 'achievements.not_draft', params: { status: 'submitted' } });
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when({ type: 'EditAchievementDraft', by: applicant, draft: edited, at: AFTER })
        .thenThrows('conflict', { code: 'achievements.submission_closed' });
    });

    it('refuses a command on an achievement that does not exist', () => {
      spec(achievementDecider, OPEN)
        .given([])
        .when({ type: 'SubmitAchievement', by: applicant, at: BEFORE })
        .thenThrows('not_found', { code: 'achievements.unknown' });
    });
  });

  describe('attachments', () => {
    it('adds a file measured from its bytes and a video link, once each; removes one', () => {
      const add = (attachment: Attachment): AchievementCommand => ({
        type: 'AddAchievementAttachment',
        by: applicant,
        attachment,
        at: BEFORE,
      });
      spec(achievementDecider, OPEN).given([drafted]).when(add(pdf)).then([attached]);
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when(add(video))
        .then([{ type: 'AchievementAttachmentAdded', data: { ...ids, attachment: video } }]);
      spec(achievementDecider, OPEN).given([drafted, attached]).when(add(pdf)).then([]);
      spec(achievementDecider, OPEN)
        .given([drafted, attached])
        .when({ type: 'RemoveAchievementAttachment', by: applicant, attachmentId: 'f1', at: BEFORE })
        .then([{ type: 'AchievementAttachmentRemoved', data: { ...ids, attachmentId: 'f1' } }]);
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when({ type: 'RemoveAchievementAttachment', by: applicant, attachmentId: 'f1', at: BEFORE })
        .thenThrows('not_found', { code: 'achievements.unknown_attachment' });
    });

    it('refuses a file over its class limit, a link that is not https, and more after the deadline', () => {
      const add = (attachment: Attachment, at = BEFORE): AchievementCommand => ({
        type: 'AddAchievementAttachment',
        by: applicant,
        attachment,
        at,
      });
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when(add({ ...pdf, bytes: ATTACHMENT_MAX_BYTES.document + 1 }))
        .thenThrows('invalid', { code: 'achievements.attachment_too_large', params: { max: ATTACHMENT_MAX_BYTES.document } });
      // A video may be larger than a document.
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when(add({ ...pdf, mediaType: 'video/mp4', filename: 'demo.mp4', bytes: ATTACHMENT_MAX_BYTES.document + 1 }))
        .then([
          {
            type: 'AchievementAttachmentAdded',
            data: {
              ...ids,
              attachment: { ...pdf, mediaType: 'video/mp4', filename: 'demo.mp4', bytes: ATTACHMENT_MAX_BYTES.document + 1 },
            },
          },
        ]);
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when(add({ ...video, url: 'http://video.example.cn/v/1' }))
        .thenThrows('invalid', { code: 'achievements.video_link' });
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when(add({ ...video, url: 'javascript:alert(1)' }))
        .thenThrows('invalid', { code: 'achievements.video_link' });
      spec(achievementDecider, OPEN)
        .given([drafted])
        .when(add(pdf, AFTER))
        .thenThrows('conflict', { code: 'achievements.submission_closed' });
    });
  });

  describe('submission', () => {
    const submit = (at = BEFORE): AchievementCommand => ({ type: 'SubmitAchievement', by: applicant, at });

    it('submits a draft with an attachment before the deadline; then it is no longer a draft', () => {
      spec(achievementDecider, OPEN).given([drafted, attached]).when(submit()).then([submitted]);
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted])
        .when(submit())
        .thenThrows('conflict', { code: 'achievements.not_draft' });
    });

    it('refuses a submission without attachments, after the deadline, or by someone else', () => {
      spec(achievementDecider, OPEN).given([drafted]).when(submit()).thenThrows('conflict', { code: 'achievements.needs_attachment' });
      spec(achievementDecider, OPEN)
        .given([drafted, attached])
        .when(submit(AFTER))
        .thenThrows('conflict', { code: 'achievements.submission_closed' });
      spec(achievementDecider, OPEN)
        .given([drafted, attached])
        .when({ type: 'SubmitAchievement', by: { userId: 'u-other' }, at: BEFORE })
        .thenThrows('forbidden', { code: 'achievements.own_only' });
    });

    it('has no deadline while none is set', () => {
      spec(achievementDecider, { submissionClosesAt: undefined })
        .given([drafted, attached])
        .when(submit('2099-01-01T00:00:00.000Z'))
        .then([{ ...submitted, data: { ...submitted.data, submittedAt: '2099-01-01T00:00:00.000Z' } }]);
    });
  });

  describe('recommendation (city) and eligibility (province)', () => {
    it("recommends a submitted achievement of the reviewer's own city, or declines it with a reason", () => {
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted])
        .when({ type: 'RecommendAchievement', reviewerCity: 'shenyang' })
        .then([recommended]);
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted])
        .when({ type: 'DeclineAchievement', reviewerCity: 'shenyang', reason: ' 效益数据缺少证明 ' })
        .then([{ type: 'AchievementNotRecommendedByCity', data: { ...ids, city: 'shenyang', reason: '效益数据缺少证明' } }]);
    });

    it("refuses another city's reviewer, a draft, a second decision, and a decline without a reason", () => {
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted])
        .when({ type: 'RecommendAchievement', reviewerCity: 'dalian' })
        .thenThrows('forbidden', { code: 'achievements.other_city', params: { city: 'shenyang', reviewerCity: 'dalian' } });
      spec(achievementDecider, OPEN)
        .given([drafted, attached])
        .when({ type: 'RecommendAchievement', reviewerCity: 'shenyang' })
        .thenThrows('conflict', { code: 'achievements.wrong_status', params: { status: 'draft', expected: 'submitted' } });
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted, recommended])
        .when({ type: 'RecommendAchievement', reviewerCity: 'shenyang' })
        .thenThrows('conflict', { code: 'achievements.wrong_status' });
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted])
        .when({ type: 'DeclineAchievement', reviewerCity: 'shenyang', reason: '  ' })
        .thenThrows('invalid', { code: 'achievements.reason_needed' });
    });

    it('the organiser finds a recommended achievement eligible, or ineligible with a reason; not before the city', () => {
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted, recommended])
        .when({ type: 'ConfirmAchievementEligibility' })
        .then([{ type: 'AchievementFoundEligible', data: ids }]);
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted, recommended])
        .when({ type: 'RefuseAchievementEligibility', reason: '成果完成时间早于申报范围' })
        .then([{ type: 'AchievementFoundIneligible', data: { ...ids, reason: '成果完成时间早于申报范围' } }]);
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted])
        .when({ type: 'ConfirmAchievementEligibility' })
        .thenThrows('conflict', { code: 'achievements.wrong_status', params: { expected: 'recommended' } });
      spec(achievementDecider, OPEN)
        .given([drafted, attached, submitted, recommended])
        .when({ type: 'RefuseAchievementEligibility', reason: '' })
        .thenThrows('invalid', { code: 'achievements.reason_needed' });
    });

    it('folds a whole history to the final status', () => {
      const state = fold(achievementDecider.evolve, achievementDecider.initialState, [
        drafted,
        attached,
        submitted,
        recommended,
        { type: 'AchievementFoundEligible', data: ids },
      ]);
      expect(state).toMatchObject({ status: 'eligible', city: 'shenyang', attachments: [pdf], submittedAt: BEFORE });
    });
  });
});

describe('achievement call (the submission deadline)', () => {
  it('sets the deadline as an ISO instant, moves it, and ignores setting the same one again', () => {
    spec(achievementCallDecider)
      .given([])
      .when({ type: 'SetSubmissionDeadline', tradeId: TRADE, closesAt: '2026-10-01T00:00:00+08:00' })
      .then([{ type: 'SubmissionDeadlineSet', data: { tradeId: TRADE, closesAt: '2026-09-30T16:00:00.000Z' } }]);
    spec(achievementCallDecider)
      .given([{ type: 'SubmissionDeadlineSet', data: { tradeId: TRADE, closesAt: '2026-09-30T16:00:00.000Z' } }])
      .when({ type: 'SetSubmissionDeadline', tradeId: TRADE, closesAt: '2026-09-30T16:00:00Z' })
      .then([]);
    spec(achievementCallDecider)
      .given([])
      .when({ type: 'SetSubmissionDeadline', tradeId: TRADE, closesAt: 'next week' })
      .thenThrows('invalid', { code: 'validation.instant' });
  });
});
