package quiznight.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.quiz.imports.Corpus;

/** The catalog: every supported format in a folder, the uploads folder, and quizzes added while it is read. */
class QuizCatalogTest {

    @Test
    void folder_loadsEverySupportedFormatSortedByName_andSkipsNotesHiddenAndOtherFiles(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("b-astronomy.gift"), Corpus.bytes("astronomy.gift"));
        Files.write(dir.resolve("e-rivers.txt"), Corpus.bytes("rivers.txt"));
        Files.write(dir.resolve("c-oceans.csv"), Corpus.bytes("oceans.csv"));
        Files.write(dir.resolve("d-trivia.json"), Corpus.bytes("opentdb.json"));
        Files.write(dir.resolve("a-mountains.xlsx"), Corpus.kahootWorkbook());
        Files.write(dir.resolve("f-native.json"), Corpus.bytes("rivers.expected.json"));
        Files.writeString(dir.resolve("notes.txt"), "Remember to bring the projector cable.");
        Files.write(dir.resolve(".draft.gift"), Corpus.utf8("broken {"));
        Files.writeString(dir.resolve("README.md"), "# not a quiz");
        assertThat(QuizCatalog.fromDirectory(dir)).extracting(Quiz::id)
                .containsExactly("a-mountains", "b-astronomy", "c-oceans", "d-trivia", "e-rivers", "rivers");
    }

    @Test
    void folder_withAnInvalidFileOfAnyFormat_stopsTheLoadNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.gift"), "A? {T}");
        Files.writeString(dir.resolve("bad.gift"), "A? {T}\n\nB? {=x ~y");
        assertThatThrownBy(() -> QuizCatalog.fromDirectory(dir))
                .hasMessage(dir.resolve("bad.gift") + ": line 3: expected '}' closing the answers opened here "
                        + "(a blank line ends a question; write \\{ for a brace in text)");
    }

    @Test
    void uploadsFolder_isLoadedAfterTheQuizzesFolder_onceWhenItIsTheSame_andMayNotExistYet(@TempDir Path dir) throws Exception {
        Path quizzes = Files.createDirectories(dir.resolve("q"));
        Path uploads = Files.createDirectories(dir.resolve("u"));
        Files.writeString(quizzes.resolve("mine.gift"), "A? {T}");
        Files.writeString(uploads.resolve("uploaded.json"), QuizWriter.quiz(QuizLoader.forChecking().load(
                new java.io.ByteArrayInputStream(Corpus.bytes("rivers.expected.json")), "r", "r")).toString().replace("\"rivers\"", "\"uploaded\""));
        assertThat(QuizCatalog.load(quizzes, uploads).all()).extracting(Quiz::id).containsSubsequence("django", "mine", "uploaded");
        assertThat(QuizCatalog.load(quizzes, quizzes).all()).extracting(Quiz::id).containsOnlyOnce("mine");
        assertThat(QuizCatalog.load(quizzes, dir.resolve("not-yet")).all()).extracting(Quiz::id).doesNotContain("uploaded");
    }

    @Test
    void add_fromManyThreadsWhileReading_keepsEveryQuizOnce_theDefaultFirst_andRefusesATakenId() throws Exception {
        QuizCatalog catalog = QuizCatalog.load(null);
        Quiz template = catalog.defaultQuiz();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> adds = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                String id = "q" + i;
                adds.add(pool.submit(() -> {
                    go.await();
                    boolean added = catalog.add(new Quiz(id, id, "", template.questions()));
                    assertThat(catalog.find(id)).isPresent();
                    assertThat(catalog.all().get(0)).isSameAs(template);
                    return added;
                }));
            }
            go.countDown();
            for (Future<Boolean> f : adds) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(catalog.all()).hasSize(1 + 200).doesNotHaveDuplicates();
        assertThat(catalog.defaultQuiz()).isSameAs(template);
        assertThat(catalog.add(new Quiz("q7", "again", "", template.questions()))).isFalse();
        assertThat(catalog.find("q7").orElseThrow().title()).isEqualTo("q7");
    }
}
