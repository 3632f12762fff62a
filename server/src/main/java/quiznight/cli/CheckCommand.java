package quiznight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.imports.ImportResult;
import quiznight.quiz.imports.QuizImporters;

/** {@code quiznight check FILE…}: reads quiz files of any supported format and says what is in them or what is wrong. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads quiz files (QuizNight or Open Trivia DB JSON, GIFT, Aiken, Kahoot xlsx or CSV) and prints each "
                + "question's number, kind and text, what was skipped, and any error with its line.",
                "Exits with 1 when a file has an error."})
final class CheckCommand implements Callable<Integer> {
    static final int TEXT_WIDTH = 70;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Quiz files to check.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            try {
                ImportResult result = read(file);
                Quiz quiz = result.quiz();
                out.println(file + ": " + result.format().label() + ", quiz \"" + quiz.id() + "\" (" + quiz.title() + "), "
                        + quiz.questions().size() + (quiz.questions().size() == 1 ? " question" : " questions")
                        + (quiz.sections().isEmpty() ? "" : ", sections: " + String.join(", ",
                        quiz.sections().stream().map(s -> s.name() + " (" + s.questions() + ")").toList())));
                for (int i = 0; i < quiz.questions().size(); i++) {
                    Question q = quiz.questions().get(i);
                    out.printf("%5d  %-10s %s%n", i + 1, q.kind().wire(), shorten(q.text()));
                }
                for (String w : result.warnings()) {
                    out.println("  warning: " + w);
                }
            } catch (QuizFormatException e) {
                failed++;
                err.println("error: " + e.getMessage());
            }
        }
        if (files.size() > 1) {
            out.println(files.size() + " files: " + (files.size() - failed) + " ok, " + failed + " with errors");
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** Reads one file with the importer its name and content call for. */
    static ImportResult read(Path file) throws QuizFormatException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QuizFormatException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return QuizImporters.load(file.toString(), content);
    }

    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > TEXT_WIDTH ? line.substring(0, TEXT_WIDTH - 1) + "…" : line;
    }
}
