package quiznight.quiz.imports;

import java.util.List;
import quiznight.quiz.Quiz;

/**
 * A quiz read from a file of any supported format, validated like a native quiz file.
 *
 * @param quiz     the quiz, complete: an importer never returns part of a file
 * @param format   the format the file was read as
 * @param details  what was left out and why, each with the line (or row), its English sentence naming the file
 *                 and the line, and its code, e.g. a GIFT matching question; empty when nothing was
 */
public record ImportResult(Quiz quiz, Format format, List<ImportProblem> details) {
    public ImportResult {
        details = List.copyOf(details);
    }

    /** The warnings' English sentences, each naming the file and the line (or row). */
    public List<String> warnings() {
        return details.stream().map(ImportProblem::message).toList();
    }

    /** The formats {@link QuizImporters} reads. */
    public enum Format {
        NATIVE("QuizNight JSON"),
        OPENTDB("Open Trivia DB JSON"),
        GIFT("Moodle GIFT"),
        AIKEN("Aiken"),
        KAHOOT_XLSX("Kahoot spreadsheet (xlsx)"),
        KAHOOT_CSV("Kahoot spreadsheet (CSV)");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        /** A name for people, e.g. "Moodle GIFT". */
        public String label() {
            return label;
        }
    }
}
