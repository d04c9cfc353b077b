import type { AchievementDraftDto } from '#contracts';
import type { AchievementDraft } from '#domain';

/** The domain's draft from the request's fields (the commandId and the trade left out). */
export const draftOf = (dto: AchievementDraftDto): AchievementDraft => ({
  title: dto.title,
  category: dto.category,
  summary: dto.summary,
  members: dto.members.map((m) => ({
    name: m.name,
    idNumber: m.idNumber,
    phone: m.phone,
    ...(m.employer !== undefined ? { employer: m.employer } : {}),
    ...(m.university !== undefined ? { university: m.university } : {}),
  })),
  benefits: dto.benefits.map((b) => ({ description: b.description, figure: b.figure, unit: b.unit })),
});
