package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizShare;

/** {@link Uploads} without a server: the question cap, compact files, the library's size, and answers on Errors. */
class UploadsTest {
    @TempDir
    Path dir;

    static byte[] gift(int questions) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < questions; i++) {
            b.append("Question ").append(i).append("? {=yes ~no}\n\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    QuizCatalog catalog() throws Exception {
        return new QuizCatalog(QuizCatalog.bundled());
    }

    Uploads uploads(QuizCatalog catalog, QuizShare share, int maxQuestions, long maxTotal) {
        return new Uploads(catalog, dir, 1 << 20, 5, share, maxQuestions, maxTotal);
    }

    @Test
    void aQuizOverTheQuestionCap_isRefusedWith400NamingTheCap_andNothingIsSaved() throws Exception {
        QuizCatalog catalog = catalog();
        int before = catalog.all().size();
        try (Uploads u = uploads(catalog, QuizShare.NONE, 500, Long.MAX_VALUE)) {
            Uploads.Outcome o = u.accept("big.gift", gift(501), "10.0.0.1");

            assertThat(o.status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
            assertThat((String) o.body().get("error")).contains("more than 500 questions").contains("at most 500");
            assertThat(catalog.all()).hasSize(before);
            assertThat(dir).isEmptyDirectory();

            assertThat(u.accept("ok.gift", gift(500), "10.0.0.1").status()).isEqualTo(HttpResponseStatus.CREATED);
        }
    }

    @Test
    void aNativeJsonOverTheQuestionCap_isRefusedToo() throws Exception {
        StringBuilder json = new StringBuilder("{\"title\":\"t\",\"questions\":[");
        for (int i = 0; i < 4; i++) {
            json.append(i == 0 ? "" : ",").append("{\"kind\":\"truefalse\",\"text\":\"q").append(i).append("\",\"correct\":[0]}");
        }
        json.append("]}");
        try (Uploads u = uploads(catalog(), QuizShare.NONE, 3, Long.MAX_VALUE)) {
            Uploads.Outcome o = u.accept("q.json", json.toString().getBytes(StandardCharsets.UTF_8), "10.0.0.1");
            assertThat(o.status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
            assertThat((String) o.body().get("error")).contains("more than 3 questions");
        }
    }

    @Test
    void anUploadIsSavedAsCompactJson() throws Exception {
        try (Uploads u = uploads(catalog(), QuizShare.NONE, 500, Long.MAX_VALUE)) {
            assertThat(u.accept("small.gift", gift(3), "10.0.0.1").status()).isEqualTo(HttpResponseStatus.CREATED);
        }
        String saved = Files.readString(dir.resolve("small.json"));
        assertThat(saved).doesNotContain("\n").doesNotContain("  ");
    }

    @Test
    void anUploadPastTheLibrarysTotalSize_isRefusedWith507_andTheLibraryIsUnchanged() throws Exception {
        QuizCatalog catalog = catalog();
        try (Uploads u = uploads(catalog, QuizShare.NONE, 500, 20_000)) {
            assertThat(u.accept("a.gift", gift(100), "10.0.0.1").status()).isEqualTo(HttpResponseStatus.CREATED);
            long used = u.usedBytes();
            assertThat(used).isEqualTo(Files.size(dir.resolve("a.json"))).isLessThan(20_000);
            int quizzes = catalog.all().size();

            Uploads.Outcome o = u.accept("b.gift", gift(100), "10.0.0.1");

            assertThat(o.status()).isEqualTo(HttpResponseStatus.INSUFFICIENT_STORAGE);
            assertThat((String) o.body().get("error")).contains("full").contains(used + " of 20000 bytes");
            assertThat(catalog.all()).hasSize(quizzes);
            assertThat(u.usedBytes()).isEqualTo(used);
            assertThat(Files.exists(dir.resolve("b.json"))).isFalse();
        }
    }

    @Test
    void theLibrarysSize_countsWhatIsAlreadyInTheFolderAtStart() throws Exception {
        try (Uploads u = uploads(catalog(), QuizShare.NONE, 500, Long.MAX_VALUE)) {
            u.accept("a.gift", gift(10), "10.0.0.1");
        }
        try (Uploads again = uploads(catalog(), QuizShare.NONE, 500, Long.MAX_VALUE)) {
            assertThat(again.usedBytes()).isEqualTo(Files.size(dir.resolve("a.json")));
        }
    }

    @Test
    void aSavedUploadRemovedFromTheFolder_makesRoomAtOnce() throws Exception {
        try (Uploads u = uploads(catalog(), QuizShare.NONE, 500, 20_000)) {
            assertThat(u.accept("a.gift", gift(100), "10.0.0.1").status()).isEqualTo(HttpResponseStatus.CREATED);
            assertThat(u.accept("b.gift", gift(100), "10.0.0.1").status()).isEqualTo(HttpResponseStatus.INSUFFICIENT_STORAGE);
            Files.delete(dir.resolve("a.json"));
            assertThat(u.accept("b.gift", gift(100), "10.0.0.1").status()).isEqualTo(HttpResponseStatus.CREATED);
        }
    }

    @Test
    void anUploadThatFailsWithAnError_isStillAnswered_withAStatusAndASentence() throws Exception {
        for (Error error : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError())) {
            QuizShare failing = quiz -> {
                throw error;
            };
            try (Uploads u = uploads(catalog(), failing, 500, Long.MAX_VALUE)) {
                Uploads.Outcome o = u.accept("x.gift", gift(2), "10.0.0.1");
                assertThat(o.status().code()).isBetween(500, 599);
                assertThat((String) o.body().get("error")).isNotBlank();
                // and the next upload is read as usual
                assertThat(uploads(catalog(), QuizShare.NONE, 500, Long.MAX_VALUE).accept("y.gift", gift(2), "10.0.0.1")
                        .status()).isEqualTo(HttpResponseStatus.CREATED);
            }
        }
    }
}
