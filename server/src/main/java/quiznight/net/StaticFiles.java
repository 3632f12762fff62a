package quiznight.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web client's files, read from the classpath folder {@code quiznight/web/} once and kept in memory.
 * Only plain relative paths of safe characters are served: no {@code ..}, no encoded tricks.
 */
final class StaticFiles {
    static final String ROOT = "quiznight/web/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._/-]{0,200}");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    record File(byte[] bytes, String contentType, String etag) {
    }

    /**
     * Files found, by relative path. A miss is not kept: the bundled files bound this map, while paths that
     * do not exist are endless (each kept miss cost memory for good).
     */
    private final Map<String, File> cache = new ConcurrentHashMap<>();

    /** The file at a request path such as {@code /js/app.js}, if it exists and the path is safe. */
    Optional<File> find(String path) {
        String rel = path.startsWith("/") ? path.substring(1) : path;
        if (!SAFE.matcher(rel).matches() || rel.contains("..") || rel.contains("//")) {
            return Optional.empty();
        }
        int dot = rel.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(rel.substring(dot + 1));
        if (type == null) {
            return Optional.empty();
        }
        File hit = cache.get(rel);
        if (hit != null) {
            return Optional.of(hit);
        }
        Optional<File> loaded = load(rel, type);
        loaded.ifPresent(f -> cache.putIfAbsent(rel, f));
        return loaded;
    }

    /** How many files are kept in memory. */
    int cached() {
        return cache.size();
    }

    private static Optional<File> load(String rel, String type) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + rel)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new File(bytes, type, "\"" + sha(bytes) + "\""));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
