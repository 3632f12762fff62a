package quiznight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.imports.ImportResult;

/** {@code quiznight convert FILE --to json [--out FILE]}: any supported quiz file to the native JSON format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a quiz file of any supported format to QuizNight's JSON format (docs/quiz-format.md), "
                + "written to standard output or to --out. What was skipped is printed on standard error.",
                "Exits with 1 when the file has an error."})
final class ConvertCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", paramLabel = "FILE", description = "The quiz file to convert.")
    Path file;

    @Option(names = "--to", defaultValue = "json", paramLabel = "FORMAT",
            description = "The format to write: json, QuizNight's own (default ${DEFAULT-VALUE}; the only one).")
    String to;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output (replaced if it exists).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!to.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to must be json (QuizNight's format), got " + to);
        }
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try {
            result = CheckCommand.read(file);
        } catch (QuizFormatException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        String json = JSON.writeValueAsString(QuizWriter.quiz(result.quiz())) + System.lineSeparator();
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            if (Files.exists(out) && Files.isSameFile(out, file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out must not be the file being converted");
            }
            Files.writeString(out, json);
            err.println(file + ": " + result.quiz().questions().size() + " questions written to " + out);
        }
        err.flush();
        return 0;
    }
}
