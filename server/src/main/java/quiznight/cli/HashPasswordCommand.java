package quiznight.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import quiznight.organisers.OrganiserFile;
import quiznight.organisers.PasswordHash;

/**
 * {@code quiznight hash-password NAME}: asks for a password (twice, without echo, at a terminal; else one line of
 * standard input) and prints the organisers-file line {@code NAME:$argon2id$…} to append to the {@code --organisers} file.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Prints a line for the --organisers file: the organiser's name and an Argon2id hash of the password "
                + "(asked at the terminal, or read as one line from standard input).",
                "Example: quiznight hash-password alice >> organisers.txt"})
final class HashPasswordCommand implements Callable<Integer> {
    static final int MIN_PASSWORD = 8;

    @Parameters(paramLabel = "NAME", description = "The organiser's name: 1 to 40 letters, digits, '.', '_' or '-'.")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!OrganiserFile.validName(name)) {
            spec.commandLine().getErr().println("error: the name must be 1 to 40 letters, digits, '.', '_' or '-' (got " + name + ")");
            return 2;
        }
        char[] password = read();
        try {
            if (password == null || password.length < MIN_PASSWORD) {
                spec.commandLine().getErr().println("error: the password must have at least " + MIN_PASSWORD + " characters");
                return 1;
            }
            spec.commandLine().getOut().println(OrganiserFile.line(name, PasswordHash.hash(password)));
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                spec.commandLine().getErr().println("error: the two passwords differ");
                return null;
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
