// Which questions the host setup plays: the quiz's sections, and the questions that are in none of them.

/** The label of the group of questions without a section. */
export const UNSECTIONED = 'Questions without a section';

/**
 * The groups a host picks from: each section, then, when some questions have a section and others none,
 * the questions without one (they stay playable).
 * @param {{questions: number, sections?: {name: string, questions: number}[]}} quiz as /api/quizzes lists it
 */
export function sectionGroups(quiz) {
  const sections = quiz?.sections ?? [];
  if (!sections.length) return [];
  const inSections = sections.reduce((n, s) => n + s.questions, 0);
  const groups = sections.map((s) => ({ name: s.name, questions: s.questions, unsectioned: false }));
  const rest = quiz.questions - inSections;
  if (rest > 0) groups.push({ name: UNSECTIONED, questions: rest, unsectioned: true });
  return groups;
}

/** How many questions the ticked groups (their indexes in sectionGroups) hold; the whole quiz when there is nothing to pick. */
export function availableQuestions(quiz, ticked) {
  const groups = sectionGroups(quiz);
  if (groups.length < 2) return quiz?.questions ?? 0;
  return ticked.reduce((n, i) => n + (groups[i]?.questions ?? 0), 0);
}

/** The create options that play the ticked groups: none when every group is ticked (the whole quiz). */
export function sectionOptions(quiz, ticked) {
  const groups = sectionGroups(quiz);
  const picked = groups.filter((g, i) => ticked.includes(i));
  if (groups.length < 2 || picked.length === groups.length) return {};
  const options = { sections: picked.filter((g) => !g.unsectioned).map((g) => g.name) };
  if (picked.some((g) => g.unsectioned)) options.unsectioned = true;
  return options;
}
