/**
 * Daily consultations with reply SLAs in Japanese business days, reminders, escalations and their figures
 * ({@code consultation.bpmn}).
 *
 * <p>Published to other modules: {@link jp.bansou.consultation.ConsultationService},
 * {@link jp.bansou.consultation.Consultation}, {@link jp.bansou.consultation.ConsultationProcess} (ids),
 * {@link jp.bansou.consultation.ReplySender} (implemented by the channels).
 *
 * <p>Also published, to the engine: the beans the BPMN files name ({@code ${replySchedule…}}, the adapters of
 * {@code ConsultationProcessAdapters} such as {@code ${registerConsultation}}, {@code ${recordReply}},
 * {@code ${notifyManagersOfEscalation}}).
 */
@ApplicationModule(displayName = "日常の相談 (Consultation)")
@NullMarked
package jp.bansou.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
