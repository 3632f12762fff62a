package quiznight.organisers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisersTest {
    static final String KEY = "the-organiser-key-of-this-test";
    static final long T0 = 1_700_000_000_000L;

    private static Organisers keyed() {
        return Organisers.withKey(KEY, SessionStore.inMemory(), new SignInLimits());
    }

    private static String cookieHeader(String sessionId) {
        return "other=1; " + Organisers.COOKIE + "=" + sessionId;
    }

    @Test
    void theKey_signsInForTwelveHours_andTheCookieThenNamesTheOrganiser_untilItExpires() {
        Organisers o = keyed();
        var in = (Organisers.SignIn.Ok) o.signInWithKey(KEY, "10.0.0.1", T0);
        assertThat(in.sessionId()).matches("[A-Za-z0-9_-]{43}");
        assertThat(o.identify(cookieHeader(in.sessionId()), null, null, T0 + 1).name()).isEqualTo(Organisers.KEY_HOLDER);
        Organisers.Who expired = o.identify(cookieHeader(in.sessionId()), null, null, T0 + Organisers.SESSION_MS);
        assertThat(expired.mayHost()).isFalse();
        assertThat(expired.refusal("Creating a room")).contains("expired");
    }

    @Test
    void aForgedCookie_orAWrongKey_namesNobody_andSaysWhy() {
        Organisers o = keyed();
        o.signInWithKey(KEY, "10.0.0.1", T0);
        Organisers.Who forged = o.identify(cookieHeader("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), null, null, T0);
        assertThat(forged.mayHost()).isFalse();
        assertThat(forged.refusal("x")).contains("sign in again");
        Organisers.Who wrongKey = o.identify(null, "the-organiser-key-of-this-tesT", null, T0);
        assertThat(wrongKey.mayHost()).isFalse();
        assertThat(wrongKey.refusal("x")).contains("key is wrong");
        Organisers.Who nobody = o.identify(null, null, null, T0);
        assertThat(nobody.mayHost()).isFalse();
        assertThat(nobody.refusal("Creating a room")).startsWith("Creating a room needs an organiser");
    }

    @Test
    void theKeyInAHeaderOrParameter_namesTheOrganiser_withoutASession() {
        Organisers o = keyed();
        assertThat(o.identify(null, KEY, null, T0).name()).isEqualTo(Organisers.KEY_HOLDER);
        assertThat(o.identify(null, null, KEY, T0).name()).isEqualTo(Organisers.KEY_HOLDER);
    }

    @Test
    void signingOut_endsTheSession_only() {
        Organisers o = keyed();
        var a = (Organisers.SignIn.Ok) o.signInWithKey(KEY, "10.0.0.1", T0);
        var b = (Organisers.SignIn.Ok) o.signInWithKey(KEY, "10.0.0.2", T0);
        o.signOut(cookieHeader(a.sessionId()));
        assertThat(o.identify(cookieHeader(a.sessionId()), null, null, T0).mayHost()).isFalse();
        assertThat(o.identify(cookieHeader(b.sessionId()), null, null, T0).mayHost()).isTrue();
    }

    @Test
    void theSessionStore_keepsOnlyTheDigestOfTheId() {
        List<String> kept = new java.util.ArrayList<>();
        SessionStore recording = new SessionStore() {
            final SessionStore inner = SessionStore.inMemory();

            public void put(String idDigest, String organiser, long expiresAt) {
                kept.add(idDigest);
                inner.put(idDigest, organiser, expiresAt);
            }

            public String get(String idDigest, long now) {
                return inner.get(idDigest, now);
            }

            public void remove(String idDigest) {
                inner.remove(idDigest);
            }
        };
        Organisers o = Organisers.withKey(KEY, recording, new SignInLimits());
        var in = (Organisers.SignIn.Ok) o.signInWithKey(KEY, "10.0.0.1", T0);
        assertThat(kept).containsExactly(Secrets.digest(in.sessionId())).doesNotContain(in.sessionId());
    }

    @Test
    void wrongKeysFromOneAddress_areLimited_andThenEvenTheRightKeyWaits() {
        Organisers o = keyed();
        for (int i = 0; i < SignInLimits.PER_ADDRESS; i++) {
            assertThat(o.signInWithKey("guess-" + i, "203.0.113.9", T0)).isInstanceOf(Organisers.SignIn.Refused.class);
        }
        assertThat(o.signInWithKey(KEY, "203.0.113.9", T0)).isInstanceOf(Organisers.SignIn.Limited.class);
        assertThat(o.signInWithKey(KEY, "203.0.113.10", T0)).isInstanceOf(Organisers.SignIn.Ok.class);
    }

    @Test
    void namedOrganisers_signInWithTheirPassword_anUnknownNameAndAWrongPasswordGetTheSameAnswer() throws Exception {
        var accounts = OrganiserFile.parse("test", List.of(OrganiserFile.line("Alice", PasswordHash.hash("alice's password".toCharArray()))));
        Organisers o = Organisers.withAccounts(accounts, SessionStore.inMemory(), new SignInLimits(), Library.inMemory());
        var ok = (Organisers.SignIn.Ok) o.signIn("alice", "alice's password".toCharArray(), "10.0.0.1", T0);
        assertThat(ok.name()).isEqualTo("Alice");
        assertThat(o.identify(cookieHeader(ok.sessionId()), null, null, T0).name()).isEqualTo("Alice");
        var wrong = (Organisers.SignIn.Refused) o.signIn("alice", "guess".toCharArray(), "10.0.0.1", T0);
        var unknown = (Organisers.SignIn.Refused) o.signIn("mallory", "guess".toCharArray(), "10.0.0.1", T0);
        assertThat(wrong.sentence()).isEqualTo(unknown.sentence()).isEqualTo("That name and password do not match an organiser of this server.");
        assertThat(o.identify(null, "any key", null, T0).mayHost()).as("no key in this mode").isFalse();
    }

    @Test
    void theSessionCookie_isHttpOnly_SameSiteStrict_underTheBasePath() {
        String c = Organisers.cookie("abc", "/quiz/", true);
        assertThat(c).startsWith(Organisers.COOKIE + "=abc").contains("HTTPOnly").contains("SameSite=Strict")
                .contains("Path=/quiz/").contains("Secure").contains("Max-Age=43200");
        assertThat(Organisers.clearCookie("/", false)).contains("Max-Age=0").doesNotContain("Secure");
    }

    @Test
    void openHosting_letsAnyoneHost_withNoName() {
        Organisers.Who anyone = Organisers.open().identify(null, null, null, T0);
        assertThat(anyone.mayHost()).isTrue();
        assertThat(anyone.name()).isNull();
    }
}
