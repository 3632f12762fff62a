package quiznight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quiznight.quiz.Quiz;
import quiznight.quiz.imports.Corpus;
import quiznight.quiz.imports.QuizImporters;

/** {@code quiznight check} and {@code quiznight convert}, run in-process as the jar runs them. */
class CliTest {
    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void check_printsEachQuestionsNumberKindAndText_andTheSkippedOnesWithTheirLines(@TempDir Path dir) throws Exception {
        Path gift = Files.write(dir.resolve("astronomy.gift"), Corpus.bytes("astronomy.gift"));
        Run r = run("check", gift.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith(gift + ": Moodle GIFT, quiz \"astronomy\" (astronomy), 10 questions, sections: Solar system (5), Numbers (5)")
                .contains("    1  single     How many planets orbit the Sun?")
                .contains("    3  multi      Which of these are gas giants?")
                .contains("    4  truefalse  The Sun is a star.")
                .contains("    6  number     How many days does the Earth take to orbit the Sun (to one day)?")
                .contains("    8  text       Name the largest planet of the solar system.")
                .contains("  warning: " + gift + ": line 49: matching question skipped");
    }

    @Test
    void check_severalFiles_reportsErrorsWithTheirLine_andExitsNonZero(@TempDir Path dir) throws Exception {
        Path good = Files.write(dir.resolve("rivers.txt"), Corpus.bytes("rivers.txt"));
        Path bad = Files.writeString(dir.resolve("bad.gift"), "Fine? {T}\n\nBroken? {=a ~b\n");
        Path missing = dir.resolve("missing.csv");
        Run r = run("check", good.toString(), bad.toString(), missing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(good + ": Aiken, quiz \"rivers\"").contains("3 files: 1 ok, 2 with errors");
        assertThat(r.err()).contains("error: " + bad + ": line 3: expected '}' closing the answers opened here")
                .contains("error: " + missing + ": cannot be read");
    }

    @Test
    void check_shortensLongTexts_toOneLine() {
        assertThat(CheckCommand.shorten("a\nb")).isEqualTo("a b");
        assertThat(CheckCommand.shorten("x".repeat(100))).hasSize(CheckCommand.TEXT_WIDTH).endsWith("…");
    }

    @Test
    void convert_writesTheNativeFormatToStandardOutput_whichLoadsAsTheSameQuiz(@TempDir Path dir) throws Exception {
        Path csv = Files.write(dir.resolve("oceans.csv"), Corpus.bytes("oceans.csv"));
        Run r = run("convert", csv.toString(), "--to", "json");
        assertThat(r.code()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("id").asText()).isEqualTo("oceans");
        Quiz back = QuizImporters.load("oceans.json", Corpus.utf8(r.out())).quiz();
        assertThat(back).isEqualTo(QuizImporters.load("oceans.csv", Corpus.bytes("oceans.csv")).quiz());
    }

    @Test
    void convert_toAFile_withWarningsOnStandardError(@TempDir Path dir) throws Exception {
        Path gift = Files.write(dir.resolve("astronomy.gift"), Corpus.bytes("astronomy.gift"));
        Path out = dir.resolve("out.json");
        Run r = run("convert", gift.toString(), "--to", "json", "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("warning: " + gift + ": line 54: essay question").contains("10 questions written to " + out);
        assertThat(QuizImporters.load(out.toString(), Files.readAllBytes(out)).quiz().questions()).hasSize(10);
    }

    @Test
    void convert_anInvalidFileOrAnotherFormat_failsSayingWhy(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "Q?\nA. x\nB. y\nANSWER: Z\n");
        Run r = run("convert", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error: " + bad + ": line 4: 'ANSWER: Z' names no option");
        Run xml = run("convert", bad.toString(), "--to", "xml");
        assertThat(xml.code()).isEqualTo(2);
        assertThat(xml.err()).contains("--to must be json");
    }

    @Test
    void noSubcommand_isStillTheServer_andHelpListsTheCommands() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("check").contains("convert").contains("--uploads-dir").contains("--port")
                .contains("hash-password").contains("--organiser-key").contains("--open-hosting").contains("--organisers");
        assertThat(new CommandLine(new Main()).getSubcommands()).containsOnlyKeys("check", "convert", "hash-password");
    }

    @Test
    void hashPassword_printsAnOrganisersFileLine_thatTheServerReadsAndThePasswordVerifies() throws Exception {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("correct horse battery\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run r = run("hash-password", "alice");
            assertThat(r.code()).as(r.err()).isZero();
            String line = r.out().strip();
            assertThat(line).startsWith("alice:$argon2id$v=19$m=19456,t=2,p=1$");
            var accounts = quiznight.organisers.OrganiserFile.parse("test", java.util.List.of(line));
            assertThat(quiznight.organisers.PasswordHash.verify(accounts.get("alice").hash(), "correct horse battery".toCharArray())).isTrue();
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void hashPassword_refusesAShortPasswordAndABadName() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("short\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run shortOne = run("hash-password", "alice");
            assertThat(shortOne.code()).isEqualTo(1);
            assertThat(shortOne.err()).contains("at least 8 characters");
            assertThat(shortOne.out()).isEmpty();
            Run badName = run("hash-password", "al ice:x");
            assertThat(badName.code()).isEqualTo(2);
            assertThat(badName.err()).contains("1 to 40 letters");
        } finally {
            System.setIn(stdin);
        }
    }
}
