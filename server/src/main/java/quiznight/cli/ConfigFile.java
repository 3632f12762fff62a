package quiznight.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The optional settings file ({@code --config FILE} or {@code QUIZNIGHT_CONFIG}): Java properties keyed by
 * the long flag name without its dashes. Precedence: a flag, then its environment variable, then this
 * file, then the built-in default. A key that names no setting is refused at start.
 */
final class ConfigFile implements CommandLine.IDefaultValueProvider {
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Z_]+)");

    private final Properties values;
    private final Path file;

    private ConfigFile(Properties values, Path file) {
        this.values = values;
        this.file = file;
    }

    static ConfigFile find(String[] args) throws IOException {
        String path = preScan(args, "--config", "QUIZNIGHT_CONFIG", null);
        Properties p = new Properties();
        if (path == null || path.isEmpty()) {
            return new ConfigFile(p, null);
        }
        Path file = Path.of(path);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new ConfigFile(p, file);
    }

    /** A setting's value before parsing: the flag ({@code --x v} or {@code --x=v}), else the variable, else the file. */
    static String preScan(String[] args, String flag, String env, ConfigFile file) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(flag) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(flag + "=")) {
                return args[i].substring(flag.length() + 1);
            }
        }
        String v = System.getenv(env);
        if (v != null) {
            return v;
        }
        return file == null ? null : file.values.getProperty(flag.substring(2));
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argSpec) {
        if (!(argSpec instanceof CommandLine.Model.OptionSpec option) || values.isEmpty()) {
            return null;
        }
        // The declared default, before interpolation: "${env:NAME:-value}" names the option's variable.
        String declared = option.userObject() instanceof java.lang.reflect.Field f && f.getAnnotation(CommandLine.Option.class) != null
                ? f.getAnnotation(CommandLine.Option.class).defaultValue() : null;
        if (declared != null) {
            Matcher m = ENV.matcher(declared);
            if (m.find() && System.getenv(m.group(1)) != null) {
                return null;
            }
        }
        return values.getProperty(option.longestName().substring(2));
    }

    /** Throws when the file has a key that is no setting, so a typo is not silently ignored. */
    void checkKeys(CommandLine.Model.CommandSpec spec) {
        for (String key : values.stringPropertyNames()) {
            if (spec.findOption("--" + key) == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "settings file " + file + ": '" + key + "' is not a setting (keys are the long flag names without --)");
            }
        }
    }
}
