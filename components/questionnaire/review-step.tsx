import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { useAppStore } from "@/components/state/store-provider";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import { StepFrame } from "@/components/questionnaire/step-frame";
import { previousStep, questionFor, type StepProps } from "@/components/questionnaire/steps";
import { useFocusOnMount } from "@/components/questionnaire/use-focus-on-mount";
import styles from "@/components/questionnaire/questionnaire.module.css";
import { formatDate } from "@/lib/dates/format-date";
import { todayIso } from "@/lib/dates/iso-date";
import { parseProfile } from "@/lib/profile/parse-profile";
import type { NamedOption, QuestionnaireOptions } from "@/lib/profile/questionnaire-options";
import { QUESTIONS } from "@/lib/profile/questions";
import { FIELD_LABELS, START_IN_PAST, questionError } from "@/lib/profile/answer-labels";
import { PROFILE_FIELDS, type ProfileField } from "@/lib/profile/schema";
import { profileToQuery } from "@/lib/profile/share-query";
import type { Answers, QuestionStep } from "@/lib/saved/saved-state";

const STEP = "review";
const question = questionFor(STEP);

/** The step that asks each field, for its Change button. */
function stepOf(field: ProfileField): QuestionStep {
  return QUESTIONS.find((q) => q.fields.includes(field))?.step ?? "role";
}

const changeId = (field: ProfileField) => `change-${field}`;

const nameOf = (list: readonly NamedOption[], id: string) => list.find((o) => o.id === id)?.name ?? id;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function NameList({ ids, list }: { ids: readonly string[]; list: readonly NamedOption[] }) {
  if (ids.length === 0) return <>None</>;
  if (ids.length === 1) return <>{nameOf(list, ids[0] ?? "")}</>;
  return (
    <ul className={styles.answerList}>
      {ids.map((id) => (
        <li key={id}>{nameOf(list, id)}</li>
      ))}
    </ul>
  );
}

/** An answer as a person would say it: names rather than ids, units, a written-out date. */
function showAnswer(field: ProfileField, answers: Answers, options: QuestionnaireOptions): ReactNode {
  const certifications = [...options.certifications.levels, ...options.certifications.others];
  switch (field) {
    case "role":
      return answers.role === undefined ? undefined : nameOf(options.roles, answers.role);
    case "years":
      return answers.years === undefined ? undefined : plural(answers.years, "year", "years");
    case "skills":
      return answers.skills && <NameList ids={answers.skills} list={options.skills} />;
    case "held":
      return answers.held && <NameList ids={answers.held} list={certifications} />;
    case "goal":
      return answers.goal === undefined ? undefined : nameOf(options.goals, answers.goal);
    case "interests":
      return answers.interests && <NameList ids={answers.interests} list={options.paths} />;
    case "hours":
      return answers.hours === undefined ? undefined : plural(answers.hours, "hour", "hours");
    case "start":
      return answers.start === undefined ? undefined : formatDate(answers.start);
  }
}

/**
 * Step 6: GOV.UK's "Check your answers". Every answer with a Change button to its step; "Show my
 * roadmap" validates the merged answers once more and opens the roadmap at its shareable address.
 */
export function ReviewStep({ options, go, focusHeading }: StepProps) {
  const answers = useAppStore((s) => s.answers);
  const router = useRouter();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [attempts, setAttempts] = useState(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ids = {
      roles: options.roles,
      certifications: [...options.certifications.levels, ...options.certifications.others],
    };
    const today = todayIso();
    const result = parseProfile(answers, ids, { today });
    // Answers saved on an earlier day can hold a start date that has since passed.
    if (result.ok && result.profile.start < today) {
      setProblems([{ fieldId: changeId("start"), message: START_IN_PAST }]);
      setAttempts((n) => n + 1);
      return;
    }
    if (result.ok) {
      router.push(`/roadmap?${profileToQuery(result.profile)}`);
      return;
    }
    // Only reachable when saved answers were lost or reset: send the person to the question to fix.
    const items = new Map<string, ErrorSummaryItem>();
    for (const issue of result.issues) {
      const field = PROFILE_FIELDS.find((f) => f === issue.path);
      const item = field
        ? { fieldId: changeId(field), message: questionError(field, answers[field]) }
        : { fieldId: changeId("role"), message: issue.message };
      if (!items.has(item.fieldId)) items.set(item.fieldId, item);
    }
    setProblems([...items.values()]);
    setAttempts((n) => n + 1);
  };

  return (
    <StepFrame step={STEP} errors={problems} focusKey={attempts} onBack={() => go(previousStep(STEP))}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {question.heading}
      </h1>
      <p className={styles.lede}>{question.hint}</p>
      <dl className={styles.summaryList}>
        {PROFILE_FIELDS.map((field) => {
          const label = FIELD_LABELS[field];
          const shown = showAnswer(field, answers, options);
          return (
            <div key={field} className={styles.summaryRow}>
              <dt className={styles.summaryKey}>{label}</dt>
              <dd className={styles.summaryValue}>
                {shown ?? <span className={styles.notAnswered}>Not answered</span>}
              </dd>
              <dd className={styles.summaryAction}>
                <button
                  id={changeId(field)}
                  type="button"
                  className={styles.change}
                  onClick={() => go(stepOf(field), { changing: true })}
                >
                  Change <span className="visually-hidden">{label.toLowerCase()}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <form noValidate onSubmit={submit}>
        <button type="submit" className="button">
          Show my roadmap
        </button>
      </form>
    </StepFrame>
  );
}
