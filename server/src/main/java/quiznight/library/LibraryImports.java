package quiznight.library;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import quiznight.library.LibraryStore.Imported;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.imports.ImportProblem;
import quiznight.quiz.imports.ImportResult;
import quiznight.quiz.imports.QuizImporters;

/** A file of any format {@link QuizImporters} reads, made a new library quiz (read off the store's lock). */
final class LibraryImports {
    private LibraryImports() {
    }

    static Imported importFile(LibraryStore store, String owner, String fileName, byte[] content, int maxQuestions)
            throws LibraryException {
        ObjectNode draft;
        String format = null;
        List<ImportProblem> warnings = new ArrayList<>();
        try {
            // Written back as a draft (an order question's items in the right order), which the store loads again
            // with the server's loader: this load only reads the file.
            ImportResult result = QuizImporters.load(QuizLoader.forChecking(), fileName, "import", content, maxQuestions);
            draft = QuizWriter.quiz(result.quiz());
            format = result.format().label();
            warnings.addAll(result.details());
        } catch (QuizFormatException e) {
            if (e.draft() == null || !e.draft().isObject()) {
                throw new LibraryException(ImportProblem.of(e));
            }
            draft = ((ObjectNode) e.draft()).deepCopy();
            warnings.add(ImportProblem.of(e));
        }
        draft.remove("id");
        return new Imported(store.create(owner, draft), format, warnings);
    }
}
