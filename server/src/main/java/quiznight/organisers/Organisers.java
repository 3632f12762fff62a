package quiznight.organisers;

import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.CookieHeaderNames;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import java.util.Map;

/**
 * Who may host and manage quizzes. Three modes: {@link Mode#OPEN} (anyone, as before organisers existed),
 * {@link Mode#KEY} (whoever has the server's organiser key: the printed host link carries it) and
 * {@link Mode#ACCOUNTS} (the organisers file's names and passwords). A browser signs in once and then carries a
 * session cookie (HttpOnly, SameSite=Strict; the session id is 256 random bits, kept only as its SHA-256 digest,
 * expiring after {@link #SESSION_MS}); other clients may send the key with each request ({@link #KEY_HEADER}, or
 * {@code ?key=} on the WebSocket upgrade). Wrong sign-ins are limited per address and per name
 * ({@link SignInLimits}). Time is an input; thread-safe.
 */
public final class Organisers {
    public enum Mode {
        OPEN, KEY, ACCOUNTS;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String COOKIE = "quiznight_organiser";
    public static final String KEY_HEADER = "X-Organiser-Key";
    public static final String KEY_PARAM = "key";
    /** The name the key's holder goes by (its uploads, its games). */
    public static final String KEY_HOLDER = "organiser";
    public static final long SESSION_MS = 12 * 60 * 60_000L;

    /** Who is asking: an organiser's name, or none with, when a credential came and was not good, why. */
    public record Who(String name, boolean mayHost, String problem) {
        static final Who NOBODY = new Who(null, false, null);

        static Who problem(String sentence) {
            return new Who(null, false, sentence);
        }

        /** The sentence to answer a request that needs an organiser with. */
        public String refusal(String what) {
            return problem != null ? problem
                    : what + " needs an organiser: open the host link the server printed (it carries the key), or sign in on the host screen.";
        }
    }

    /** The outcome of a sign-in: a session, a refusal (a sentence), or a wait (too many wrong ones). */
    public sealed interface SignIn {
        record Ok(String name, String sessionId) implements SignIn {
        }

        record Refused(String sentence) implements SignIn {
        }

        record Limited(long waitMs) implements SignIn {
        }
    }

    private final Mode mode;
    private final String key;
    private final Map<String, OrganiserFile.Account> accounts;
    private final SessionStore sessions;
    private final SignInLimits limits;
    private final Library library;

    private Organisers(Mode mode, String key, Map<String, OrganiserFile.Account> accounts, SessionStore sessions,
                       SignInLimits limits, Library library) {
        this.library = library;
        this.mode = mode;
        this.key = key;
        this.accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        this.sessions = sessions;
        this.limits = limits;
    }

    /** Anyone may host (the {@code --open-hosting} server). */
    public static Organisers open() {
        return new Organisers(Mode.OPEN, null, null, SessionStore.inMemory(), new SignInLimits(), Library.inMemory());
    }

    public static Organisers withKey(String key, SessionStore sessions, SignInLimits limits) {
        return new Organisers(Mode.KEY, key, null, sessions, limits, Library.inMemory());
    }

    /** Named organisers, each with a private library of uploads ({@code library} says whose quiz is whose). */
    public static Organisers withAccounts(Map<String, OrganiserFile.Account> accounts, SessionStore sessions,
                                          SignInLimits limits, Library library) {
        return new Organisers(Mode.ACCOUNTS, null, accounts, sessions, limits, library);
    }

    public Mode mode() {
        return mode;
    }

    /** Whether libraries are private (named organisers): uploads are then owned, listed and played by their owner only. */
    public boolean privateLibraries() {
        return mode == Mode.ACCOUNTS;
    }

    public Library library() {
        return library;
    }

    /** Whether {@code who} may see and play the quiz: anyone's quiz, or with private libraries one nobody owns or theirs. */
    public boolean mayUse(Who who, String quizId) {
        return !privateLibraries() || quizId == null || library.visibleTo(quizId, who.name());
    }

    /**
     * Who sends a request carrying these (each may be null): the {@code Cookie} header, the {@link #KEY_HEADER}
     * header, a {@code ?key=} parameter. A good key or live session names its organiser; with none, nobody (or
     * anybody in open mode); a wrong key or an unknown or expired session says so.
     */
    public Who identify(String cookieHeader, String keyHeader, String keyParam, long now) {
        if (mode == Mode.OPEN) {
            return new Who(null, true, null);
        }
        String offeredKey = keyHeader != null ? keyHeader : keyParam;
        if (offeredKey != null) {
            if (mode == Mode.KEY && Secrets.same(offeredKey.strip(), key)) {
                return new Who(KEY_HOLDER, true, null);
            }
            return Who.problem("The organiser key is wrong: use the host link the server printed at start.");
        }
        String session = sessionId(cookieHeader);
        if (session == null) {
            return Who.NOBODY;
        }
        String name = sessions.get(Secrets.digest(session), now);
        if (name == null) {
            return Who.problem("Your organiser sign-in has expired or is not known here: sign in again on the host screen.");
        }
        return new Who(name, true, null);
    }

    /** A sign-in with the organiser key (KEY mode). Counts against the address's budget when wrong. */
    public SignIn signInWithKey(String offered, String address, long now) {
        long wait = limits.waitMs(address, null, now);
        if (wait > 0) {
            return new SignIn.Limited(wait);
        }
        if (mode != Mode.KEY) {
            return new SignIn.Refused(mode == Mode.OPEN ? "This server lets anyone host: there is nothing to sign in to."
                    : "Sign in with your organiser name and password.");
        }
        if (offered == null || !Secrets.same(offered.strip(), key)) {
            limits.failed(address, null, now);
            return new SignIn.Refused("The organiser key is wrong: use the host link the server printed at start.");
        }
        return new SignIn.Ok(KEY_HOLDER, newSession(KEY_HOLDER, now));
    }

    /**
     * A sign-in with a name and password (ACCOUNTS mode). Checking the password takes tens of milliseconds
     * (Argon2id): call it off the event loops. An unknown name and a wrong password get the same answer.
     */
    public SignIn signIn(String name, char[] password, String address, long now) {
        if (mode != Mode.ACCOUNTS) {
            return new SignIn.Refused(mode == Mode.OPEN ? "This server lets anyone host: there is nothing to sign in to."
                    : "This server has one organiser key and no names: sign in with the key.");
        }
        if (!OrganiserFile.validName(name) || password == null) {
            return new SignIn.Refused("Give your organiser name and password.");
        }
        long wait = limits.waitMs(address, name, now);
        if (wait > 0) {
            return new SignIn.Limited(wait);
        }
        OrganiserFile.Account account = accounts.get(OrganiserFile.key(name));
        boolean ok;
        if (account == null) {
            PasswordHash.verify(DUMMY, password); // the same work as for a known name: timing tells no names
            ok = false;
        } else {
            ok = PasswordHash.verify(account.hash(), password);
        }
        if (!ok) {
            limits.failed(address, name, now);
            return new SignIn.Refused("That name and password do not match an organiser of this server.");
        }
        return new SignIn.Ok(account.name(), newSession(account.name(), now));
    }

    private static final String DUMMY = PasswordHash.hash("not a password".toCharArray());

    private String newSession(String name, long now) {
        String id = Secrets.random256();
        sessions.put(Secrets.digest(id), name, now + SESSION_MS);
        return id;
    }

    /** Ends the session the cookie names, if any. */
    public void signOut(String cookieHeader) {
        String session = sessionId(cookieHeader);
        if (session != null) {
            sessions.remove(Secrets.digest(session));
        }
    }

    /** The {@code Set-Cookie} value that carries a new session. */
    public static String cookie(String sessionId, String path, boolean secure) {
        return ServerCookieEncoder.STRICT.encode(cookie(sessionId, path, secure, SESSION_MS / 1000));
    }

    /** The {@code Set-Cookie} value that removes the session cookie. */
    public static String clearCookie(String path, boolean secure) {
        return ServerCookieEncoder.STRICT.encode(cookie("", path, secure, 0));
    }

    private static Cookie cookie(String value, String path, boolean secure, long maxAgeSeconds) {
        DefaultCookie c = new DefaultCookie(COOKIE, value);
        c.setHttpOnly(true);
        c.setSameSite(CookieHeaderNames.SameSite.Strict);
        c.setPath(path);
        c.setSecure(secure);
        c.setMaxAge(maxAgeSeconds);
        return c;
    }

    /** The session id a {@code Cookie} header carries, or null. */
    static String sessionId(String cookieHeader) {
        if (cookieHeader == null || cookieHeader.length() > 8192) {
            return null;
        }
        for (Cookie c : ServerCookieDecoder.LAX.decode(cookieHeader)) {
            if (c.name().equals(COOKIE) && !c.value().isEmpty()) {
                return c.value();
            }
        }
        return null;
    }
}
