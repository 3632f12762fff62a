package quiznight.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code quiznight --version}: the version the release build wrote into the jar's manifest
 * ({@code Implementation-Version}), and the Java runtime running it (the bundled one in the tarball and the .deb).
 * Run from classes rather than the jar, there is no manifest: it says so instead of inventing a number.
 */
public final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return lines(Main.class.getPackage().getImplementationVersion(), Runtime.version().toString(),
                System.getProperty("java.vendor"), System.getProperty("java.home"));
    }

    static String[] lines(String implementationVersion, String javaVersion, String javaVendor, String javaHome) {
        String version = implementationVersion == null || implementationVersion.isBlank()
                ? "(development build: not run from quiznight.jar, no version in a manifest)"
                : implementationVersion;
        return new String[] {"QuizNight " + version, "Java " + javaVersion + " (" + javaVendor + ", " + javaHome + ")"};
    }
}
