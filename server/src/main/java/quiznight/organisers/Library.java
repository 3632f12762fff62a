package quiznight.organisers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who owns which uploaded quiz, and the read-only share links of quizzes, when organisers sign in with names
 * ({@link Organisers.Mode#ACCOUNTS}): an organiser sees and plays the quizzes nobody owns (bundled, the
 * {@code --quizzes} folder, uploads from before) and their own. Kept beside the uploads in {@value #FILE} (a dot
 * file, so the quiz loader skips it); without a folder, in memory. Thread-safe.
 */
public final class Library {
    private static final Logger log = LoggerFactory.getLogger(Library.class);
    public static final String FILE = ".library";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is kept: owner by quiz id, quiz id by share token. */
    record State(Map<String, String> owners, Map<String, String> shares) {
    }

    private final Path file;
    private final Map<String, String> owners = new LinkedHashMap<>();
    private final Map<String, String> shares = new LinkedHashMap<>();

    private Library(Path file) {
        this.file = file;
    }

    public static Library inMemory() {
        return new Library(null);
    }

    /** The library kept in the uploads folder, read back (an unreadable file: a warning, and owners start empty). */
    public static Library load(Path uploadsDir) {
        Library l = new Library(uploadsDir.resolve(FILE));
        if (Files.exists(l.file)) {
            try {
                State s = JSON.readValue(l.file.toFile(), new TypeReference<State>() {
                });
                if (s.owners() != null) {
                    l.owners.putAll(s.owners());
                }
                if (s.shares() != null) {
                    l.shares.putAll(s.shares());
                }
            } catch (IOException e) {
                log.warn("the organisers' library {} cannot be read ({}): every upload is everyone's until it is fixed",
                        l.file, e.toString());
            }
        }
        return l;
    }

    /** The owner of a quiz, or null when it is everyone's. */
    public synchronized String owner(String quizId) {
        return owners.get(quizId);
    }

    /** Whether this organiser (null: nobody signed in) may see and play the quiz. */
    public synchronized boolean visibleTo(String quizId, String organiser) {
        String owner = owners.get(quizId);
        return owner == null || (organiser != null && OrganiserFile.key(owner).equals(OrganiserFile.key(organiser)));
    }

    /** Records the organiser as the quiz's owner. */
    public synchronized void own(String quizId, String organiser) {
        owners.put(quizId, organiser);
        save();
    }

    /** The share token of the quiz (made on the first call): whoever has the link may read the quiz. */
    public synchronized String share(String quizId) {
        for (Map.Entry<String, String> e : shares.entrySet()) {
            if (e.getValue().equals(quizId)) {
                return e.getKey();
            }
        }
        String token = Secrets.random256();
        shares.put(token, quizId);
        save();
        return token;
    }

    /** The quiz a share token names, or null (compared by digest lookup: the token is 256 random bits). */
    public synchronized String shared(String token) {
        if (token == null) {
            return null;
        }
        for (Map.Entry<String, String> e : shares.entrySet()) {
            if (Secrets.same(e.getKey(), token)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            JSON.writeValue(tmp.toFile(), new State(owners, shares));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("the organisers' library {} cannot be written: {}", file, e.toString());
        }
    }
}
